import { Arg, Authorized, Ctx, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { CallLinkMay } from '../../common/call-link';
import type { RequestContext } from '../../common/context';
import { checkId, IdArg } from '../../common/ids';
import { subscribeWith } from '../../common/resolver-container';
import { CallChatService } from './call-chat.service';
import { CallChatMessage } from './messaging.types';

/** The temporary chat of a live call. */
@Resolver()
export class CallChatResolver {
  constructor(private readonly callChat: CallChatService) {}

  @CallLinkMay('call')
  @Authorized()
  @Mutation(() => CallChatMessage, { description: 'Writes in the temporary chat of your live call (1–500 characters); it disappears when the call ends.' })
  sendCallChatMessage(
    @IdArg('callId', { description: 'The live call.' }) callId: string,
    @Arg('text', { description: 'The message (plain text).' }) text: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CallChatMessage> {
    return this.callChat.send(ctx, callId, text);
  }

  @CallLinkMay('call')
  @Authorized()
  @Query(() => [CallChatMessage], { description: 'The temporary chat of your live call so far.' })
  callChatMessages(@IdArg('callId', { description: 'The call.' }) callId: string, @Ctx() ctx: RequestContext): Promise<CallChatMessage[]> {
    return this.callChat.messagesOf(ctx, callId);
  }

  @CallLinkMay('call')
  @Authorized()
  @Subscription(() => CallChatMessage, {
    subscribe: subscribeWith(CallChatResolver, (resolver, args: { callId: string }, ctx) => resolver.subscribe(ctx, args.callId)),
    description: 'Messages of the temporary chat of your call as they are written.',
  })
  async callChatMessageAdded(
    @IdArg('callId', { description: 'The call.' }) _callId: string,
    @Root() event: { id: string },
    @Ctx() ctx: RequestContext,
  ): Promise<CallChatMessage> {
    return (await this.callChat.message(ctx, event.id))!;
  }

  /** `callChatMessageAdded`'s stream: only the call's two parties may listen. */
  subscribe(ctx: RequestContext, callId: string) {
    return this.callChat.subscribe(ctx, checkId(callId, 'callId'));
  }
}
