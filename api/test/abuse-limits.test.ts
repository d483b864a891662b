import { randomBytes } from 'node:crypto';
import type { Role } from '../src/modules/identity';
import { AccountKind, TransferKind } from '../src/modules/ledger';
import { eventually, startTestServer, type GqlResult, type TestServer } from './harness';

/**
 * Abuse limits: each answers RATE_LIMITED with `retryAfterSeconds` and leaves nothing behind. The limits are
 * lowered here; fixtures are made through the services so they spend none of them.
 */
let t: TestServer;

beforeAll(async () => {
  t = await startTestServer({
    env: {
      TRUST_PROXY: 'true', // so a test can speak from several client IPs (X-Forwarded-For)
      SIGNUP_MAX_PER_IP: '3',
      CALL_STARTS_MAX_PER_FAN: '3',
      CALL_ALERTS_MAX_PER_PAIR: '2',
      CALL_ALERTS_MAX_PER_CREATOR: '3',
      MESSAGES_MAX_PER_CONVERSATION: '3',
      CHAT_LOCKS_MAX_PER_CONVERSATION: '2',
    },
  });
});
afterAll(() => t.close());

interface Account {
  id: string;
  token: string;
}

async function account(role: 'FAN' | 'CREATOR', tokens = 0): Promise<Account> {
  const id = randomBytes(4).toString('hex');
  const email = `limit-${id}@example.test`;
  const created = await t.app.identity.createAccount(t.app.contexts.system('test'), {
    email,
    password: 'correct horse battery',
    displayName: `Limit ${id}`,
    handle: `limit_${id}`,
    role: role as Role,
  });
  const { logIn } = await t.ok<{ logIn: { accessToken: string } }>(
    `mutation($e: String!) { logIn(email: $e, password: "correct horse battery") { accessToken } }`,
    {
      e: email,
    },
  );
  if (tokens) {
    await t.app.ledger.transfer(t.app.contexts.system('test'), {
      key: `fund:${created.id}`,
      kind: TransferKind.PROMOTION,
      legs: [
        { account: { platform: AccountKind.PROMOTIONS }, amount: -tokens },
        { account: { ownerId: created.id, kind: AccountKind.FAN_WALLET }, amount: tokens },
      ],
    });
  }
  return { id: created.id, token: logIn.accessToken };
}

/** A creator taking calls, with a verified phone and no page open: calls to them go out as SMS alerts. */
async function offlineCreator(callsEnabled = true): Promise<Account> {
  const creator = await account('CREATOR');
  await t.sql(
    `INSERT INTO creator_profile (account_id, calls_enabled, price_per_minute, phone_e164, phone_verified_at) VALUES ($1, $2, 10, '+4915112340000', now())`,
    [creator.id, callsEnabled],
  );
  return creator;
}

