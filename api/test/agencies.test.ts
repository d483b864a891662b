import { ManualClock } from '../src/common/clock';
import type { RequestContext } from '../src/common/context';
import { AccountKind, checkLedger, revenueSplit } from '../src/modules/ledger';
import { AVAILABILITY_FIELDS } from './creator-fixtures';
import { fundedFan, readyCreator } from './fixtures';
import { eventually, nextEvent, nodes, startTestServer, subscribed, type Connection, type TestAccount, type TestServer } from './harness';
import { callDriver } from './money-helpers';

const GRACE_MS = 400;
const clock = new ManualClock('2026-06-01T10:00:00Z');
let t: TestServer;
let ctx: RequestContext;

beforeAll(async () => {
  t = await startTestServer({ clock, env: { PRESENCE_GRACE_MS: String(GRACE_MS), COMMISSION_BPS: '2000' } });
  ctx = t.app.contexts.system('test');
});
afterAll(() => t.close());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const MEMBERSHIP = 'id state shareBps agency { id name } creator { id handle }';
const ROW = `creator { id handle } membershipId shareBps heldOnline pricePerMinute unreadChats earningsToday ringingCallId availability { ${AVAILABILITY_FIELDS} }`;
const PANEL_EVENTS = `subscription { agencyPanelEvents { kind creatorId conversationId messageId callId row { ${ROW} } } }`;
const SEND = `mutation($text: String!, $creatorId: ID, $conversationId: ID) { sendMessage(text: $text, creatorId: $creatorId, conversationId: $conversationId) {
  __typename ... on Message { id conversationId body sender { id } sentOnBehalfBy { id } } ... on ChatLocked { lock { id price } } } }`;

interface Membership {
  id: string;
  state: string;
  shareBps: number;
  agency: { id: string; name: string };
  creator: { id: string; handle: string };
}
interface Row {
  creator: { id: string; handle: string };
  heldOnline: boolean;
  unreadChats: number;
  earningsToday: number;
  pricePerMinute: number | null;
  ringingCallId: string | null;
  availability: { status: string; online: boolean };
}
interface PanelEvent {
  agencyPanelEvents: { kind: string; creatorId: string; conversationId: string | null; messageId: string | null; callId: string | null; row: Row | null };
}

/** Opens the panel's stream and waits for its first rows: from then on it hears everything about its creators. */
async function openPanel(owner: TestAccount, rows: number) {
  const socket = t.ws(owner.accessToken);
  const events = await subscribed<PanelEvent>(t, socket, PANEL_EVENTS);
  for (let i = 0; i < rows; i++) expect((await events.next()).data?.agencyPanelEvents.kind).toBe('ROW_CHANGED');
  /** The next event of this kind (others are skipped). */
  const next = async (kind: string) => {
    for (;;) {
      const event = (await events.next()).data!.agencyPanelEvents;
      if (event.kind === kind) return event;
    }
  };
  return { socket, events, next };
}

const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;

async function agencyOwner(name = 'Starlight Agency'): Promise<TestAccount> {
  const owner = await t.signUp('AGENCY');
  await t.ok(`mutation($n: String!) { createAgency(name: $n) { id } }`, { n: name }, { token: owner.accessToken });
  return owner;
}

const invite = async (owner: TestAccount, creator: TestAccount, shareBps: number) =>
  (
    await t.ok<{ inviteCreatorToAgency: Membership }>(
      `mutation($h: String!, $s: Int!) { inviteCreatorToAgency(handle: $h, shareBps: $s) { ${MEMBERSHIP} } }`,
      { h: creator.handle, s: shareBps },
      { token: owner.accessToken },
    )
  ).inviteCreatorToAgency;

const respond = (creator: TestAccount, membershipId: string, accept: boolean) =>
  t.gql<{ respondToAgencyInvitation: Membership }>(
    `mutation($m: ID!, $a: Boolean!) { respondToAgencyInvitation(membershipId: $m, accept: $a) { ${MEMBERSHIP} } }`,
    { m: membershipId, a: accept },
    { token: creator.accessToken },
  );

const end = (who: TestAccount, membershipId: string) =>
  t.gql<{ endAgencyMembership: Membership }>(
    `mutation($m: ID!) { endAgencyMembership(membershipId: $m) { ${MEMBERSHIP} } }`,
    { m: membershipId },
    { token: who.accessToken },
  );

/** An agency with `creators` ready to be called, each a member at `shareBps`. */
async function agencyWith(count: number, shareBps = 3000): Promise<{ owner: TestAccount; creators: TestAccount[]; memberships: Membership[] }> {
  const owner = await agencyOwner();
  const creators: TestAccount[] = [];
  const memberships: Membership[] = [];
  for (let i = 0; i < count; i++) {
    const creator = await readyCreator(t, 20);
    const invited = await invite(owner, creator, shareBps);
    const accepted = await respond(creator, invited.id, true);
    expect(accepted.data?.respondToAgencyInvitation.state).toBe('ACTIVE');
    creators.push(creator);
    memberships.push(accepted.data!.respondToAgencyInvitation);
  }
  return { owner, creators, memberships };
}

