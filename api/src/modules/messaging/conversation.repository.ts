import type { RequestContext } from '../../common/context';
import type { MessageKind, SystemMessageType } from './messaging.types';

/** A conversation between one fan and one creator, with each side's read marker (a message id). */
export interface ConversationRecord {
  id: string;
  fanId: string;
  creatorId: string;
  createdAt: Date;
  lastMessageAt: Date | null;
  fanReadUpTo: string;
  creatorReadUpTo: string;
}

/** A message of a conversation. `unreadFor` is FAN, CREATOR, BOTH or NONE. */
export interface MessageRecord {
  id: string;
  conversationId: string;
  senderId: string | null;
  kind: MessageKind;
  systemType: SystemMessageType | null;
  body: string;
  data: Record<string, unknown>;
  unreadFor: string;
  createdAt: Date;
}

export type NewMessage = Pick<MessageRecord, 'kind' | 'body' | 'unreadFor'> & {
  senderId?: string;
  systemType?: SystemMessageType;
  data?: Record<string, unknown>;
};

/** The `conversation` and `message` tables. */
export class ConversationRepository {
  async findPair(ctx: RequestContext, fanId: string, creatorId: string): Promise<ConversationRecord | null> {
    const [row] = await ctx.em.query(`SELECT * FROM conversation WHERE fan_id = $1 AND creator_id = $2`, [fanId, creatorId]);
    return row ? toConversation(row) : null;
  }

  /** Creates the pair's conversation unless it exists; null when a concurrent request created it first. */
  async createPair(ctx: RequestContext, fanId: string, creatorId: string): Promise<ConversationRecord | null> {
    const [row] = await ctx.em.query(`INSERT INTO conversation (fan_id, creator_id) VALUES ($1, $2) ON CONFLICT (fan_id, creator_id) DO NOTHING RETURNING *`, [
      fanId,
      creatorId,
    ]);
    return row ? toConversation(row) : null;
  }

