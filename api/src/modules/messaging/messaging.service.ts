import { readPage, toConnection, type ConnectionPage } from '../../common/connection';
import type { RequestContext } from '../../common/context';
import type { RateLimit } from '../../common/rate-limit';
import type { EventPublisher, EventSubscriber } from '../../common/domain-events';
import type { MessagingEvents } from './messaging.events';
import { badInput, forbidden, notFound } from '../../common/errors';
import { isUuid } from '../../common/ids';
import type { PubSub } from '../../common/pubsub';
import type { BlocksService } from '../blocks';
import { CallState, type Call, type CallEvents } from '../calls';
import type { CreatorService } from '../creators';
import { Role, type IdentityService, type Person } from '../identity';
import { CallInvitationState, type CallInvitation } from './call-invitation.types';
import type { ChatRepository, InvitationRecord, LockRecord } from './chat.repository';
import type { ConversationRecord, ConversationRepository, MessageRecord, NewMessage } from './conversation.repository';
import { MessageKind, SystemMessageType, type ChatLock, type Conversation, type Message } from './messaging.types';

export const MESSAGE_MAX = 2000;
const CONVERSATIONS_MAX = 50;
const MESSAGES_MAX = 100;

export type SendOutcome = { kind: 'sent'; message: Message } | { kind: 'locked'; lock: ChatLock } | { kind: 'unavailable' };

/**
 * The messenger (DESIGN §6): one conversation per (fan, creator), text and system messages with per-side
 * read markers, and the record of every call (posted on CallFinished, in the call's transaction). Only the
 * two participants ever read or write a conversation. Chat locks and the temporary chat of a call are
 * ChatLockService and CallChatService.
 */
export class MessagingService {
  constructor(
    private readonly conversations: ConversationRepository,
    private readonly chats: ChatRepository,
    private readonly identity: IdentityService,
    private readonly creators: CreatorService,
    private readonly blocks: BlocksService,
    private readonly pubsub: PubSub,
    private readonly events: EventSubscriber<CallEvents> & EventPublisher<MessagingEvents>,
    private readonly messagesPerConversation: RateLimit,
  ) {
    events.subscribe('CallFinished', (ctx, { call }) => this.recordCall(ctx, call));
  }

  /** Finds or creates the pair's conversation (fan and creator order is fixed by the schema). */
  async conversationBetween(ctx: RequestContext, fanId: string, creatorId: string): Promise<ConversationRecord> {
    return (
      (await this.conversations.findPair(ctx, fanId, creatorId)) ??
      (await this.conversations.createPair(ctx, fanId, creatorId)) ??
      (await this.conversations.findPair(ctx, fanId, creatorId))!
    );
  }

  /** The conversation if the signed-in account takes part in it; NOT_FOUND for everyone else. */
  async conversationFor(ctx: RequestContext, conversationId: string, lock = false): Promise<ConversationRecord> {
    const viewer = ctx.requireViewer().account.id;
    const conversation = await this.conversations.find(ctx, conversationId, lock);
    if (!conversation || (conversation.fanId !== viewer && conversation.creatorId !== viewer)) throw notFound('Conversation');
    return conversation;
  }

  /** The signed-in fan's conversation with a creator, if they have one. */
  conversationWithCreator(ctx: RequestContext, creatorId: string): Promise<ConversationRecord | null> {
    return this.conversations.findPair(ctx, ctx.requireViewer().account.id, creatorId);
  }

