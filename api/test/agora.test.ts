import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ManualClock } from '../src/common/clock';
import { AccountKind, TransferKind } from '../src/modules/ledger';
import { startTestServer, type TestServer } from './harness';

const APP_ID = '0123456789abcdef0123456789abcdef';
const CERT = 'fedcba9876543210fedcba9876543210';
const CUSTOMER = 'customer-id';
const SECRET = 'customer-secret';

/** A local Agora RESTful API that records and checks every kicking-rule request. */
const kicks: { auth?: string; body: Record<string, unknown> }[] = [];
let agora: Server;
let t: TestServer;
const clock = new ManualClock('2026-06-01T10:00:00Z');

beforeAll(async () => {
  agora = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const ok = req.method === 'POST' && req.url === '/dev/v1/kicking-rule' && req.headers['content-type'] === 'application/json';
      kicks.push({ auth: req.headers.authorization, body: ok ? JSON.parse(raw) : {} });
      res
        .writeHead(ok ? 200 : 404, { 'content-type': 'application/json' })
        .end(JSON.stringify(ok ? { status: 'success', id: kicks.length } : { message: 'no' }));
    });
  });
  await new Promise<void>((r) => agora.listen(0, '127.0.0.1', r));
  t = await startTestServer({
    clock,
    env: {
      AGORA_APP_ID: APP_ID,
      AGORA_APP_CERTIFICATE: CERT,
      AGORA_CUSTOMER_ID: CUSTOMER,
      AGORA_CUSTOMER_SECRET: SECRET,
      AGORA_API_BASE: `http://127.0.0.1:${(agora.address() as AddressInfo).port}`,
    },
  });
});
afterAll(async () => {
  await t.close();
  await new Promise((r) => agora.close(r));
});

it('issues Agora tokens for the call’s channel and removes both parties through the kicking-rule API', async () => {
  const ctx = t.app.contexts.system('test');
  const creator = await t.signUp('CREATOR');
  await t.sql(
    `INSERT INTO creator_profile (account_id, calls_enabled, price_per_minute, phone_e164, phone_verified_at) VALUES ($1, true, 20, '+4915112345678', now())`,
    [creator.id],
  );
  const fan = await t.signUp('FAN');
  await t.app.ledger.transfer(ctx, {
    key: `fund:${fan.id}`,
    kind: TransferKind.PROMOTION,
    legs: [
      { account: { platform: AccountKind.PROMOTIONS }, amount: -100 },
      { account: { ownerId: fan.id, kind: AccountKind.FAN_WALLET }, amount: 100 },
    ],
  });
  const started = await t.ok<{ startCall: { id: string } }>(
    `mutation($c: ID!) { startCall(creatorId: $c) { ... on Call { id rtcProvider } } }`,
    { c: creator.id },
    { token: fan.accessToken },
  );
  const callId = started.startCall.id;

  // No credentials while it rings.
  const early = await t.gql(`mutation($id: ID!) { renewRtcCredentials(callId: $id) { token } }`, { id: callId }, { token: fan.accessToken });
  expect(early.errors?.[0].extensions?.code).toBe('FORBIDDEN');

  const answered = await t.ok<{
    answerCall: { credentials: { provider: string; appId: string; channel: string; uid: number; token: string; expiresAt: string } };
  }>(
    `mutation($id: ID!) { answerCall(callId: $id) { credentials { provider appId channel uid token expiresAt } } }`,
    { id: callId },
    { token: creator.accessToken },
  );
  const creds = answered.answerCall.credentials;
  expect(creds).toMatchObject({ provider: 'agora', appId: APP_ID, uid: 2 });
  expect(creds.channel).toMatch(/^minutely-[0-9a-f]{32}$/);
  expect(creds.token.startsWith('007')).toBe(true); // AccessToken2 format
  expect(new Date(creds.expiresAt).getTime() - clock.now().getTime()).toBe(600_000);

  const fanCreds = await t.ok<{ renewRtcCredentials: { channel: string; uid: number; token: string } }>(
    `mutation($id: ID!) { renewRtcCredentials(callId: $id) { channel uid token } }`,
    { id: callId },
    { token: fan.accessToken },
  );
  expect(fanCreds.renewRtcCredentials).toMatchObject({ channel: creds.channel, uid: 1 });
  expect(fanCreds.renewRtcCredentials.token).not.toBe(creds.token);

  await t.ok(
    `mutation($id: ID!) { reportMediaState(callId: $id, media: { publishingAudio: true, publishingVideo: true }) { state } }`,
    { id: callId },
    { token: creator.accessToken },
  );
  await t.app.uow.run(ctx, (tx) => t.app.calls.terminate(tx, callId));
  await new Promise((r) => setTimeout(r, 200)); // removal happens right after the commit
  const expectedAuth = `Basic ${Buffer.from(`${CUSTOMER}:${SECRET}`).toString('base64')}`;
  expect(kicks).toHaveLength(2);
  for (const [i, uid] of [1, 2].entries()) {
    expect(kicks[i].auth).toBe(expectedAuth);
    expect(kicks[i].body).toEqual({ appid: APP_ID, cname: creds.channel, uid, time_in_seconds: 600, privileges: ['join_channel'] });
  }
  const after = await t.gql(`mutation($id: ID!) { renewRtcCredentials(callId: $id) { token } }`, { id: callId }, { token: fan.accessToken });
  expect(after.errors?.[0].extensions?.code).toBe('FORBIDDEN');
});
