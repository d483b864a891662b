import { ManualClock } from '../src/common/clock';
import type { RequestContext } from '../src/common/context';
import { AccountKind, checkLedger } from '../src/modules/ledger';
import * as fixtures from './fixtures';
import { isPostgres, startTestServer, type TestAccount, type TestServer } from './harness';
import { callDriver, type CallState } from './money-helpers';

const clock = new ManualClock('2026-06-01T10:00:00Z');
let t: TestServer;
let ctx: RequestContext;
let drive: ReturnType<typeof callDriver>;

beforeAll(async () => {
  t = await startTestServer({ clock });
  ctx = t.app.contexts.system('test');
  drive = callDriver(t, clock);
});
afterAll(() => t.close());

const LIMITS = 'perCallCap dailyLimit excludedUntil spentToday';
const SET = `mutation($l: SpendingLimitsInput!) { setSpendingLimits(limits: $l) { ${LIMITS} } }`;
const setLimits = (fan: TestAccount, limits: Record<string, unknown>) =>
  t.gql<{ setSpendingLimits: Record<string, unknown> }>(SET, { l: limits }, { token: fan.accessToken });
const START = `mutation($c: ID!) { startCall(creatorId: $c, kind: VIDEO) { __typename ... on Call { id } } }`;
const UNLOCK = `mutation($l: ID!) { unlockChat(lockId: $l) { __typename ... on ChatLock { state } } }`;
const wallet = async (fan: TestAccount) => (await t.app.ledger.balance(ctx, fan.id, AccountKind.FAN_WALLET)).balance;
const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0].extensions?.code;
const connectedMs = (call: CallState) => new Date(call.endedAt as string).getTime() - new Date(call.connectedAt as string).getTime();

/** Locks the fan's conversation with the creator (made on first use) for `price`; returns the lock id. */
async function lockedChat(fan: TestAccount, creator: TestAccount, price: number): Promise<string> {
  const found = await t.ok<{ conversationWithCreator: { id: string } | null }>(
    `query($c: ID!) { conversationWithCreator(creatorId: $c) { id } }`,
    { c: creator.id },
    { token: fan.accessToken },
  );
  let conversationId = found.conversationWithCreator?.id;
  if (!conversationId) {
    const sent = await t.ok<{ sendMessage: { conversationId: string } }>(
      `mutation($c: ID) { sendMessage(text: "hello", creatorId: $c) { ... on Message { conversationId } } }`,
      { c: creator.id },
      { token: fan.accessToken },
    );
    conversationId = sent.sendMessage.conversationId;
  }
  const lock = await t.ok<{ lockChat: { id: string } }>(
    `mutation($c: ID!, $p: Int!) { lockChat(conversationId: $c, price: $p, description: "More") { id } }`,
    { c: conversationId, p: price },
    { token: creator.accessToken },
  );
  return lock.lockChat.id;
}

/** The account signed in again (after the clock jumped past its access token's life). */
async function again(account: TestAccount): Promise<TestAccount> {
  const data = await t.ok<{ logIn: { accessToken: string } }>(`mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { accessToken } }`, {
    e: account.email,
    p: account.password,
  });
  return { ...account, accessToken: data.logIn.accessToken };
}

