import type { RequestContext } from '../../common/context';
import { AppError, badInput, conflict, ErrorCode, forbidden, notFound } from '../../common/errors';
import { isUniqueViolation } from '../../db/errors';
import type { CallRow } from '../calls/call.row';
import { CallState } from '../calls/call-state';
import { Role } from '../identity/account.entity';
import { TransferKind } from '../ledger/ledger.model';
import { InsufficientTokensError, WalletFrozenError } from '../ledger/ledger.service';
import {
  ChatLockState,
  MessageKind,
  SystemMessageType,
  type CallChatMessage,
  type ChatLock,
  type Conversation,
  type Message,
  type Participant,
} from './messaging.types';

export const MESSAGE_MAX = 2000;
export const LOCK_DESCRIPTION_MAX = 500;
const UUID = /^[0-9a-f-]{36}$/i;

export interface ConversationRow {
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
  data: Record<string, unknown>;
  unread_for: string;
  created_at: Date;
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

export type SendOutcome = { kind: 'sent'; message: Message } | { kind: 'locked'; lock: ChatLock } | { kind: 'unavailable' };
export type UnlockOutcome = { kind: 'paid'; lock: ChatLock } | { kind: 'needs'; required: number; available: number };

/**
 * The messenger (DESIGN §6): one conversation per (fan, creator), text and system messages with per-side
 * read markers, paid chat locks, blocking, and the temporary chat that lives only as long as its call.
 * Only the two participants ever read or write a conversation.
 */
export class MessagingService {
  /** Finds or creates the pair's conversation (fan and creator order is fixed by the schema). */
  async conversationBetween(ctx: RequestContext, fanId: string, creatorId: string): Promise<ConversationRow> {
    const find = () => ctx.em.query(`SELECT * FROM conversation WHERE fan_id = $1 AND creator_id = $2`, [fanId, creatorId]);
    let [row] = await find();
    if (!row) {
      [row] = await ctx.em.query(`INSERT INTO conversation (fan_id, creator_id) VALUES ($1, $2) ON CONFLICT (fan_id, creator_id) DO NOTHING RETURNING *`, [
        fanId,
        creatorId,
      ]);
      row ??= (await find())[0];
    }
    return row;
  }

