import { randomUUID } from 'node:crypto';
import { Repeater } from '@graphql-yoga/subscription';
import type { ContextFactory, RequestContext } from '../../common/context';
import type { PubSub } from '../../common/pubsub';
import type { UnitOfWork } from '../../common/unit-of-work';
import type { PresenceStore } from '../availability';
import type { MessagingService } from './messaging.service';
import type { ChatPresence } from './messaging.types';

/**
 * Whether the creator is in a conversation now (seed 002: "the customer will receive an announcement that you
 * have left the chat"). The creator is in it while one of their chat windows on it is open — their own, or their
 * agency's panel on it — each an open `chatPresence` subscription; and for the usual presence grace after the
 * last one closes, so a reload does not flicker. When the grace runs out the fan gets a "left the chat" line in
 * the conversation; coming back shows the creator in the chat again.
 *
 * The conversations are kept in a PresenceStore of their own (keys are conversation ids, sources are open
 * windows): this process's memory, or Redis with REDIS_URL, where a store's change is heard on one process only,
 * so the line is posted once. The store stops with the creators' one (app.ts hands it to PresenceService).
 */
export class ChatPresenceService {
  constructor(
    private readonly store: PresenceStore,
    private readonly graceMs: number,
    private readonly messaging: MessagingService,
    private readonly pubsub: PubSub,
    private readonly contexts: ContextFactory,
    private readonly uow: UnitOfWork,
  ) {
    store.onChange((conversationId, present) => this.changed(conversationId, present));
  }

  /** Whether the creator (or their agency) has the conversation open now, or left it less than the grace ago. */
  creatorInChat(conversationId: string): boolean {
    return this.store.isOnline(conversationId);
  }

  /**
   * The signed-in participant opens the conversation: a stream of the creator's presence in it, starting with
   * how it is now. When the viewer is the conversation's creator (an agency acts as the creator), the creator is
   * in the chat while the stream is open. NOT_FOUND for anyone outside the conversation.
   */
  async open(ctx: RequestContext, conversationId: string): Promise<AsyncIterable<ChatPresence>> {
    const conversation = await this.messaging.conversationFor(ctx, conversationId);
    const holds = ctx.requireViewer().account.id === conversation.creatorId;
    const source = `window:${randomUUID()}`;
    return new Repeater<ChatPresence>(async (push, stop) => {
      const changes = this.pubsub.subscribe('CHAT_PRESENCE_CHANGED', conversation.id)[Symbol.asyncIterator]();
      void (async () => {
        try {
          for (let next = await changes.next(); !next.done; next = await changes.next()) await push(next.value);
        } catch {
          // the stream ended with its subscriber
        }
      })();
      if (holds) await this.store.hold(conversation.id, source);
      // The creator's own window is the creator in the chat, whatever a shared store has heard of it yet.
      await push({ conversationId: conversation.id, creatorInChat: holds || this.creatorInChat(conversation.id) });
      await stop;
      void changes.return?.();
      if (holds) await (this.graceMs > 0 ? this.store.hold(conversation.id, source, this.graceMs) : this.store.drop(conversation.id, source));
    });
  }

  private changed(conversationId: string, present: boolean): void {
    this.pubsub.publish('CHAT_PRESENCE_CHANGED', conversationId, { conversationId, creatorInChat: present });
    if (present) return;
    const ctx = this.contexts.system('chat-presence', { requestId: `chat-presence-${conversationId}` });
    this.uow
      .run(ctx, (tx) => this.messaging.postCreatorLeft(tx, conversationId))
      .catch((err) => ctx.log.warn({ err, conversationId }, 'could not post that the creator left the chat'));
  }
}
