import { fundedFan, readyCreator } from './fixtures';
import { eventually, isPostgres, nodes, startTestServer, subscribed, type Connection, type TestAccount, type TestServer } from './harness';

const GRACE_MS = 400;
let t: TestServer;

beforeAll(async () => {
  t = await startTestServer({ env: { PRESENCE_GRACE_MS: String(GRACE_MS) } });
});
afterAll(() => t.close());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const codeOf = (result: { errors?: readonly { extensions?: { code?: unknown } }[] }) => result.errors?.[0]?.extensions?.code;
const PRESENCE = `subscription($c: ID!) { chatPresence(conversationId: $c) { conversationId creatorInChat } }`;
const AGENCY_PRESENCE = `subscription($k: ID!, $c: ID!) { agencyChatPresence(creatorId: $k, conversationId: $c) { conversationId creatorInChat } }`;
type Presence = { chatPresence: { conversationId: string; creatorInChat: boolean } };
type Lines = { conversation: { creatorInChat: boolean; messages: Connection<{ kind: string; systemType: string | null; body: string }> } };

async function conversationOf(fan: TestAccount, creator: TestAccount): Promise<string> {
  const sent = await t.ok<{ sendMessage: { conversationId: string } }>(
    `mutation($c: ID) { sendMessage(text: "Hello!", creatorId: $c) { ... on Message { conversationId } } }`,
    { c: creator.id },
    { token: fan.accessToken },
  );
  return sent.sendMessage.conversationId;
}

/** The conversation as the fan reads it: whether the creator is in it, and its "left the chat" lines. */
async function asFan(fan: TestAccount, conversationId: string) {
  const read = await t.ok<Lines>(
    `query($id: ID!) { conversation(id: $id) { creatorInChat messages(first: 50) { edges { node { kind systemType body } } } } }`,
    { id: conversationId },
    { token: fan.accessToken },
  );
  return { inChat: read.conversation.creatorInChat, left: nodes(read.conversation.messages).filter((m) => m.systemType === 'CREATOR_LEFT_CHAT') };
}

/** A member of a fresh agency: its owner and the creator. */
async function agencyMember(): Promise<{ owner: TestAccount; creator: TestAccount }> {
  const owner = await t.signUp('AGENCY');
  await t.ok(`mutation { createAgency(name: "Chat Presence Agency") { id } }`, {}, { token: owner.accessToken });
  const creator = await readyCreator(t);
  const invited = await t.ok<{ inviteCreatorToAgency: { id: string } }>(
    `mutation($h: String!) { inviteCreatorToAgency(handle: $h, shareBps: 2000) { id } }`,
    { h: creator.handle },
    { token: owner.accessToken },
  );
  await t.ok(
    `mutation($m: ID!) { respondToAgencyInvitation(membershipId: $m, accept: true) { id } }`,
    { m: invited.inviteCreatorToAgency.id },
    {
      token: creator.accessToken,
    },
  );
  return { owner, creator };
}