  /** The conversation if the signed-in account takes part in it; NOT_FOUND for everyone else. */
  async conversationFor(ctx: RequestContext, conversationId: string, lock = false): Promise<ConversationRow> {
    const viewer = ctx.requireViewer().account.id;
    if (!UUID.test(conversationId)) throw notFound('Conversation');
    const [row] = await ctx.em.query(`SELECT * FROM conversation WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [conversationId]);
    if (!row || (row.fan_id !== viewer && row.creator_id !== viewer)) throw notFound('Conversation');
    return row;
  }

  async sendMessage(ctx: RequestContext, target: { creatorId?: string | null; conversationId?: string | null }, text: string): Promise<SendOutcome> {
    const viewer = ctx.requireViewer().account;
    const body = cleanText(text, MESSAGE_MAX, 'text');
    if (!!target.creatorId === !!target.conversationId) throw badInput('Give either creatorId or conversationId.');
    return ctx.transaction(async (tx) => {
      let conversation: ConversationRow;
      if (target.conversationId) {
        conversation = await this.conversationFor(tx, target.conversationId, true);
      } else {
        if (viewer.role !== Role.FAN) throw forbidden('Only fans start conversations with creators.');
        const [creator] = UUID.test(target.creatorId!)
          ? await tx.em.query(`SELECT id FROM account WHERE id = $1 AND role = 'CREATOR' AND status = 'ACTIVE'`, [target.creatorId])
          : [];
        if (!creator) throw notFound('Creator');
        conversation = await this.conversationBetween(tx, viewer.id, creator.id);
        [conversation] = await tx.em.query(`SELECT * FROM conversation WHERE id = $1 FOR UPDATE`, [conversation.id]);
      }
      const other = conversation.fan_id === viewer.id ? conversation.creator_id : conversation.fan_id;
      if (await this.isBlockedEitherWay(tx, viewer.id, other)) return { kind: 'unavailable' } as const;
      if (viewer.id === conversation.fan_id) {
        const open = await this.openLockRow(tx, conversation.id);
        if (open) return { kind: 'locked', lock: toLock(open) } as const;
      }
      const unreadFor = viewer.id === conversation.fan_id ? 'CREATOR' : 'FAN';
      const row = await this.insertMessage(tx, conversation, { senderId: viewer.id, kind: MessageKind.TEXT, body, unreadFor });
      return { kind: 'sent', message: await this.toMessage(tx, row, viewer.id) } as const;
    });
  }

  async markRead(ctx: RequestContext, conversationId: string): Promise<ConversationRow> {
    const viewer = ctx.requireViewer().account.id;
    return ctx.transaction(async (tx) => {
      const conversation = await this.conversationFor(tx, conversationId, true);
      const column = conversation.fan_id === viewer ? 'fan_read_up_to' : 'creator_read_up_to';
      await tx.em.query(`UPDATE conversation SET ${column} = coalesce((SELECT max(id) FROM message WHERE conversation_id = $1), 0) WHERE id = $1`, [
        conversation.id,
      ]);
      tx.afterCommit(() => tx.app.pubsub.publish('CONVERSATION_READ', viewer, { conversationId }));
      return (await tx.em.query(`SELECT * FROM conversation WHERE id = $1`, [conversation.id]))[0];
    });
  }

  async conversations(ctx: RequestContext, first: number, after: string | null): Promise<{ items: ConversationRow[]; nextCursor: string | null }> {
    if (!Number.isInteger(first) || first < 1 || first > 50) throw badInput('first must be between 1 and 50.', 'first');
    const viewer = ctx.requireViewer().account.id;
    const cursor = after ? decodeCursor(after, 'conv') : null;
    // Blocked pairs disappear from both sides' lists.
    const rows: ConversationRow[] = await ctx.em.query(
      `SELECT c.* FROM conversation c
        WHERE (c.fan_id = $1 OR c.creator_id = $1) AND c.last_message_at IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM account_block b WHERE (b.blocker_id = c.fan_id AND b.blocked_id = c.creator_id) OR (b.blocker_id = c.creator_id AND b.blocked_id = c.fan_id))
          AND ($2::timestamptz IS NULL OR (c.last_message_at, c.id) < ($2::timestamptz, $3::uuid))
        ORDER BY c.last_message_at DESC, c.id DESC LIMIT $4`,
      [viewer, cursor?.[0] ?? null, cursor?.[1] ?? null, first + 1],
    );
    const items = rows.slice(0, first);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > first ? encodeCursor('conv', new Date(last.last_message_at!).toISOString(), last.id) : null };
  }

  async messages(
    ctx: RequestContext,
    conversation: ConversationRow,
    first: number,
    before: string | null,
  ): Promise<{ items: Message[]; nextCursor: string | null }> {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput('first must be between 1 and 100.', 'first');
    const viewer = ctx.requireViewer().account.id;
    const cursor = before ? decodeCursor(before, 'msg')[0] : null;
    if (cursor !== null && !/^\d+$/.test(cursor)) throw badInput('The cursor is not valid.', 'before');
    const rows: MessageRow[] = await ctx.em.query(
      `SELECT * FROM message WHERE conversation_id = $1 AND ($2::bigint IS NULL OR id < $2) ORDER BY id DESC LIMIT $3`,
      [conversation.id, cursor, first + 1],
    );
    const page = rows.slice(0, first);
    return {
      items: await this.toMessages(ctx, page, viewer),
      nextCursor: rows.length > first ? encodeCursor('msg', page[page.length - 1].id) : null,
    };
  }

  async lastMessage(ctx: RequestContext, conversation: ConversationRow): Promise<Message | null> {
    const [row] = await ctx.em.query(`SELECT * FROM message WHERE conversation_id = $1 ORDER BY id DESC LIMIT 1`, [conversation.id]);
    return row ? this.toMessage(ctx, row, ctx.requireViewer().account.id) : null;
  }

  async unreadCount(ctx: RequestContext, conversation: ConversationRow): Promise<number> {
    const isFan = conversation.fan_id === ctx.requireViewer().account.id;
    const [row] = await ctx.em.query(`SELECT count(*)::int AS n FROM message WHERE conversation_id = $1 AND id > $2 AND unread_for IN ($3, 'BOTH')`, [
      conversation.id,
      isFan ? conversation.fan_read_up_to : conversation.creator_read_up_to,
      isFan ? 'FAN' : 'CREATOR',
    ]);
    return row.n;
  }

  async openLock(ctx: RequestContext, conversationId: string): Promise<ChatLock | null> {
    const row = await this.openLockRow(ctx, conversationId);
    return row ? toLock(row) : null;
  }

  // ---- chat locks ----

  async lockChat(ctx: RequestContext, conversationId: string, price: number, description: string): Promise<ChatLock> {
    const viewer = ctx.requireViewer().account.id;
    const text = cleanText(description, LOCK_DESCRIPTION_MAX, 'description');
    const { CALL_PRICE_MAX } = ctx.app.config;
    if (!Number.isInteger(price) || price < 1 || price > CALL_PRICE_MAX * 10)
      throw badInput(`price must be a whole number of tokens from 1 to ${CALL_PRICE_MAX * 10}.`, 'price');
    return ctx.transaction(async (tx) => {
      const conversation = await this.conversationFor(tx, conversationId, true);
      if (conversation.creator_id !== viewer) throw forbidden('Only the creator can lock a chat.');
      let row: LockRow;
      try {
        [row] = await tx.em.transaction((em) =>
          em.query(`INSERT INTO chat_lock (conversation_id, price, description, state, created_at) VALUES ($1, $2, $3, 'OPEN', $4) RETURNING *`, [
            conversation.id,
            price,
            text,
            tx.app.clock.now(),
          ]),
        );
      } catch (err) {
        if (isUniqueViolation(err) === 'chat_lock_one_open') throw conflict('This chat already has an open lock; withdraw it first.');
        throw err;
      }
      await this.insertMessage(tx, conversation, {
        kind: MessageKind.SYSTEM,
        systemType: SystemMessageType.CHAT_LOCKED,
        body: `Chat locked: ${price} tokens to unlock — ${text}`,
        data: { lockId: row.id },
        unreadFor: 'FAN',
      });
      return toLock(row);
    });
  }

  /** The fan pays a lock, once: the ledger key is the lock's, so a repeat changes nothing. */
  async unlockChat(ctx: RequestContext, lockId: string): Promise<UnlockOutcome> {
    const viewer = ctx.requireViewer().account.id;
    if (!UUID.test(lockId)) throw notFound('Chat lock');
    return ctx.transaction(async (tx) => {
      const [lock]: LockRow[] = await tx.em.query(`SELECT * FROM chat_lock WHERE id = $1 FOR UPDATE`, [lockId]);
      if (!lock) throw notFound('Chat lock');
      const conversation = await this.conversationFor(tx, lock.conversation_id, true).catch(() => {
        throw notFound('Chat lock');
      });
      if (conversation.fan_id !== viewer) throw forbidden('Only the fan of this chat can pay its lock.');
      if (lock.state === ChatLockState.PAID) return { kind: 'paid', lock: toLock(lock) } as const;
      if (lock.state !== ChatLockState.OPEN) throw conflict('This lock was withdrawn; there is nothing to pay.');
      const [profile] = await tx.em.query(`SELECT commission_bps FROM creator_profile WHERE account_id = $1`, [conversation.creator_id]);
      let transferId: string;
      try {
        transferId = (
          await tx.app.ledger.pay(tx, {
            key: `chat-lock:${lock.id}:unlock`,
            kind: TransferKind.CHAT_UNLOCK,
            fanId: conversation.fan_id,
            creatorId: conversation.creator_id,
            amount: lock.price,
            commissionBps: profile?.commission_bps ?? tx.app.config.COMMISSION_BPS,
            reference: `chat-lock:${lock.id}`,
            memo: 'Chat unlock',
          })
        ).transferId;
      } catch (err) {
        if (err instanceof InsufficientTokensError) return { kind: 'needs', required: lock.price, available: err.available } as const;
        if (err instanceof WalletFrozenError) throw err;
        throw err;
      }
      const now = tx.app.clock.now();
      await tx.em.query(`UPDATE chat_lock SET state = 'PAID', resolved_at = $2, transfer_id = $3 WHERE id = $1`, [lock.id, now, transferId]);
      await this.insertMessage(tx, conversation, {
        kind: MessageKind.SYSTEM,
        systemType: SystemMessageType.CHAT_UNLOCKED,
        body: `Chat unlocked for ${lock.price} tokens.`,
        data: { lockId: lock.id },
        unreadFor: 'CREATOR',
      });
      return { kind: 'paid', lock: toLock({ ...lock, state: ChatLockState.PAID, resolved_at: now }) } as const;
    });
  }

  async withdrawChatLock(ctx: RequestContext, lockId: string): Promise<ChatLock> {
    const viewer = ctx.requireViewer().account.id;
    if (!UUID.test(lockId)) throw notFound('Chat lock');
    return ctx.transaction(async (tx) => {
      const [lock]: LockRow[] = await tx.em.query(`SELECT * FROM chat_lock WHERE id = $1 FOR UPDATE`, [lockId]);
      if (!lock) throw notFound('Chat lock');
      const conversation = await this.conversationFor(tx, lock.conversation_id, true).catch(() => {
        throw notFound('Chat lock');
      });
      if (conversation.creator_id !== viewer) throw forbidden('Only the creator can withdraw a lock.');
      if (lock.state !== ChatLockState.OPEN) throw conflict(`This lock is ${lock.state.toLowerCase()}; only an open lock can be withdrawn.`);
      const now = tx.app.clock.now();
      await tx.em.query(`UPDATE chat_lock SET state = 'WITHDRAWN', resolved_at = $2 WHERE id = $1`, [lock.id, now]);
      await this.insertMessage(tx, conversation, {
        kind: MessageKind.SYSTEM,
        systemType: SystemMessageType.CHAT_LOCK_WITHDRAWN,
        body: 'The chat lock was withdrawn.',
        data: { lockId: lock.id },
        unreadFor: 'FAN',
      });
      return toLock({ ...lock, state: ChatLockState.WITHDRAWN, resolved_at: now });
    });
  }

  // ---- blocking ----

  async block(ctx: RequestContext, accountId: string): Promise<boolean> {
    const viewer = ctx.requireViewer().account.id;
    if (accountId === viewer) throw badInput('You cannot block yourself.', 'accountId');
    if (!UUID.test(accountId) || !(await ctx.em.query(`SELECT 1 FROM account WHERE id = $1`, [accountId])).length) throw notFound('Account');
    await ctx.em.query(`INSERT INTO account_block (blocker_id, blocked_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [viewer, accountId]);
    return true;
  }

