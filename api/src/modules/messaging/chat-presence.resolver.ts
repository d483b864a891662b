import { Authorized, FieldResolver, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { checkId, IdArg } from '../../common/ids';
import { subscribeWith } from '../../common/resolver-container';
import { Role } from '../identity';
import { ChatPresenceService } from './chat-presence.service';
import { ChatPresence, Conversation } from './messaging.types';

/** The creator's presence in a conversation: the field the fan reads, and the stream each side keeps open. */
@Resolver(() => Conversation)
export class ChatPresenceResolver {
  constructor(private readonly presence: ChatPresenceService) {}

  @FieldResolver(() => Boolean, { description: 'True while the creator (or their agency’s panel) has this conversation open, and for a short grace after.' })
  creatorInChat(@Root() conversation: Conversation): boolean {
    return this.presence.creatorInChat(conversation.id);
  }

  @Authorized(Role.FAN, Role.CREATOR)
  @Subscription(() => ChatPresence, {
    description:
      'Keep this open while a conversation is on screen. It gives the creator’s presence in it now and on every change. For the creator it is their presence: while it is open the fan sees them in the chat; once it closes (after a short grace) the fan gets a “left the chat” line.',
    subscribe: subscribeWith(ChatPresenceResolver, (resolver, args: { conversationId: string }, ctx) => resolver.open(ctx, args.conversationId)),
  })
  chatPresence(@IdArg('conversationId', { description: 'The conversation on screen.' }) _conversationId: string, @Root() presence: ChatPresence): ChatPresence {
    return presence;
  }

  /** The stream; NOT_FOUND outside the conversation (subscribe runs before @Authorized, so the service checks). */
  open(ctx: RequestContext, conversationId: string): Promise<AsyncIterable<ChatPresence>> {
    return this.presence.open(ctx, checkId(conversationId, 'conversationId'));
  }
}
