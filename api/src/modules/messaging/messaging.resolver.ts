import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { IdArg } from '../../common/ids';
import { Role } from '../identity';
import { ChatLockService } from './chat-lock.service';
import { MessagingService } from './messaging.service';
import {
  ChatLock,
  ChatLocked,
  Conversation,
  ConversationConnection,
  Message,
  MessageConnection,
  RecipientUnavailable,
  SendMessageResult,
  UnlockChatResult,
  UnlockNeedsTokens,
} from './messaging.types';

@Resolver(() => Conversation)
export class MessagingResolver {
  constructor(
    private readonly messaging: MessagingService,
    private readonly locks: ChatLockService,
  ) {}

  @Authorized(Role.FAN, Role.CREATOR)
  @Query(() => ConversationConnection, { description: 'Your conversations, most recent first, with their last message and unread count.' })
  conversations(
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–50.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last conversation of the previous page (`pageInfo.endCursor`).' })
    after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ConversationConnection> {
    return this.messaging.conversationsPage(ctx, first, after);
  }

  @Authorized(Role.FAN, Role.CREATOR)
  @Query(() => Conversation, { description: 'One of your conversations.' })
  async conversation(@IdArg('id', { description: 'The conversation id.' }) id: string, @Ctx() ctx: RequestContext): Promise<Conversation> {
    return this.messaging.view(ctx, await this.messaging.conversationFor(ctx, id));
  }

  @Authorized(Role.FAN)
  @Query(() => Conversation, { nullable: true, description: 'Your conversation with a creator, if you have written to each other.' })
  async conversationWithCreator(
    @IdArg('creatorId', { description: 'The creator.' }) creatorId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Conversation | null> {
    const row = await this.messaging.conversationWithCreator(ctx, creatorId);
    return row ? this.messaging.view(ctx, row) : null;
  }

  @FieldResolver(() => MessageConnection, { description: 'Messages, newest first.' })
  messages(
    @Root() conversation: Conversation,
    @Arg('first', () => Int, { defaultValue: 30, description: 'Page size, 1–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last (oldest) message of the previous page: older messages follow.' })
    after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<MessageConnection> {
    return this.messaging.messagesPage(ctx, conversation.id, first, after);
  }

  @Authorized(Role.FAN, Role.CREATOR)
  @Mutation(() => SendMessageResult, {
    description:
      'Sends a text (1–2000 characters, plain text) to a creator (starting the conversation) or in a conversation. A fan facing an open chat lock gets ChatLocked.',
  })
  async sendMessage(
    @Arg('text', { description: 'The message (plain text).' }) text: string,
    @IdArg('creatorId', { nullable: true, description: 'The creator to write to (fans).' }) creatorId: string | null,
    @IdArg('conversationId', { nullable: true, description: 'The conversation to write in.' }) conversationId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<typeof SendMessageResult> {
    const outcome = await this.messaging.sendMessage(ctx, { creatorId, conversationId }, text);
    if (outcome.kind === 'sent') return Object.assign(new Message(), outcome.message);
    if (outcome.kind === 'locked') return Object.assign(new ChatLocked(), { lock: outcome.lock });
    return Object.assign(new RecipientUnavailable(), { message: 'This message could not be delivered.' });
  }

  @Authorized(Role.FAN, Role.CREATOR)
  @Mutation(() => Conversation, { description: 'Marks everything in the conversation as read by you.' })
  async markConversationRead(
    @IdArg('conversationId', { description: 'The conversation.' }) conversationId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Conversation> {
    return this.messaging.view(ctx, await this.messaging.markRead(ctx, conversationId));
  }

  @Authorized(Role.CREATOR)
  @Mutation(() => ChatLock, { description: 'Locks the chat: the fan must pay `price` tokens to write again. One open lock at a time.' })
  lockChat(
    @IdArg('conversationId', { description: 'The conversation.' }) conversationId: string,
    @Arg('price', () => Int, { description: 'Tokens to unlock.' }) price: number,
    @Arg('description', { description: 'What comes once it is paid (plain text, up to 500 characters).' }) description: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ChatLock> {
    return this.locks.lockChat(ctx, conversationId, price, description);
  }

  @Authorized(Role.FAN)
  @Mutation(() => UnlockChatResult, { description: 'Pays an open lock from your wallet (once; repeating it changes nothing).' })
  async unlockChat(@IdArg('lockId', { description: 'The lock.' }) lockId: string, @Ctx() ctx: RequestContext): Promise<typeof UnlockChatResult> {
    const outcome = await this.locks.unlockChat(ctx, lockId);
    if (outcome.kind === 'paid') return Object.assign(new ChatLock(), outcome.lock);
    return Object.assign(new UnlockNeedsTokens(), { required: outcome.required, available: outcome.available, needed: outcome.required - outcome.available });
  }

  @Authorized(Role.CREATOR)
  @Mutation(() => ChatLock, { description: 'Withdraws an open lock.' })
  withdrawChatLock(@IdArg('lockId', { description: 'The lock.' }) lockId: string, @Ctx() ctx: RequestContext): Promise<ChatLock> {
    return this.locks.withdrawChatLock(ctx, lockId);
  }

  @Authorized(Role.FAN, Role.CREATOR)
  @Subscription(() => Message, {
    topics: 'MESSAGE_ADDED',
    topicId: ({ context }: { context: RequestContext }) => context.requireViewer().account.id,
    description: 'Every new message in your conversations (texts and system records).',
  })
  async messageAdded(@Root() event: { messageId: string }, @Ctx() ctx: RequestContext): Promise<Message> {
    return (await this.messaging.messageById(ctx, event.messageId))!;
  }
}