  async unblock(ctx: RequestContext, accountId: string): Promise<boolean> {
    const viewer = ctx.requireViewer().account.id;
    if (!UUID.test(accountId)) throw notFound('Account');
    await ctx.em.query(`DELETE FROM account_block WHERE blocker_id = $1 AND blocked_id = $2`, [viewer, accountId]);
    return true;
  }

  async blockedAccounts(ctx: RequestContext): Promise<Participant[]> {
    const rows = await ctx.em.query(
      `SELECT a.id, a.display_name, a.handle FROM account_block b JOIN account a ON a.id = b.blocked_id WHERE b.blocker_id = $1 ORDER BY b.created_at DESC`,
      [ctx.requireViewer().account.id],
    );
    return rows.map((r: { id: string; display_name: string; handle: string }) => ({ id: r.id, displayName: r.display_name, handle: r.handle }));
  }

  async isBlockedEitherWay(ctx: RequestContext, a: string, b: string): Promise<boolean> {
    const rows = await ctx.em.query(
      `SELECT 1 FROM account_block WHERE (blocker_id = $1 AND blocked_id = $2) OR (blocker_id = $2 AND blocked_id = $1) LIMIT 1`,
      [a, b],
    );
    return rows.length > 0;
  }

  // ---- calls in the chat ----

