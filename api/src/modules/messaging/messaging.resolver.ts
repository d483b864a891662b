import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { findCreatorRecord } from '../creators/creator-record';
import { Role } from '../identity/account.entity';
import { CreatorAvailabilityView } from '../availability/availability.types';
import {
  CallChatMessage,
  ChatLock,
  ChatLocked,
  Conversation,
  ConversationPage,
  Message,
  MessagePage,
  Participant,
  RecipientUnavailable,
  SendMessageResult,
  UnlockChatResult,
  UnlockNeedsTokens,
} from './messaging.types';

@Resolver(() => Conversation)
export class MessagingResolver {
  @Authorized(Role.FAN, Role.CREATOR)
  @Query(() => ConversationPage, { description: 'Your conversations, most recent first, with their last message and unread count.' })
  async conversations(
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–50.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor from the previous page.' }) after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ConversationPage> {
    const page = await ctx.app.messaging.conversations(ctx, first, after);
    return { items: await Promise.all(page.items.map((c) => ctx.app.messaging.toConversation(ctx, c))), nextCursor: page.nextCursor };
  }

  @Authorized(Role.FAN, Role.CREATOR)
  @Query(() => Conversation, { description: 'One of your conversations.' })
  async conversation(@Arg('id', () => ID, { description: 'The conversation id.' }) id: string, @Ctx() ctx: RequestContext): Promise<Conversation> {
    return ctx.app.messaging.toConversation(ctx, await ctx.app.messaging.conversationFor(ctx, id));
  }

