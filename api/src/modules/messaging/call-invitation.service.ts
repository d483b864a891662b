import type { RequestContext } from '../../common/context';
import { notFound } from '../../common/errors';
import type { BlocksService } from '../blocks';
import type { CallKind, CallsService, StartCallOutcome } from '../calls';
import type { CreatorService } from '../creators';
import { Role, type IdentityService } from '../identity';
import { CallInvitationRefusal, type CallInvitation } from './call-invitation.types';
import type { ChatRepository } from './chat.repository';
import type { MessagingService } from './messaging.service';
import { toInvitationView } from './messaging.service';
import { MessageKind, SystemMessageType } from './messaging.types';

/** How long a fan has to accept (seed 002's webcam invitation). */
export const INVITATION_TTL_MS = 2 * 60_000;

export type InviteOutcome = { kind: 'invited'; invitation: CallInvitation } | { kind: 'refused'; reason: CallInvitationRefusal; message: string };
export type AcceptOutcome =
  { kind: 'started'; creatorId: string; outcome: StartCallOutcome } | { kind: 'refused'; reason: CallInvitationRefusal; message: string };

const refused = (reason: CallInvitationRefusal, message: string) => ({ kind: 'refused' as const, reason, message });

/**
 * Webcam from the chat (seed 002): the creator — never their agency, the camera is theirs — invites the fan of a
 * conversation to a call at their price; the invitation shows in the chat; the fan accepts it within two minutes,
 * which starts a normal fan-initiated paid call through CallsService.startCall (its checks, hold and billing).
 * Expiry is read from `expires_at` (on every read and on accept): nothing needs to run when one runs out.
 */
export class CallInvitationService {
  constructor(
    private readonly chats: ChatRepository,
    private readonly messaging: MessagingService,
    private readonly calls: CallsService,
    private readonly creators: CreatorService,
    private readonly blocks: BlocksService,
    private readonly identity: IdentityService,
  ) {}

  /** The signed-in creator invites the fan of one of their conversations to a call at their current price. */
  async invite(ctx: RequestContext, conversationId: string, kind: CallKind): Promise<InviteOutcome> {
    const viewer = ctx.requireViewer().account;
    if (viewer.role === Role.AGENCY) {
      return refused(CallInvitationRefusal.AGENCY_CANNOT_INVITE, 'Only the creator can invite a fan to a call: the camera is theirs.');
    }
    if (viewer.role !== Role.CREATOR) return refused(CallInvitationRefusal.NOT_THE_CREATOR, 'Only the creator of a conversation invites to a call.');
    const conversation = await this.messaging.conversationFor(ctx, conversationId, true);
    if (conversation.creatorId !== viewer.id) return refused(CallInvitationRefusal.NOT_THE_CREATOR, 'Only the creator of a conversation invites to a call.');
    if (await this.blocks.isBlockedEitherWay(ctx, conversation.fanId, conversation.creatorId)) {
      return refused(CallInvitationRefusal.RECIPIENT_UNAVAILABLE, 'This fan cannot be invited.');
    }
    const creator = await this.creators.find(ctx, viewer.id);
    if (!creator?.callsEnabled || creator.pricePerMinute === null) {
      return refused(CallInvitationRefusal.CALLS_OFF, 'Turn calls on (with a price) in your call settings to invite fans.');
    }
    const now = ctx.clock.now();
    if (await this.chats.openInvitation(ctx, conversation.id, now)) {
      return refused(CallInvitationRefusal.ALREADY_INVITED, 'Your last invitation in this chat is still open.');
    }
    const row = await this.chats.insertInvitation(ctx, {
      conversationId: conversation.id,
      kind,
      pricePerMinute: creator.pricePerMinute,
      createdAt: now,
      expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
    });
    const name = (await this.identity.people(ctx, [viewer.id])).get(viewer.id)?.displayName ?? 'The creator';
    await this.messaging.post(ctx, conversation, {
      kind: MessageKind.SYSTEM,
      systemType: SystemMessageType.CALL_INVITATION,
      body: `${name} invites you to a ${kind === 'AUDIO' ? 'voice' : 'video'} call at ${row.pricePerMinute} tokens a minute.`,
      data: { invitationId: row.id },
      unreadFor: 'FAN',
    });
    return { kind: 'invited', invitation: toInvitationView(row, now) };
  }

  /**
   * The invited fan accepts: a normal call to the creator starts (or the reason it cannot, as startCall says;
   * the invitation then stays open until it runs out). NOT_FOUND for anyone but the conversation's fan.
   */
  async accept(ctx: RequestContext, invitationId: string): Promise<AcceptOutcome> {
    const viewer = ctx.requireViewer().account;
    const invitation = await this.chats.invitationForUpdate(ctx, invitationId);
    if (!invitation) throw notFound('Call invitation');
    const conversation = await this.messaging.conversationFor(ctx, invitation.conversationId).catch(() => null);
    if (!conversation || conversation.fanId !== viewer.id) throw notFound('Call invitation');
    if (invitation.state === 'ACCEPTED') return refused(CallInvitationRefusal.ALREADY_ACCEPTED, 'You accepted this invitation already.');
    const now = ctx.clock.now();
    if (invitation.expiresAt <= now) return refused(CallInvitationRefusal.EXPIRED, 'This invitation ran out. Call the creator from their profile instead.');
    const creator = await this.creators.find(ctx, conversation.creatorId);
    if (creator?.pricePerMinute != null && creator.pricePerMinute !== invitation.pricePerMinute) {
      return refused(
        CallInvitationRefusal.PRICE_CHANGED,
        `The creator’s price is now ${creator.pricePerMinute} tokens a minute; call them at that price instead.`,
      );
    }
    const outcome = await this.calls.startCall(ctx, conversation.creatorId, invitation.kind);
    if (outcome.kind === 'call') await this.chats.acceptInvitation(ctx, invitation.id, outcome.call.id, now);
    return { kind: 'started', creatorId: conversation.creatorId, outcome };
  }
}