  /**
   * Sends a text as the signed-in account. `sentBy` is set when an agency writes on the creator's behalf (the
   * context's viewer is then the creator): the fan sees the creator; the creator and staff see who wrote it.
   */
  async sendMessage(
    ctx: RequestContext,
    target: { creatorId?: string | null; conversationId?: string | null },
    text: string,
    sentBy: string | null = null,
  ): Promise<SendOutcome> {
    const viewer = ctx.requireViewer().account;
    const body = cleanText(text, MESSAGE_MAX, 'text');
    if (!!target.creatorId === !!target.conversationId) throw badInput('Give either creatorId or conversationId.');
    let conversation: ConversationRecord;
    if (target.conversationId) {
      conversation = await this.conversationFor(ctx, target.conversationId, true);
    } else {
      if (viewer.role !== Role.FAN) throw forbidden('Only fans start conversations with creators.');
      if (!(await this.identity.isActiveCreator(ctx, target.creatorId!))) throw notFound('Creator');
      const pair = await this.conversationBetween(ctx, viewer.id, target.creatorId!);
      conversation = (await this.conversations.find(ctx, pair.id, true))!;
    }
    const other = conversation.fanId === viewer.id ? conversation.creatorId : conversation.fanId;
    if (await this.blocks.isBlockedEitherWay(ctx, viewer.id, other)) return { kind: 'unavailable' };
    if (viewer.id === conversation.fanId) {
      const open = (await this.chats.openLocks(ctx, [conversation.id])).get(conversation.id);
      if (open) return { kind: 'locked', lock: toLock(open) };
    }
    await this.messagesPerConversation.consume(conversation.id);
    const unreadFor = viewer.id === conversation.fanId ? 'CREATOR' : 'FAN';
    const row = await this.post(ctx, conversation, { senderId: viewer.id, kind: MessageKind.TEXT, body, unreadFor, ...(sentBy ? { data: { sentBy } } : {}) });
    return { kind: 'sent', message: (await this.toMessages(ctx, [row], viewer.id))[0] };
  }

  /** How many conversations of each creator hold messages they have not read (an agency's panel). */
  unreadConversationsOfCreators(ctx: RequestContext, creatorIds: readonly string[]): Promise<Map<string, number>> {
    return this.conversations.unreadConversationsOfCreators(ctx, creatorIds);
  }

  /** Empties the texts the account wrote (account deletion); the conversations stay for the other party. */
  eraseTextsOf(ctx: RequestContext, accountId: string): Promise<number> {
    return this.conversations.eraseTextsOf(ctx, accountId);
  }

  async markRead(ctx: RequestContext, conversationId: string): Promise<ConversationRecord> {
    const viewer = ctx.requireViewer().account.id;
    const conversation = await this.conversationFor(ctx, conversationId, true);
    const read = await this.conversations.markRead(ctx, conversation.id, conversation.fanId === viewer ? 'FAN' : 'CREATOR');
    ctx.afterCommit(() => this.pubsub.publish('CONVERSATION_READ', viewer, { conversationId }));
    return read;
  }

  /**
   * The signed-in account's conversations, most recent first, with everything the list shows, in a constant
   * number of queries whatever the page size. Blocked pairs disappear from both sides' lists.
   */
  async conversationsPage(ctx: RequestContext, first: number, after: string | null): Promise<ConnectionPage<Conversation>> {
    const viewer = ctx.requireViewer().account.id;
    const hidden = await this.blocks.separatedFrom(ctx, viewer);
    const page = await readPage(
      {
        kind: 'conversation',
        first,
        max: CONVERSATIONS_MAX,
        after,
        validKey: (key) => key.length === 2 && !Number.isNaN(Date.parse(key[0])) && isUuid(key[1]),
      },
      (c: ConversationRecord) => [c.lastMessageAt!.toISOString(), c.id],
      (key, limit) => this.conversations.pageOf(ctx, viewer, hidden, key ? [key[0], key[1]] : null, limit),
    );
    return toConnection(page, await this.views(ctx, page.rows));
  }

  /**
   * Views of conversations for the signed-in account, batched: participants, last messages (and their locks),
   * unread counts, open locks and the creators' availability each cost one query for all of them.
   */
  async views(ctx: RequestContext, rows: readonly ConversationRecord[]): Promise<Conversation[]> {
    if (!rows.length) return [];
    const viewer = ctx.requireViewer().account.id;
    const ids = rows.map((r) => r.id);
    const people = await this.identity.people(
      ctx,
      rows.flatMap((r) => [r.fanId, r.creatorId]),
    );
    const last = await this.conversations.lastMessages(ctx, ids);
    const lastViews = new Map((await this.toMessages(ctx, [...last.values()], viewer, people)).map((m) => [m.conversationId, m]));
    const unread = await this.conversations.unreadCounts(ctx, ids, viewer);
    const open = await this.chats.openLocks(ctx, ids);
    const availability = await this.creators.availabilityOfMany(
      ctx,
      rows.map((r) => r.creatorId),
    );
    return rows.map((row) => ({
      id: row.id,
      fan: people.get(row.fanId)!,
      creator: people.get(row.creatorId)!,
      other: people.get(row.fanId === viewer ? row.creatorId : row.fanId)!,
      lastMessage: lastViews.get(row.id) ?? null,
      unreadCount: unread.get(row.id) ?? 0,
      openLock: open.has(row.id) ? toLock(open.get(row.id)!) : null,
      lastMessageAt: row.lastMessageAt,
      creatorAvailability: availability.get(row.creatorId) ?? null,
    }));
  }

