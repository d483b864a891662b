import type { RequestContext } from '../../common/context';
import type { RateLimit } from '../../common/rate-limit';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { isUniqueViolation } from '../../db/errors';
import type { CreatorService } from '../creators';
import { InsufficientTokensError, TransferKind, type AgencyCutSource, type LedgerService } from '../ledger';
import type { SpendingLimitsService } from '../spending';
import type { ChatRepository } from './chat.repository';
import { cleanText, toLock, type MessagingService } from './messaging.service';
import { ChatLockState, MessageKind, SystemMessageType, type ChatLock } from './messaging.types';

export const LOCK_DESCRIPTION_MAX = 500;

export type UnlockOutcome = { kind: 'paid'; lock: ChatLock } | { kind: 'needs'; required: number; available: number };

/** Paid chat locks (DESIGN §6): the creator locks a chat for a price; the fan pays it once to write again. */
export class ChatLockService {
  constructor(
    private readonly chats: ChatRepository,
    private readonly messaging: MessagingService,
    private readonly ledger: LedgerService,
    private readonly creators: CreatorService,
    private readonly settings: { commissionBps: number; maxCallPrice: number },
    private readonly locksPerConversation: RateLimit,
    private readonly agencyCuts: AgencyCutSource,
    private readonly spending: SpendingLimitsService,
  ) {}

  /** The creator (or, with `sentBy`, their agency acting as them) locks the chat for a price. */
  async lockChat(ctx: RequestContext, conversationId: string, price: number, description: string, sentBy: string | null = null): Promise<ChatLock> {
    const viewer = ctx.requireViewer().account.id;
    const text = cleanText(description, LOCK_DESCRIPTION_MAX, 'description');
    const max = this.settings.maxCallPrice * 10;
    if (!Number.isInteger(price) || price < 1 || price > max) throw badInput(`price must be a whole number of tokens from 1 to ${max}.`, 'price');
    const conversation = await this.messaging.conversationFor(ctx, conversationId, true);
    if (conversation.creatorId !== viewer) throw forbidden('Only the creator can lock a chat.');
    await this.locksPerConversation.consume(conversation.id);
    let lock;
    try {
      lock = await this.chats.insertLock(ctx, conversation.id, price, text, ctx.clock.now());
    } catch (err) {
      if (isUniqueViolation(err) === 'chat_lock_one_open') throw conflict('This chat already has an open lock; withdraw it first.');
      throw err;
    }
    await this.messaging.post(ctx, conversation, {
      kind: MessageKind.SYSTEM,
      systemType: SystemMessageType.CHAT_LOCKED,
      body: `Chat locked: ${price} tokens to unlock — ${text}`,
      data: { lockId: lock.id, ...(sentBy ? { sentBy } : {}) },
      unreadFor: 'FAN',
    });
    return toLock(lock);
  }

  /** The fan pays a lock, once: the ledger key is the lock's, so a repeat changes nothing. */
  async unlockChat(ctx: RequestContext, lockId: string): Promise<UnlockOutcome> {
    const viewer = ctx.requireViewer().account.id;
    const lock = await this.chats.lockForUpdate(ctx, lockId);
    if (!lock) throw notFound('Chat lock');
    const conversation = await this.messaging.conversationFor(ctx, lock.conversationId, true).catch(() => {
      throw notFound('Chat lock');
    });
    if (conversation.fanId !== viewer) throw forbidden('Only the fan of this chat can pay its lock.');
    if (lock.state === ChatLockState.PAID) return { kind: 'paid', lock: toLock(lock) };
    if (lock.state !== ChatLockState.OPEN) throw conflict('This lock was withdrawn; there is nothing to pay.');
    // The fan's own limits (daily limit, self-exclusion) refuse with a typed error before anything moves.
    await this.spending.assertCanSpend(ctx, conversation.fanId, lock.price);
    let transferId: string;
    try {
      // A refusal (not enough tokens) is survived: the ledger runs in a savepoint of this transaction.
      transferId = (
        await this.ledger.pay(ctx, {
          key: `chat-lock:${lock.id}:unlock`,
          kind: TransferKind.CHAT_UNLOCK,
          fanId: conversation.fanId,
          creatorId: conversation.creatorId,
          amount: lock.price,
          commissionBps: await this.creators.commissionOf(ctx, conversation.creatorId, this.settings.commissionBps),
          agency: await this.agencyCuts.agencyCutOf(ctx, conversation.creatorId),
          reference: `chat-lock:${lock.id}`,
          memo: 'Chat unlock',
        })
      ).transferId;
    } catch (err) {
      if (err instanceof InsufficientTokensError) return { kind: 'needs', required: lock.price, available: err.available };
      throw err;
    }
    const now = ctx.clock.now();
    await this.chats.resolveLock(ctx, lock.id, ChatLockState.PAID, now, transferId);
    await this.messaging.post(ctx, conversation, {
      kind: MessageKind.SYSTEM,
      systemType: SystemMessageType.CHAT_UNLOCKED,
      body: `Chat unlocked for ${lock.price} tokens.`,
      data: { lockId: lock.id },
      unreadFor: 'CREATOR',
    });
    return { kind: 'paid', lock: toLock({ ...lock, state: ChatLockState.PAID, resolvedAt: now }) };
  }

  async withdrawChatLock(ctx: RequestContext, lockId: string, sentBy: string | null = null): Promise<ChatLock> {
    const viewer = ctx.requireViewer().account.id;
    const lock = await this.chats.lockForUpdate(ctx, lockId);
    if (!lock) throw notFound('Chat lock');
    const conversation = await this.messaging.conversationFor(ctx, lock.conversationId, true).catch(() => {
      throw notFound('Chat lock');
    });
    if (conversation.creatorId !== viewer) throw forbidden('Only the creator can withdraw a lock.');
    if (lock.state !== ChatLockState.OPEN) throw conflict(`This lock is ${lock.state.toLowerCase()}; only an open lock can be withdrawn.`);
    const now = ctx.clock.now();
    await this.chats.resolveLock(ctx, lock.id, ChatLockState.WITHDRAWN, now);
    await this.messaging.post(ctx, conversation, {
      kind: MessageKind.SYSTEM,
      systemType: SystemMessageType.CHAT_LOCK_WITHDRAWN,
      body: 'The chat lock was withdrawn.',
      data: { lockId: lock.id, ...(sentBy ? { sentBy } : {}) },
      unreadFor: 'FAN',
    });
    return toLock({ ...lock, state: ChatLockState.WITHDRAWN, resolvedAt: now });
  }
}
