import type { RequestContext } from '../src/common/context';
import { checkLedger } from '../src/modules/ledger';
import { AccountKind, TransferKind, type TransferRequest } from '../src/modules/ledger';
import { InsufficientTokensError, WalletFrozenError } from '../src/modules/ledger';
import { isPostgres, nextEvent, nodes, startTestServer, untilReceived, type Connection, type TestAccount, type TestServer } from './harness';

let t: TestServer;
let ctx: RequestContext;
beforeAll(async () => {
  t = await startTestServer();
  ctx = t.app.contexts.system('test');
});
afterAll(() => t.close());

const WALLET = `{ wallet { available held frozen history(first: 10) { edges { node { kind part amount counterpart memo } } pageInfo { hasNextPage endCursor } } } }`;
const ADJUST = `mutation($id: ID!, $amount: Int!, $reason: String!) { adjustWallet(accountId: $id, amount: $amount, reason: $reason) { id kind applied } }`;

const promotion = (fanId: string, amount: number, key = `promo:${fanId}:${amount}:${Math.random()}`): TransferRequest => ({
  key,
  kind: TransferKind.PROMOTION,
  legs: [
    { account: { platform: AccountKind.PROMOTIONS }, amount: -amount },
    { account: { ownerId: fanId, kind: AccountKind.FAN_WALLET }, amount },
  ],
});
const balanceOf = async (ownerId: string, kind: AccountKind.FAN_WALLET | AccountKind.FAN_HOLD | AccountKind.CREATOR_EARNINGS) =>
  (await t.app.ledger.balance(ctx, ownerId, kind)).balance;
const expectInvariants = async () => expect(await checkLedger(t.app.db.dataSource.manager)).toEqual([]);