  async view(ctx: RequestContext, row: ConversationRecord): Promise<Conversation> {
    return (await this.views(ctx, [row]))[0];
  }

  /** A conversation's messages, newest first (only for its participants). */
  async messagesPage(ctx: RequestContext, conversationId: string, first: number, after: string | null): Promise<ConnectionPage<Message>> {
    const viewer = ctx.requireViewer().account.id;
    const conversation = await this.conversationFor(ctx, conversationId);
    const page = await readPage(
      { kind: 'message', first, max: MESSAGES_MAX, after, validKey: (key) => key.length === 1 && /^\d+$/.test(key[0]) },
      (m: MessageRecord) => [m.id],
      (key, limit) => this.conversations.messagesOf(ctx, conversation.id, key?.[0] ?? null, limit),
    );
    return toConnection(page, await this.toMessages(ctx, page.rows, viewer));
  }

  async messageById(ctx: RequestContext, id: string): Promise<Message | null> {
    const row = await this.conversations.message(ctx, id);
    return row ? (await this.toMessages(ctx, [row], ctx.requireViewer().account.id))[0] : null;
  }

  /** The newest messages of a conversation, oldest first, for staff judging a report about it. */
  async messagesForStaff(ctx: RequestContext, conversationId: string, limit = 100): Promise<Message[]> {
    const rows = await this.conversations.messagesOf(ctx, conversationId, null, limit);
    return this.toMessages(ctx, rows.reverse(), ctx.requireViewer().account.id);
  }

  /** Posts a message and tells both participants once the transaction commits. */
  async post(ctx: RequestContext, conversation: ConversationRecord, message: NewMessage): Promise<MessageRecord> {
    const row = await this.conversations.insertMessage(ctx, conversation.id, message, ctx.clock.now());
    if (message.senderId) {
      const recipientId = message.senderId === conversation.fanId ? conversation.creatorId : conversation.fanId;
      await this.events.publish(ctx, 'TextMessagePosted', { conversationId: conversation.id, messageId: row.id, senderId: message.senderId, recipientId });
    }
    ctx.afterCommit(() => {
      for (const accountId of [conversation.fanId, conversation.creatorId]) this.pubsub.publish('MESSAGE_ADDED', accountId, { messageId: row.id });
    });
    return row;
  }

  /** Tells the fan the creator left the chat (the creator's presence in it ran out; see ChatPresenceService). */
  async postCreatorLeft(ctx: RequestContext, conversationId: string): Promise<void> {
    const conversation = await this.conversations.find(ctx, conversationId);
    if (!conversation) return;
    const creator = (await this.identity.people(ctx, [conversation.creatorId])).get(conversation.creatorId);
    await this.post(ctx, conversation, {
      kind: MessageKind.SYSTEM,
      systemType: SystemMessageType.CREATOR_LEFT_CHAT,
      body: `${creator?.displayName ?? 'The creator'} left the chat.`,
      unreadFor: 'NONE',
    });
  }