  /** The conversation; `lock` holds it for this transaction. */
  async find(ctx: RequestContext, id: string, lock = false): Promise<ConversationRecord | null> {
    const [row] = await ctx.em.query(`SELECT * FROM conversation WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return row ? toConversation(row) : null;
  }

  /** Moves one side's read marker to the newest message and returns the conversation. */
  async markRead(ctx: RequestContext, id: string, side: 'FAN' | 'CREATOR'): Promise<ConversationRecord> {
    const column = side === 'FAN' ? 'fan_read_up_to' : 'creator_read_up_to';
    await ctx.em.query(`UPDATE conversation SET ${column} = coalesce((SELECT max(id) FROM message WHERE conversation_id = $1), 0) WHERE id = $1`, [id]);
    return (await this.find(ctx, id))!;
  }

  /** The account's conversations with messages, most recent first, strictly after the key (last_message_at, id). */
  async pageOf(ctx: RequestContext, accountId: string, hidden: string[], after: [string, string] | null, limit: number): Promise<ConversationRecord[]> {
    const rows = await ctx.em.query(
      `SELECT c.* FROM conversation c
        WHERE (c.fan_id = $1 OR c.creator_id = $1) AND c.last_message_at IS NOT NULL
          AND NOT (c.fan_id = ANY($2::uuid[]) OR c.creator_id = ANY($2::uuid[]))
          AND ($3::timestamptz IS NULL OR (c.last_message_at, c.id) < ($3::timestamptz, $4::uuid))
        ORDER BY c.last_message_at DESC, c.id DESC LIMIT $5`,
      [accountId, hidden, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
    return rows.map(toConversation);
  }

  /** Messages each conversation holds that `accountId` has not read, in one query. */
  async unreadCounts(ctx: RequestContext, conversationIds: readonly string[], accountId: string): Promise<Map<string, number>> {
    if (!conversationIds.length) return new Map();
    const rows: { id: string; n: number }[] = await ctx.em.query(
      `SELECT c.id, count(m.id)::int AS n FROM conversation c
         JOIN message m ON m.conversation_id = c.id
        WHERE c.id = ANY($1::uuid[])
          AND m.id > CASE WHEN c.fan_id = $2 THEN c.fan_read_up_to ELSE c.creator_read_up_to END
          AND m.unread_for IN (CASE WHEN c.fan_id = $2 THEN 'FAN' ELSE 'CREATOR' END, 'BOTH')
        GROUP BY c.id`,
      [conversationIds, accountId],
    );
    return new Map(rows.map((r) => [r.id, r.n]));
  }

  /** How many conversations of each creator hold messages the creator has not read, in one query. */
  async unreadConversationsOfCreators(ctx: RequestContext, creatorIds: readonly string[]): Promise<Map<string, number>> {
    if (!creatorIds.length) return new Map();
    const rows: { creator_id: string; n: number }[] = await ctx.em.query(
      `SELECT c.creator_id, count(DISTINCT c.id)::int AS n FROM conversation c
         JOIN message m ON m.conversation_id = c.id AND m.id > c.creator_read_up_to AND m.unread_for IN ('CREATOR', 'BOTH')
        WHERE c.creator_id = ANY($1::uuid[])
        GROUP BY c.creator_id`,
      [[...new Set(creatorIds)]],
    );
    return new Map(rows.map((r) => [r.creator_id, r.n]));
  }

  async insertMessage(ctx: RequestContext, conversationId: string, m: NewMessage, at: Date): Promise<MessageRecord> {
    const [row] = await ctx.em.query(
      `INSERT INTO message (conversation_id, sender_id, kind, system_type, body, data, unread_for, created_at)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8) RETURNING *`,
      [conversationId, m.senderId ?? null, m.kind, m.systemType ?? null, m.body, JSON.stringify(m.data ?? {}), m.unreadFor, at],
    );
    await ctx.em.query(`UPDATE conversation SET last_message_at = $2 WHERE id = $1`, [conversationId, at]);
    return toMessage(row);
  }

  /** A conversation's messages, newest first, strictly before message `before`. */
  async messagesOf(ctx: RequestContext, conversationId: string, before: string | null, limit: number): Promise<MessageRecord[]> {
    const rows = await ctx.em.query(`SELECT * FROM message WHERE conversation_id = $1 AND ($2::bigint IS NULL OR id < $2) ORDER BY id DESC LIMIT $3`, [
      conversationId,
      before,
      limit,
    ]);
    return rows.map(toMessage);
  }

  /** The newest message of each conversation, in one query. */
  async lastMessages(ctx: RequestContext, conversationIds: readonly string[]): Promise<Map<string, MessageRecord>> {
    if (!conversationIds.length) return new Map();
    const rows = await ctx.em.query(
      `SELECT DISTINCT ON (conversation_id) * FROM message WHERE conversation_id = ANY($1::uuid[]) ORDER BY conversation_id, id DESC`,
      [conversationIds],
    );
    return new Map(rows.map((r: MessageRow) => [r.conversation_id, toMessage(r)]));
  }

  /** Empties the text of every message the account wrote (its account is being deleted); returns how many. */
  async eraseTextsOf(ctx: RequestContext, senderId: string): Promise<number> {
    const rows: { id: string }[] = await ctx.em.query(`SELECT id FROM message WHERE sender_id = $1 AND kind = 'TEXT' AND body <> ''`, [senderId]);
    if (rows.length) await ctx.em.query(`UPDATE message SET body = '' WHERE sender_id = $1 AND kind = 'TEXT'`, [senderId]);
    return rows.length;
  }

  async message(ctx: RequestContext, id: string): Promise<MessageRecord | null> {
    const [row] = await ctx.em.query(`SELECT * FROM message WHERE id = $1`, [id]);
    return row ? toMessage(row) : null;
  }
}

interface ConversationRow {
  id: string;
  fan_id: string;
  creator_id: string;
  created_at: Date;
  last_message_at: Date | null;
  fan_read_up_to: string;
  creator_read_up_to: string;
}

interface MessageRow {
  id: string;
  conversation_id: string;
  sender_id: string | null;
  kind: MessageKind;
  system_type: SystemMessageType | null;
  body: string;
  data: Record<string, unknown> | null;
  unread_for: string;
  created_at: Date;
}

function toConversation(row: ConversationRow): ConversationRecord {
  return {
    id: row.id,
    fanId: row.fan_id,
    creatorId: row.creator_id,
    createdAt: new Date(row.created_at),
    lastMessageAt: row.last_message_at ? new Date(row.last_message_at) : null,
    fanReadUpTo: String(row.fan_read_up_to),
    creatorReadUpTo: String(row.creator_read_up_to),
  };
}

function toMessage(row: MessageRow): MessageRecord {
  return {
    id: String(row.id),
    conversationId: row.conversation_id,
    senderId: row.sender_id,
    kind: row.kind,
    systemType: row.system_type,
    body: row.body,
    data: row.data ?? {},
    unreadFor: row.unread_for,
    createdAt: new Date(row.created_at),
  };
}
