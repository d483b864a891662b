import { ManualClock } from '../src/common/clock';
import type { RequestContext } from '../src/common/context';
import { AccountKind, checkLedger, InsufficientTokensError, TransferKind } from '../src/modules/ledger';
import { fundedFan, readyCreator } from './fixtures';
import { isPostgres, startTestServer, type TestAccount, type TestServer } from './harness';

/**
 * A refused or rolled-back transfer leaves no trace anywhere (issue 12 §1): not in the tables, not in any
 * cache. Each scenario first makes a transfer fail at the very moment it would have created an account,
 * then checks that the next payment to or from that account goes through whole.
 */
const clock = new ManualClock('2026-06-01T10:00:00Z');
let t: TestServer;
let ctx: RequestContext;
beforeAll(async () => {
  t = await startTestServer({ clock });
  ctx = t.app.contexts.system('test');
});
afterAll(() => t.close());

const balanceOf = async (ownerId: string, kind: AccountKind.FAN_WALLET | AccountKind.FAN_HOLD | AccountKind.CREATOR_EARNINGS) =>
  (await t.app.ledger.balance(ctx, ownerId, kind)).balance;
const expectBalancedLedger = async () => expect(await checkLedger(t.app.db.dataSource.manager)).toEqual([]);
const topUp = (fanId: string, tokens: number, key: string) =>
  t.app.ledger.transfer(ctx, {
    key,
    kind: TransferKind.PROMOTION,
    legs: [
      { account: { platform: AccountKind.PROMOTIONS }, amount: -tokens },
      { account: { ownerId: fanId, kind: AccountKind.FAN_WALLET }, amount: tokens },
    ],
  });
const pay = (fanId: string, creatorId: string, amount: number, key: string, on = ctx) =>
  t.app.ledger.pay(on, { key, kind: TransferKind.CHAT_UNLOCK, fanId, creatorId, amount, commissionBps: 2000 });