describe(`spending limits (${isPostgres() ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('are set and read by the fan; bad values are refused and change nothing', async () => {
    const fan = await fixtures.fundedFan(t, 100);
    expect((await t.ok<{ spendingLimits: unknown }>(`{ spendingLimits { ${LIMITS} } }`, {}, { token: fan.accessToken })).spendingLimits).toEqual({
      perCallCap: null,
      dailyLimit: null,
      excludedUntil: null,
      spentToday: 0,
    });
    expect((await setLimits(fan, { perCallCap: 40, dailyLimit: 200 })).data?.setSpendingLimits).toMatchObject({ perCallCap: 40, dailyLimit: 200 });
    for (const bad of [
      { perCallCap: 0, dailyLimit: null },
      { perCallCap: null, dailyLimit: -5 },
      { perCallCap: null, dailyLimit: null, excludeForDays: 0 },
    ]) {
      expect(codeOf(await setLimits(fan, bad))).toBe('BAD_USER_INPUT');
    }
    expect((await t.ok<{ spendingLimits: unknown }>(`{ spendingLimits { perCallCap dailyLimit } }`, {}, { token: fan.accessToken })).spendingLimits).toEqual({
      perCallCap: 40,
      dailyLimit: 200,
    });
    const creator = await t.signUp('CREATOR');
    expect(codeOf(await setLimits(creator, { perCallCap: 40, dailyLimit: null }))).toBe('FORBIDDEN');
  });

  it('end a call at the per-call cap, at the exact millisecond, with a warning a minute before', async () => {
    // 100 tokens at 45 a minute: ⌈45 × 133,333 / 60,000⌉ = 100, one millisecond more would cost 101.
    const creator = await fixtures.readyCreator(t, 45);
    const fan = await fixtures.fundedFan(t, 1000);
    await setLimits(fan, { perCallCap: 100, dailyLimit: null });
    const callId = await drive.connect(fan, creator);
    expect(await drive.callOf(fan, callId)).toMatchObject({ spendingCap: 100, spendingCapWarning: false });
    await drive.pass(70_000, callId, [fan, creator]);
    expect(await drive.callOf(fan, callId)).toMatchObject({ state: 'ONGOING', spendingCapWarning: false });
    await drive.pass(5_000, callId, [fan, creator]); // 75 s: 58.3 s left
    expect(await drive.callOf(fan, callId)).toMatchObject({ state: 'ONGOING', spendingCapWarning: true });
    // The creator learns the call is about to end, not the fan's cap.
    expect(await drive.callOf(creator, callId)).toMatchObject({ spendingCap: null, spendingCapWarning: true });
    await drive.pass(60_000, callId, [fan, creator]);
    const ended = await drive.callOf(fan, callId);
    expect(ended).toMatchObject({ state: 'ENDED', endReason: 'SPENDING_LIMIT_REACHED', chargedTokens: 100, billedSeconds: 134, heldTokens: 0 });
    expect(connectedMs(ended)).toBe(133_333);
    expect(await wallet(fan)).toBe(900);
    expect(await checkLedger(t.app.db.dataSource.manager)).toEqual([]);
  });

  it('refuse a call whose first minute passes the cap', async () => {
    const creator = await fixtures.readyCreator(t, 50);
    const fan = await fixtures.fundedFan(t, 1000);
    await setLimits(fan, { perCallCap: 30, dailyLimit: null });
    const refused = await t.gql(START, { c: creator.id }, { token: fan.accessToken });
    expect(codeOf(refused)).toBe('SPENDING_LIMIT_REACHED');
    expect(await t.sql(`SELECT 1 FROM call WHERE fan_id = $1`, [fan.id])).toHaveLength(0);
  });

  it('hold a daily limit across unlocks and calls, counting a live call’s cap, for 24 hours', async () => {
    const creator = await fixtures.readyCreator(t, 20);
    const fan = await fixtures.fundedFan(t, 1000);
    await setLimits(fan, { perCallCap: null, dailyLimit: 100 });

    // An unlock of 30 goes through; one of 80 would pass the limit: refused with what is left, nothing moved.
    expect((await t.ok<{ unlockChat: unknown }>(UNLOCK, { l: await lockedChat(fan, creator, 30) }, { token: fan.accessToken })).unlockChat).toEqual({
      __typename: 'ChatLock',
      state: 'PAID',
    });
    const big = await lockedChat(fan, creator, 80);
    const refused = await t.gql(UNLOCK, { l: big }, { token: fan.accessToken });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'SPENDING_LIMIT_REACHED', limit: 100, remaining: 70 });
    expect(await wallet(fan)).toBe(970);
    expect((await t.sql<{ state: string }>(`SELECT state FROM chat_lock WHERE id = $1`, [big]))[0].state).toBe('OPEN');
    await t.ok(`mutation($l: ID!) { withdrawChatLock(lockId: $l) { state } }`, { l: big }, { token: creator.accessToken });

    // A call is capped at what is left (70 tokens = 3.5 minutes at 20), and counts against the day while it is live.
    const callId = await drive.connect(fan, creator);
    expect((await drive.callOf(fan, callId)).spendingCap).toBe(70);
    const small = await lockedChat(fan, creator, 10);
    expect(codeOf(await t.gql(UNLOCK, { l: small }, { token: fan.accessToken }))).toBe('SPENDING_LIMIT_REACHED');
    await drive.pass(240_000, callId, [fan, creator]);
    const ended = await drive.callOf(fan, callId);
    expect(ended).toMatchObject({ state: 'ENDED', endReason: 'SPENDING_LIMIT_REACHED', chargedTokens: 70 });
    expect(connectedMs(ended)).toBe(210_000);
    expect(
      (await t.ok<{ spendingLimits: { spentToday: number } }>(`{ spendingLimits { spentToday } }`, {}, { token: fan.accessToken })).spendingLimits.spentToday,
    ).toBe(100);

    // Nothing more today: a new call is refused before it rings.
    expect(codeOf(await t.gql(START, { c: creator.id }, { token: fan.accessToken }))).toBe('SPENDING_LIMIT_REACHED');
    // 24 hours after the first spend, it is allowed again.
    clock.advance(24 * 3600_000);
    expect((await t.ok<{ unlockChat: { state: string } }>(UNLOCK, { l: small }, { token: (await again(fan)).accessToken })).unlockChat.state).toBe('PAID');
    expect(await checkLedger(t.app.db.dataSource.manager)).toEqual([]);
  });

  it('block all spending during a self-exclusion, which cannot be shortened, and lift it when it ends', async () => {
    const creator = await fixtures.readyCreator(t, 20);
    const fan = await fixtures.fundedFan(t, 1000);
    const lock = await lockedChat(fan, creator, 10);
    const set = await setLimits(fan, { perCallCap: 500, dailyLimit: null, excludeForDays: 7 });
    const until = new Date(clock.now().getTime() + 7 * 86_400_000).toISOString();
    expect(set.data?.setSpendingLimits).toMatchObject({ excludedUntil: until });

    const call = await t.gql(START, { c: creator.id }, { token: fan.accessToken });
    expect(call.errors?.[0].extensions).toMatchObject({ code: 'SELF_EXCLUDED', until });
    expect(codeOf(await t.gql(UNLOCK, { l: lock }, { token: fan.accessToken }))).toBe('SELF_EXCLUDED');
    // It cannot be lifted, shortened, or have its limits raised; it can be lengthened.
    expect(codeOf(await setLimits(fan, { perCallCap: 500, dailyLimit: null, excludeForDays: 1 }))).toBeUndefined(); // a shorter one keeps the longer
    expect(
      (await t.ok<{ spendingLimits: { excludedUntil: string } }>(`{ spendingLimits { excludedUntil } }`, {}, { token: fan.accessToken })).spendingLimits
        .excludedUntil,
    ).toBe(until);
    expect(codeOf(await setLimits(fan, { perCallCap: null, dailyLimit: null }))).toBe('BAD_USER_INPUT');
    expect(await wallet(fan)).toBe(1000);

    clock.advance(7 * 86_400_000 + 1000);
    const back = await again(fan);
    expect((await t.ok<{ unlockChat: { state: string } }>(UNLOCK, { l: lock }, { token: back.accessToken })).unlockChat.state).toBe('PAID');
    expect((await t.ok<{ startCall: { __typename: string } }>(START, { c: creator.id }, { token: back.accessToken })).startCall.__typename).toBe('Call');
  });
});
