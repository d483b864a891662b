import { ManualClock } from '../src/common/clock';
import { AccountKind, checkLedger } from '../src/modules/ledger';
import { fundedFan, readyCreator } from './fixtures';
import { isPostgres, nodes, startTestServer, subscribed, type Connection, type TestAccount, type TestServer } from './harness';
import { callDriver } from './money-helpers';

const clock = new ManualClock('2026-06-01T10:00:00Z');
let t: TestServer;

beforeAll(async () => {
  t = await startTestServer({ clock, env: { COMMISSION_BPS: '2000' } });
});
afterAll(() => t.close());

const INVITATION = 'id conversationId kind pricePerMinute state createdAt expiresAt callId';
const INVITE = `mutation($c: ID!, $k: CallKind) { inviteToCall(conversationId: $c, kind: $k) {
  __typename ... on CallInvitation { ${INVITATION} } ... on CallInvitationRefused { reason message } } }`;
const ACCEPT = `mutation($i: ID!) { acceptCallInvitation(invitationId: $i) {
  __typename ... on Call { id state pricePerMinute kind } ... on CallInvitationRefused { reason message } ... on InsufficientTokens { needed } } }`;
type Invitation = { id: string; conversationId: string; kind: string; pricePerMinute: number; state: string; expiresAt: string; callId: string | null };
type Invited = { inviteToCall: { __typename: string; reason?: string } & Partial<Invitation> };
type Accepted = {
  acceptCallInvitation: { __typename: string; id?: string; state?: string; pricePerMinute?: number; kind?: string; reason?: string; needed?: number };
};
const codeOf = (result: { errors?: readonly { extensions?: { code?: unknown } }[] }) => result.errors?.[0]?.extensions?.code;

async function conversationOf(fan: TestAccount, creator: TestAccount): Promise<string> {
  const sent = await t.ok<{ sendMessage: { conversationId: string } }>(
    `mutation($c: ID) { sendMessage(text: "Hi!", creatorId: $c) { ... on Message { conversationId } } }`,
    { c: creator.id },
    { token: fan.accessToken },
  );
  return sent.sendMessage.conversationId;
}

const invite = (who: TestAccount, conversationId: string, kind = 'VIDEO') => t.ok<Invited>(INVITE, { c: conversationId, k: kind }, { token: who.accessToken });
const accept = (fan: TestAccount, invitationId: string) => t.ok<Accepted>(ACCEPT, { i: invitationId }, { token: fan.accessToken });
const invitationsOf = async (who: TestAccount, conversationId: string) =>
  nodes(
    (
      await t.ok<{ conversation: { messages: Connection<{ systemType: string | null; body: string; invitation: Invitation | null }> } }>(
        `query($id: ID!) { conversation(id: $id) { messages(first: 50) { edges { node { systemType body invitation { ${INVITATION} } } } } } }`,
        { id: conversationId },
        { token: who.accessToken },
      )
    ).conversation.messages,
  ).filter((m) => m.systemType === 'CALL_INVITATION');

