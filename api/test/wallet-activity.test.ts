import { ManualClock } from '../src/common/clock';
import type { RequestContext } from '../src/common/context';
import * as fixtures from './fixtures';
import { isPostgres, nodes, startTestServer, type Connection, type TestAccount, type TestServer } from './harness';
import { callDriver } from './money-helpers';

const clock = new ManualClock('2026-06-01T10:00:00Z');
let t: TestServer;
let ctx: RequestContext;
let drive: ReturnType<typeof callDriver>;
let moderator: TestAccount;

beforeAll(async () => {
  t = await startTestServer({ clock });
  ctx = t.app.contexts.system('test');
  drive = callDriver(t, clock);
  moderator = await t.staff('MODERATOR');
});
afterAll(() => t.close());

interface Item {
  id: string;
  kind: string;
  total: number;
  refunded: number;
  transferCount: number;
  counterpart: { displayName: string } | null;
  call: { id: string; billedSeconds: number | null; chargedTokens: number; connectedAt: string | null; creator: { displayName: string } } | null;
  transfers: { kind: string; amount: number; available: number; reserved: number }[];
}

const ACTIVITY = `query($first: Int, $after: String) { walletActivity(first: $first, after: $after) {
  edges { cursor node { id kind total refunded transferCount counterpart { displayName }
    call { id billedSeconds chargedTokens connectedAt creator { displayName } }
    transfers { kind amount available reserved } } }
  pageInfo { hasNextPage endCursor } } }`;

const activityOf = async (who: TestAccount, first = 20, after?: string) =>
  (await t.ok<{ walletActivity: Connection<Item> }>(ACTIVITY, { first, after }, { token: who.accessToken })).walletActivity;

/** The net of an owner's entries under a reference, straight from the ledger's tables. */
async function ledgerNet(ownerId: string, kinds: string[], reference: string): Promise<number> {
  const [row] = await t.sql<{ net: string }>(
    `SELECT coalesce(sum(e.amount), 0)::text AS net FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id
       JOIN ledger_transfer t ON t.id = e.transfer_id WHERE a.owner_id = $1 AND a.kind = ANY($2) AND t.reference = $3`,
    [ownerId, kinds, reference],
  );
  return Number(row.net);
}

