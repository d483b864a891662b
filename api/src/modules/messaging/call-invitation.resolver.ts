import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { IdArg } from '../../common/ids';
import { CallKind, CallsService, startCallResult } from '../calls';
import { Role } from '../identity';
import { CallInvitationService } from './call-invitation.service';
import { AcceptCallInvitationResult, CallInvitation, CallInvitationRefused, InviteToCallResult } from './call-invitation.types';

/** Webcam from the chat: the creator invites, the fan accepts within two minutes. */
@Resolver(() => CallInvitation)
export class CallInvitationResolver {
  constructor(
    private readonly invitations: CallInvitationService,
    private readonly calls: CallsService,
  ) {}

  // Any signed-in account reaches the service, so an agency or a fan trying it gets a typed refusal.
  @Authorized()
  @Mutation(() => InviteToCallResult, {
    description:
      'The creator invites the fan of a conversation to a call at their current price; it shows in the chat and runs out after two minutes. Only the creator (not their agency) invites; one open invitation per chat.',
  })
  async inviteToCall(
    @IdArg('conversationId', { description: 'The conversation.' }) conversationId: string,
    @Arg('kind', () => CallKind, { defaultValue: CallKind.VIDEO, description: 'VIDEO (default) or AUDIO.' }) kind: CallKind,
    @Ctx() ctx: RequestContext,
  ): Promise<typeof InviteToCallResult> {
    const outcome = await this.invitations.invite(ctx, conversationId, kind);
    if (outcome.kind === 'invited') return Object.assign(new CallInvitation(), outcome.invitation);
    return Object.assign(new CallInvitationRefused(), { reason: outcome.reason, message: outcome.message });
  }

  @Authorized(Role.FAN)
  @Mutation(() => AcceptCallInvitationResult, {
    description:
      'The invited fan accepts a call invitation: a normal call to the creator starts at the invited price (as startCall: ringing, billed per minute). Refused once it expired or was accepted.',
  })
  async acceptCallInvitation(
    @IdArg('invitationId', { description: 'The invitation.' }) invitationId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<typeof AcceptCallInvitationResult> {
    const accepted = await this.invitations.accept(ctx, invitationId);
    if (accepted.kind === 'refused') return Object.assign(new CallInvitationRefused(), { reason: accepted.reason, message: accepted.message });
    return startCallResult(this.calls, ctx, accepted.creatorId, accepted.outcome);
  }
}