const panel = async (owner: TestAccount) => (await t.ok<{ agencyPanel: Row[] }>(`{ agencyPanel { ${ROW} } }`, {}, { token: owner.accessToken })).agencyPanel;
const setOnline = (owner: TestAccount, online: boolean, creatorIds?: string[]) =>
  t.gql<{ setAgencyCreatorsOnline: Row[] }>(
    `mutation($o: Boolean!, $ids: [ID!]) { setAgencyCreatorsOnline(online: $o, creatorIds: $ids) { ${ROW} } }`,
    { o: online, ids: creatorIds ?? null },
    { token: owner.accessToken },
  );
const onlineAsFansSee = async (creatorId: string) =>
  (await t.ok<{ creator: { availability: { online: boolean } } }>(`query($id: ID!) { creator(id: $id) { availability { online } } }`, { id: creatorId }))
    .creator.availability.online;
const balance = async (ownerId: string, kind: AccountKind.CREATOR_EARNINGS | AccountKind.AGENCY_EARNINGS | AccountKind.FAN_WALLET) =>
  (await t.app.ledger.balance(ctx, ownerId, kind)).balance;

describe('agencies and membership', () => {
  it('lets an agency account create one agency, invite a creator by handle, and the creator accept', async () => {
    const owner = await t.signUp('AGENCY');
    expect(owner.role).toBe('AGENCY');
    expect((await t.ok<{ myAgency: null }>(`{ myAgency { id } }`, {}, { token: owner.accessToken })).myAgency).toBeNull();
    const created = await t.ok<{ createAgency: { id: string; name: string; owner: { id: string } } }>(
      `mutation { createAgency(name: "  Moonlight  ") { id name owner { id } } }`,
      {},
      { token: owner.accessToken },
    );
    expect(created.createAgency).toMatchObject({ name: 'Moonlight', owner: { id: owner.id } });
    expect(codeOf(await t.gql(`mutation { createAgency(name: "Second") { id } }`, {}, { token: owner.accessToken }))).toBe('CONFLICT');

    const creator = await readyCreator(t);
    const invitation = await invite(owner, creator, 2500);
    expect(invitation).toMatchObject({ state: 'INVITED', shareBps: 2500, agency: { name: 'Moonlight' }, creator: { id: creator.id } });
    // The same creator twice while the invitation is open: refused.
    const again = await t.gql(
      `mutation($h: String!) { inviteCreatorToAgency(handle: $h, shareBps: 100) { id } }`,
      { h: creator.handle },
      { token: owner.accessToken },
    );
    expect(codeOf(again)).toBe('CONFLICT');

    const mine = await t.ok<{ myAgencyMemberships: Membership[] }>(`{ myAgencyMemberships { ${MEMBERSHIP} } }`, {}, { token: creator.accessToken });
    expect(mine.myAgencyMemberships.map((m) => m.id)).toEqual([invitation.id]);
    const accepted = await respond(creator, invitation.id, true);
    expect(accepted.data?.respondToAgencyInvitation.state).toBe('ACTIVE');
    const agency = await t.ok<{ myAgency: { memberships: Membership[] } }>(`{ myAgency { memberships { ${MEMBERSHIP} } } }`, {}, { token: owner.accessToken });
    expect(agency.myAgency.memberships).toEqual([expect.objectContaining({ id: invitation.id, state: 'ACTIVE' })]);
    // Accepting twice changes nothing.
    expect(codeOf(await respond(creator, invitation.id, true))).toBe('CONFLICT');
  });

  it('refuses bad shares, unknown handles, non-creators, and anyone but an agency account', async () => {
    const owner = await agencyOwner();
    const creator = await readyCreator(t);
    const fan = await t.signUp('FAN');
    const INVITE = `mutation($h: String!, $s: Int!) { inviteCreatorToAgency(handle: $h, shareBps: $s) { id } }`;
    for (const share of [-1, 5001]) expect(codeOf(await t.gql(INVITE, { h: creator.handle, s: share }, { token: owner.accessToken }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(INVITE, { h: 'nobody_here_at_all', s: 100 }, { token: owner.accessToken }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(INVITE, { h: fan.handle, s: 100 }, { token: owner.accessToken }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(INVITE, { h: creator.handle, s: 100 }, { token: fan.accessToken }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(`mutation { createAgency(name: "Fan agency") { id } }`, {}, { token: creator.accessToken }))).toBe('FORBIDDEN');
    const withoutAgency = await t.signUp('AGENCY');
    expect(codeOf(await t.gql(INVITE, { h: creator.handle, s: 100 }, { token: withoutAgency.accessToken }))).toBe('NOT_FOUND');
    expect((await t.sql(`SELECT count(*)::int AS n FROM agency_membership WHERE creator_id = $1`, [creator.id]))[0]).toEqual({ n: 0 });
  });

  it('keeps a creator in at most one agency; either side ends it; an answered invitation cannot be answered by others', async () => {
    const first = await agencyOwner('First');
    const second = await agencyOwner('Second');
    const creator = await readyCreator(t);
    const other = await readyCreator(t);
    const fromFirst = await invite(first, creator, 1000);
    const fromSecond = await invite(second, creator, 1000);
    expect(codeOf(await respond(other, fromFirst.id, true))).toBe('NOT_FOUND');
    expect(
      codeOf(
        await t.gql(
          `mutation($m: ID!) { respondToAgencyInvitation(membershipId: $m, accept: true) { id } }`,
          { m: fromFirst.id },
          { token: second.accessToken },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect((await respond(creator, fromFirst.id, true)).data?.respondToAgencyInvitation.state).toBe('ACTIVE');
    expect(codeOf(await respond(creator, fromSecond.id, true))).toBe('CONFLICT');
    expect((await t.sql<{ state: string }>(`SELECT state FROM agency_membership WHERE id = $1`, [fromSecond.id]))[0].state).toBe('INVITED');
    // The other agency cannot end a membership that is not its own.
    expect(codeOf(await end(second, fromFirst.id))).toBe('NOT_FOUND');
    // The creator leaves; now the second invitation can be accepted, and that agency ends it.
    expect((await end(creator, fromFirst.id)).data?.endAgencyMembership.state).toBe('ENDED');
    expect((await respond(creator, fromSecond.id, true)).data?.respondToAgencyInvitation.state).toBe('ACTIVE');
    expect((await end(second, fromSecond.id)).data?.endAgencyMembership.state).toBe('ENDED');
    expect(codeOf(await end(second, fromSecond.id))).toBe('CONFLICT');
    // A declined invitation stays declined.
    const third = await invite(first, creator, 500);
    expect((await respond(creator, third.id, false)).data?.respondToAgencyInvitation.state).toBe('DECLINED');
    expect(codeOf(await respond(creator, third.id, true))).toBe('CONFLICT');

    const record = await t.ok<{ agencyActionsForMe: { action: string; actor: { id: string } }[] }>(
      `{ agencyActionsForMe { action actor { id } } }`,
      {},
      { token: creator.accessToken },
    );
    expect(record.agencyActionsForMe.map((a) => a.action)).toEqual(['DECLINED', 'INVITED', 'ENDED', 'ACCEPTED', 'ENDED', 'ACCEPTED', 'INVITED', 'INVITED']);
  });

  it('lets moderators list agencies and memberships and end one with a reason, audited', async () => {
    const { owner, memberships } = await agencyWith(1);
    const mod = await t.staff('MODERATOR');
    const list = await t.ok<{ allAgencyMemberships: Membership[]; _allAgencyMembershipsMeta: { count: number } }>(
      `query($f: AgencyMembershipFilter) { allAgencyMemberships(filter: $f) { ${MEMBERSHIP} } _allAgencyMembershipsMeta(filter: $f) { count } }`,
      { f: { agencyId: memberships[0].agency.id } },
      { token: mod.accessToken },
    );
    expect(list.allAgencyMemberships.map((m) => m.id)).toEqual([memberships[0].id]);
    expect(list._allAgencyMembershipsMeta.count).toBe(1);
    const agencies = await t.ok<{ allAgencies: { id: string; owner: { id: string } }[] }>(
      `{ allAgencies(perPage: 200) { id owner { id } } }`,
      {},
      { token: mod.accessToken },
    );
    expect(agencies.allAgencies.map((a) => a.owner.id)).toContain(owner.id);
    // Filtered like the memberships: by name (any case, % and _ taken literally), by owner, by ids; and one by id.
    const named = await agencyOwner('Quasar 100%_Talent');
    const FILTERED = `query($f: AgencyFilter) { allAgencies(filter: $f, perPage: 200) { id name } _allAgenciesMeta(filter: $f) { count } }`;
    type Filtered = { allAgencies: { id: string; name: string }[]; _allAgenciesMeta: { count: number } };
    const byName = await t.ok<Filtered>(FILTERED, { f: { q: 'quasar 100%_' } }, { token: mod.accessToken });
    expect(byName.allAgencies.map((a) => a.name)).toEqual(['Quasar 100%_Talent']);
    expect(byName._allAgenciesMeta.count).toBe(1);
    expect((await t.ok<Filtered>(FILTERED, { f: { q: 'quasar 1000' } }, { token: mod.accessToken }))._allAgenciesMeta.count).toBe(0);
    const byOwner = await t.ok<Filtered>(FILTERED, { f: { ownerId: named.id } }, { token: mod.accessToken });
    expect(byOwner.allAgencies.map((a) => a.name)).toEqual(['Quasar 100%_Talent']);
    const byIds = await t.ok<Filtered>(FILTERED, { f: { ids: [memberships[0].agency.id] } }, { token: mod.accessToken });
    expect(byIds.allAgencies.map((a) => a.id)).toEqual([memberships[0].agency.id]);
    expect(codeOf(await t.gql(FILTERED, { f: { ids: ['nope'] } }, { token: mod.accessToken }))).toBe('BAD_USER_INPUT');
    const one = await t.ok<{ Agency: { id: string; memberships: { id: string }[] } }>(
      `query($id: ID!) { Agency(id: $id) { id memberships { id } } }`,
      { id: memberships[0].agency.id },
      { token: mod.accessToken },
    );
    expect(one.Agency).toEqual({ id: memberships[0].agency.id, memberships: [{ id: memberships[0].id }] });
    expect(codeOf(await t.gql(`query($id: ID!) { Agency(id: $id) { id } }`, { id: memberships[0].agency.id }, { token: owner.accessToken }))).toBe('FORBIDDEN');
    const END_AS_STAFF = `mutation($m: ID!, $r: String!) { endAgencyMembershipAsStaff(membershipId: $m, reason: $r) { state } }`;
    expect(codeOf(await t.gql(END_AS_STAFF, { m: memberships[0].id, r: 'x' }, { token: mod.accessToken }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(END_AS_STAFF, { m: memberships[0].id, r: 'Coercion reported' }, { token: owner.accessToken }))).toBe('FORBIDDEN');
    expect(
      (
        await t.ok<{ endAgencyMembershipAsStaff: { state: string } }>(
          END_AS_STAFF,
          { m: memberships[0].id, r: 'Coercion reported' },
          { token: mod.accessToken },
        )
      ).endAgencyMembershipAsStaff.state,
    ).toBe('ENDED');
    const audit = await t.sql<{ action: string; reason: string }>(`SELECT action, reason FROM audit_entry WHERE target_id = $1`, [memberships[0].id]);
    expect(audit).toEqual([{ action: 'END_AGENCY_MEMBERSHIP', reason: 'Coercion reported' }]);
  });
});

describe('the three-way split', () => {
  it('pays a chat unlock to the platform, the agency and the creator in one transfer, rounding towards the creator', async () => {
    const { owner, creators } = await agencyWith(1, 3000);
    const [creator] = creators;
    const fan = await fundedFan(t, 100);
    const sent = await t.ok<{ sendMessage: { conversationId: string } }>(SEND, { text: 'Hello', creatorId: creator.id }, { token: fan.accessToken });
    // 7 tokens: platform ⌊7 × 20%⌋ = 1, agency ⌊6 × 30%⌋ = 1, creator 5.
    const lock = await t.ok<{ agencyLockChat: { id: string } }>(
      `mutation($c: ID!, $k: ID!) { agencyLockChat(creatorId: $c, conversationId: $k, price: 7, description: "A reading") { id } }`,
      { c: creator.id, k: sent.sendMessage.conversationId },
      { token: owner.accessToken },
    );
    await t.ok(`mutation($l: ID!) { unlockChat(lockId: $l) { __typename } }`, { l: lock.agencyLockChat.id }, { token: fan.accessToken });
    const legs = await t.sql<{ kind: string; amount: string; owner_id: string | null }>(
      `SELECT a.kind, e.amount, a.owner_id FROM ledger_transfer tr JOIN ledger_entry e ON e.transfer_id = tr.id JOIN ledger_account a ON a.id = e.account_id
        WHERE tr.idempotency_key = $1 ORDER BY a.kind`,
      [`chat-lock:${lock.agencyLockChat.id}:unlock`],
    );
    expect(legs.map((l) => [l.kind, Number(l.amount), l.owner_id])).toEqual([
      ['AGENCY_EARNINGS', 1, owner.id],
      ['CREATOR_EARNINGS', 5, creator.id],
      ['FAN_WALLET', -7, fan.id],
      ['PLATFORM_REVENUE', 1, null],
    ]);
    expect(await balance(owner.id, AccountKind.AGENCY_EARNINGS)).toBe(1);
    const earnings = await t.ok<{ agencyEarnings: { balance: number; today: number } }>(
      `{ agencyEarnings { balance today } }`,
      {},
      { token: owner.accessToken },
    );
    expect(earnings.agencyEarnings).toEqual({ balance: 1, today: 1 });
    const creatorEarnings = await t.ok<{ earnings: { balance: number; history: Connection<{ amount: number; kind: string }> } }>(
      `{ earnings { balance history(first: 5) { edges { node { amount kind } } } } }`,
      {},
      { token: creator.accessToken },
    );
    expect(creatorEarnings.earnings.balance).toBe(5);
    expect(nodes(creatorEarnings.earnings.history)).toEqual([{ amount: 5, kind: 'CHAT_UNLOCK' }]);
    expect((await panel(owner))[0]).toMatchObject({ earningsToday: 5 });
    expect(await checkLedger(t.app.db.dataSource.manager)).toEqual([]);
  });

  it('splits every settled call minute three ways with the share the call started with, and stops when the membership ends', async () => {
    const { owner, creators, memberships } = await agencyWith(1, 2500);
    const [creator] = creators;
    const fan = await fundedFan(t, 200);
    const START = `mutation($c: ID!) { startCall(creatorId: $c, kind: VIDEO) { __typename ... on Call { id } } }`;
    const heartbeat = (who: TestAccount, id: string) =>
      t.ok(
        `mutation($id: ID!) { reportMediaState(callId: $id, media: { publishingAudio: true, publishingVideo: true }) { state } }`,
        { id },
        { token: who.accessToken },
      );
    const call = (await t.ok<{ startCall: { id: string } }>(START, { c: creator.id }, { token: fan.accessToken })).startCall;
    await t.ok(`mutation($id: ID!) { answerCall(callId: $id) { call { id } } }`, { id: call.id }, { token: creator.accessToken });
    await heartbeat(creator, call.id);
    // The membership ends mid-call: the call keeps the terms it started with, as it keeps its price.
    expect((await end(creator, memberships[0].id)).data?.endAgencyMembership.state).toBe('ENDED');
    for (let ms = 0; ms < 65_000; ms += 5000) {
      clock.advance(5000);
      await heartbeat(fan, call.id);
      await heartbeat(creator, call.id);
      await t.app.timers.runDue();
    }
    await t.ok(`mutation($id: ID!) { endCall(callId: $id) { state } }`, { id: call.id }, { token: fan.accessToken });
    // 65 s at 20/min = ⌈21.67⌉ = 22 tokens: platform 20, agency 25% of 20 and 2 in two settlements, creator the rest.
    const byKind = await t.sql<{ kind: string; total: string }>(
      `SELECT a.kind, sum(e.amount) AS total FROM ledger_transfer tr JOIN ledger_entry e ON e.transfer_id = tr.id JOIN ledger_account a ON a.id = e.account_id
        WHERE tr.reference = $1 AND tr.kind = 'SETTLE' GROUP BY a.kind ORDER BY a.kind`,
      [`call:${call.id}`],
    );
    const totals = Object.fromEntries(byKind.map((r) => [r.kind, Number(r.total)]));
    expect(totals.FAN_HOLD).toBe(-22);
    // Minute 1: 20 → platform 4, agency ⌊16 × 25%⌋ = 4, creator 12. The last 2: platform 0, agency 0, creator 2.
    expect(totals).toEqual({ FAN_HOLD: -22, PLATFORM_REVENUE: 4, AGENCY_EARNINGS: 4, CREATOR_EARNINGS: 14 });
    expect(await balance(owner.id, AccountKind.AGENCY_EARNINGS)).toBe(4);
    expect(await checkLedger(t.app.db.dataSource.manager)).toEqual([]);

    // A moderator's refunds give each party's share back: partly, then the rest.
    const mod = await t.staff('MODERATOR');
    const REFUND = `mutation($c: ID!, $a: Int) { refundCall(callId: $c, amount: $a, reason: "Poor connection") { __typename } }`;
    await t.ok(REFUND, { c: call.id, a: 11 }, { token: mod.accessToken });
    expect(await balance(owner.id, AccountKind.AGENCY_EARNINGS)).toBe(2);
    await t.ok(REFUND, { c: call.id, a: null }, { token: mod.accessToken });
    expect(await balance(owner.id, AccountKind.AGENCY_EARNINGS)).toBe(0);
    expect(await balance(creator.id, AccountKind.CREATOR_EARNINGS)).toBe(0);
    expect(await balance(fan.id, AccountKind.FAN_WALLET)).toBe(200);
    expect(await checkLedger(t.app.db.dataSource.manager)).toEqual([]);

    // A new call after the membership ended pays no agency.
    const second = (await t.ok<{ startCall: { id: string } }>(START, { c: creator.id }, { token: fan.accessToken })).startCall;
    expect((await t.sql<{ agency_owner_id: string | null }>(`SELECT agency_owner_id FROM call WHERE id = $1`, [second.id]))[0].agency_owner_id).toBeNull();
    await t.ok(`mutation($id: ID!) { cancelCall(callId: $id) { state } }`, { id: second.id }, { token: fan.accessToken });
  });
  it('ends a member’s call at the fan’s per-call cap, every settlement split three ways and the whole exactly the cap', async () => {
    // 20 tokens a minute, 20% commission, 25% agency share; the fan caps a call at 47 tokens: 141 s.
    const { owner, creators } = await agencyWith(1, 2500);
    const [creator] = creators;
    const fan = await fundedFan(t, 500);
    await t.ok(`mutation { setSpendingLimits(limits: { perCallCap: 47, dailyLimit: null }) { perCallCap } }`, {}, { token: fan.accessToken });
    const drive = callDriver(t, clock);
    const callId = await drive.connect(fan, creator);
    await drive.pass(180_000, callId, [fan, creator]);
    const ended = await drive.callOf(fan, callId);
    expect(ended).toMatchObject({ state: 'ENDED', endReason: 'SPENDING_LIMIT_REACHED', chargedTokens: 47, heldTokens: 0 });
    expect(new Date(ended.endedAt as string).getTime() - new Date(ended.connectedAt as string).getTime()).toBe(141_000);

    const legs = await t.sql<{ transfer_id: string; kind: string; amount: string }>(
      `SELECT tr.id AS transfer_id, a.kind, e.amount FROM ledger_transfer tr JOIN ledger_entry e ON e.transfer_id = tr.id
         JOIN ledger_account a ON a.id = e.account_id WHERE tr.reference = $1 AND tr.kind = 'SETTLE' ORDER BY tr.id, a.kind`,
      [`call:${callId}`],
    );
    const transfers = new Map<string, Record<string, number>>();
    for (const leg of legs) transfers.set(leg.transfer_id, { ...transfers.get(leg.transfer_id), [leg.kind]: Number(leg.amount) });
    const totals = { FAN_HOLD: 0, PLATFORM_REVENUE: 0, AGENCY_EARNINGS: 0, CREATOR_EARNINGS: 0 };
    for (const transfer of transfers.values()) {
      // Each settlement on its own: the hold pays exactly what the three legs receive, split as revenueSplit says.
      const paid = -transfer.FAN_HOLD;
      const split = revenueSplit(paid, 2000, 2500);
      expect([transfer.PLATFORM_REVENUE ?? 0, transfer.AGENCY_EARNINGS ?? 0, transfer.CREATOR_EARNINGS ?? 0]).toEqual([
        split.platform,
        split.agency,
        split.creator,
      ]);
      for (const kind of Object.keys(totals) as (keyof typeof totals)[]) totals[kind] += transfer[kind] ?? 0;
    }
    // Minutes 1 and 2: 20 → 4, 4, 12 each; the last 21 s: 7 → 1, ⌊6 × 25%⌋ = 1, 5.
    expect(totals).toEqual({ FAN_HOLD: -47, PLATFORM_REVENUE: 9, AGENCY_EARNINGS: 9, CREATOR_EARNINGS: 29 });
    expect(await balance(owner.id, AccountKind.AGENCY_EARNINGS)).toBe(9);
    expect(await balance(creator.id, AccountKind.CREATOR_EARNINGS)).toBe(29);
    expect(await balance(fan.id, AccountKind.FAN_WALLET)).toBe(453);
    expect(await checkLedger(t.app.db.dataSource.manager)).toEqual([]);
  });
});

describe('acting on a creator’s behalf', () => {
  it('replies and locks as the creator: the fan sees the creator, the creator and moderators see the agency', async () => {
    const { owner, creators } = await agencyWith(1);
    const [creator] = creators;
    const fan = await fundedFan(t, 50);
    const first = await t.ok<{ sendMessage: { conversationId: string } }>(SEND, { text: 'Are you there?', creatorId: creator.id }, { token: fan.accessToken });
    const conversationId = first.sendMessage.conversationId;

    const list = await t.ok<{ agencyConversations: Connection<{ id: string; unreadCount: number; fan: { id: string } }> }>(
      `query($c: ID!) { agencyConversations(creatorId: $c) { edges { node { id unreadCount fan { id } } } } }`,
      { c: creator.id },
      { token: owner.accessToken },
    );
    expect(nodes(list.agencyConversations)).toEqual([{ id: conversationId, unreadCount: 1, fan: { id: fan.id } }]);

    const fanInbox = await subscribed<{ messageAdded: { body: string; sender: { id: string }; sentOnBehalfBy: { id: string } | null } }>(
      t,
      t.ws(fan.accessToken),
      `subscription { messageAdded { body sender { id } sentOnBehalfBy { id } } }`,
    );
    const reply = await t.ok<{ agencySendMessage: { __typename: string; sender: { id: string }; sentOnBehalfBy: { id: string } | null } }>(
      `mutation($c: ID!, $k: ID!) { agencySendMessage(creatorId: $c, conversationId: $k, text: "Yes! How can I help?") {
         __typename ... on Message { sender { id } sentOnBehalfBy { id } } } }`,
      { c: creator.id, k: conversationId },
      { token: owner.accessToken },
    );
    expect(reply.agencySendMessage).toEqual({ __typename: 'Message', sender: { id: creator.id }, sentOnBehalfBy: { id: owner.id } });
    const seenByFan = await fanInbox.next();
    expect(seenByFan.data?.messageAdded).toEqual({ body: 'Yes! How can I help?', sender: { id: creator.id }, sentOnBehalfBy: null });

    const MESSAGES = `query($id: ID!) { conversation(id: $id) { messages(first: 10) { edges { node { body sender { id } sentOnBehalfBy { id } } } } } }`;
    type Messages = { conversation: { messages: Connection<{ body: string; sender: { id: string } | null; sentOnBehalfBy: { id: string } | null }> } };
    const asFan = nodes((await t.ok<Messages>(MESSAGES, { id: conversationId }, { token: fan.accessToken })).conversation.messages);
    expect(asFan.every((m) => m.sentOnBehalfBy === null)).toBe(true);
    const asCreator = nodes((await t.ok<Messages>(MESSAGES, { id: conversationId }, { token: creator.accessToken })).conversation.messages);
    expect(asCreator[0]).toEqual({ body: 'Yes! How can I help?', sender: { id: creator.id }, sentOnBehalfBy: { id: owner.id } });
    expect(asCreator[1].sentOnBehalfBy).toBeNull();

    const lock = await t.ok<{ agencyLockChat: { id: string; state: string } }>(
      `mutation($c: ID!, $k: ID!) { agencyLockChat(creatorId: $c, conversationId: $k, price: 10, description: "Tarot reading") { id state } }`,
      { c: creator.id, k: conversationId },
      { token: owner.accessToken },
    );
    expect(lock.agencyLockChat.state).toBe('OPEN');
    const blocked = await t.ok<{ sendMessage: { __typename: string } }>(SEND, { text: 'more?', conversationId }, { token: fan.accessToken });
    expect(blocked.sendMessage.__typename).toBe('ChatLocked');

    const mod = await t.staff('MODERATOR');
    const actions = await t.ok<{
      agencyActions: { action: string; actor: { id: string }; subject: string | null; detail: string | null; createdAt: string }[];
    }>(`query($c: ID!) { agencyActions(creatorId: $c) { action actor { id } subject detail createdAt } }`, { c: creator.id }, { token: mod.accessToken });
    expect(actions.agencyActions.slice(0, 2)).toEqual([
      expect.objectContaining({ action: 'LOCKED_CHAT', actor: { id: owner.id }, subject: conversationId, detail: '10 tokens — Tarot reading' }),
      expect.objectContaining({ action: 'SENT_MESSAGE', actor: { id: owner.id }, subject: conversationId, detail: 'Yes! How can I help?' }),
    ]);
    const forCreator = await t.ok<{ agencyActionsForMe: { action: string }[] }>(
      `{ agencyActionsForMe(limit: 2) { action } }`,
      {},
      { token: creator.accessToken },
    );
    expect(forCreator.agencyActionsForMe.map((a) => a.action)).toEqual(['LOCKED_CHAT', 'SENT_MESSAGE']);
    fanInbox.unsubscribe();
  });

  it('refuses to act for a creator who is not (or no longer) a member, and changes nothing', async () => {
    const { owner, creators, memberships } = await agencyWith(1);
    const [member] = creators;
    const outsider = await readyCreator(t);
    const fan = await fundedFan(t, 50);
    const withOutsider = await t.ok<{ sendMessage: { conversationId: string } }>(SEND, { text: 'Hi', creatorId: outsider.id }, { token: fan.accessToken });
    const withMember = await t.ok<{ sendMessage: { conversationId: string } }>(SEND, { text: 'Hi', creatorId: member.id }, { token: fan.accessToken });
    const REPLY = `mutation($c: ID!, $k: ID!) { agencySendMessage(creatorId: $c, conversationId: $k, text: "sneaky") { __typename } }`;
    const LOCK = `mutation($c: ID!, $k: ID!) { agencyLockChat(creatorId: $c, conversationId: $k, price: 5, description: "x") { id } }`;

    expect(codeOf(await t.gql(REPLY, { c: outsider.id, k: withOutsider.sendMessage.conversationId }, { token: owner.accessToken }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(LOCK, { c: outsider.id, k: withOutsider.sendMessage.conversationId }, { token: owner.accessToken }))).toBe('FORBIDDEN');
    expect(codeOf(await setOnline(owner, true, [outsider.id]))).toBe('FORBIDDEN');
    expect(
      codeOf(await t.gql(`query($c: ID!) { agencyConversations(creatorId: $c) { edges { node { id } } } }`, { c: outsider.id }, { token: owner.accessToken })),
    ).toBe('FORBIDDEN');
    // A member's creator id with another creator's conversation: not theirs, not found.
    expect(codeOf(await t.gql(REPLY, { c: member.id, k: withOutsider.sendMessage.conversationId }, { token: owner.accessToken }))).toBe('NOT_FOUND');
    // Other roles cannot use the panel at all.
    expect(codeOf(await t.gql(REPLY, { c: member.id, k: withMember.sendMessage.conversationId }, { token: fan.accessToken }))).toBe('FORBIDDEN');

    // Once the membership ends, access ends at once.
    expect((await end(member, memberships[0].id)).data?.endAgencyMembership.state).toBe('ENDED');
    expect(codeOf(await t.gql(REPLY, { c: member.id, k: withMember.sendMessage.conversationId }, { token: owner.accessToken }))).toBe('FORBIDDEN');
    expect(await panel(owner)).toEqual([]);

    const texts = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM message WHERE body = 'sneaky'`);
    expect(texts[0].n).toBe(0);
    expect(
      (
        await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM chat_lock WHERE conversation_id = ANY($1::uuid[])`, [
          [withOutsider.sendMessage.conversationId, withMember.sendMessage.conversationId],
        ])
      )[0].n,
    ).toBe(0);
    expect((await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM agency_action WHERE creator_id = $1`, [outsider.id]))[0].n).toBe(0);
  });

  it('declines a ringing call for the creator with a message to the fan', async () => {
    const { owner, creators } = await agencyWith(1);
    const [creator] = creators;
    const fan = await fundedFan(t, 100);
    const open = await openPanel(owner, 1);
    const call = (
      await t.ok<{ startCall: { id: string } }>(
        `mutation($c: ID!) { startCall(creatorId: $c, kind: VIDEO) { ... on Call { id } } }`,
        { c: creator.id },
        { token: fan.accessToken },
      )
    ).startCall;
    const alert = await open.next('CALL_RINGING');
    expect(alert).toMatchObject({ creatorId: creator.id, callId: call.id, row: { ringingCallId: call.id, availability: { status: 'BUSY' } } });
    const declined = await t.ok<{ agencyDeclineCall: boolean }>(
      `mutation($c: ID!, $id: ID!) { agencyDeclineCall(creatorId: $c, callId: $id, message: "Busy right now, write to me!") }`,
      { c: creator.id, id: call.id },
      { token: owner.accessToken },
    );
    expect(declined.agencyDeclineCall).toBe(true);
    const state = await t.ok<{ call: { state: string } }>(`query($id: ID!) { call(id: $id) { state } }`, { id: call.id }, { token: fan.accessToken });
    expect(state.call.state).toBe('DECLINED');
    const texts = await t.sql<{ sender_id: string }>(`SELECT sender_id FROM message WHERE body = 'Busy right now, write to me!'`);
    expect(texts).toEqual([{ sender_id: creator.id }]);
    open.events.unsubscribe();
    await open.socket.dispose();
  });
});

describe('the live panel', () => {
  it('holds creators online while its socket lives, animates rows on messages, and drops them after the grace when it closes', async () => {
    const { owner, creators } = await agencyWith(2);
    const [ava, leo] = creators;
    const fan = await fundedFan(t, 10);
    const rows = await panel(owner);
    const byHandle = (a: Row, b: Row) => a.creator.handle.localeCompare(b.creator.handle);
    expect(rows.sort(byHandle).map((r) => [r.creator.id, r.heldOnline, r.availability.online, r.pricePerMinute])).toEqual(
      [ava, leo].sort((a, b) => a.handle.localeCompare(b.handle)).map((c) => [c.id, false, false, 20]),
    );

    const { socket, events, next } = await openPanel(owner, 2);
    const set = await setOnline(owner, true);
    expect(set.data?.setAgencyCreatorsOnline.map((r) => r.heldOnline)).toEqual([true, true]);
    await eventually(async () => expect([await onlineAsFansSee(ava.id), await onlineAsFansSee(leo.id)]).toEqual([true, true]));
    // Held longer than the grace while the panel lives.
    await sleep(GRACE_MS * 2);
    expect(await onlineAsFansSee(ava.id)).toBe(true);

    // One creator set offline by hand.
    await setOnline(owner, false, [leo.id]);
    await eventually(async () => expect(await onlineAsFansSee(leo.id)).toBe(false));

    // A fan writes to Ava: her row animates (MESSAGE_RECEIVED) with one unread chat.
    await t.ok(SEND, { text: 'Hello Ava', creatorId: ava.id }, { token: fan.accessToken });
    const received = await next('MESSAGE_RECEIVED');
    expect(received).toMatchObject({ creatorId: ava.id, row: { unreadChats: 1 } });
    expect(received.conversationId).toBeTruthy();

    const closedAt = Date.now();
    events.unsubscribe();
    await socket.dispose();
    await sleep(GRACE_MS / 4);
    expect(await onlineAsFansSee(ava.id)).toBe(true); // within the grace
    await eventually(async () => expect(await onlineAsFansSee(ava.id)).toBe(false), GRACE_MS * 10);
    expect(Date.now() - closedAt).toBeGreaterThanOrEqual(GRACE_MS - 50);
    expect((await panel(owner)).map((r) => r.heldOnline)).toEqual([false, false]);
  });

  it('starts everyone offline, and a hold without an open panel lasts only the grace', async () => {
    const { owner, creators } = await agencyWith(1);
    await setOnline(owner, true);
    expect(await onlineAsFansSee(creators[0].id)).toBe(true);
    await eventually(async () => expect(await onlineAsFansSee(creators[0].id)).toBe(false), GRACE_MS * 10);
  });

  it('does not let a panel reload within the grace flicker, and keeps a creator online by their own session', async () => {
    const { owner, creators } = await agencyWith(1);
    const [creator] = creators;
    const first = await openPanel(owner, 1);
    await setOnline(owner, true);
    first.events.unsubscribe();
    await first.socket.dispose();
    const reloaded = await openPanel(owner, 1);
    await sleep(GRACE_MS * 2);
    expect(await onlineAsFansSee(creator.id)).toBe(true);
    // The creator opens Minutely themself, then the panel closes: they stay online by their own session.
    const own = t.ws(creator.accessToken);
    await eventually(() => expect(t.app.sockets.countForAccount(creator.id)).toBe(1));
    reloaded.events.unsubscribe();
    await reloaded.socket.dispose();
    await sleep(GRACE_MS * 2);
    expect(await onlineAsFansSee(creator.id)).toBe(true);
    await own.dispose();
    await eventually(async () => expect(await onlineAsFansSee(creator.id)).toBe(false), GRACE_MS * 10);
  });

  it('removes a row live when the membership ends, and lets go of the creator at once', async () => {
    const { owner, creators, memberships } = await agencyWith(2);
    const { socket, events, next } = await openPanel(owner, 2);
    await setOnline(owner, true);
    await eventually(async () => expect(await onlineAsFansSee(creators[1].id)).toBe(true));
    await end(creators[1], memberships[1].id);
    const removed = await next('ROW_REMOVED');
    expect(removed).toEqual({ kind: 'ROW_REMOVED', creatorId: creators[1].id, row: null, conversationId: null, messageId: null, callId: null });
    expect(await onlineAsFansSee(creators[1].id)).toBe(false);
    expect(await onlineAsFansSee(creators[0].id)).toBe(true);
    expect((await panel(owner)).map((r) => r.creator.id)).toEqual([creators[0].id]);
    events.unsubscribe();
    await socket.dispose();
  });

  it('refuses the panel stream to anyone but an agency owner', async () => {
    const fan = await t.signUp('FAN');
    const sub = nextEvent<PanelEvent>(t.ws(fan.accessToken), PANEL_EVENTS);
    const result = await sub.next();
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
