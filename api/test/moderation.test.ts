import { ManualClock } from '../src/common/clock';
import type { RequestContext } from '../src/common/context';
import { checkLedger } from '../src/modules/ledger';
import { AccountKind } from '../src/modules/ledger';
import { fundedFan, readyCreator } from './fixtures';
import { eventually, startTestServer, subscribed, type TestAccount, type TestServer } from './harness';

const clock = new ManualClock('2026-06-01T10:00:00Z');
let t: TestServer;
let ctx: RequestContext;
let moderator: TestAccount;
beforeAll(async () => {
  t = await startTestServer({ clock });
  ctx = t.app.contexts.system('test');
  moderator = await t.staff('MODERATOR');
});
afterAll(() => t.close());

async function pair(price = 30, tokens = 300) {
  return { creator: await readyCreator(t, price), fan: await fundedFan(t, tokens) };
}
const beat = (who: TestAccount, id: string) =>
  t.ok(
    `mutation($id: ID!) { reportMediaState(callId: $id, media: { publishingAudio: true, publishingVideo: true }) { state } }`,
    { id },
    { token: who.accessToken },
  );
async function liveCall(fan: TestAccount, creator: TestAccount, seconds: number) {
  const started = await t.ok<{ startCall: { id: string } }>(
    `mutation($c: ID!) { startCall(creatorId: $c) { ... on Call { id } } }`,
    { c: creator.id },
    { token: fan.accessToken },
  );
  const id = started.startCall.id;
  await t.ok(`mutation($id: ID!) { answerCall(callId: $id) { call { id } } }`, { id }, { token: creator.accessToken });
  await beat(creator, id);
  for (let s = 0; s < seconds; s += 5) {
    clock.advance(5000);
    await beat(fan, id);
    await beat(creator, id);
    await t.app.timers.runDue();
  }
  return id;
}
const wallet = async (id: string) => (await t.app.ledger.balance(ctx, id, AccountKind.FAN_WALLET)).balance;

describe('reports', () => {
  it('lets a party report a live call once, keeps its transcript, and shows it to moderators live', async () => {
    const { creator, fan } = await pair();
    const callId = await liveCall(fan, creator, 10);
    await t.ok(`mutation($id: ID!) { sendCallChatMessage(callId: $id, text: "rude words") { id } }`, { id: callId }, { token: creator.accessToken });

    const queue = await subscribed<{ reportCreated: { id: string; reason: string; reportedAccountId: string } }>(
      t,
      t.ws(moderator.accessToken),
      `subscription { reportCreated { id reason reportedAccountId } }`,
    );
    const REPORT = `mutation($id: ID!) { reportCall(callId: $id, reason: HARASSMENT, note: "insulted me") { id status } }`;
    await t.ok(REPORT, { id: callId }, { token: fan.accessToken });
    const arrived = await queue.next();
    expect(arrived.data?.reportCreated).toMatchObject({ reason: 'HARASSMENT', reportedAccountId: creator.id });
    expect((await t.gql(REPORT, { id: callId }, { token: fan.accessToken })).errors?.[0].extensions?.code).toBe('CONFLICT');
    const outsider = await t.signUp('FAN');
    expect((await t.gql(REPORT, { id: callId }, { token: outsider.accessToken })).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    await t.ok(`mutation($id: ID!) { endCall(callId: $id) { state } }`, { id: callId }, { token: fan.accessToken });
    const details = await t.ok<{ reportDetails: { call: { state: string }; transcript: { body: string }[] } }>(
      `query($id: ID!) { reportDetails(id: $id) { call { state chargedTokens } transcript { body sender { displayName } } } }`,
      { id: arrived.data!.reportCreated.id },
      { token: moderator.accessToken },
    );
    expect(details.reportDetails).toMatchObject({ call: { state: 'ENDED' }, transcript: [{ body: 'rude words' }] });
  });

  it('lets a participant report a conversation and shows moderators its messages', async () => {
    const { creator, fan } = await pair();
    const sent = await t.ok<{ sendMessage: { conversationId: string } }>(
      `mutation($c: ID!) { sendMessage(creatorId: $c, text: "pay me on another site") { ... on Message { conversationId } } }`,
      { c: creator.id },
      { token: fan.accessToken },
    );
    const { conversationId } = sent.sendMessage;
    const report = await t.ok<{ reportConversation: { id: string } }>(
      `mutation($id: ID!) { reportConversation(conversationId: $id, reason: SPAM_OR_SCAM, note: "scam") { id } }`,
      { id: conversationId },
      { token: creator.accessToken },
    );
    const details = await t.ok<{
      reportDetails: { report: { reportedAccountId: string; targetType: string }; conversationMessages: { body: string; sender: { id: string } }[] };
    }>(
      `query($id: ID!) { reportDetails(id: $id) { report { reportedAccountId targetType } conversationMessages { body sender { id } } } }`,
      { id: report.reportConversation.id },
      { token: moderator.accessToken },
    );
    expect(details.reportDetails).toEqual({
      report: { reportedAccountId: fan.id, targetType: 'CONVERSATION' },
      conversationMessages: [{ body: 'pay me on another site', sender: { id: fan.id } }],
    });
    const stranger = await t.signUp('FAN');
    const refused = await t.gql(
      `mutation($id: ID!) { reportConversation(conversationId: $id, reason: OTHER) { id } }`,
      { id: conversationId },
      { token: stranger.accessToken },
    );
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses reports of calls older than 7 days', async () => {
    const { creator, fan } = await pair();
    const callId = await liveCall(fan, creator, 5);
    await t.ok(`mutation($id: ID!) { endCall(callId: $id) { state } }`, { id: callId }, { token: fan.accessToken });
    clock.advance(8 * 24 * 3600_000);
    const fresh = await t.ok<{ refreshSession: { accessToken: string } }>(`mutation($r: String!) { refreshSession(refreshToken: $r) { accessToken } }`, {
      r: fan.refreshToken,
    });
    const late = await t.gql(
      `mutation($id: ID!) { reportCall(callId: $id, reason: OTHER) { id } }`,
      { id: callId },
      { token: fresh.refreshSession.accessToken },
    );
    moderator = await t.staff('MODERATOR'); // the clock jump expired the old moderator's access token
    expect(late.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('7 days') });
  });
});

