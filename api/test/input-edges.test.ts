import jwt from 'jsonwebtoken';
import { nextEvent, startTestServer, type TestAccount, type TestServer } from './harness';

/**
 * Bad input at every edge is a typed error, never INTERNAL_SERVER_ERROR: malformed ids, text PostgreSQL
 * cannot store, forged-but-signed tokens, variables beyond graphql-js's error limit. And what does still
 * crash is logged with the request id.
 */
let t: TestServer;
let fan: TestAccount;
let admin: TestAccount;

beforeAll(async () => {
  t = await startTestServer();
  fan = await t.signUp('FAN');
  admin = await t.staff('ADMIN');
});
afterAll(() => t.close());

const MALFORMED_IDS = ['', 'not-a-uuid', 'a'.repeat(36), '-'.repeat(36), 'a-'.repeat(18), "1' OR '1'='1", '00000000-0000-0000-0000-00000000000g', '0'];

describe('ids', () => {
  it.each([
    ['answerCall', 'mutation($id: ID!) { answerCall(callId: $id) { call { id } } }'],
    ['cancelCall', 'mutation($id: ID!) { cancelCall(callId: $id) { id } }'],
    ['markConversationRead', 'mutation($id: ID!) { markConversationRead(conversationId: $id) { id } }'],
    ['blockAccount', 'mutation($id: ID!) { blockAccount(accountId: $id) }'],
    ['call', 'query($id: ID!) { call(id: $id) { id } }'],
  ])('%s refuses malformed ids with BAD_USER_INPUT', async (_name, query) => {
    for (const id of MALFORMED_IDS) {
      const res = await t.gql(query, { id }, { token: fan.accessToken });
      expect({ id, code: res.errors?.[0].extensions?.code }).toEqual({ id, code: expect.stringMatching(/^(BAD_USER_INPUT|FORBIDDEN)$/) });
    }
  });

  it('adjustWallet refuses malformed account ids, an Int literal included', async () => {
    for (const id of MALFORMED_IDS) {
      const res = await t.gql(
        `mutation($id: ID!) { adjustWallet(accountId: $id, amount: 5, reason: "goodwill") { id } }`,
        { id },
        { token: admin.accessToken },
      );
      expect({ id, code: res.errors?.[0].extensions?.code }).toEqual({ id, code: 'BAD_USER_INPUT' });
    }
    const literal = await t.gql(`mutation { adjustWallet(accountId: 0, amount: 5, reason: "goodwill") { id } }`, {}, { token: admin.accessToken });
    expect(literal.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('the callUpdated subscription refuses a malformed call id', async () => {
    const sub = nextEvent(t.ws(fan.accessToken), `subscription($id: ID!) { callUpdated(callId: $id) { id } }`, { id: 'a'.repeat(36) });
    const first = await sub.next();
    expect(first.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('an audit entry id beyond bigint is NOT_FOUND, not a crash', async () => {
    const res = await t.gql(`{ AuditEntry(id: "99999999999999999999999") { id } }`, {}, { token: admin.accessToken });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('a token signed with the right secret but a non-UUID session or account is UNAUTHENTICATED', async () => {
    const secret = t.app.config.JWT_SECRET!;
    const sign = (sub: string, sid: string) =>
      jwt.sign({ sid, role: 'FAN' }, secret, { algorithm: 'HS256', subject: sub, issuer: 'minutely', audience: 'minutely-api', expiresIn: 600 });
    for (const token of [sign(fan.id, 'not-a-uuid'), sign('a'.repeat(36), fan.id), sign(fan.id, "1' OR '1'='1")]) {
      const res = await t.gql(`{ me { id } }`, {}, { token });
      expect(res.status).toBe(401);
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const ws = await nextEvent(t.ws(token), `subscription { accountUpdated { id } }`).next();
      expect(ws.errors?.[0].extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    }
  });
});

describe('text', () => {
  it('refuses NUL bytes and broken Unicode in any string, signed out too, naming the field and changing nothing', async () => {
    const before = await t.sql<{ n: string }>(`SELECT count(*)::text AS n FROM account`);
    const signUp = await t.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { email } }`, {
      input: { email: 'nul@example.test', password: 'correct horse battery', displayName: 'Nul\u0000Byte', handle: 'nul_byte', role: 'FAN' },
    });
    expect(signUp.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.displayName' });
    const logIn = await t.gql(`mutation($e: String!) { logIn(email: $e, password: "whatever123") { accessToken } }`, { e: 'a\u0000@example.test' });
    expect(logIn.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const rename = await t.gql(`mutation($n: String!) { updateDisplayName(displayName: $n) { id } }`, { n: 'half \uD800 pair' }, { token: fan.accessToken });
    expect(rename.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const adjust = await t.gql(
      `mutation($id: ID!, $r: String!) { adjustWallet(accountId: $id, amount: 5, reason: $r) { id } }`,
      { id: fan.id, r: 'bonus\u0000' },
      { token: admin.accessToken },
    );
    expect(adjust.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await t.sql(`SELECT count(*)::text AS n FROM account`)).toEqual(before);
    expect(await t.sql(`SELECT 1 FROM account WHERE display_name LIKE 'half%'`)).toEqual([]);
  });

  it('still accepts emoji and other scripts', async () => {
    const res = await t.gql(`mutation($n: String!) { updateDisplayName(displayName: $n) { displayName } }`, { n: 'Zoë 😀 名前' }, { token: fan.accessToken });
    expect(res.data).toEqual({ updateDisplayName: { displayName: 'Zoë 😀 名前' } });
  });
});

describe('errors', () => {
  it('more than 50 variable errors come back as BAD_USER_INPUT', async () => {
    const res = await t.gql(`mutation($s: [ScheduleSlotInput!]!) { setAvailabilitySchedule(timeZone: "UTC", slots: $s) { __typename } }`, {
      s: Array.from({ length: 60 }, () => ({ weekday: 'x', start: 1, end: 2 })),
    });
    expect(res.status).toBe(400);
    expect(res.errors?.at(-1)?.message).toMatch(/^Too many errors processing variables/);
    expect(res.errors!.filter((e) => e.extensions?.code !== 'BAD_USER_INPUT')).toEqual([]);
  });

  it('input the database refuses is BAD_USER_INPUT, and every crash is logged with the request id', async () => {
    const warn = jest.spyOn(t.app.log, 'warn');
    const error = jest.spyOn(t.app.log, 'error');
    try {
      // What slipped past the edge: the database's own refusal (SQLSTATE 22P02), as a real statement.
      const active = jest.spyOn(t.app.calls, 'activeCall').mockImplementation((ctx) => ctx.em.query(`SELECT $1::uuid AS id`, ['nope']));
      const refused = await t.gql(`{ activeCall { id } }`, {}, { token: fan.accessToken, headers: { 'x-request-id': 'edge-req-1' } });
      expect(refused.errors?.[0]).toMatchObject({ message: 'An argument is malformed or out of range.', extensions: { code: 'BAD_USER_INPUT' } });
      expect(warn).toHaveBeenCalledWith(expect.objectContaining({ requestId: 'edge-req-1' }), 'input refused by the database');

      active.mockRejectedValue(new Error('boom'));
      const crashed = await t.gql(`{ activeCall { id } }`, {}, { token: fan.accessToken, headers: { 'x-request-id': 'edge-req-2' } });
      expect(crashed.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error).toHaveBeenCalledWith(expect.objectContaining({ requestId: 'edge-req-2' }), 'unexpected error');

      // A crash while authenticating (before any operation runs) carries it too.
      const auth = jest.spyOn(t.app.identity, 'authenticate').mockRejectedValue(new Error('database down'));
      const early = await t.gql(`{ me { id } }`, {}, { token: fan.accessToken, headers: { 'x-request-id': 'edge-req-3' } });
      expect(early.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      auth.mockRestore();
      const unexpected = error.mock.calls.filter(([, message]) => message === 'unexpected error');
      expect(unexpected.map(([fields]) => (fields as { requestId?: string }).requestId)).toEqual(['edge-req-2', 'edge-req-3']);
    } finally {
      jest.restoreAllMocks();
    }
  });
});
