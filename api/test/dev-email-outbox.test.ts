import { startTestServer, type TestServer } from './harness';

// The dev email outbox (the embedded default's stand-in for SMTP) holds password-reset links: it must not
// hand them to whoever asks.
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const REQUEST_RESET = `mutation($e: String!) { requestPasswordReset(email: $e) }`;

describe('the dev email outbox', () => {
  it('shows each account only the emails sent to its own address, staff all, and nobody signed out', async () => {
    const ann = await t.signUp('FAN');
    const bob = await t.signUp('FAN');
    const mod = await t.staff('MODERATOR');
    for (const who of [ann, bob]) await t.ok(REQUEST_RESET, { e: who.email });
    const OUTBOX = `query($to: String) { devEmailOutbox(first: 50, to: $to) { to subject } }`;
    type Outbox = { devEmailOutbox: { to: string }[] };
    const seen = async (token: string, to: string | null = null) => new Set((await t.ok<Outbox>(OUTBOX, { to }, { token })).devEmailOutbox.map((m) => m.to));

    expect((await t.gql(OUTBOX, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await seen(ann.accessToken)).toEqual(new Set([ann.email]));
    // Asking for another address changes nothing for a non-staff account.
    expect(await seen(ann.accessToken, bob.email)).toEqual(new Set([ann.email]));
    const all = await seen(mod.accessToken);
    expect(all.has(ann.email) && all.has(bob.email)).toBe(true);
    expect(await seen(mod.accessToken, bob.email)).toEqual(new Set([bob.email]));
  });
});