describe('staff actions', () => {
  it('refuses every non-staff role and the anonymous', async () => {
    const { creator, fan } = await pair();
    for (const token of [fan.accessToken, creator.accessToken, undefined]) {
      for (const query of [
        `{ allReports { id } }`,
        `{ _allLiveCallsMeta { count } }`,
        `{ allAuditEntries { id } }`,
        `mutation { suspendAccount(accountId: "${fan.id}", reason: "because") { id } }`,
        `mutation { terminateCall(callId: "00000000-0000-4000-8000-000000000000", reason: "because") { id } }`,
      ]) {
        const result = await t.gql(query, {}, { token });
        expect(result.errors?.[0].extensions?.code).toBe(token ? 'FORBIDDEN' : 'UNAUTHENTICATED');
      }
    }
  });

  it('terminates a live call at once, billing to that second, and the parties are told', async () => {
    const { creator, fan } = await pair(60, 300);
    const callId = await liveCall(fan, creator, 20);
    const fanSees = await subscribed<{ callUpdated: { state: string; endReason: string } }>(
      t,
      t.ws(fan.accessToken),
      `subscription($id: ID!) { callUpdated(callId: $id) { state endReason } }`,
      { id: callId },
    );
    const TERMINATE = `mutation($id: ID!) { terminateCall(callId: $id, reason: "abusive behaviour") { state endReason chargedTokens } }`;
    const result = await t.ok(TERMINATE, { id: callId }, { token: moderator.accessToken });
    expect(result).toEqual({ terminateCall: { state: 'ENDED', endReason: 'MODERATOR_TERMINATED', chargedTokens: 20 } });
    const ended = await fanSees.next();
    expect(ended.data?.callUpdated).toEqual({ state: 'ENDED', endReason: 'MODERATOR_TERMINATED' });
    expect(await wallet(fan.id)).toBe(280);
    expect((await t.gql(TERMINATE, { id: callId }, { token: moderator.accessToken })).errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('refunds in parts and in whole, never more than was paid, as reversing transfers', async () => {
    const { creator, fan } = await pair(60, 300);
    const callId = await liveCall(fan, creator, 90);
    await t.ok(`mutation($id: ID!) { endCall(callId: $id) { chargedTokens } }`, { id: callId }, { token: fan.accessToken });
    expect(await wallet(fan.id)).toBe(210);
    const REFUND = `mutation($id: ID!, $amount: Int) { refundCall(callId: $id, amount: $amount, reason: "call quality") { kind legs { accountKind amount } } }`;
    const partial = await t.ok<{ refundCall: { kind: string; legs: { accountKind: string; amount: number }[] } }>(
      REFUND,
      { id: callId, amount: 25 },
      { token: moderator.accessToken },
    );
    expect(partial.refundCall.kind).toBe('REFUND');
    expect(partial.refundCall.legs.reduce((s, l) => s + l.amount, 0)).toBe(0);
    expect(await wallet(fan.id)).toBe(235);
    const tooMuch = await t.gql(REFUND, { id: callId, amount: 100 }, { token: moderator.accessToken });
    expect(tooMuch.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: 'Only 65 of the 90 tokens paid for this call can still be refunded.',
    });
    await t.ok(REFUND, { id: callId }, { token: moderator.accessToken });
    expect(await wallet(fan.id)).toBe(300);
    expect((await t.app.ledger.balance(ctx, creator.id, AccountKind.CREATOR_EARNINGS)).balance).toBe(0);
    expect((await t.gql(REFUND, { id: callId, amount: 1 }, { token: moderator.accessToken })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const transfers = await t.ok<{ allTransfers: { kind: string }[] }>(
      `query($r: String!) { allTransfers(filter: { reference: $r }, perPage: 50) { kind } }`,
      { r: `call:${callId}` },
      { token: moderator.accessToken },
    );
    expect(transfers.allTransfers.filter((x) => x.kind === 'REFUND')).toHaveLength(2);
    expect(await checkLedger(t.app.db.dataSource.manager)).toEqual([]);
  });

  it('suspends: live calls end, sessions close, nothing new starts; reinstating restores access', async () => {
    const { creator, fan } = await pair(30, 300);
    const callId = await liveCall(fan, creator, 30);
    const suspended = await t.ok<{ suspendAccount: { status: string } }>(
      `mutation($a: ID!) { suspendAccount(accountId: $a, reason: "repeated abuse") { status } }`,
      { a: creator.id },
      { token: moderator.accessToken },
    );
    expect(suspended.suspendAccount.status).toBe('SUSPENDED');
    const call = await t.ok<{ call: { state: string; endReason: string; chargedTokens: number } }>(
      `query($id: ID!) { call(id: $id) { state endReason chargedTokens } }`,
      { id: callId },
      { token: fan.accessToken },
    );
    expect(call.call).toEqual({ state: 'ENDED', endReason: 'ACCOUNT_SUSPENDED', chargedTokens: 15 });
    expect((await t.gql(`{ me { id } }`, {}, { token: creator.accessToken })).errors?.[0].extensions?.code).toMatch(/UNAUTHENTICATED|ACCOUNT_SUSPENDED/);
    const again = await t
      .ok<{ startCall: { __typename: string } }>(`mutation($c: ID!) { startCall(creatorId: $c) { __typename } }`, { c: creator.id }, { token: fan.accessToken })
      .catch((e) => e);
    expect(again instanceof Error ? again.message : again.startCall.__typename).toMatch(/NOT_FOUND|CreatorUnavailable/);
    await eventually(() => expect(t.app.sockets.countForAccount(creator.id)).toBe(0));

    await t.ok(
      `mutation($a: ID!) { reinstateAccount(accountId: $a, reason: "appeal accepted") { status } }`,
      { a: creator.id },
      { token: moderator.accessToken },
    );
    const login = await t.gql(`mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { accessToken } }`, {
      e: creator.email,
      p: creator.password,
    });
    expect(login.errors).toBeUndefined();
  });

  it('writes every action to an audit log nobody can change, and lists with react-admin paging', async () => {
    const { creator } = await pair();
    const REPORT_ID = (await t.ok<{ allReports: { id: string }[] }>(`{ allReports(filter: { status: OPEN }) { id } }`, {}, { token: moderator.accessToken }))
      .allReports[0]?.id;
    if (REPORT_ID)
      await t.ok(`mutation($id: ID!) { resolveReport(id: $id, note: "creator warned") { status } }`, { id: REPORT_ID }, { token: moderator.accessToken });
    await t.ok(`mutation($a: ID!) { suspendAccount(accountId: $a, reason: "audit check") { id } }`, { a: creator.id }, { token: moderator.accessToken });
    const entries = await t.ok<{
      allAuditEntries: { action: string; actorId: string; targetId: string; reason: string }[];
      _allAuditEntriesMeta: { count: number };
    }>(
      `{ allAuditEntries(page: 0, perPage: 3, sortField: "createdAt", sortOrder: "DESC") { action actorId targetId reason } _allAuditEntriesMeta { count } }`,
      {},
      { token: moderator.accessToken },
    );
    expect(entries.allAuditEntries[0]).toEqual({ action: 'SUSPEND_ACCOUNT', actorId: moderator.id, targetId: creator.id, reason: 'audit check' });
    expect(entries._allAuditEntriesMeta.count).toBeGreaterThanOrEqual(5);
    expect(new Set((await t.sql<{ action: string }>(`SELECT action FROM audit_entry`)).map((r) => r.action))).toEqual(
      new Set(['TERMINATE_CALL', 'REFUND_CALL', 'SUSPEND_ACCOUNT', 'REINSTATE_ACCOUNT', 'RESOLVE_REPORT']),
    );
    await expect(t.sql(`UPDATE audit_entry SET reason = 'edited'`)).rejects.toThrow(/immutable/);
    await expect(t.sql(`DELETE FROM audit_entry`)).rejects.toThrow(/immutable/);
    const badSort = await t.gql(`{ allReports(sortField: "password_hash") { id } }`, {}, { token: moderator.accessToken });
    expect(badSort.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const missingReason = await t.gql(
      `mutation($a: ID!) { reinstateAccount(accountId: $a, reason: "") { id } }`,
      { a: creator.id },
      { token: moderator.accessToken },
    );
    expect(missingReason.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
