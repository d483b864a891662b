import type { RequestContext } from '../../common/context';
import type { CallKind } from '../calls';
import type { ChatLockState } from './messaging.types';

/** A paid lock on a conversation. */
export interface LockRecord {
  id: string;
  conversationId: string;
  price: number;
  description: string;
  state: ChatLockState;
  createdAt: Date;
  resolvedAt: Date | null;
}

/** A message of a call's temporary chat. */
export interface CallChatRecord {
  id: string;
  callId: string;
  senderId: string;
  body: string;
  createdAt: Date;
}

/** A creator's invitation to a call from the chat; OPEN past `expiresAt` means expired. */
export interface InvitationRecord {
  id: string;
  conversationId: string;
  kind: CallKind;
  pricePerMinute: number;
  state: 'OPEN' | 'ACCEPTED';
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  callId: string | null;
}

/** The `chat_lock`, `call_invitation` and `call_chat_message` tables. */
export class ChatRepository {
  async insertInvitation(
    ctx: RequestContext,
    invitation: Pick<InvitationRecord, 'conversationId' | 'kind' | 'pricePerMinute' | 'createdAt' | 'expiresAt'>,
  ): Promise<InvitationRecord> {
    const [row] = await ctx.em.query(
      `INSERT INTO call_invitation (conversation_id, kind, price_per_minute, state, created_at, expires_at) VALUES ($1, $2, $3, 'OPEN', $4, $5) RETURNING *`,
      [invitation.conversationId, invitation.kind, invitation.pricePerMinute, invitation.createdAt, invitation.expiresAt],
    );
    return toInvitation(row);
  }

  /** The conversation's invitation that is open and not expired at `now`, if any. */
  async openInvitation(ctx: RequestContext, conversationId: string, now: Date): Promise<InvitationRecord | null> {
    const [row] = await ctx.em.query(`SELECT * FROM call_invitation WHERE conversation_id = $1 AND state = 'OPEN' AND expires_at > $2 LIMIT 1`, [
      conversationId,
      now,
    ]);
    return row ? toInvitation(row) : null;
  }

  /** The invitation, held for this transaction. */
  async invitationForUpdate(ctx: RequestContext, id: string): Promise<InvitationRecord | null> {
    const [row] = await ctx.em.query(`SELECT * FROM call_invitation WHERE id = $1 FOR UPDATE`, [id]);
    return row ? toInvitation(row) : null;
  }

  async acceptInvitation(ctx: RequestContext, id: string, callId: string, at: Date): Promise<InvitationRecord> {
    const [row] = await ctx.em.query(`UPDATE call_invitation SET state = 'ACCEPTED', call_id = $2, accepted_at = $3 WHERE id = $1 RETURNING *`, [
      id,
      callId,
      at,
    ]);
    return toInvitation(row);
  }

  async invitations(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, InvitationRecord>> {
    if (!ids.length) return new Map();
    const rows = await ctx.em.query(`SELECT * FROM call_invitation WHERE id = ANY($1::uuid[])`, [[...new Set(ids)]]);
    return new Map(rows.map((r: InvitationRow) => [r.id, toInvitation(r)]));
  }

  async insertLock(ctx: RequestContext, conversationId: string, price: number, description: string, at: Date): Promise<LockRecord> {
    const [row] = await ctx.em.query(
      `INSERT INTO chat_lock (conversation_id, price, description, state, created_at) VALUES ($1, $2, $3, 'OPEN', $4) RETURNING *`,
      [conversationId, price, description, at],
    );
    return toLock(row);
  }

  /** The lock, held for this transaction. */
  async lockForUpdate(ctx: RequestContext, id: string): Promise<LockRecord | null> {
    const [row] = await ctx.em.query(`SELECT * FROM chat_lock WHERE id = $1 FOR UPDATE`, [id]);
    return row ? toLock(row) : null;
  }

  async resolveLock(ctx: RequestContext, id: string, state: ChatLockState, at: Date, transferId: string | null = null): Promise<void> {
    await ctx.em.query(`UPDATE chat_lock SET state = $2, resolved_at = $3, transfer_id = coalesce($4, transfer_id) WHERE id = $1`, [id, state, at, transferId]);
  }

  async locks(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, LockRecord>> {
    if (!ids.length) return new Map();
    const rows = await ctx.em.query(`SELECT * FROM chat_lock WHERE id = ANY($1::uuid[])`, [[...new Set(ids)]]);
    return new Map(rows.map((r: LockRow) => [r.id, toLock(r)]));
  }

  /** The open lock of each of these conversations, in one query. */
  async openLocks(ctx: RequestContext, conversationIds: readonly string[]): Promise<Map<string, LockRecord>> {
    if (!conversationIds.length) return new Map();
    const rows = await ctx.em.query(`SELECT * FROM chat_lock WHERE conversation_id = ANY($1::uuid[]) AND state = 'OPEN'`, [conversationIds]);
    return new Map(rows.map((r: LockRow) => [r.conversation_id, toLock(r)]));
  }

  async insertCallChat(ctx: RequestContext, callId: string, senderId: string, body: string, at: Date): Promise<CallChatRecord> {
    const [row] = await ctx.em.query(`INSERT INTO call_chat_message (call_id, sender_id, body, created_at) VALUES ($1, $2, $3, $4) RETURNING *`, [
      callId,
      senderId,
      body,
      at,
    ]);
    return toCallChat(row);
  }

  async callChatOf(ctx: RequestContext, callId: string): Promise<CallChatRecord[]> {
    return (await ctx.em.query(`SELECT * FROM call_chat_message WHERE call_id = $1 ORDER BY id`, [callId])).map(toCallChat);
  }

  async callChatMessage(ctx: RequestContext, id: string): Promise<CallChatRecord | null> {
    const [row] = await ctx.em.query(`SELECT * FROM call_chat_message WHERE id = $1`, [id]);
    return row ? toCallChat(row) : null;
  }

  async deleteCallChat(ctx: RequestContext, callId: string): Promise<void> {
    await ctx.em.query(`DELETE FROM call_chat_message WHERE call_id = $1`, [callId]);
  }
}

interface LockRow {
  id: string;
  conversation_id: string;
  price: number;
  description: string;
  state: ChatLockState;
  created_at: Date;
  resolved_at: Date | null;
}

function toLock(row: LockRow): LockRecord {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    price: row.price,
    description: row.description,
    state: row.state,
    createdAt: new Date(row.created_at),
    resolvedAt: row.resolved_at ? new Date(row.resolved_at) : null,
  };
}

function toCallChat(row: { id: string; call_id: string; sender_id: string; body: string; created_at: Date }): CallChatRecord {
  return { id: String(row.id), callId: row.call_id, senderId: row.sender_id, body: row.body, createdAt: new Date(row.created_at) };
}

interface InvitationRow {
  id: string;
  conversation_id: string;
  kind: CallKind;
  price_per_minute: number;
  state: 'OPEN' | 'ACCEPTED';
  created_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
  call_id: string | null;
}

function toInvitation(row: InvitationRow): InvitationRecord {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    kind: row.kind,
    pricePerMinute: row.price_per_minute,
    state: row.state,
    createdAt: new Date(row.created_at),
    expiresAt: new Date(row.expires_at),
    acceptedAt: row.accepted_at ? new Date(row.accepted_at) : null,
    callId: row.call_id,
  };
}