describe(`ledger service (${isPostgres() ? 'PostgreSQL' : 'PGlite'})`, () => {
  let fan: TestAccount;
  let creator: TestAccount;
  beforeAll(async () => {
    fan = await t.signUp('FAN');
    creator = await t.signUp('CREATOR');
  });

  it('moves tokens in balanced transfers and keeps every invariant', async () => {
    await t.app.ledger.transfer(ctx, promotion(fan.id, 100));
    expect(await balanceOf(fan.id, AccountKind.FAN_WALLET)).toBe(100);
    await expectInvariants();
  });

  it('applies a key once: a replay changes nothing, a replay with other legs is a CONFLICT', async () => {
    const request = promotion(fan.id, 40, `promo-once:${fan.id}`);
    const before = await balanceOf(fan.id, AccountKind.FAN_WALLET);
    const first = await t.app.ledger.transfer(ctx, request);
    const again = await t.app.ledger.transfer(ctx, request);
    expect(again).toEqual({ ...first, replayed: true });
    expect(await balanceOf(fan.id, AccountKind.FAN_WALLET)).toBe(before + 40);
    await expect(t.app.ledger.transfer(ctx, promotion(fan.id, 41, request.key))).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(await balanceOf(fan.id, AccountKind.FAN_WALLET)).toBe(before + 40);
  });

  it('applies concurrent repeats of one key exactly once', async () => {
    const request = promotion(fan.id, 5, `promo-race:${fan.id}`);
    const before = await balanceOf(fan.id, AccountKind.FAN_WALLET);
    const results = await Promise.all(Array.from({ length: 10 }, () => t.app.ledger.transfer(ctx, request)));
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(new Set(results.map((r) => r.transferId)).size).toBe(1);
    expect(await balanceOf(fan.id, AccountKind.FAN_WALLET)).toBe(before + 5);
  });

  it('refuses unbalanced, fractional and empty transfers', async () => {
    const legs = (a: number, b: number) => [
      { account: { platform: AccountKind.PROMOTIONS } as const, amount: a },
      { account: { ownerId: fan.id, kind: AccountKind.FAN_WALLET } as const, amount: b },
    ];
    await expect(t.app.ledger.transfer(ctx, { key: 'bad-1', kind: TransferKind.PROMOTION, legs: legs(-5, 4) })).rejects.toThrow('must balance');
    await expect(t.app.ledger.transfer(ctx, { key: 'bad-2', kind: TransferKind.PROMOTION, legs: legs(-1.5, 1.5) })).rejects.toThrow('whole');
    await expect(t.app.ledger.transfer(ctx, { key: '', kind: TransferKind.PROMOTION, legs: legs(-1, 1) })).rejects.toThrow('idempotency key');
    expect(await t.sql(`SELECT 1 FROM ledger_transfer WHERE idempotency_key LIKE 'bad-%'`)).toHaveLength(0);
  });

  it('reserves, settles with the commission, and releases the rest', async () => {
    const payer = await t.signUp('FAN');
    await t.app.ledger.transfer(ctx, promotion(payer.id, 100));
    await t.app.ledger.reserve(ctx, { key: `r:${payer.id}`, fanId: payer.id, amount: 30 });
    expect(await balanceOf(payer.id, AccountKind.FAN_WALLET)).toBe(70);
    expect(await balanceOf(payer.id, AccountKind.FAN_HOLD)).toBe(30);
    await t.app.ledger.settle(ctx, { key: `s:${payer.id}`, fanId: payer.id, creatorId: creator.id, amount: 25, commissionBps: 2000 });
    await t.app.ledger.release(ctx, { key: `l:${payer.id}`, fanId: payer.id, amount: 5 });
    expect(await balanceOf(payer.id, AccountKind.FAN_WALLET)).toBe(75);
    expect(await balanceOf(payer.id, AccountKind.FAN_HOLD)).toBe(0);
    expect(await balanceOf(creator.id, AccountKind.CREATOR_EARNINGS)).toBe(20);
    const [revenue] = await t.sql<{ total: string }>(`SELECT sum(balance)::text AS total FROM ledger_account WHERE kind = 'PLATFORM_REVENUE'`);
    expect(Number(revenue.total)).toBeGreaterThanOrEqual(5);
    await expectInvariants();
  });

  it('refuses to overdraw, says how much is missing, and leaves the caller’s transaction usable', async () => {
    const poor = await t.signUp('FAN');
    await t.app.ledger.transfer(ctx, promotion(poor.id, 10));
    const outcome = await t.app.uow.run(ctx, async (tx) => {
      const refused = await t.app.ledger.reserve(tx, { key: `over:${poor.id}`, fanId: poor.id, amount: 25 }).catch((e) => e);
      // The outer transaction goes on after the refusal.
      await t.app.ledger.reserve(tx, { key: `ok:${poor.id}`, fanId: poor.id, amount: 10 });
      return refused;
    });
    expect(outcome).toBeInstanceOf(InsufficientTokensError);
    expect(outcome).toMatchObject({ available: 10, needed: 15 });
    expect(await balanceOf(poor.id, AccountKind.FAN_WALLET)).toBe(0);
    expect(await balanceOf(poor.id, AccountKind.FAN_HOLD)).toBe(10);
    expect(await t.sql(`SELECT 1 FROM ledger_transfer WHERE idempotency_key = $1`, [`over:${poor.id}`])).toHaveLength(0);
  });

  it('never lets a frozen wallet spend', async () => {
    const frozen = await t.signUp('FAN');
    await t.app.ledger.transfer(ctx, promotion(frozen.id, 50));
    await t.sql(`UPDATE ledger_account SET frozen = true WHERE owner_id = $1 AND kind = 'FAN_WALLET'`, [frozen.id]);
    await expect(t.app.ledger.reserve(ctx, { key: `fz:${frozen.id}`, fanId: frozen.id, amount: 1 })).rejects.toBeInstanceOf(WalletFrozenError);
  });

  it('keeps the history immutable', async () => {
    await expect(t.sql(`UPDATE ledger_entry SET amount = amount + 1`)).rejects.toThrow(/immutable/);
    await expect(t.sql(`DELETE FROM ledger_transfer`)).rejects.toThrow(/immutable/);
  });

  it('finds a tampered balance', async () => {
    const victim = await t.signUp('FAN');
    await t.app.ledger.transfer(ctx, promotion(victim.id, 10));
    await t.sql(`UPDATE ledger_account SET balance = balance + 1 WHERE owner_id = $1`, [victim.id]);
    try {
      const problems = await checkLedger(t.app.db.dataSource.manager);
      expect(problems.map((p) => p.invariant).sort()).toEqual(['balance equals its entries', 'balances sum to zero']);
    } finally {
      await t.sql(`UPDATE ledger_account SET balance = balance - 1 WHERE owner_id = $1`, [victim.id]);
    }
    await expectInvariants();
  });
});

