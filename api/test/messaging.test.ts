import { ManualClock } from '../src/common/clock';
import type { RequestContext } from '../src/common/context';
import { checkLedger } from '../src/modules/ledger';
import { AccountKind } from '../src/modules/ledger';
import { fundedFan, readyCreator } from './fixtures';
import { nextEvent, nodes, startTestServer, untilReceived, type Connection, type TestAccount, type TestServer } from './harness';

const clock = new ManualClock('2026-06-01T10:00:00Z');
let t: TestServer;
let ctx: RequestContext;
beforeAll(async () => {
  t = await startTestServer({ clock });
  ctx = t.app.contexts.system('test');
});
afterAll(() => t.close());

const SEND = `mutation($text: String!, $creatorId: ID, $conversationId: ID) { sendMessage(text: $text, creatorId: $creatorId, conversationId: $conversationId) {
  __typename ... on Message { id conversationId body mine kind } ... on ChatLocked { lock { id price description } } ... on RecipientUnavailable { message } } }`;
const CONVERSATION = `query($id: ID!) { conversation(id: $id) { id unreadCount openLock { id price description } other { displayName }
  creatorAvailability { status }
  messages(first: 20) { edges { node { kind systemType body mine sender { id } call { callId durationSeconds tokens state } lock { state } } } pageInfo { hasNextPage endCursor } } } }`;

const creatorWithCalls = (price = 20) => readyCreator(t, price);
const fan = (tokens = 0) => fundedFan(t, tokens);
const send = async (who: TestAccount, text: string, target: { creatorId?: string; conversationId?: string }) =>
  (await t.ok<{ sendMessage: Record<string, unknown> & { __typename: string; conversationId: string } }>(SEND, { text, ...target }, { token: who.accessToken }))
    .sendMessage;
type MessageView = {
  kind: string;
  systemType: string | null;
  body: string;
  mine: boolean;
  call: { durationSeconds: number; tokens: number; state: string } | null;
  lock: { state: string } | null;
};
type ConversationView = {
  id: string;
  unreadCount: number;
  openLock: { id: string; price: number } | null;
  messages: Connection<MessageView>;
};
const conversation = async (who: TestAccount, id: string) => {
  const read = (await t.ok<{ conversation: ConversationView }>(CONVERSATION, { id }, { token: who.accessToken })).conversation;
  return { ...read, messages: { items: nodes(read.messages) } };
};

