import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { checkId, IdArg, IdsArg } from '../../common/ids';
import { subscribeWith } from '../../common/resolver-container';
import { Role } from '../identity';
import {
  ChatLock,
  ChatPresence,
  Conversation,
  ConversationConnection,
  Message,
  MessageConnection,
  RecipientUnavailable,
  SendMessageResult,
} from '../messaging';
import { AgencyPanelService, type PanelSignal } from './agency-panel.service';
import { AgencyCreatorRow, AgencyPanelEvent, AgencyPanelEventKind } from './agency-panel.types';

const creatorArg = { description: 'The member creator acted for.' };

/** The agency's live panel: its creators' rows, their presence, and their chats and calls handled on their behalf. */
@Resolver(() => AgencyCreatorRow)
export class AgencyPanelResolver {
  constructor(private readonly panel: AgencyPanelService) {}

  @Authorized(Role.AGENCY)
  @Query(() => [AgencyCreatorRow], { description: 'Your agency’s creators as the panel shows them: status, price, unread chats, earnings today.' })
  agencyPanel(@Ctx() ctx: RequestContext): Promise<AgencyCreatorRow[]> {
    return this.panel.rows(ctx);
  }

  @Authorized(Role.AGENCY)
  @Mutation(() => [AgencyCreatorRow], {
    description:
      'Sets member creators online (held by your open panel: they count as present while it is open, and go offline after a short grace once it closes) or offline. Omit creatorIds for all members.',
  })
  setAgencyCreatorsOnline(
    @Arg('online', { description: 'True to set online, false to set offline.' }) online: boolean,
    @IdsArg('creatorIds', { nullable: true, description: 'The member creators; all of them when omitted.' }) creatorIds: string[] | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AgencyCreatorRow[]> {
    return this.panel.setOnline(ctx, creatorIds ?? null, online);
  }

  @Authorized(Role.AGENCY)
  @Query(() => ConversationConnection, { description: 'A member creator’s conversations, most recent first, as the creator sees them.' })
  agencyConversations(
    @IdArg('creatorId', creatorArg) creatorId: string,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–50.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last conversation of the previous page.' }) after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ConversationConnection> {
    return this.panel.conversations(ctx, creatorId, first, after);
  }

  @Authorized(Role.AGENCY)
  @Query(() => MessageConnection, { description: 'Messages of a member creator’s conversation, newest first (sentOnBehalfBy marks what the agency wrote).' })
  agencyMessages(
    @IdArg('creatorId', creatorArg) creatorId: string,
    @IdArg('conversationId', { description: 'The conversation.' }) conversationId: string,
    @Arg('first', () => Int, { defaultValue: 30, description: 'Page size, 1–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the oldest message of the previous page.' }) after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<MessageConnection> {
    return this.panel.messages(ctx, creatorId, conversationId, first, after);
  }

  @Authorized(Role.AGENCY)
  @Mutation(() => SendMessageResult, { description: 'Replies in a member creator’s conversation on their behalf: the fan sees the creator; it is recorded.' })
  async agencySendMessage(
    @IdArg('creatorId', creatorArg) creatorId: string,
    @IdArg('conversationId', { description: 'The conversation.' }) conversationId: string,
    @Arg('text', { description: 'The message (plain text, 1–2000 characters).' }) text: string,
    @Ctx() ctx: RequestContext,
  ): Promise<typeof SendMessageResult> {
    const outcome = await this.panel.reply(ctx, creatorId, conversationId, text);
    if (outcome.kind === 'sent') return Object.assign(new Message(), outcome.message);
    // The creator never faces a lock; a block makes the conversation unavailable.
    return Object.assign(new RecipientUnavailable(), { message: 'This message could not be delivered.' });
  }

  @Authorized(Role.AGENCY)
  @Mutation(() => ChatLock, { description: 'Locks a member creator’s chat on their behalf: the fan pays `price` tokens to write again. Recorded.' })
  agencyLockChat(
    @IdArg('creatorId', creatorArg) creatorId: string,
    @IdArg('conversationId', { description: 'The conversation.' }) conversationId: string,
    @Arg('price', () => Int, { description: 'Tokens to unlock.' }) price: number,
    @Arg('description', { description: 'What comes once it is paid (plain text, up to 500 characters).' }) description: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ChatLock> {
    return this.panel.lockChat(ctx, creatorId, conversationId, price, description);
  }

  @Authorized(Role.AGENCY)
  @Mutation(() => ChatLock, { description: 'Withdraws an open lock of a member creator’s chat. Recorded.' })
  agencyWithdrawChatLock(
    @IdArg('creatorId', creatorArg) creatorId: string,
    @IdArg('lockId', { description: 'The lock.' }) lockId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ChatLock> {
    return this.panel.withdrawChatLock(ctx, creatorId, lockId);
  }

  @Authorized(Role.AGENCY)
  @Mutation(() => Conversation, { description: 'Marks a member creator’s conversation read (the panel opened it).' })
  agencyMarkConversationRead(
    @IdArg('creatorId', creatorArg) creatorId: string,
    @IdArg('conversationId', { description: 'The conversation.' }) conversationId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Conversation> {
    return this.panel.markRead(ctx, creatorId, conversationId);
  }

  @Authorized(Role.AGENCY)
  @Mutation(() => Boolean, { description: 'Declines a call ringing for a member creator, optionally leaving the fan a message as the creator. Recorded.' })
  agencyDeclineCall(
    @IdArg('creatorId', creatorArg) creatorId: string,
    @IdArg('callId', { description: 'The ringing call.' }) callId: string,
    @Arg('message', () => String, { nullable: true, description: 'A note to the fan (plain text), sent as the creator.' }) message: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return this.panel.declineCall(ctx, creatorId, callId, message);
  }

  @Authorized(Role.AGENCY)
  @Subscription(() => AgencyPanelEvent, {
    description:
      'The live panel: every change of your creators’ rows, fans’ messages and calls (alerts), and members joining or leaving. While it is open the creators you set online stay online; when it closes they go offline after a short grace.',
    subscribe: subscribeWith(AgencyPanelResolver, (resolver, _args, ctx) => resolver.stream(ctx)),
  })
  async agencyPanelEvents(@Root() signal: PanelSignal, @Ctx() ctx: RequestContext): Promise<AgencyPanelEvent> {
    const row = signal.kind === AgencyPanelEventKind.ROW_REMOVED ? null : await this.panel.row(ctx, signal.agencyId, signal.creatorId);
    return {
      kind: row || signal.kind === AgencyPanelEventKind.ROW_REMOVED ? signal.kind : AgencyPanelEventKind.ROW_REMOVED,
      creatorId: signal.creatorId,
      row,
      conversationId: signal.conversationId ?? null,
      messageId: signal.messageId ?? null,
      callId: signal.callId ?? null,
    };
  }

  @Authorized(Role.AGENCY)
  @Subscription(() => ChatPresence, {
    description:
      'Keep this open while the panel shows a member creator’s conversation: the fan sees the creator in the chat; once it closes (after a short grace) the fan gets a “left the chat” line. FORBIDDEN for non-members.',
    subscribe: subscribeWith(AgencyPanelResolver, (resolver, args: { creatorId: string; conversationId: string }, ctx) =>
      resolver.chatPresenceStream(ctx, args.creatorId, args.conversationId),
    ),
  })
  agencyChatPresence(
    @IdArg('creatorId', creatorArg) _creatorId: string,
    @IdArg('conversationId', { description: 'The conversation on screen.' }) _conversationId: string,
    @Root() presence: ChatPresence,
  ): ChatPresence {
    return presence;
  }

  /** `agencyChatPresence`'s stream, for a current member's conversation only (subscribe runs before @Authorized). */
  chatPresenceStream(ctx: RequestContext, creatorId: string, conversationId: string): Promise<AsyncIterable<ChatPresence>> {
    return this.panel.chatPresenceStream(ctx, checkId(creatorId, 'creatorId'), checkId(conversationId, 'conversationId'));
  }

  /** The panel's stream; refuses anyone but an agency owner with an agency (subscribe runs before @Authorized). */
  stream(ctx: RequestContext): Promise<AsyncIterable<PanelSignal>> {
    return this.panel.events(ctx);
  }
}