  /** Posts a finished call's record in the pair's conversation; hooked into the calls service. */
  async recordCall(ctx: RequestContext, call: CallRow): Promise<void> {
    const conversation = await this.conversationBetween(ctx, call.fan_id, call.creator_id);
    const started = new Date(call.created_at);
    const record = {
      callId: call.id,
      kind: call.kind,
      state: call.state,
      startedAt: started.toISOString(),
      durationSeconds: call.billed_seconds ?? 0,
      tokens: call.charged_tokens,
    };
    const kindWord = call.kind === 'AUDIO' ? 'Audio call' : 'Video call';
    if (call.state === CallState.MISSED) {
      await this.insertMessage(ctx, conversation, {
        kind: MessageKind.SYSTEM,
        systemType: SystemMessageType.MISSED_CALL,
        body: `Missed ${kindWord.toLowerCase()}.`,
        data: record,
        unreadFor: 'CREATOR',
      });
    } else if (call.state === CallState.ENDED) {
      await this.insertMessage(ctx, conversation, {
        kind: MessageKind.SYSTEM,
        systemType: SystemMessageType.CALL_ENDED,
        body: `${kindWord} — ${formatDuration(record.durationSeconds)}, ${record.tokens} tokens.`,
        data: record,
        unreadFor: 'NONE',
      });
    } else {
      await this.insertMessage(ctx, conversation, {
        kind: MessageKind.SYSTEM,
        systemType: SystemMessageType.CALL_NOT_CONNECTED,
        body: `${kindWord} ${call.state === CallState.DECLINED ? 'declined' : call.state === CallState.CANCELLED ? 'cancelled' : 'did not connect'}; no tokens charged.`,
        data: record,
        unreadFor: 'NONE',
      });
    }
    // The temporary chat lives only as long as the call, unless the call was reported.
    if (!call.transcript_retained) await ctx.em.query(`DELETE FROM call_chat_message WHERE call_id = $1`, [call.id]);
  }