  @Authorized(Role.FAN)
  @Query(() => Conversation, { nullable: true, description: 'Your conversation with a creator, if you have written to each other.' })
  async conversationWithCreator(
    @Arg('creatorId', () => ID, { description: 'The creator.' }) creatorId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Conversation | null> {
    const [row] = await ctx.em
      .query(`SELECT * FROM conversation WHERE fan_id = $1 AND creator_id = $2`, [ctx.requireViewer().account.id, creatorId])
      .catch(() => []);
    return row ? ctx.app.messaging.toConversation(ctx, row) : null;
  }

  @FieldResolver(() => MessagePage, { description: 'Messages, newest first.' })
  async messages(
    @Root() conversation: Conversation,
    @Arg('first', () => Int, { defaultValue: 30, description: 'Page size, 1–100.' }) first: number,
    @Arg('before', () => String, { nullable: true, description: 'Cursor from the previous page (older messages).' }) before: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<MessagePage> {
    return ctx.app.messaging.messages(ctx, await ctx.app.messaging.conversationFor(ctx, conversation.id), first, before);
  }

  @FieldResolver(() => CreatorAvailabilityView, { nullable: true, description: 'The creator’s live availability for calls.' })
  async creatorAvailability(@Root() conversation: Conversation, @Ctx() ctx: RequestContext): Promise<CreatorAvailabilityView | null> {
    const record = await findCreatorRecord(ctx, conversation.creatorId);
    return record ? ((await ctx.app.availability.availabilityOfCreator(ctx, record)) as CreatorAvailabilityView) : null;
  }

  @Authorized(Role.FAN, Role.CREATOR)
  @Mutation(() => SendMessageResult, {
    description:
      'Sends a text (1–2000 characters, plain text) to a creator (starting the conversation) or in a conversation. A fan facing an open chat lock gets ChatLocked.',
  })
  async sendMessage(
    @Arg('text', { description: 'The message (plain text).' }) text: string,
    @Arg('creatorId', () => ID, { nullable: true, description: 'The creator to write to (fans).' }) creatorId: string | null,
    @Arg('conversationId', () => ID, { nullable: true, description: 'The conversation to write in.' }) conversationId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<typeof SendMessageResult> {
    const outcome = await ctx.app.messaging.sendMessage(ctx, { creatorId, conversationId }, text);
    if (outcome.kind === 'sent') return Object.assign(new Message(), outcome.message);
    if (outcome.kind === 'locked') return Object.assign(new ChatLocked(), { lock: outcome.lock });
    return Object.assign(new RecipientUnavailable(), { message: 'This message could not be delivered.' });
  }

  @Authorized(Role.FAN, Role.CREATOR)
  @Mutation(() => Conversation, { description: 'Marks everything in the conversation as read by you.' })
  async markConversationRead(
    @Arg('conversationId', () => ID, { description: 'The conversation.' }) conversationId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Conversation> {
    return ctx.app.messaging.toConversation(ctx, await ctx.app.messaging.markRead(ctx, conversationId));
  }

  @Authorized(Role.CREATOR)
  @Mutation(() => ChatLock, { description: 'Locks the chat: the fan must pay `price` tokens to write again. One open lock at a time.' })
  lockChat(
    @Arg('conversationId', () => ID, { description: 'The conversation.' }) conversationId: string,
    @Arg('price', () => Int, { description: 'Tokens to unlock.' }) price: number,
    @Arg('description', { description: 'What comes once it is paid (plain text, up to 500 characters).' }) description: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ChatLock> {
    return ctx.app.messaging.lockChat(ctx, conversationId, price, description);
  }

  @Authorized(Role.FAN)
  @Mutation(() => UnlockChatResult, { description: 'Pays an open lock from your wallet (once; repeating it changes nothing).' })
  async unlockChat(@Arg('lockId', () => ID, { description: 'The lock.' }) lockId: string, @Ctx() ctx: RequestContext): Promise<typeof UnlockChatResult> {
    const outcome = await ctx.app.messaging.unlockChat(ctx, lockId);
    if (outcome.kind === 'paid') return Object.assign(new ChatLock(), outcome.lock);
    return Object.assign(new UnlockNeedsTokens(), { required: outcome.required, available: outcome.available, needed: outcome.required - outcome.available });
  }

  @Authorized(Role.CREATOR)
  @Mutation(() => ChatLock, { description: 'Withdraws an open lock.' })
  withdrawChatLock(@Arg('lockId', () => ID, { description: 'The lock.' }) lockId: string, @Ctx() ctx: RequestContext): Promise<ChatLock> {
    return ctx.app.messaging.withdrawChatLock(ctx, lockId);
  }

  @Authorized(Role.FAN, Role.CREATOR)
  @Mutation(() => Boolean, { description: 'Blocks an account: no messages or calls between you, and neither sees the other in lists.' })
  blockAccount(@Arg('accountId', () => ID, { description: 'Who to block.' }) accountId: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.app.messaging.block(ctx, accountId);
  }

  @Authorized(Role.FAN, Role.CREATOR)
  @Mutation(() => Boolean, { description: 'Lifts a block you set.' })
  unblockAccount(@Arg('accountId', () => ID, { description: 'Who to unblock.' }) accountId: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.app.messaging.unblock(ctx, accountId);
  }

  @Authorized(Role.FAN, Role.CREATOR)
  @Query(() => [Participant], { description: 'The accounts you blocked.' })
  blockedAccounts(@Ctx() ctx: RequestContext): Promise<Participant[]> {
    return ctx.app.messaging.blockedAccounts(ctx);
  }

  @Authorized(Role.FAN, Role.CREATOR)
  @Subscription(() => Message, {
    topics: 'MESSAGE_ADDED',
    topicId: ({ context }: { context: RequestContext }) => context.requireViewer().account.id,
    description: 'Every new message in your conversations (texts and system records).',
  })
  async messageAdded(@Root() event: { messageId: string }, @Ctx() ctx: RequestContext): Promise<Message> {
    return (await ctx.app.messaging.messageById(ctx, event.messageId))!;
  }

  // ---- the temporary chat of a call ----

  @Authorized()
  @Mutation(() => CallChatMessage, { description: 'Writes in the temporary chat of your live call (1–500 characters); it disappears when the call ends.' })
  async sendCallChatMessage(
    @Arg('callId', () => ID, { description: 'The live call.' }) callId: string,
    @Arg('text', { description: 'The message (plain text).' }) text: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CallChatMessage> {
    return ctx.transaction(async (tx) => tx.app.messaging.sendCallChatMessage(tx, await tx.app.calls.callFor(tx, callId), text));
  }

  @Authorized()
  @Query(() => [CallChatMessage], { description: 'The temporary chat of your live call so far.' })
  async callChatMessages(@Arg('callId', () => ID, { description: 'The call.' }) callId: string, @Ctx() ctx: RequestContext): Promise<CallChatMessage[]> {
    const call = await ctx.app.calls.callFor(ctx, callId);
    return ctx.app.messaging.callChatMessages(ctx, call.id, ctx.requireViewer().account.id);
  }

  @Authorized()
  @Subscription(() => CallChatMessage, {
    subscribe: async ({ args, context }) => {
      const ctx = context as RequestContext;
      await ctx.app.calls.callFor(ctx, args.callId as string); // only the two parties may listen
      return ctx.app.pubsub.subscribe('CALL_CHAT_MESSAGE', args.callId as string);
    },
    description: 'Messages of the temporary chat of your call as they are written.',
  })
  async callChatMessageAdded(
    @Arg('callId', () => ID, { description: 'The call.' }) _callId: string,
    @Root() event: { id: string },
    @Ctx() ctx: RequestContext,
  ): Promise<CallChatMessage> {
    return (await ctx.app.messaging.callChatMessage(ctx, event.id, ctx.requireViewer().account.id))!;
  }
}