function expectRateLimited(res: GqlResult<unknown>): void {
  expect(res.errors?.[0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
  expect(res.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
}

const START = `mutation($c: ID!) { startCall(creatorId: $c) { __typename ... on Call { id } } }`;
const startCall = (fan: Account, creator: Account) => t.gql<{ startCall: { __typename: string; id?: string } }>(START, { c: creator.id }, { token: fan.token });
const cancel = (fan: Account, id: string) => t.ok(`mutation($id: ID!) { cancelCall(callId: $id) { id } }`, { id }, { token: fan.token });
/** The SMS call alerts the creator was sent (they go out once the call's transaction committed). */
async function alertsTo(creator: Account, expected: number): Promise<void> {
  const count = async () =>
    Number(
      (
        await t.sql<{ n: string }>(
          `SELECT count(*)::text AS n FROM sms_outbox s JOIN call c ON s.body LIKE '%/answer/' || c.id || '?%' WHERE c.creator_id = $1`,
          [creator.id],
        )
      )[0].n,
    );
  await eventually(async () => expect(await count()).toBe(expected));
  await new Promise((r) => setTimeout(r, 50));
  expect(await count()).toBe(expected);
}

describe('abuse limits', () => {
  it('signUp: a few per client IP per hour, before the password is hashed; another IP is not affected', async () => {
    const signUp = (ip: string, n: number) =>
      t.gql(
        `mutation($input: SignUpInput!) { signUp(input: $input) { email } }`,
        {
          input: {
            email: `ip-${ip}-${n}@example.test`,
            password: 'correct horse battery',
            displayName: 'Many',
            handle: `ip_${n}_${ip.replace(/\./g, '_')}`,
            role: 'FAN',
          },
        },
        { headers: { 'x-forwarded-for': ip } },
      );
    for (let n = 0; n < 3; n++) expect((await signUp('203.0.113.7', n)).errors).toBeUndefined();
    expectRateLimited(await signUp('203.0.113.7', 3));
    expect(await t.sql(`SELECT 1 FROM account WHERE email = 'ip-203.0.113.7-3@example.test'`)).toEqual([]);
    expect((await signUp('198.51.100.9', 0)).errors).toBeUndefined();
  });

  it('startCall: a few attempts per fan, whatever they answer', async () => {
    const fan = await account('FAN', 100);
    const away = await offlineCreator(false);
    for (let n = 0; n < 3; n++) expect((await startCall(fan, away)).data?.startCall.__typename).toBe('CreatorUnavailable');
    expectRateLimited(await startCall(fan, away));
  });

  it('call alerts: a few SMS per fan→creator pair and per creator; the call that would need one more is refused and leaves nothing', async () => {
    const creator = await offlineCreator();
    const [first, second] = [await account('FAN', 100), await account('FAN', 100)];
    for (let n = 0; n < 2; n++) {
      const call = await startCall(first, creator);
      await cancel(first, call.data!.startCall.id!);
    }
    await alertsTo(creator, 2);
    const calls = await t.sql(`SELECT id FROM call WHERE creator_id = $1`, [creator.id]);
    expectRateLimited(await startCall(first, creator)); // the pair's budget is spent
    expect(await t.sql(`SELECT id FROM call WHERE creator_id = $1`, [creator.id])).toEqual(calls);

    const other = await startCall(second, creator); // another fan still gets through, until the creator's budget is spent
    await cancel(second, other.data!.startCall.id!);
    await alertsTo(creator, 3);
    expectRateLimited(await startCall(second, creator));
    await alertsTo(creator, 3);
  });

  it('messages: a few per conversation per minute, both parties together; other conversations are not affected', async () => {
    const creator = await offlineCreator();
    const fan = await account('FAN');
    const SEND = `mutation($c: ID, $v: ID, $text: String!) { sendMessage(creatorId: $c, conversationId: $v, text: $text) { __typename ... on Message { conversationId } } }`;
    const first = await t.ok<{ sendMessage: { conversationId: string } }>(SEND, { c: creator.id, text: 'hi' }, { token: fan.token });
    const conversation = first.sendMessage.conversationId;
    await t.ok(SEND, { v: conversation, text: 'are you there?' }, { token: fan.token });
    await t.ok(SEND, { v: conversation, text: 'yes' }, { token: creator.token });
    expectRateLimited(await t.gql(SEND, { v: conversation, text: 'hello?' }, { token: fan.token }));
    expectRateLimited(await t.gql(SEND, { v: conversation, text: 'wait' }, { token: creator.token }));
    expect(await t.sql(`SELECT 1 FROM message WHERE conversation_id = $1 AND kind = 'TEXT'`, [conversation])).toHaveLength(3);
    expect((await t.gql(SEND, { c: (await offlineCreator()).id, text: 'hi' }, { token: fan.token })).errors).toBeUndefined();
  });

  it('chat locks: a few per conversation per minute', async () => {
    const creator = await offlineCreator();
    const fan = await account('FAN');
    const { sendMessage } = await t.ok<{ sendMessage: { conversationId: string } }>(
      `mutation($c: ID!) { sendMessage(creatorId: $c, text: "hi") { ... on Message { conversationId } } }`,
      { c: creator.id },
      { token: fan.token },
    );
    const LOCK = `mutation($v: ID!) { lockChat(conversationId: $v, price: 5, description: "photos") { id } }`;
    for (let n = 0; n < 2; n++) {
      const { lockChat } = await t.ok<{ lockChat: { id: string } }>(LOCK, { v: sendMessage.conversationId }, { token: creator.token });
      await t.ok(`mutation($id: ID!) { withdrawChatLock(lockId: $id) { id } }`, { id: lockChat.id }, { token: creator.token });
    }
    expectRateLimited(await t.gql(LOCK, { v: sendMessage.conversationId }, { token: creator.token }));
    expect(await t.sql(`SELECT 1 FROM chat_lock WHERE conversation_id = $1`, [sendMessage.conversationId])).toHaveLength(2);
  });

  it('are shared by every process through Redis when REDIS_URL is set', async () => {
    const env = { REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', TRUST_PROXY: 'true', SIGNUP_MAX_PER_IP: '2' };
    const a = await startTestServer({ keepDatabase: true, env });
    const b = await startTestServer({ reuse: a.database, env });
    try {
      const ip = `10.${[1, 2, 3].map(() => Math.floor(Math.random() * 256)).join('.')}`; // Redis outlives test runs
      const signUp = (server: TestServer, n: number) =>
        server.gql(
          `mutation($input: SignUpInput!) { signUp(input: $input) { email } }`,
          {
            input: {
              email: `redis-${n}-${ip}@example.test`,
              password: 'correct horse battery',
              displayName: 'Shared',
              handle: `r_${n}_${ip.replace(/\./g, '_')}`,
              role: 'FAN',
            },
          },
          { headers: { 'x-forwarded-for': ip } },
        );
      expect((await signUp(a, 0)).errors).toBeUndefined();
      expect((await signUp(b, 1)).errors).toBeUndefined();
      expectRateLimited(await signUp(a, 2));
      expectRateLimited(await signUp(b, 3));
    } finally {
      await b.close();
      await a.close();
    }
  });
});