  async sendCallChatMessage(ctx: RequestContext, call: CallRow, text: string): Promise<CallChatMessage> {
    const viewer = ctx.requireViewer().account.id;
    const body = cleanText(text, 500, 'text');
    if (call.state !== CallState.CONNECTING && call.state !== CallState.ONGOING) throw conflict('The call is not live; its chat is closed.');
    const [row] = await ctx.em.query(`INSERT INTO call_chat_message (call_id, sender_id, body, created_at) VALUES ($1, $2, $3, $4) RETURNING *`, [
      call.id,
      viewer,
      body,
      ctx.app.clock.now(),
    ]);
    ctx.afterCommit(() => ctx.app.pubsub.publish('CALL_CHAT_MESSAGE', call.id, { id: String(row.id) }));
    return this.toCallChatMessage(ctx, row, viewer);
  }

  async callChatMessages(ctx: RequestContext, callId: string, viewerId: string): Promise<CallChatMessage[]> {
    const rows: { id: string; call_id: string; sender_id: string; body: string; created_at: Date }[] = await ctx.em.query(
      `SELECT * FROM call_chat_message WHERE call_id = $1 ORDER BY id`,
      [callId],
    );
    const senders = await participants(ctx, [...new Set(rows.map((r) => r.sender_id))]);
    return rows.map((r) => ({
      id: String(r.id),
      callId: r.call_id,
      sender: senders.get(r.sender_id)!,
      mine: r.sender_id === viewerId,
      body: r.body,
      createdAt: new Date(r.created_at),
    }));
  }

  async callChatMessage(ctx: RequestContext, id: string, viewerId: string): Promise<CallChatMessage | null> {
    const [row] = await ctx.em.query(`SELECT * FROM call_chat_message WHERE id = $1`, [id]);
    return row ? this.toCallChatMessage(ctx, row, viewerId) : null;
  }

  /** The newest messages of a conversation, oldest first, for staff judging a report about it. */
  async messagesForStaff(ctx: RequestContext, conversationId: string, limit = 100): Promise<Message[]> {
    const rows: MessageRow[] = await ctx.em.query(`SELECT * FROM message WHERE conversation_id = $1 ORDER BY id DESC LIMIT $2`, [conversationId, limit]);
    const staff = ctx.requireViewer().account.id;
    return this.toMessages(ctx, rows.reverse(), staff);
  }

  async messageById(ctx: RequestContext, id: string): Promise<Message | null> {
    const [row] = await ctx.em.query(`SELECT * FROM message WHERE id = $1`, [id]);
    return row ? this.toMessage(ctx, row, ctx.requireViewer().account.id) : null;
  }

  // ---- views ----

  async toConversation(ctx: RequestContext, row: ConversationRow): Promise<Conversation> {
    const viewer = ctx.requireViewer().account.id;
    const people = await participants(ctx, [row.fan_id, row.creator_id]);
    return {
      id: row.id,
      fan: people.get(row.fan_id)!,
      creator: people.get(row.creator_id)!,
      other: people.get(row.fan_id === viewer ? row.creator_id : row.fan_id)!,
      lastMessage: await this.lastMessage(ctx, row),
      unreadCount: await this.unreadCount(ctx, row),
      openLock: await this.openLock(ctx, row.id),
      lastMessageAt: row.last_message_at ? new Date(row.last_message_at) : null,
      creatorId: row.creator_id,
    };
  }

  private async toMessage(ctx: RequestContext, row: MessageRow, viewerId: string): Promise<Message> {
    return (await this.toMessages(ctx, [row], viewerId))[0];
  }