describe(`webcam invitations from the chat (${isPostgres() ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('lets the creator invite the fan at their price; the fan sees it live and accepting starts a normal paid call', async () => {
    const creator = await readyCreator(t, 30);
    const fan = await fundedFan(t, 200);
    const conversationId = await conversationOf(fan, creator);
    const inbox = await subscribed<{ messageAdded: { systemType: string; body: string; invitation: Invitation } }>(
      t,
      t.ws(fan.accessToken),
      `subscription { messageAdded { systemType body invitation { ${INVITATION} } } }`,
    );
    const sent = (await invite(creator, conversationId)).inviteToCall;
    expect(sent).toMatchObject({ __typename: 'CallInvitation', conversationId, kind: 'VIDEO', pricePerMinute: 30, state: 'OPEN', callId: null });
    expect(new Date(sent.expiresAt!).getTime() - clock.now().getTime()).toBe(120_000);
    const seen = (await inbox.next()).data!.messageAdded;
    expect(seen).toMatchObject({ systemType: 'CALL_INVITATION', body: `${creator.displayName} invites you to a video call at 30 tokens a minute.` });
    expect(seen.invitation).toMatchObject({ id: sent.id, pricePerMinute: 30, state: 'OPEN' });
    // One open invitation per chat.
    expect((await invite(creator, conversationId)).inviteToCall).toMatchObject({ __typename: 'CallInvitationRefused', reason: 'ALREADY_INVITED' });

    clock.advance(90_000);
    const started = (await accept(fan, sent.id!)).acceptCallInvitation;
    expect(started).toMatchObject({ __typename: 'Call', state: 'RINGING', pricePerMinute: 30, kind: 'VIDEO' });
    expect((await invitationsOf(fan, conversationId))[0].invitation).toMatchObject({ state: 'ACCEPTED', callId: started.id });
    expect((await accept(fan, sent.id!)).acceptCallInvitation).toMatchObject({ __typename: 'CallInvitationRefused', reason: 'ALREADY_ACCEPTED' });

    // It is a normal call: the creator answers, it is billed by the minute with the usual split.
    const drive = callDriver(t, clock);
    await t.ok(`mutation($id: ID!) { answerCall(callId: $id) { call { id } } }`, { id: started.id }, { token: creator.accessToken });
    await drive.heartbeat(creator, started.id!);
    await drive.pass(60_000, started.id!, [fan, creator]);
    const ended = await drive.end(fan, started.id!);
    expect(ended).toMatchObject({ state: 'ENDED', chargedTokens: 30 });
    expect((await t.app.ledger.balance(t.app.contexts.system('test'), creator.id, AccountKind.CREATOR_EARNINGS)).balance).toBe(24);
    expect(await checkLedger(t.app.db.dataSource.manager)).toEqual([]);
    inbox.unsubscribe();
  });

  it('lets an invitation expire after two minutes', async () => {
    const creator = await readyCreator(t, 10);
    const fan = await fundedFan(t, 100);
    const conversationId = await conversationOf(fan, creator);
    const sent = (await invite(creator, conversationId, 'AUDIO')).inviteToCall;
    expect(sent).toMatchObject({ kind: 'AUDIO', state: 'OPEN' });
    clock.advance(120_000);
    expect((await invitationsOf(fan, conversationId))[0].invitation).toMatchObject({ state: 'EXPIRED', callId: null });
    expect((await accept(fan, sent.id!)).acceptCallInvitation).toMatchObject({ __typename: 'CallInvitationRefused', reason: 'EXPIRED' });
    expect(await t.sql(`SELECT 1 FROM call WHERE fan_id = $1`, [fan.id])).toHaveLength(0);
    // Once it ran out, the creator may invite again.
    expect((await invite(creator, conversationId)).inviteToCall.__typename).toBe('CallInvitation');
  });

  it('refuses fans, agencies, other fans, a changed price and a creator with calls off; a fan short of tokens keeps the invitation', async () => {
    const creator = await readyCreator(t, 40);
    const fan = await fundedFan(t, 10);
    const otherFan = await fundedFan(t, 100);
    const conversationId = await conversationOf(fan, creator);

    // A fan cannot invite.
    expect((await invite(fan, conversationId)).inviteToCall).toMatchObject({ __typename: 'CallInvitationRefused', reason: 'NOT_THE_CREATOR' });
    // An agency cannot, not even for its own member.
    const owner = await t.signUp('AGENCY');
    await t.ok(`mutation { createAgency(name: "Invites Agency") { id } }`, {}, { token: owner.accessToken });
    const membership = await t.ok<{ inviteCreatorToAgency: { id: string } }>(
      `mutation($h: String!) { inviteCreatorToAgency(handle: $h, shareBps: 1000) { id } }`,
      { h: creator.handle },
      { token: owner.accessToken },
    );
    await t.ok(
      `mutation($m: ID!) { respondToAgencyInvitation(membershipId: $m, accept: true) { id } }`,
      { m: membership.inviteCreatorToAgency.id },
      {
        token: creator.accessToken,
      },
    );
    expect((await invite(owner, conversationId)).inviteToCall).toMatchObject({ __typename: 'CallInvitationRefused', reason: 'AGENCY_CANNOT_INVITE' });
    // Another creator's conversation: not found.
    const stranger = await readyCreator(t);
    expect(codeOf(await t.gql(INVITE, { c: conversationId, k: 'VIDEO' }, { token: stranger.accessToken }))).toBe('NOT_FOUND');
    expect(await invitationsOf(fan, conversationId)).toEqual([]);

    const sent = (await invite(creator, conversationId)).inviteToCall;
    // Nobody but the invited fan accepts it; the creator is not a fan.
    expect(codeOf(await t.gql(ACCEPT, { i: sent.id }, { token: otherFan.accessToken }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(ACCEPT, { i: sent.id }, { token: creator.accessToken }))).toBe('FORBIDDEN');
    // Ten tokens do not pay a first minute at 40: the call does not start, the invitation stays open.
    expect((await accept(fan, sent.id!)).acceptCallInvitation).toMatchObject({ __typename: 'InsufficientTokens', needed: 30 });
    expect((await invitationsOf(fan, conversationId))[0].invitation?.state).toBe('OPEN');
    // The creator raises the price: the old invitation is refused rather than billing a price the fan never saw.
    await t.sql(`UPDATE creator_profile SET price_per_minute = 50 WHERE account_id = $1`, [creator.id]);
    expect((await accept(fan, sent.id!)).acceptCallInvitation).toMatchObject({ __typename: 'CallInvitationRefused', reason: 'PRICE_CHANGED' });
    // Calls off: no invitation.
    clock.advance(121_000);
    await t.sql(`UPDATE creator_profile SET calls_enabled = false WHERE account_id = $1`, [creator.id]);
    expect((await invite(creator, conversationId)).inviteToCall).toMatchObject({ __typename: 'CallInvitationRefused', reason: 'CALLS_OFF' });
    expect(await t.sql(`SELECT 1 FROM call WHERE fan_id = $1`, [fan.id])).toHaveLength(0);
  });
});