describe(`wallet activity (${isPostgres() ? 'PostgreSQL' : 'PGlite'})`, () => {
  let fan: TestAccount;
  let creator: TestAccount;
  let callId: string;

  beforeAll(async () => {
    creator = await fixtures.readyCreator(t, 20);
    fan = await fixtures.fundedFan(t, 100);
    // A call of 150 s: holds, two minute settlements, the final charge, the returned hold; then a partial refund.
    callId = await drive.connect(fan, creator);
    await drive.pass(150_000, callId, [fan, creator]);
    expect(await drive.end(fan, callId)).toMatchObject({ state: 'ENDED', billedSeconds: 150, chargedTokens: 50 });
    await t.ok(
      `mutation($id: ID!) { refundCall(callId: $id, amount: 7, reason: "poor connection") { kind } }`,
      { id: callId },
      { token: moderator.accessToken },
    );
    clock.advance(1000);
    await t.ok(`mutation { purchaseTokens(packId: "starter") { purchase { status } } }`, {}, { token: fan.accessToken });
  });

  it('shows a call with its holds, charges, returned hold and partial refund as one item whose total is the ledger’s net', async () => {
    const transfers = await t.sql<{ kind: string }>(`SELECT kind FROM ledger_transfer WHERE reference = $1`, [`call:${callId}`]);
    expect(new Set(transfers.map((r) => r.kind))).toEqual(new Set(['RESERVE', 'SETTLE', 'RELEASE', 'REFUND']));
    expect(transfers.length).toBeGreaterThanOrEqual(6);

    const items = nodes(await activityOf(fan));
    expect(items.map((i) => i.kind)).toEqual(['PURCHASE', 'CALL', 'PROMOTION']);
    const call = items[1];
    expect(call).toMatchObject({
      id: `call:${callId}`,
      total: -43,
      refunded: 7,
      transferCount: transfers.length,
      counterpart: { displayName: creator.displayName },
      call: { id: callId, billedSeconds: 150, chargedTokens: 50, creator: { displayName: creator.displayName } },
    });
    expect(call.total).toBe(await ledgerNet(fan.id, ['FAN_WALLET', 'FAN_HOLD'], `call:${callId}`));
    // The call record says so too.
    expect(
      (await t.ok<{ call: { refundedTokens: number } }>(`query($id: ID!) { call(id: $id) { refundedTokens } }`, { id: callId }, { token: fan.accessToken }))
        .call.refundedTokens,
    ).toBe(7);
    // Expanded, its transfers add up to it; the reserve nets out to nothing.
    expect(call.transfers.reduce((sum, tr) => sum + tr.amount, 0)).toBe(call.total);
    expect(call.transfers.reduce((sum, tr) => sum + tr.reserved, 0)).toBe(0);
    expect(call.transfers.map((tr) => tr.kind)).toContain('REFUND');
    // The wallet's balance is the sum of the items.
    const wallet = await t.ok<{ wallet: { available: number; held: number } }>(`{ wallet { available held } }`, {}, { token: fan.accessToken });
    expect(items.reduce((sum, i) => sum + i.total, 0)).toBe(wallet.wallet.available + wallet.wallet.held);
  });

  it('shows the creator the same call as one item: their own net share, after the refund', async () => {
    const items = nodes(await activityOf(creator));
    expect(items).toHaveLength(1);
    const share = await ledgerNet(creator.id, ['CREATOR_EARNINGS'], `call:${callId}`);
    // 50 charged at 20% commission is 40 to the creator; 7 refunded takes back the creator's part of it.
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThan(40);
    expect(items[0]).toMatchObject({ id: `call:${callId}`, kind: 'CALL', total: share, counterpart: { displayName: fan.displayName } });
    expect(items[0].refunded).toBeLessThan(0);
    const earnings = await t.ok<{ earnings: { balance: number } }>(`{ earnings { balance } }`, {}, { token: creator.accessToken });
    expect(earnings.earnings.balance).toBe(share);
  });

  it('pages by cursor without repeating or skipping, and reads one item by id', async () => {
    const first = await activityOf(fan, 2);
    expect(first.pageInfo!.hasNextPage).toBe(true);
    const rest = await activityOf(fan, 2, first.pageInfo!.endCursor!);
    expect(rest.pageInfo!.hasNextPage).toBe(false);
    expect([...nodes(first), ...nodes(rest)].map((i) => i.kind)).toEqual(['PURCHASE', 'CALL', 'PROMOTION']);
    const bad = await t.gql(ACTIVITY, { first: 2, after: 'not-a-cursor' }, { token: fan.accessToken });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const one = await t.ok<{ activityItem: { total: number } | null }>(
      `query($id: String!) { activityItem(id: $id) { total } }`,
      { id: `call:${callId}` },
      { token: fan.accessToken },
    );
    expect(one.activityItem?.total).toBe(-43);
    // A purchase item leads to its receipt.
    const purchaseId = nodes(first)[0].id.replace('purchase:', '');
    const receipt = await t.ok<{ purchase: Record<string, unknown> }>(
      `query($id: ID!) { purchase(id: $id) { tokens status amountCents currency provider refundedCents } }`,
      { id: purchaseId },
      { token: fan.accessToken },
    );
    expect(receipt.purchase).toEqual({ tokens: 100, status: 'COMPLETED', amountCents: 999, currency: 'usd', provider: 'dev', refundedCents: 0 });
    // Nobody else sees it.
    const stranger = await t.signUp('FAN');
    const none = await t.ok<{ activityItem: unknown }>(
      `query($id: String!) { activityItem(id: $id) { total } }`,
      { id: `call:${callId}` },
      { token: stranger.accessToken },
    );
    expect(none.activityItem).toBeNull();
  });

  it('exports a date range as CSV, and refuses a backwards range', async () => {
    const CSV = `query($from: DateTimeISO!, $to: DateTimeISO!) { walletActivityCsv(from: $from, to: $to) }`;
    const all = await t.ok<{ walletActivityCsv: string }>(CSV, { from: '2026-06-01T00:00:00Z', to: '2026-06-02T00:00:00Z' }, { token: fan.accessToken });
    const lines = all.walletActivityCsv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('date,kind,with,billed_seconds,tokens,refunded_tokens,id');
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(['PROMOTION', 'CALL', 'PURCHASE']);
    expect(lines[2]).toBe(`2026-06-01T10:00:00.000Z,CALL,${creator.displayName},150,-43,7,call:${callId}`);
    const none = await t.ok<{ walletActivityCsv: string }>(CSV, { from: '2026-05-01T00:00:00Z', to: '2026-05-02T00:00:00Z' }, { token: fan.accessToken });
    expect(none.walletActivityCsv.trimEnd().split('\r\n')).toHaveLength(1);
    const backwards = await t.gql(CSV, { from: '2026-06-02T00:00:00Z', to: '2026-06-01T00:00:00Z' }, { token: fan.accessToken });
    expect(backwards.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(CSV, { from: '2026-06-01T00:00:00Z', to: '2026-06-02T00:00:00Z' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    void ctx;
  });

  it('shows the creator their earnings in money: pending for the holding period, then available', async () => {
    const share = await ledgerNet(creator.id, ['CREATOR_EARNINGS'], `call:${callId}`);
    const SUMMARY = `{ earningsSummary { balance pending available holdingDays balanceValue { amountCents currency } availableValue { amountCents currency } }
      walletActivity(first: 1) { edges { node { total value { amountCents currency } } } } }`;
    const now = await t.ok<{ earningsSummary: Record<string, unknown>; walletActivity: Connection<{ total: number; value: unknown }> }>(
      SUMMARY,
      {},
      { token: creator.accessToken },
    );
    expect(now.earningsSummary).toEqual({
      balance: share,
      pending: share,
      available: 0,
      holdingDays: 7,
      balanceValue: [{ amountCents: share * 10, currency: 'usd' }],
      availableValue: [{ amountCents: 0, currency: 'usd' }],
    });
    expect(nodes(now.walletActivity)[0]).toEqual({ total: share, value: [{ amountCents: share * 10, currency: 'usd' }] });

    // Fans have no earnings.
    expect((await t.gql(`{ earningsSummary { balance } }`, {}, { token: fan.accessToken })).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    clock.advance(7 * 86_400_000 + 1000);
    const login = await t.ok<{ logIn: { accessToken: string } }>(`mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { accessToken } }`, {
      e: creator.email,
      p: creator.password,
    });
    const later = await t.ok<{ earningsSummary: Record<string, unknown> }>(SUMMARY, {}, { token: login.logIn.accessToken });
    expect(later.earningsSummary).toMatchObject({
      balance: share,
      pending: 0,
      available: share,
      availableValue: [{ amountCents: share * 10, currency: 'usd' }],
    });
  });
});