describe('wallet API', () => {
  it('lets a fan buy a pack with the dev provider and see balance, history and a live update', async () => {
    const fan = await t.signUp('FAN');
    const packs = await t.ok<{ tokenPacks: { id: string; tokens: number; priceCents: number }[] }>(`{ tokenPacks { id tokens priceCents currency } }`);
    expect(packs.tokenPacks.length).toBeGreaterThan(0);
    const pack = packs.tokenPacks[0];

    const sub = nextEvent<{ walletChanged: { available: number } }>(t.ws(fan.accessToken), `subscription { walletChanged { available held earnings frozen } }`);
    const bought = await untilReceived(sub, async () => {
      const result = await t.ok<{ purchaseTokens: { purchase: { status: string; tokens: number }; checkoutUrl: string | null; testMode: boolean } }>(
        `mutation($p: ID!) { purchaseTokens(packId: $p) { purchase { id status tokens } checkoutUrl testMode } }`,
        { p: pack.id },
        { token: fan.accessToken },
      );
      expect(result.purchaseTokens).toMatchObject({ purchase: { status: 'COMPLETED', tokens: pack.tokens }, checkoutUrl: null, testMode: true });
    });
    expect(bought.data?.walletChanged.available).toBeGreaterThanOrEqual(pack.tokens);

    const read = await t.ok<{
      wallet: { available: number; held: number; history: Connection<{ kind: string; amount: number; counterpart: string }> };
    }>(WALLET, {}, { token: fan.accessToken });
    const wallet = { ...read.wallet, history: { entries: nodes(read.wallet.history) } };
    expect(wallet.available % pack.tokens).toBe(0);
    expect(wallet.history.entries[0]).toMatchObject({ kind: 'PURCHASE', part: 'AVAILABLE', amount: pack.tokens, counterpart: 'Token purchase' });
    await expectInvariants();
  });

  it('pages the history with cursors, newest first', async () => {
    const fan = await t.signUp('FAN');
    for (let i = 1; i <= 5; i++) await t.app.ledger.transfer(ctx, promotion(fan.id, i));
    const page = async (after: string | null) => {
      const { wallet } = await t.ok<{ wallet: { history: Connection<{ amount: number }> } }>(
        `query($after: String) { wallet { history(first: 2, after: $after) { edges { node { amount } } pageInfo { hasNextPage endCursor } } } }`,
        { after },
        { token: fan.accessToken },
      );
      const { hasNextPage, endCursor } = wallet.history.pageInfo!;
      return { wallet: { history: { entries: nodes(wallet.history), nextCursor: hasNextPage ? endCursor : null } } };
    };
    const one = await page(null);
    const two = await page(one.wallet.history.nextCursor);
    const three = await page(two.wallet.history.nextCursor);
    expect([one, two, three].flatMap((p) => p.wallet.history.entries.map((e) => e.amount))).toEqual([5, 4, 3, 2, 1]);
    expect(three.wallet.history.nextCursor).toBeNull();
    const bad = await t.gql(`{ wallet { history(first: 2, after: "nonsense") { pageInfo { endCursor } } } }`, {}, { token: fan.accessToken });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shows a creator their earnings with the paying fan as counterpart', async () => {
    const fan = await t.signUp('FAN', { displayName: 'Paying Fan' });
    const creator = await t.signUp('CREATOR');
    await t.app.ledger.transfer(ctx, promotion(fan.id, 50));
    await t.app.ledger.pay(ctx, {
      key: `unlock:${fan.id}`,
      kind: TransferKind.CHAT_UNLOCK,
      fanId: fan.id,
      creatorId: creator.id,
      amount: 50,
      commissionBps: 2000,
    });
    const read = await t.ok<{ earnings: { balance: number; history: Connection<{ kind: string; amount: number; counterpart: string }> } }>(
      `{ earnings { balance history { edges { node { kind amount counterpart } } } } }`,
      {},
      { token: creator.accessToken },
    );
    const earnings = { ...read.earnings, history: { entries: nodes(read.earnings.history) } };
    expect(earnings).toEqual({ balance: 40, history: { entries: [{ kind: 'CHAT_UNLOCK', amount: 40, counterpart: 'Paying Fan' }] } });
    const fanView = await t.gql(`{ earnings { balance } }`, {}, { token: fan.accessToken });
    expect(fanView.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses unknown packs and signed-out purchases', async () => {
    const fan = await t.signUp('FAN');
    const unknown = await t.gql(`mutation { purchaseTokens(packId: "nope") { checkoutUrl } }`, {}, { token: fan.accessToken });
    expect(unknown.errors?.[0]).toMatchObject({ message: 'There is no token pack "nope".', extensions: { code: 'BAD_USER_INPUT' } });
    expect((await t.gql(`mutation { purchaseTokens(packId: "starter") { checkoutUrl } }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await t.sql(`SELECT 1 FROM purchase WHERE account_id = $1`, [fan.id])).toHaveLength(0);
  });
});

describe('adjustWallet', () => {
  let admin: TestAccount;
  beforeAll(async () => {
    admin = await t.staff('ADMIN');
  });

  it('is for admins only, and records who and why', async () => {
    const fan = await t.signUp('FAN');
    const moderator = await t.staff('MODERATOR');
    for (const token of [fan.accessToken, moderator.accessToken]) {
      const refused = await t.gql(ADJUST, { id: fan.id, amount: 100, reason: 'free money' }, { token });
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const given = await t.ok<{ adjustWallet: { kind: string; applied: boolean } }>(
      ADJUST,
      { id: fan.id, amount: 100, reason: 'Apology for outage' },
      { token: admin.accessToken },
    );
    expect(given.adjustWallet).toMatchObject({ kind: 'PROMOTION', applied: true });
    const [record] = await t.sql<{ created_by: string; memo: string }>(`SELECT created_by, memo FROM ledger_transfer WHERE reference = $1`, [
      `account:${fan.id}`,
    ]);
    expect(record).toEqual({ created_by: admin.id, memo: 'Apology for outage' });
    expect(await balanceOf(fan.id, AccountKind.FAN_WALLET)).toBe(100);
  });

  it('refuses bad input and changes nothing', async () => {
    const fan = await t.signUp('FAN');
    const cases: [Record<string, unknown>, string][] = [
      [{ id: fan.id, amount: 0, reason: 'zero' }, 'BAD_USER_INPUT'],
      [{ id: fan.id, amount: 5, reason: 'x' }, 'BAD_USER_INPUT'],
      [{ id: '00000000-0000-4000-8000-000000000000', amount: 5, reason: 'nobody' }, 'NOT_FOUND'],
      [{ id: fan.id, amount: -5, reason: 'take more than there is' }, 'INSUFFICIENT_TOKENS'],
    ];
    for (const [variables, code] of cases) {
      expect((await t.gql(ADJUST, variables, { token: admin.accessToken })).errors?.[0].extensions?.code).toBe(code);
    }
    expect(await t.sql(`SELECT 1 FROM ledger_transfer WHERE reference = $1`, [`account:${fan.id}`])).toHaveLength(0);
  });

  it('lets exactly the affordable ones of 200 concurrent debits through, never below zero', async () => {
    const fan = await t.signUp('FAN');
    await t.ok(ADJUST, { id: fan.id, amount: 1000, reason: 'starting balance' }, { token: admin.accessToken });
    const results = await Promise.all(
      Array.from({ length: 200 }, () => t.gql(ADJUST, { id: fan.id, amount: -7, reason: 'concurrent debit' }, { token: admin.accessToken })),
    );
    const succeeded = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(succeeded).toHaveLength(Math.floor(1000 / 7));
    expect(new Set(refused.map((r) => r.errors?.[0].extensions?.code))).toEqual(new Set(['INSUFFICIENT_TOKENS']));
    expect(await balanceOf(fan.id, AccountKind.FAN_WALLET)).toBe(1000 - 7 * Math.floor(1000 / 7));
    await expectInvariants();
  });
});
