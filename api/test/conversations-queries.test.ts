import { ManualClock } from '../src/common/clock';
import { startTestServer, type TestAccount, type TestServer } from './harness';

let t: TestServer;
let fan: TestAccount;
let queries = 0;
beforeAll(async () => {
  t = await startTestServer({ clock: new ManualClock('2026-03-23T10:00:00Z'), onQuery: () => queries++ });
  fan = await t.signUp('FAN');
});
afterAll(() => t.close());

/**
 * Creators `from`–`to` (fixtures straight into the tables), each in a conversation with the fan: a text from
 * the fan, an answer, and every third conversation with an open chat lock announced by the last message.
 */
async function addConversations(from: number, to: number): Promise<void> {
  await t.sql(
    `INSERT INTO account (email, password_hash, display_name, handle, role)
     SELECT 'cq' || i || '@example.test', 'x', 'Creator ' || i, 'cq_' || lpad(i::text, 3, '0'), 'CREATOR' FROM generate_series($1::int, $2::int) AS i`,
    [from, to],
  );
  const creators = await t.sql<{ id: string; n: number }>(
    `SELECT id, substr(handle, 4)::int AS n FROM account WHERE handle LIKE 'cq\\_%' AND substr(handle, 4)::int BETWEEN $1 AND $2`,
    [from, to],
  );
  await t.sql(
    `INSERT INTO creator_profile (account_id, calls_enabled, price_per_minute, phone_e164, phone_verified_at)
     SELECT id, true, 20, '+4915112340000', now() FROM unnest($1::uuid[]) AS id`,
    [creators.map((c) => c.id)],
  );
  for (const creator of creators) {
    const [conversation] = await t.sql<{ id: string }>(
      `INSERT INTO conversation (fan_id, creator_id, last_message_at) VALUES ($1, $2, now() - ($3 || ' minutes')::interval) RETURNING id`,
      [fan.id, creator.id, String(creator.n)],
    );
    await t.sql(
      `INSERT INTO message (conversation_id, sender_id, kind, body, unread_for, created_at) VALUES ($1, $2, 'TEXT', 'hello', 'CREATOR', now()), ($1, $3, 'TEXT', 'hi!', 'FAN', now())`,
      [conversation.id, fan.id, creator.id],
    );
    if (creator.n % 3 === 0) {
      const [lock] = await t.sql<{ id: string }>(
        `INSERT INTO chat_lock (conversation_id, price, description, state, created_at) VALUES ($1, 10, 'more', 'OPEN', now()) RETURNING id`,
        [conversation.id],
      );
      await t.sql(
        `INSERT INTO message (conversation_id, kind, system_type, body, data, unread_for, created_at) VALUES ($1, 'SYSTEM', 'CHAT_LOCKED', 'locked', $2::jsonb, 'FAN', now())`,
        [conversation.id, JSON.stringify({ lockId: lock.id })],
      );
    }
  }
}

// What the storefront's inbox asks for (ConversationFields), availability and the last message's lock included.
const LIST = `query($first: Int!) { conversations(first: $first) { edges { node {
  id unreadCount lastMessageAt other { id displayName handle } creator { id displayName handle } fan { id displayName handle }
  creatorAvailability { status until nextAvailableAt online } openLock { id price state }
  lastMessage { id kind systemType body mine createdAt sender { id displayName } call { callId } lock { id state } }
} } pageInfo { hasNextPage endCursor } } }`;

interface Listed {
  unreadCount: number;
  openLock: { state: string } | null;
  creatorAvailability: { status: string } | null;
  lastMessage: { lock: { state: string } | null } | null;
}

async function countQueries(first: number): Promise<{ queries: number; listed: Listed[] }> {
  const before = queries;
  const result = await t.ok<{ conversations: { edges: { node: Listed }[] } }>(LIST, { first }, { token: fan.accessToken });
  return { queries: queries - before, listed: result.conversations.edges.map((e) => e.node) };
}

describe('listing conversations', () => {
  it('costs the same number of SQL queries for 5 conversations as for 50', async () => {
    await addConversations(1, 5);
    const five = await countQueries(50);
    expect(five.listed).toHaveLength(5);
    await addConversations(6, 50);
    const fifty = await countQueries(50);
    expect(fifty.listed).toHaveLength(50);
    expect(fifty.listed.every((c) => c.unreadCount >= 1 && c.creatorAvailability?.status === 'AVAILABLE')).toBe(true);
    expect(fifty.listed.filter((c) => c.openLock?.state === 'OPEN')).toHaveLength(16);
    expect(fifty.listed.filter((c) => c.lastMessage?.lock?.state === 'OPEN')).toHaveLength(16);
    expect(fifty.queries).toBe(five.queries);
    expect(fifty.queries).toBeLessThanOrEqual(10);
  });
});