describe(`a refusal leaves no trace (${isPostgres() ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('first-ever payment to a creator refused, then another fan pays that creator', async () => {
    const creator = await t.signUp('CREATOR');
    const broke = await t.signUp('FAN');
    const refused = await pay(broke.id, creator.id, 50, `first:${broke.id}`).catch((e) => e);
    expect(refused).toBeInstanceOf(InsufficientTokensError);
    expect(refused).toMatchObject({ available: 0, needed: 50 });
    expect(await t.sql(`SELECT 1 FROM ledger_account WHERE owner_id = ANY($1)`, [[creator.id, broke.id]])).toHaveLength(0);

    const payer = await fundedFan(t, 100);
    await pay(payer.id, creator.id, 50, `second:${payer.id}`);
    expect(await balanceOf(payer.id, AccountKind.FAN_WALLET)).toBe(50);
    expect(await balanceOf(creator.id, AccountKind.CREATOR_EARNINGS)).toBe(40);
    await expectBalancedLedger();
  });

  it('the same refusal inside a caller’s transaction, which then goes on and commits', async () => {
    const creator = await t.signUp('CREATOR');
    const broke = await t.signUp('FAN');
    const payer = await fundedFan(t, 100);
    await t.app.uow.run(ctx, async (tx) => {
      await expect(pay(broke.id, creator.id, 50, `in-tx:${broke.id}`, tx)).rejects.toBeInstanceOf(InsufficientTokensError);
      await pay(payer.id, creator.id, 30, `in-tx:${payer.id}`, tx);
    });
    await pay(payer.id, creator.id, 20, `after-tx:${payer.id}`);
    expect(await balanceOf(creator.id, AccountKind.CREATOR_EARNINGS)).toBe(40);
    expect(await balanceOf(payer.id, AccountKind.FAN_WALLET)).toBe(50);
    await expectBalancedLedger();
  });

  it('first-minute hold of a brand-new fan refused, then the same fan tops up and holds', async () => {
    const fan = await t.signUp('FAN');
    await expect(t.app.ledger.reserve(ctx, { key: `hold-1:${fan.id}`, fanId: fan.id, amount: 20 })).rejects.toMatchObject({ available: 0, needed: 20 });
    await topUp(fan.id, 100, `top-up:${fan.id}`);
    await t.app.ledger.reserve(ctx, { key: `hold-2:${fan.id}`, fanId: fan.id, amount: 20 });
    expect(await balanceOf(fan.id, AccountKind.FAN_WALLET)).toBe(80);
    expect(await balanceOf(fan.id, AccountKind.FAN_HOLD)).toBe(20);
    await expectBalancedLedger();
  });

  it('a caller’s transaction rolled back after a successful transfer', async () => {
    const creator = await t.signUp('CREATOR');
    const fan = await t.signUp('FAN');
    const failure = new Error('the caller changed its mind');
    await expect(
      t.app.uow.run(ctx, async (tx) => {
        await t.app.ledger.transfer(tx, {
          key: `rolled-back:${fan.id}`,
          kind: TransferKind.PROMOTION,
          legs: [
            { account: { platform: AccountKind.PROMOTIONS }, amount: -100 },
            { account: { ownerId: fan.id, kind: AccountKind.FAN_WALLET }, amount: 100 },
          ],
        });
        await pay(fan.id, creator.id, 60, `rolled-back-pay:${fan.id}`, tx);
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await t.sql(`SELECT 1 FROM ledger_transfer WHERE idempotency_key LIKE $1`, [`rolled-back%${fan.id}`])).toHaveLength(0);
    expect(await t.sql(`SELECT 1 FROM ledger_account WHERE owner_id = ANY($1)`, [[creator.id, fan.id]])).toHaveLength(0);

    // The same keys are free again, and the accounts are created for real this time.
    await topUp(fan.id, 100, `rolled-back:${fan.id}`);
    await pay(fan.id, creator.id, 60, `rolled-back-pay:${fan.id}`);
    expect(await balanceOf(fan.id, AccountKind.FAN_WALLET)).toBe(40);
    expect(await balanceOf(creator.id, AccountKind.CREATOR_EARNINGS)).toBe(48);
    await expectBalancedLedger();
  });

  it('never reports a negative number of tokens needed', async () => {
    const fan = await fundedFan(t, 10);
    const creator = await t.signUp('CREATOR');
    for (const amount of [11, 50, 1000]) {
      const refused = await pay(fan.id, creator.id, amount, `needs:${fan.id}:${amount}`).catch((e) => e);
      expect(refused).toMatchObject({ available: 10, needed: amount - 10 });
    }
  });
});

describe('the reported scenario, through the API', () => {
  const SEND = `mutation($text: String!, $creatorId: ID, $conversationId: ID) { sendMessage(text: $text, creatorId: $creatorId, conversationId: $conversationId) {
    __typename ... on Message { conversationId } ... on ChatLocked { lock { id } } } }`;
  const LOCK = `mutation($c: ID!) { lockChat(conversationId: $c, price: 50, description: "Photos") { id } }`;
  const UNLOCK = `mutation($l: ID!) { unlockChat(lockId: $l) { __typename ... on ChatLock { state } ... on UnlockNeedsTokens { available needed } } }`;
  const CALL = 'id state endReason chargedTokens';

  async function lockedChat(fan: TestAccount, creator: TestAccount): Promise<string> {
    const sent = await t.ok<{ sendMessage: { conversationId: string } }>(SEND, { text: 'hi', creatorId: creator.id }, { token: fan.accessToken });
    const lock = await t.ok<{ lockChat: { id: string } }>(LOCK, { c: sent.sendMessage.conversationId }, { token: creator.accessToken });
    return lock.lockChat.id;
  }

  it('a broke fan’s refused unlock does not stop the next fan paying, calling and hanging up', async () => {
    const creator = await readyCreator(t, 20);
    const broke = await fundedFan(t, 0);
    const refused = await t.ok<{ unlockChat: Record<string, unknown> }>(UNLOCK, { l: await lockedChat(broke, creator) }, { token: broke.accessToken });
    expect(refused.unlockChat).toEqual({ __typename: 'UnlockNeedsTokens', available: 0, needed: 50 });

    const fan = await fundedFan(t, 100);
    const paid = await t.ok<{ unlockChat: Record<string, unknown> }>(UNLOCK, { l: await lockedChat(fan, creator) }, { token: fan.accessToken });
    expect(paid.unlockChat).toEqual({ __typename: 'ChatLock', state: 'PAID' });
    expect(await balanceOf(creator.id, AccountKind.CREATOR_EARNINGS)).toBe(40);

    const started = await t.ok<{ startCall: { id: string } }>(
      `mutation($c: ID!) { startCall(creatorId: $c) { ... on Call { id } } }`,
      { c: creator.id },
      { token: fan.accessToken },
    );
    const callId = started.startCall.id;
    await t.ok(`mutation($id: ID!) { answerCall(callId: $id) { call { id } } }`, { id: callId }, { token: creator.accessToken });
    const media = `mutation($id: ID!) { reportMediaState(callId: $id, media: { publishingAudio: true, publishingVideo: true }) { ${CALL} } }`;
    await t.ok(media, { id: callId }, { token: fan.accessToken });
    expect((await t.ok<{ reportMediaState: { state: string } }>(media, { id: callId }, { token: creator.accessToken })).reportMediaState.state).toBe('ONGOING');
    for (let s = 0; s < 30; s += 5) {
      clock.advance(5_000);
      for (const who of [fan, creator]) await t.ok(media, { id: callId }, { token: who.accessToken });
      await t.app.timers.runDue();
    }
    const ended = await t.ok<{ endCall: { state: string; endReason: string; chargedTokens: number } }>(
      `mutation($id: ID!) { endCall(callId: $id) { ${CALL} } }`,
      { id: callId },
      { token: fan.accessToken },
    );
    expect(ended.endCall).toMatchObject({ state: 'ENDED', chargedTokens: 10 });
    expect(await balanceOf(fan.id, AccountKind.FAN_WALLET)).toBe(40);
    expect(await balanceOf(fan.id, AccountKind.FAN_HOLD)).toBe(0);
    await expectBalancedLedger();
  });
});