describe('conversations', () => {
  it('lets a fan and a creator chat, with unread counts, read markers and live delivery', async () => {
    const creator = await creatorWithCalls();
    const alice = await fan();
    const creatorInbox = nextEvent<{ messageAdded: { body: string; mine: boolean } }>(
      t.ws(creator.accessToken),
      `subscription { messageAdded { body mine conversationId } }`,
    );
    const first = await untilReceived(creatorInbox, () => send(alice, '  Hi there! <b>not bold</b>  ', { creatorId: creator.id }));
    expect(first.data?.messageAdded).toEqual(expect.objectContaining({ body: 'Hi there! <b>not bold</b>', mine: false }));
    const sent = await send(alice, 'Are you free later?', { creatorId: creator.id });
    expect(sent).toMatchObject({ __typename: 'Message', mine: true, kind: 'TEXT' });

    const seenByCreator = await conversation(creator, sent.conversationId);
    expect(seenByCreator.unreadCount).toBe(2);
    expect(seenByCreator.messages.items.map((m) => m.body)).toEqual(['Are you free later?', 'Hi there! <b>not bold</b>']);
    await t.ok(`mutation($id: ID!) { markConversationRead(conversationId: $id) { unreadCount } }`, { id: sent.conversationId }, { token: creator.accessToken });
    expect((await conversation(creator, sent.conversationId)).unreadCount).toBe(0);

    await send(creator, 'Yes, call me at 8', { conversationId: sent.conversationId });
    const read = await t.ok<{ conversations: Connection<{ id: string; unreadCount: number; lastMessage: { body: string } }> }>(
      `{ conversations { edges { node { id unreadCount lastMessage { body } } } } }`,
      {},
      { token: alice.accessToken },
    );
    const list = { conversations: { items: nodes(read.conversations) } };
    expect(list.conversations.items[0]).toEqual({ id: sent.conversationId, unreadCount: 1, lastMessage: { body: 'Yes, call me at 8' } });
  });

  it('refuses empty and over-long messages and changes nothing', async () => {
    const creator = await creatorWithCalls();
    const bob = await fan();
    for (const text of ['   ', 'x'.repeat(2001)]) {
      const result = await t.gql(SEND, { text, creatorId: creator.id }, { token: bob.accessToken });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await t.sql(`SELECT 1 FROM conversation WHERE fan_id = $1`, [bob.id])).toHaveLength(0);
  });

  it('shows a conversation to nobody but its two participants, also over WebSocket', async () => {
    const creator = await creatorWithCalls();
    const carol = await fan();
    const stranger = await fan();
    const strangerInbox = nextEvent(t.ws(stranger.accessToken), `subscription { messageAdded { body } }`, {}, 1500);
    const sent = await send(carol, 'private', { creatorId: creator.id });
    const peek = await t.gql(CONVERSATION, { id: sent.conversationId }, { token: stranger.accessToken });
    expect(peek.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const intrude = await t.gql(SEND, { text: 'hello', conversationId: sent.conversationId }, { token: stranger.accessToken });
    expect(intrude.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await expect(strangerInbox.next()).rejects.toThrow('no subscription event');
  });
});

describe('chat locks', () => {
  it('locks, takes payment once through the ledger, and a withdrawn lock frees the chat', async () => {
    const creator = await creatorWithCalls();
    const dan = await fan(100);
    const { conversationId } = await send(dan, 'Can you do a tarot reading?', { creatorId: creator.id });
    const lock = await t.ok<{ lockChat: { id: string; price: number; state: string } }>(
      `mutation($c: ID!) { lockChat(conversationId: $c, price: 30, description: "Full tarot reading") { id price state } }`,
      { c: conversationId },
      { token: creator.accessToken },
    );
    expect(lock.lockChat).toMatchObject({ price: 30, state: 'OPEN' });
    expect(await send(dan, 'ok?', { conversationId })).toMatchObject({ __typename: 'ChatLocked', lock: { price: 30, description: 'Full tarot reading' } });
    const second = await t.gql(
      `mutation($c: ID!) { lockChat(conversationId: $c, price: 5, description: "again") { id } }`,
      { c: conversationId },
      { token: creator.accessToken },
    );
    expect(second.errors?.[0].extensions?.code).toBe('CONFLICT');

    const UNLOCK = `mutation($l: ID!) { unlockChat(lockId: $l) { __typename ... on ChatLock { state } ... on UnlockNeedsTokens { needed } } }`;
    const paid = await Promise.all(
      [1, 2, 3].map(() => t.ok<{ unlockChat: { __typename: string; state: string } }>(UNLOCK, { l: lock.lockChat.id }, { token: dan.accessToken })),
    );
    expect(paid.map((p) => p.unlockChat)).toEqual(Array(3).fill({ __typename: 'ChatLock', state: 'PAID' }));
    expect((await t.app.ledger.balance(ctx, dan.id, AccountKind.FAN_WALLET)).balance).toBe(70);
    expect((await t.app.ledger.balance(ctx, creator.id, AccountKind.CREATOR_EARNINGS)).balance).toBe(24);
    expect(await send(dan, 'Thank you!', { conversationId })).toMatchObject({ __typename: 'Message' });

    const again = await t.ok<{ lockChat: { id: string } }>(
      `mutation($c: ID!) { lockChat(conversationId: $c, price: 500, description: "Extended") { id } }`,
      { c: conversationId },
      { token: creator.accessToken },
    );
    expect((await t.ok<{ unlockChat: { needed: number } }>(UNLOCK, { l: again.lockChat.id }, { token: dan.accessToken })).unlockChat).toEqual({
      __typename: 'UnlockNeedsTokens',
      needed: 430,
    });
    await t.ok(`mutation($l: ID!) { withdrawChatLock(lockId: $l) { state } }`, { l: again.lockChat.id }, { token: creator.accessToken });
    expect(await send(dan, 'No worries', { conversationId })).toMatchObject({ __typename: 'Message' });

    const history = await conversation(dan, conversationId);
    expect(history.messages.items.filter((m) => m.kind === 'SYSTEM').map((m) => [m.systemType, m.lock?.state])).toEqual([
      ['CHAT_LOCK_WITHDRAWN', 'WITHDRAWN'],
      ['CHAT_LOCKED', 'WITHDRAWN'],
      ['CHAT_UNLOCKED', 'PAID'],
      ['CHAT_LOCKED', 'PAID'],
    ]);
    expect(await checkLedger(t.app.db.dataSource.manager)).toEqual([]);
  });

  it('lets only the creator lock or withdraw and only the fan pay', async () => {
    const creator = await creatorWithCalls();
    const erin = await fan(100);
    const { conversationId } = await send(erin, 'hey', { creatorId: creator.id });
    const byFan = await t.gql(
      `mutation($c: ID!) { lockChat(conversationId: $c, price: 5, description: "x") { id } }`,
      { c: conversationId },
      { token: erin.accessToken },
    );
    expect(byFan.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const badPrice = await t.gql(
      `mutation($c: ID!) { lockChat(conversationId: $c, price: 0, description: "x") { id } }`,
      { c: conversationId },
      { token: creator.accessToken },
    );
    expect(badPrice.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await t.sql(`SELECT 1 FROM chat_lock WHERE conversation_id = $1`, [conversationId])).toHaveLength(0);
  });
});

describe('calls in the chat', () => {
  async function connectedCall(f: TestAccount, creator: TestAccount) {
    const started = await t.ok<{ startCall: { id: string } }>(
      `mutation($c: ID!) { startCall(creatorId: $c) { ... on Call { id } } }`,
      { c: creator.id },
      { token: f.accessToken },
    );
    await t.ok(`mutation($id: ID!) { answerCall(callId: $id) { call { id } } }`, { id: started.startCall.id }, { token: creator.accessToken });
    await t.ok(
      `mutation($id: ID!) { reportMediaState(callId: $id, media: { publishingAudio: true, publishingVideo: true }) { state } }`,
      { id: started.startCall.id },
      { token: creator.accessToken },
    );
    return started.startCall.id;
  }

  it('records a missed call (unread for the creator) and an ended call with duration and tokens', async () => {
    const creator = await creatorWithCalls(20);
    const frank = await fan(100);
    const missed = await t.ok<{ startCall: { id: string } }>(
      `mutation($c: ID!) { startCall(creatorId: $c) { ... on Call { id } } }`,
      { c: creator.id },
      { token: frank.accessToken },
    );
    clock.advance(60_000);
    await t.app.timers.runDue();
    const [row] = await t.sql<{ id: string }>(`SELECT id FROM conversation WHERE fan_id = $1`, [frank.id]);
    const forCreator = await conversation(creator, row.id);
    expect(forCreator.unreadCount).toBe(1);
    expect(forCreator.messages.items[0]).toMatchObject({ systemType: 'MISSED_CALL', call: { state: 'MISSED', tokens: 0 } });
    expect((await conversation(frank, row.id)).unreadCount).toBe(0);
    expect(missed.startCall.id).toBeTruthy();

    const callId = await connectedCall(frank, creator);
    for (let i = 0; i < 9; i++) {
      clock.advance(5_000);
      for (const who of [frank, creator]) {
        await t.ok(
          `mutation($id: ID!) { reportMediaState(callId: $id, media: { publishingAudio: true, publishingVideo: true }) { state } }`,
          { id: callId },
          { token: who.accessToken },
        );
      }
    }
    await t.ok(`mutation($id: ID!) { endCall(callId: $id) { state } }`, { id: callId }, { token: frank.accessToken });
    const record = (await conversation(frank, row.id)).messages.items[0];
    expect(record).toMatchObject({
      systemType: 'CALL_ENDED',
      body: 'Video call — 45 s, 15 tokens.',
      call: { durationSeconds: 45, tokens: 15, state: 'ENDED' },
    });
  });

  it('keeps the temporary chat only while the call lives, unless the call was reported', async () => {
    const creator = await creatorWithCalls(20);
    const gina = await fan(200);
    const callId = await connectedCall(gina, creator);
    const CHAT = `mutation($id: ID!, $t: String!) { sendCallChatMessage(callId: $id, text: $t) { id body mine } }`;
    const popups = nextEvent<{ callChatMessageAdded: { body: string; mine: boolean } }>(
      t.ws(creator.accessToken),
      `subscription($id: ID!) { callChatMessageAdded(callId: $id) { body mine } }`,
      { id: callId },
    );
    const popped = await untilReceived(popups, () => t.ok(CHAT, { id: callId, t: 'You look great' }, { token: gina.accessToken }));
    expect(popped.data?.callChatMessageAdded).toEqual({ body: 'You look great', mine: false });
    const stranger = await fan();
    expect((await t.gql(CHAT, { id: callId, t: 'hi' }, { token: stranger.accessToken })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await t.ok(`mutation($id: ID!) { endCall(callId: $id) { state } }`, { id: callId }, { token: creator.accessToken });
    expect(await t.sql(`SELECT 1 FROM call_chat_message WHERE call_id = $1`, [callId])).toHaveLength(0);
    expect((await t.gql(CHAT, { id: callId, t: 'late' }, { token: gina.accessToken })).errors?.[0].extensions?.code).toBe('CONFLICT');

    const reported = await connectedCall(gina, creator);
    await t.ok(CHAT, { id: reported, t: 'evidence' }, { token: creator.accessToken });
    await t.sql(`UPDATE call SET transcript_retained = true WHERE id = $1`, [reported]);
    await t.ok(`mutation($id: ID!) { endCall(callId: $id) { state } }`, { id: reported }, { token: gina.accessToken });
    expect(await t.sql(`SELECT body FROM call_chat_message WHERE call_id = $1`, [reported])).toEqual([{ body: 'evidence' }]);
  });
});

describe('blocking', () => {
  it('stops messages and calls without saying why, and hides the conversation from both lists', async () => {
    const creator = await creatorWithCalls(20);
    const hank = await fan(100);
    const { conversationId } = await send(hank, 'hello', { creatorId: creator.id });
    await t.ok(`mutation($a: ID!) { blockAccount(accountId: $a) }`, { a: hank.id }, { token: creator.accessToken });
    expect(await send(hank, 'hello?', { conversationId })).toMatchObject({ __typename: 'RecipientUnavailable' });
    const call = await t.ok<{ startCall: { __typename: string; status: string } }>(
      `mutation($c: ID!) { startCall(creatorId: $c) { __typename ... on CreatorUnavailable { status } } }`,
      { c: creator.id },
      { token: hank.accessToken },
    );
    expect(call.startCall.__typename).toBe('CreatorUnavailable');
    for (const who of [hank, creator]) {
      const read = await t.ok<{ conversations: Connection<unknown> }>(`{ conversations { edges { node { id } } } }`, {}, { token: who.accessToken });
      const list = { conversations: { items: nodes(read.conversations) } };
      expect(list.conversations.items).toEqual([]);
    }
    const listed = async () =>
      (
        await t.ok<{ creators: { edges: { node: { id: string } }[] } }>(`{ creators(first: 50) { edges { node { id } } } }`, {}, { token: hank.accessToken })
      ).creators.edges.map((e) => e.node.id);
    expect(await listed()).not.toContain(creator.id);
    await t.ok(`mutation($a: ID!) { unblockAccount(accountId: $a) }`, { a: hank.id }, { token: creator.accessToken });
    expect(await send(hank, 'back', { conversationId })).toMatchObject({ __typename: 'Message' });
    expect(await listed()).toContain(creator.id);
  });
});