describe(`chat presence (${isPostgres() ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('shows the fan the creator in the chat while their window is open, posts “left the chat” after the grace, and clears it on return', async () => {
    const creator = await readyCreator(t);
    const fan = await fundedFan(t, 0);
    const conversationId = await conversationOf(fan, creator);
    const fanSocket = t.ws(fan.accessToken);
    const fanView = await subscribed<Presence>(t, fanSocket, PRESENCE, { c: conversationId });
    expect((await fanView.next()).data?.chatPresence).toEqual({ conversationId, creatorInChat: false });
    const inbox = await subscribed<{ messageAdded: { systemType: string | null; body: string } }>(
      t,
      fanSocket,
      `subscription { messageAdded { systemType body } }`,
    );

    // The creator opens the chat.
    const creatorSocket = t.ws(creator.accessToken);
    const window = await subscribed<Presence>(t, creatorSocket, PRESENCE, { c: conversationId });
    expect((await window.next()).data?.chatPresence.creatorInChat).toBe(true);
    expect((await fanView.next()).data?.chatPresence).toEqual({ conversationId, creatorInChat: true });
    expect(await asFan(fan, conversationId)).toEqual({ inChat: true, left: [] });

    // They close it: still in the chat within the grace, then gone with one line to the fan.
    const closedAt = Date.now();
    window.unsubscribe();
    await sleep(GRACE_MS / 4);
    expect((await asFan(fan, conversationId)).inChat).toBe(true);
    expect((await fanView.next()).data?.chatPresence.creatorInChat).toBe(false);
    expect(Date.now() - closedAt).toBeGreaterThanOrEqual(GRACE_MS - 50);
    const line = await inbox.next();
    expect(line.data?.messageAdded).toEqual({ systemType: 'CREATOR_LEFT_CHAT', body: `${creator.displayName} left the chat.` });
    await eventually(async () =>
      expect(await asFan(fan, conversationId)).toMatchObject({ inChat: false, left: [expect.objectContaining({ kind: 'SYSTEM' })] }),
    );

    // Coming back clears it; a reload within the grace posts nothing more.
    const again = await subscribed<Presence>(t, creatorSocket, PRESENCE, { c: conversationId });
    expect((await again.next()).data?.chatPresence.creatorInChat).toBe(true);
    expect((await fanView.next()).data?.chatPresence.creatorInChat).toBe(true);
    again.unsubscribe();
    const reloaded = await subscribed<Presence>(t, creatorSocket, PRESENCE, { c: conversationId });
    await sleep(GRACE_MS * 2);
    expect(await asFan(fan, conversationId)).toMatchObject({ inChat: true, left: [expect.anything()] });

    // The socket drops (the tab closes): the same line once the grace runs out.
    void reloaded;
    await creatorSocket.dispose();
    await eventually(
      async () => expect(await asFan(fan, conversationId)).toMatchObject({ inChat: false, left: [expect.anything(), expect.anything()] }),
      GRACE_MS * 10,
    );
    fanView.unsubscribe();
    inbox.unsubscribe();
    await fanSocket.dispose();
  });

  it('does not put the creator in the chat when the fan opens it, and refuses anyone outside the conversation', async () => {
    const creator = await readyCreator(t);
    const fan = await fundedFan(t, 0);
    const stranger = await fundedFan(t, 0);
    const conversationId = await conversationOf(fan, creator);
    const fanSocket = t.ws(fan.accessToken);
    const fanView = await subscribed<Presence>(t, fanSocket, PRESENCE, { c: conversationId });
    expect((await fanView.next()).data?.chatPresence.creatorInChat).toBe(false);
    expect((await asFan(fan, conversationId)).inChat).toBe(false);
    const strangerSocket = t.ws(stranger.accessToken);
    const refused = await subscribed<Presence>(t, strangerSocket, PRESENCE, { c: conversationId });
    expect(codeOf(await refused.next())).toBe('NOT_FOUND');
    const bad = await subscribed<Presence>(t, strangerSocket, PRESENCE, { c: 'not-an-id' });
    expect(codeOf(await bad.next())).toBe('BAD_USER_INPUT');
    fanView.unsubscribe();
    await Promise.all([fanSocket.dispose(), strangerSocket.dispose()]);
  });

  it('counts the agency’s panel on a member’s conversation as the creator in the chat, and refuses it for non-members', async () => {
    const { owner, creator } = await agencyMember();
    const outsider = await readyCreator(t);
    const fan = await fundedFan(t, 0);
    const conversationId = await conversationOf(fan, creator);
    const outsiderConversation = await conversationOf(fan, outsider);
    const fanSocket = t.ws(fan.accessToken);
    const fanView = await subscribed<Presence>(t, fanSocket, PRESENCE, { c: conversationId });
    expect((await fanView.next()).data?.chatPresence.creatorInChat).toBe(false);

    const panelSocket = t.ws(owner.accessToken);
    const pane = await subscribed<{ agencyChatPresence: { creatorInChat: boolean } }>(t, panelSocket, AGENCY_PRESENCE, { k: creator.id, c: conversationId });
    expect((await pane.next()).data?.agencyChatPresence.creatorInChat).toBe(true);
    expect((await fanView.next()).data?.chatPresence.creatorInChat).toBe(true);

    // Not a member: refused; nor can the agency use the participants' subscription.
    const foreign = await subscribed(t, panelSocket, AGENCY_PRESENCE, { k: outsider.id, c: outsiderConversation });
    expect(codeOf(await foreign.next())).toBe('FORBIDDEN');
    const direct = await subscribed(t, panelSocket, PRESENCE, { c: outsiderConversation });
    expect(codeOf(await direct.next())).toBe('FORBIDDEN');
    // A member's id with another creator's conversation: not theirs.
    const mixed = await subscribed(t, panelSocket, AGENCY_PRESENCE, { k: creator.id, c: outsiderConversation });
    expect(codeOf(await mixed.next())).toBe('NOT_FOUND');
    expect((await asFan(fan, outsiderConversation)).inChat).toBe(false);

    // The panel closes: after the grace the fan is told the creator left.
    await panelSocket.dispose();
    expect((await fanView.next()).data?.chatPresence.creatorInChat).toBe(false);
    await eventually(async () => expect((await asFan(fan, conversationId)).left).toHaveLength(1));

    // The panel opens the chat again, then the membership ends: the agency's access, and its place in the chat, end at once.
    const reopened = t.ws(owner.accessToken);
    const again = await subscribed<{ agencyChatPresence: { creatorInChat: boolean } }>(t, reopened, AGENCY_PRESENCE, { k: creator.id, c: conversationId });
    expect((await again.next()).data?.agencyChatPresence.creatorInChat).toBe(true);
    expect((await fanView.next()).data?.chatPresence.creatorInChat).toBe(true);
    const [membership] = await t.sql<{ id: string }>(`SELECT id FROM agency_membership WHERE creator_id = $1 AND state = 'ACTIVE'`, [creator.id]);
    await t.ok(`mutation($m: ID!) { endAgencyMembership(membershipId: $m) { state } }`, { m: membership.id }, { token: creator.accessToken });
    expect((await fanView.next()).data?.chatPresence.creatorInChat).toBe(false);
    await eventually(async () => expect((await asFan(fan, conversationId)).left).toHaveLength(2));
    const refused = await subscribed(t, reopened, AGENCY_PRESENCE, { k: creator.id, c: conversationId });
    expect(codeOf(await refused.next())).toBe('FORBIDDEN');
    fanView.unsubscribe();
    await Promise.all([fanSocket.dispose(), reopened.dispose()]);
  });
});