  /** Views of many messages with one query for their senders and one for their locks, whatever their number. */
  private async toMessages(ctx: RequestContext, rows: MessageRow[], viewerId: string): Promise<Message[]> {
    const senderIds = [...new Set(rows.flatMap((r) => (r.sender_id ? [r.sender_id] : [])))];
    const lockIds = [...new Set(rows.flatMap((r) => (typeof r.data?.lockId === 'string' ? [r.data.lockId] : [])))];
    const senders = senderIds.length ? await participants(ctx, senderIds) : new Map<string, Participant>();
    const lockRows: LockRow[] = lockIds.length ? await ctx.em.query(`SELECT * FROM chat_lock WHERE id = ANY($1::uuid[])`, [lockIds]) : [];
    const locks = new Map(lockRows.map((l) => [l.id, toLock(l)]));
    return rows.map((row) => {
      const data = row.data ?? {};
      return {
        id: String(row.id),
        conversationId: row.conversation_id,
        kind: row.kind,
        systemType: row.system_type,
        sender: row.sender_id ? senders.get(row.sender_id)! : null,
        mine: row.sender_id === viewerId,
        body: row.body,
        call:
          typeof data.callId === 'string'
            ? {
                callId: data.callId,
                kind: String(data.kind),
                state: String(data.state),
                startedAt: new Date(String(data.startedAt)),
                durationSeconds: Number(data.durationSeconds),
                tokens: Number(data.tokens),
              }
            : null,
        lock: typeof data.lockId === 'string' ? (locks.get(data.lockId) ?? null) : null,
        createdAt: new Date(row.created_at),
      };
    });
  }

  private async toCallChatMessage(
    ctx: RequestContext,
    row: { id: string; call_id: string; sender_id: string; body: string; created_at: Date },
    viewerId: string,
  ): Promise<CallChatMessage> {
    const sender = (await participants(ctx, [row.sender_id])).get(row.sender_id)!;
    return { id: String(row.id), callId: row.call_id, sender, mine: row.sender_id === viewerId, body: row.body, createdAt: new Date(row.created_at) };
  }

  private async openLockRow(ctx: RequestContext, conversationId: string): Promise<LockRow | null> {
    const [row] = await ctx.em.query(`SELECT * FROM chat_lock WHERE conversation_id = $1 AND state = 'OPEN'`, [conversationId]);
    return row ?? null;
  }

  private async insertMessage(
    ctx: RequestContext,
    conversation: ConversationRow,
    m: { senderId?: string; kind: MessageKind; systemType?: SystemMessageType; body: string; data?: Record<string, unknown>; unreadFor: string },
  ): Promise<MessageRow> {
    const now = ctx.app.clock.now();
    const [row] = await ctx.em.query(
      `INSERT INTO message (conversation_id, sender_id, kind, system_type, body, data, unread_for, created_at)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8) RETURNING *`,
      [conversation.id, m.senderId ?? null, m.kind, m.systemType ?? null, m.body, JSON.stringify(m.data ?? {}), m.unreadFor, now],
    );
    await ctx.em.query(`UPDATE conversation SET last_message_at = $2 WHERE id = $1`, [conversation.id, now]);
    ctx.afterCommit(() => {
      for (const accountId of [conversation.fan_id, conversation.creator_id]) {
        ctx.app.pubsub.publish('MESSAGE_ADDED', accountId, { messageId: String(row.id) });
      }
    });
    return row;
  }
}

async function participants(ctx: RequestContext, ids: string[]): Promise<Map<string, Participant>> {
  const rows: { id: string; display_name: string; handle: string }[] = await ctx.em.query(`SELECT id, display_name, handle FROM account WHERE id = ANY($1)`, [
    ids,
  ]);
  return new Map(rows.map((r) => [r.id, { id: r.id, displayName: r.display_name, handle: r.handle }]));
}

/** Trims and checks a text; control characters other than new lines are dropped. Stored as plain text. */
function cleanText(text: string, max: number, field: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = text.replace(/[\u0000-\u0009\u000B-\u001F\u007F]/g, '').trim();
  if (!cleaned) throw badInput(`${field} must not be empty.`, field);
  if (cleaned.length > max) throw badInput(`${field} must be at most ${max} characters long.`, field);
  return cleaned;
}

function toLock(row: LockRow): ChatLock {
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

function formatDuration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m ? `${m} min ${s} s` : `${s} s`;
}

const encodeCursor = (kind: string, ...parts: string[]) => Buffer.from(`${kind}|${parts.join('|')}`).toString('base64url');
function decodeCursor(cursor: string, kind: string): string[] {
  const parts = Buffer.from(cursor, 'base64url').toString().split('|');
  if (parts[0] !== kind || parts.length < 2) throw new AppError(ErrorCode.BAD_USER_INPUT, 'The cursor is not valid.');
  return parts.slice(1);
}
