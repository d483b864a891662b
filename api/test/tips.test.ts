import type { RequestContext } from '../src/common/context';
import { AccountKind, checkLedger } from '../src/modules/ledger';
import * as fixtures from './fixtures';
import { isPostgres, startTestServer, subscribed, untilReceived, type TestServer } from './harness';

let t: TestServer;
let ctx: RequestContext;
beforeAll(async () => {
  t = await startTestServer();
  ctx = t.app.contexts.system('test');
});
afterAll(() => t.close());

const TIP = `mutation($c: ID!, $a: Int!, $call: ID, $n: String) { sendTip(creatorId: $c, amount: $a, callId: $call, note: $n) {
  id kind total counterpart { displayName } transfers { kind amount } } }`;
const wallet = async (id: string) => (await t.app.ledger.balance(ctx, id, AccountKind.FAN_WALLET)).balance;
const earnings = async (id: string) => (await t.app.ledger.balance(ctx, id, AccountKind.CREATOR_EARNINGS)).balance;

describe(`tips (${isPostgres() ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('move tokens from the fan to the creator, split by the commission, and reach the creator live with their share', async () => {
    const creator = await fixtures.readyCreator(t, 20);
    const fan = await fixtures.fundedFan(t, 100);
    const tips = await subscribed<{ tipReceived: { id: string; kind: string; total: number; counterpart: { displayName: string } } }>(
      t,
      t.ws(creator.accessToken),
      `subscription { tipReceived { id kind total counterpart { displayName } } }`,
    );
    let sent:
      { sendTip: { id: string; kind: string; total: number; counterpart: { displayName: string }; transfers: { kind: string; amount: number }[] } } | undefined;
    const heard = await untilReceived(tips, async () => {
      sent ??= await t.ok(TIP, { c: creator.id, a: 50, n: 'Thank you!' }, { token: fan.accessToken });
    });
    expect(sent!.sendTip).toMatchObject({
      kind: 'TIP',
      total: -50,
      counterpart: { displayName: creator.displayName },
      transfers: [{ kind: 'TIP', amount: -50 }],
    });
    expect(await wallet(fan.id)).toBe(50);
    // 20% commission: 40 to the creator, 10 to the platform, as the ledger's legs say.
    const legs = await t.sql<{ kind: string; amount: string }>(
      `SELECT a.kind, e.amount FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id JOIN ledger_transfer tr ON tr.id = e.transfer_id WHERE tr.reference = $1 ORDER BY a.kind`,
      [sent!.sendTip.id],
    );
    expect(legs.map((l) => [l.kind, Number(l.amount)])).toEqual([
      ['CREATOR_EARNINGS', 40],
      ['FAN_WALLET', -50],
      ['PLATFORM_REVENUE', 10],
    ]);
    expect(heard.data!.tipReceived).toEqual({ id: sent!.sendTip.id, kind: 'TIP', total: 40, counterpart: { displayName: fan.displayName } });
    expect(await earnings(creator.id)).toBe(40);
    const memo = await t.sql<{ memo: string }>(`SELECT memo FROM ledger_transfer WHERE reference = $1`, [sent!.sendTip.id]);
    expect(memo[0].memo).toBe('Tip: Thank you!');
    expect(await checkLedger(t.app.db.dataSource.manager)).toEqual([]);
  });

  it('are refused, with nothing moved, for bad amounts, missing tokens, the fan’s limits, strangers’ calls and non-fans', async () => {
    const creator = await fixtures.readyCreator(t, 20);
    const other = await fixtures.readyCreator(t, 20);
    const fan = await fixtures.fundedFan(t, 100);
    const code = async (variables: Record<string, unknown>, token = fan.accessToken) => (await t.gql(TIP, variables, { token })).errors?.[0].extensions;
    expect(await code({ c: creator.id, a: 0 })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await code({ c: creator.id, a: 10_001 })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await code({ c: creator.id, a: 101 })).toMatchObject({ code: 'INSUFFICIENT_TOKENS', needed: 1 });
    expect(await code({ c: fan.id, a: 5 })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await code({ c: creator.id, a: 5 }, creator.accessToken)).toMatchObject({ code: 'FORBIDDEN' });
    // A call with another creator cannot carry a tip to this one.
    const callId = (
      await t.ok<{ startCall: { id: string } }>(
        `mutation($c: ID!) { startCall(creatorId: $c) { ... on Call { id } } }`,
        { c: other.id },
        { token: fan.accessToken },
      )
    ).startCall.id;
    expect(await code({ c: creator.id, a: 5, call: callId })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await t.ok<{ sendTip: { total: number } }>(TIP, { c: other.id, a: 5, call: callId }, { token: fan.accessToken })).sendTip.total).toBe(-5);
    await t.ok(`mutation($id: ID!) { endCall(callId: $id) { state } }`, { id: callId }, { token: fan.accessToken });

    // The daily limit counts tips: 5 spent, 20 allowed, so 16 is refused and 15 goes.
    await t.ok(`mutation { setSpendingLimits(limits: { perCallCap: null, dailyLimit: 20 }) { dailyLimit } }`, {}, { token: fan.accessToken });
    expect(await code({ c: creator.id, a: 16 })).toMatchObject({ code: 'SPENDING_LIMIT_REACHED', remaining: 15 });
    expect((await t.ok<{ sendTip: { total: number } }>(TIP, { c: creator.id, a: 15 }, { token: fan.accessToken })).sendTip.total).toBe(-15);
    await t.ok(
      `mutation { setSpendingLimits(limits: { perCallCap: null, dailyLimit: 20, excludeForDays: 1 }) { dailyLimit } }`,
      {},
      { token: fan.accessToken },
    );
    expect(await code({ c: creator.id, a: 1 })).toMatchObject({ code: 'SELF_EXCLUDED' });
    expect(await wallet(fan.id)).toBe(80);
    const tipsSent = await t.sql(
      `SELECT 1 FROM ledger_transfer tr JOIN ledger_entry e ON e.transfer_id = tr.id JOIN ledger_account a ON a.id = e.account_id WHERE tr.kind = 'TIP' AND a.owner_id = $1`,
      [fan.id],
    );
    expect(tipsSent).toHaveLength(2);
  });
});
