import { AVAILABILITY_CHANGED, availabilityOf, callableCreator, type AvailabilityEvent } from './creator-fixtures';
import { fundedFan } from './fixtures';
import { eventually, isPostgres, startTestServer, subscribed, type TestServer } from './harness';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const GRACE_MS = 400;
const HEARTBEAT_MS = 200;
const ENV = { REDIS_URL, PRESENCE_GRACE_MS: String(GRACE_MS), PRESENCE_HEARTBEAT_MS: String(HEARTBEAT_MS) };
const UPDATE_PRICE = `mutation { updateCallSettings(pricePerMinute: 25) { pricePerMinute } }`;
const CREATORS_ONLINE = `{ creators(first: 50, filter: { onlineNow: true }) { edges { node { id } } } }`;

/**
 * Presence in the scale-out mode (REDIS_URL): several API processes on one PostgreSQL database keep it in Redis,
 * so a creator connected to one process — or held online by a panel on one — is online on all, each change is
 * announced once, and what a dead process held expires. Needs PostgreSQL, like the other scale-out tests.
 */
(isPostgres() ? describe : describe.skip)('presence shared through Redis by several API processes', () => {
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    a = await startTestServer({ keepDatabase: true, env: ENV });
    b = await startTestServer({ reuse: a.database, env: ENV });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  /** The availability events of `creatorId` heard through `t`, in order. */
  async function watch(t: TestServer, creatorId: string) {
    return subscribed<AvailabilityEvent>(t, t.ws(), AVAILABILITY_CHANGED, { ids: [creatorId] }, 10_000);
  }
  const onlineOf = async (event: Promise<{ data?: AvailabilityEvent | null }>) => (await event).data?.creatorAvailabilityChanged.availability.online;

  it('shows a creator connected to one process online on the other, and offline there once the grace after the last socket ends', async () => {
    const creator = await callableCreator(a);
    const events = await watch(b, creator.id);
    expect((await availabilityOf(b, creator.id)).online).toBe(false);

    const session = a.ws(creator.accessToken);
    expect(await onlineOf(events.next())).toBe(true);
    expect((await availabilityOf(b, creator.id)).online).toBe(true);
    await eventually(async () => {
      const { creators } = await b.ok<{ creators: { edges: { node: { id: string } }[] } }>(CREATORS_ONLINE);
      expect(creators.edges.map((e) => e.node.id)).toContain(creator.id);
    });

    const closedAt = Date.now();
    await session.dispose();
    expect(await onlineOf(events.next())).toBe(false);
    expect(Date.now() - closedAt).toBeGreaterThanOrEqual(GRACE_MS - 50);
    expect((await availabilityOf(b, creator.id)).online).toBe(false);
    expect((await availabilityOf(a, creator.id)).online).toBe(false);
    events.unsubscribe();
  });

  it('announces each change once, however many processes the creator is connected to', async () => {
    const creator = await callableCreator(a);
    const events = await watch(a, creator.id);
    const onA = a.ws(creator.accessToken);
    const onB = b.ws(creator.accessToken);
    expect(await onlineOf(events.next())).toBe(true);
    await eventually(() => expect(a.app.sockets.countForAccount(creator.id) + b.app.sockets.countForAccount(creator.id)).toBe(2));
    await onA.dispose(); // still connected to B: stays online
    await new Promise((r) => setTimeout(r, GRACE_MS + 3 * HEARTBEAT_MS));
    expect((await availabilityOf(a, creator.id)).online).toBe(true);
    await onB.dispose();
    expect(await onlineOf(events.next())).toBe(false);
    // The next event is this price change: a second "online" or "offline" from the other process would come first.
    await b.ok(UPDATE_PRICE, {}, { token: creator.accessToken });
    const next = (await events.next()).data?.creatorAvailabilityChanged;
    expect(next).toMatchObject({ creatorId: creator.id, availability: { online: false } });
    events.unsubscribe();
  });

  it('shares what a panel holds online, lets one go at once, all after the grace on release, and at once when told', async () => {
    const [first, second] = [await callableCreator(a), await callableCreator(a)];
    const events = await watch(b, first.id);
    a.app.presence.connectHolder('panel-1'); // the panel's socket on A, open throughout
    await a.app.presence.holdOnline('panel-1', [first.id, second.id]);
    expect(await onlineOf(events.next())).toBe(true);
    await eventually(async () => expect((await availabilityOf(b, second.id)).online).toBe(true));

    // Setting one creator offline lets go of them at once; the first one stays.
    await a.app.presence.stopHolding('panel-1', [second.id]);
    await eventually(async () => expect((await availabilityOf(b, second.id)).online).toBe(false));
    expect((await availabilityOf(b, first.id)).online).toBe(true);

    const releasedAt = Date.now();
    await a.app.presence.release('panel-1');
    expect(await onlineOf(events.next())).toBe(false);
    expect(Date.now() - releasedAt).toBeGreaterThanOrEqual(GRACE_MS - 50);

    b.app.presence.connectHolder('panel-2');
    await b.app.presence.holdOnline('panel-2', [first.id]);
    expect(await onlineOf(events.next())).toBe(true);
    await b.app.presence.release('panel-2', { immediately: true });
    expect(await onlineOf(events.next())).toBe(false);
    events.unsubscribe();
  });

  it('shares a creator’s presence in a chat: in it on every process, and one “left the chat” line when they leave', async () => {
    const creator = await callableCreator(a);
    const fan = await fundedFan(a, 0);
    const sent = await a.ok<{ sendMessage: { conversationId: string } }>(
      `mutation($c: ID) { sendMessage(text: "Hi", creatorId: $c) { ... on Message { conversationId } } }`,
      { c: creator.id },
      { token: fan.accessToken },
    );
    const conversationId = sent.sendMessage.conversationId;
    const PRESENCE = `subscription($c: ID!) { chatPresence(conversationId: $c) { creatorInChat } }`;
    const fanView = await subscribed<{ chatPresence: { creatorInChat: boolean } }>(b, b.ws(fan.accessToken), PRESENCE, { c: conversationId }, 10_000);
    expect((await fanView.next()).data?.chatPresence.creatorInChat).toBe(false);
    const window = a.ws(creator.accessToken);
    const own = await subscribed<{ chatPresence: { creatorInChat: boolean } }>(a, window, PRESENCE, { c: conversationId }, 10_000);
    expect((await own.next()).data?.chatPresence.creatorInChat).toBe(true);
    expect((await fanView.next()).data?.chatPresence.creatorInChat).toBe(true);
    const IN_CHAT = `query($id: ID!) { conversation(id: $id) { creatorInChat } }`;
    expect(
      (await b.ok<{ conversation: { creatorInChat: boolean } }>(IN_CHAT, { id: conversationId }, { token: fan.accessToken })).conversation.creatorInChat,
    ).toBe(true);

    await window.dispose();
    expect((await fanView.next()).data?.chatPresence.creatorInChat).toBe(false);
    const LEFT = `SELECT count(*)::int AS n FROM message WHERE conversation_id = $1 AND system_type = 'CREATOR_LEFT_CHAT'`;
    await eventually(async () => expect(await a.sql<{ n: number }>(LEFT, [conversationId])).toEqual([{ n: 1 }]));
    await new Promise((r) => setTimeout(r, GRACE_MS + 2 * HEARTBEAT_MS));
    expect(await a.sql<{ n: number }>(LEFT, [conversationId])).toEqual([{ n: 1 }]);
    fanView.unsubscribe();
  });

  it('texts a creator about a call only when no process has a socket of theirs', async () => {
    const creator = await callableCreator(a);
    const fan = await fundedFan(b, 200);
    const START = `mutation($c: ID!) { startCall(creatorId: $c) { ... on Call { id } } }`;
    const smsFor = (callId: string) => b.sql(`SELECT 1 FROM sms_outbox WHERE body LIKE $1`, [`%/answer/${callId}?%`]);
    const end = (callId: string) => b.ok(`mutation($id: ID!) { cancelCall(callId: $id) { id } }`, { id: callId }, { token: fan.accessToken });

    const session = a.ws(creator.accessToken);
    await eventually(() => expect(b.app.sockets.isConnected(creator.id)).toBe(true)); // connected to A, known on B
    const heard = await b.ok<{ startCall: { id: string } }>(START, { c: creator.id }, { token: fan.accessToken });
    await end(heard.startCall.id);
    expect(await smsFor(heard.startCall.id)).toEqual([]);

    await session.dispose();
    await eventually(() => expect(b.app.sockets.isConnected(creator.id)).toBe(false));
    const away = await b.ok<{ startCall: { id: string } }>(START, { c: creator.id }, { token: fan.accessToken });
    await eventually(async () => expect(await smsFor(away.startCall.id)).toHaveLength(1));
    await end(away.startCall.id);
  });

  it('takes what a process that died held offline once its last heartbeat expires, announced by a survivor', async () => {
    const c = await startTestServer({ reuse: a.database, keepDatabase: true, env: ENV });
    const creator = await callableCreator(a);
    const events = await watch(b, creator.id);
    c.app.presence.connectHolder('panel-on-c');
    await c.app.presence.holdOnline('panel-on-c', [creator.id]);
    c.ws(creator.accessToken);
    expect(await onlineOf(events.next())).toBe(true);
    await eventually(() => expect(c.app.sockets.countForAccount(creator.id)).toBe(1));

    // C dies: no more heartbeats, nothing dropped (the real SIGKILL is in api/test/two-processes.test.ts).
    c.app.presence.stop();
    const diedAt = Date.now();
    expect(await onlineOf(events.next())).toBe(false);
    const took = Date.now() - diedAt;
    expect(took).toBeGreaterThanOrEqual(GRACE_MS);
    expect(took).toBeLessThan(GRACE_MS + 3 * HEARTBEAT_MS + 5_000); // generous: a loaded machine delays timers
    expect((await availabilityOf(a, creator.id)).online).toBe(false);
    await c.close();
    events.unsubscribe();
  });
});

if (!isPostgres()) {
  console.info('shared-presence test skipped: it needs DATABASE_URL (PostgreSQL) and Redis');
}