  /** Posts a finished call's record in the pair's conversation (on CallFinished, in the call's transaction). */
  private async recordCall(ctx: RequestContext, call: Readonly<Call>): Promise<void> {
    const conversation = await this.conversationBetween(ctx, call.fanId, call.creatorId);
    const record = {
      callId: call.id,
      kind: call.kind,
      state: call.state,
      startedAt: call.createdAt.toISOString(),
      durationSeconds: call.billedSeconds ?? 0,
      tokens: call.chargedTokens,
    };
    const kindWord = call.kind === 'AUDIO' ? 'Audio call' : 'Video call';
    if (call.state === CallState.MISSED) {
      await this.post(ctx, conversation, {
        kind: MessageKind.SYSTEM,
        systemType: SystemMessageType.MISSED_CALL,
        body: `Missed ${kindWord.toLowerCase()}.`,
        data: record,
        unreadFor: 'CREATOR',
      });
    } else if (call.state === CallState.ENDED) {
      await this.post(ctx, conversation, {
        kind: MessageKind.SYSTEM,
        systemType: SystemMessageType.CALL_ENDED,
        body: `${kindWord} — ${formatDuration(record.durationSeconds)}, ${record.tokens} tokens.`,
        data: record,
        unreadFor: 'NONE',
      });
    } else {
      await this.post(ctx, conversation, {
        kind: MessageKind.SYSTEM,
        systemType: SystemMessageType.CALL_NOT_CONNECTED,
        body: `${kindWord} ${call.state === CallState.DECLINED ? 'declined' : call.state === CallState.CANCELLED ? 'cancelled' : 'did not connect'}; no tokens charged.`,
        data: record,
        unreadFor: 'NONE',
      });
    }
  }

  /** Views of many messages: their senders and locks in one query each, whatever their number. */
  async toMessages(ctx: RequestContext, rows: readonly MessageRecord[], viewerId: string, known?: Map<string, Person>): Promise<Message[]> {
    // Who wrote for a creator is the creator's and staff's to know, never the fan's.
    const showsAgents = ctx.viewer?.account.role !== Role.FAN;
    const agentIds = showsAgents ? rows.flatMap((r) => (typeof r.data.sentBy === 'string' ? [r.data.sentBy] : [])) : [];
    const senderIds = [...rows.flatMap((r) => (r.senderId && !known?.has(r.senderId) ? [r.senderId] : [])), ...agentIds];
    const senders = senderIds.length ? new Map([...(known ?? []), ...(await this.identity.people(ctx, senderIds))]) : (known ?? new Map<string, Person>());
    const locks = await this.chats.locks(
      ctx,
      rows.flatMap((r) => (typeof r.data.lockId === 'string' ? [r.data.lockId] : [])),
    );
    const invitations = await this.chats.invitations(
      ctx,
      rows.flatMap((r) => (typeof r.data.invitationId === 'string' ? [r.data.invitationId] : [])),
    );
    const now = ctx.clock.now();
    return rows.map((row) => {
      const data = row.data;
      const lock = typeof data.lockId === 'string' ? locks.get(data.lockId) : undefined;
      const invitation = typeof data.invitationId === 'string' ? invitations.get(data.invitationId) : undefined;
      return {
        id: row.id,
        conversationId: row.conversationId,
        kind: row.kind,
        systemType: row.systemType,
        sender: row.senderId ? senders.get(row.senderId)! : null,
        mine: row.senderId === viewerId,
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
        lock: lock ? toLock(lock) : null,
        invitation: invitation ? toInvitationView(invitation, now) : null,
        sentOnBehalfBy: showsAgents && typeof data.sentBy === 'string' ? (senders.get(data.sentBy) ?? null) : null,
        createdAt: row.createdAt,
      };
    });
  }
}

/** Trims and checks a text; control characters other than new lines are dropped. Stored as plain text. */
export function cleanText(text: string, max: number, field: string): string {
  // eslint-disable-next-line no-control-regex -- dropping control characters is the point
  const cleaned = text.replace(/[\u0000-\u0009\u000B-\u001F\u007F]/g, '').trim();
  if (!cleaned) throw badInput(`${field} must not be empty.`, field);
  if (cleaned.length > max) throw badInput(`${field} must be at most ${max} characters long.`, field);
  return cleaned;
}

export function toLock(row: LockRecord): ChatLock {
  return { ...row };
}

/** An invitation as both participants see it: an open one past its expiry has expired. */
export function toInvitationView(row: InvitationRecord, now: Date): CallInvitation {
  const state = row.state === 'ACCEPTED' ? CallInvitationState.ACCEPTED : row.expiresAt <= now ? CallInvitationState.EXPIRED : CallInvitationState.OPEN;
  return {
    id: row.id,
    conversationId: row.conversationId,
    kind: row.kind,
    pricePerMinute: row.pricePerMinute,
    state,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    callId: row.callId,
  };
}

function formatDuration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m ? `${m} min ${s} s` : `${s} s`;
}
