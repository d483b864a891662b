import { filter, pipe } from '@graphql-yoga/subscription';
import { Arg, Authorized, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { CallLinkMay } from '../../common/call-link';
import type { RequestContext } from '../../common/context';
import { checkId, IdArg } from '../../common/ids';
import { subscribeWith } from '../../common/resolver-container';
import { AuthPayload, Role } from '../identity';
import { CallsService, type StartCallOutcome } from './calls.service';
import {
  AnsweredCall,
  CallConnection,
  CallKind,
  CallView,
  CreatorBusy,
  CreatorUnavailable,
  InsufficientTokens,
  MediaStateInput,
  RtcCredentialsView,
  RtcSignal,
  RtcSignalInput,
  StartCallResult,
} from './call.types';

@ObjectType({ description: 'A creator signed in from an SMS call link, with the call to answer.' })
export class CallLinkSession {
  @Field(() => AuthPayload, { description: 'A session for the creator on this device.' })
  auth: AuthPayload;

  @Field(() => CallView, { description: 'The ringing call.' })
  call: CallView;
}

const callIdArg = { description: 'The call.' };

@Resolver(() => CallView)
export class CallsResolver {
  constructor(private readonly calls: CallsService) {}

  @Authorized(Role.FAN)
  @Mutation(() => StartCallResult, {
    description: 'Calls a creator. Returns the ringing Call, or CreatorBusy / CreatorUnavailable / InsufficientTokens. The price per minute is fixed now.',
  })
  async startCall(
    @IdArg('creatorId', { description: 'The creator to call.' }) creatorId: string,
    @Arg('kind', () => CallKind, { defaultValue: CallKind.VIDEO, description: 'VIDEO (default) or AUDIO.' }) kind: CallKind,
    @Ctx() ctx: RequestContext,
  ): Promise<typeof StartCallResult> {
    return startCallResult(this.calls, ctx, creatorId, await this.calls.startCall(ctx, creatorId, kind));
  }

  @Authorized()
  @Mutation(() => CallView, { description: 'The fan hangs up a call that is still ringing.' })
  async cancelCall(@IdArg('callId', callIdArg) callId: string, @Ctx() ctx: RequestContext): Promise<CallView> {
    return this.calls.view(ctx, await this.calls.cancelCall(ctx, callId));
  }

  @CallLinkMay('call')
  @Authorized(Role.CREATOR)
  @Mutation(() => AnsweredCall, {
    description: 'The creator answers; returns the creator’s media credentials. Publish media within 30 s or the call fails unbilled.',
  })
  async answerCall(@IdArg('callId', callIdArg) callId: string, @Ctx() ctx: RequestContext): Promise<AnsweredCall> {
    const { call, credentials } = await this.calls.answerCall(ctx, callId);
    return { call: await this.calls.view(ctx, call), credentials };
  }

  @CallLinkMay('call')
  @Authorized(Role.CREATOR)
  @Mutation(() => CallView, { description: 'The creator declines a ringing call.' })
  async declineCall(@IdArg('callId', callIdArg) callId: string, @Ctx() ctx: RequestContext): Promise<CallView> {
    return this.calls.view(ctx, await this.calls.declineCall(ctx, callId));
  }

  @CallLinkMay('call')
  @Authorized()
  @Mutation(() => CallView, {
    description:
      'Either party hangs up (while ringing: the fan cancels, the creator declines). Billed per minute at the creator’s price, the last minute by the second; ringing is never billed.',
  })
  async endCall(@IdArg('callId', callIdArg) callId: string, @Ctx() ctx: RequestContext): Promise<CallView> {
    return this.calls.view(ctx, await this.calls.endCall(ctx, callId));
  }

  @CallLinkMay('call')
  @Authorized()
  @Mutation(() => CallView, {
    description:
      'Heartbeat from a party’s client every 5 s with what it publishes. The call connects when the creator publishes; a party silent for 40 s ends it, unbilled for the time gone.',
  })
  async reportMediaState(
    @IdArg('callId', callIdArg) callId: string,
    @Arg('media', () => MediaStateInput, { description: 'What the client publishes now.' }) media: MediaStateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CallView> {
    return this.calls.view(ctx, await this.calls.reportMediaState(ctx, callId, media));
  }

  @CallLinkMay('call')
  @Authorized()
  @Mutation(() => RtcCredentialsView, { description: 'Media credentials for the signed-in party; only while the call is live and paid for.' })
  renewRtcCredentials(@IdArg('callId', callIdArg) callId: string, @Ctx() ctx: RequestContext): Promise<RtcCredentialsView> {
    return this.calls.renewRtcCredentials(ctx, callId);
  }

  @CallLinkMay('call')
  @Authorized()
  @Mutation(() => Boolean, { description: 'Relays a p2p WebRTC signalling message to the other party of the call.' })
  sendRtcSignal(
    @IdArg('callId', callIdArg) callId: string,
    @Arg('signal', () => RtcSignalInput, { description: 'The message.' }) signal: RtcSignalInput,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return this.calls.sendRtcSignal(ctx, callId, signal);
  }

  @Mutation(() => CallLinkSession, { description: 'Opens the single-use link of an SMS call alert: signs the creator in and returns the call to answer.' })
  async redeemCallLink(
    @IdArg('callId', callIdArg) callId: string,
    @Arg('token', { description: 'The token from the link.' }) token: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CallLinkSession> {
    const { call, auth } = await this.calls.redeemAnswerLink(ctx, callId, token);
    return { auth, call: await this.calls.view(ctx, call, call.creatorId) };
  }

  @CallLinkMay('call')
  @Authorized()
  @Query(() => CallView, { description: 'One of your calls.' })
  async call(@IdArg('id', { description: 'The call id.' }) id: string, @Ctx() ctx: RequestContext): Promise<CallView> {
    return this.calls.view(ctx, await this.calls.callFor(ctx, id));
  }

  @CallLinkMay('self')
  @Authorized()
  @Query(() => CallView, { nullable: true, description: 'Your live call (ringing, connecting or ongoing), to resume after a reload.' })
  async activeCall(@Ctx() ctx: RequestContext): Promise<CallView | null> {
    const call = await this.calls.activeCall(ctx);
    const scope = ctx.viewer?.callScope;
    // A call link's session sees its own call only, never a later one.
    return call && (!scope || call.id === scope) ? this.calls.view(ctx, call) : null;
  }

  @Authorized()
  @Query(() => CallConnection, { name: 'calls', description: 'Your calls, newest first.' })
  myCalls(
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last call of the previous page (`pageInfo.endCursor`).' }) after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CallConnection> {
    return this.calls.myCalls(ctx, first, after);
  }

  @Authorized(Role.CREATOR)
  @Subscription(() => CallView, {
    topics: 'INCOMING_CALL',
    topicId: ({ context }: { context: RequestContext }) => context.requireViewer().account.id,
    description: 'Calls ringing for the signed-in creator, on every open session.',
  })
  async incomingCall(@Root() event: { callId: string }, @Ctx() ctx: RequestContext): Promise<CallView> {
    return this.calls.view(ctx, await this.calls.callFor(ctx, event.callId));
  }

  @CallLinkMay('call')
  @Authorized()
  @Subscription(() => CallView, {
    subscribe: subscribeWith(CallsResolver, (resolver, args: { callId: string }, ctx) => resolver.subscribeToCall(ctx, args.callId)),
    description: 'The call each time it changes (answered, connected, low balance, each minute, ended). Only its two parties may subscribe.',
  })
  async callUpdated(@IdArg('callId', callIdArg) _callId: string, @Root() event: { callId: string }, @Ctx() ctx: RequestContext): Promise<CallView> {
    return this.calls.view(ctx, await this.calls.callFor(ctx, event.callId));
  }

  @CallLinkMay('call')
  @Authorized()
  @Subscription(() => RtcSignal, {
    subscribe: subscribeWith(CallsResolver, (resolver, args: { callId: string }, ctx) => resolver.subscribeToSignals(ctx, args.callId)),
    description: 'p2p WebRTC signalling messages from the other party of the call.',
  })
  rtcSignals(@IdArg('callId', callIdArg) _callId: string, @Root() signal: RtcSignal): RtcSignal {
    return signal;
  }

  /** `callUpdated`'s stream: only the call's two parties may listen. */
  subscribeToCall(ctx: RequestContext, callId: string) {
    return this.calls.updatesOf(ctx, checkId(callId, 'callId'));
  }

  /** `rtcSignals`' stream: each side hears only the other (its own signals are not echoed back). */
  async subscribeToSignals(ctx: RequestContext, callId: string) {
    const { mine, signals } = await this.calls.rtcSignalsFor(ctx, checkId(callId, 'callId'));
    return pipe(
      signals,
      filter((signal: { from: string }) => signal.from !== mine),
    );
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Seconds of connected time so far (live), or billed (ended).' })
  elapsedSeconds(@Root() call: CallView, @Ctx() ctx: RequestContext): number | null {
    if (call.billedSeconds !== null) return call.billedSeconds;
    if (!call.connectedAt) return null;
    return Math.max(0, Math.floor((ctx.clock.now().getTime() - call.connectedAt.getTime()) / 1000));
  }

  @FieldResolver(() => Int, { description: 'Tokens refunded to the fan for this call by moderators (0 when none).' })
  async refundedTokens(@Root() call: CallView, @Ctx() ctx: RequestContext): Promise<number> {
    return this.calls.refundedTokens(ctx, call.id);
  }
}

/** What a start-call outcome is in the schema (startCall, and a call invitation accepted from the chat). */
export async function startCallResult(
  calls: CallsService,
  ctx: RequestContext,
  creatorId: string,
  outcome: StartCallOutcome,
): Promise<CallView | CreatorBusy | CreatorUnavailable | InsufficientTokens> {
  switch (outcome.kind) {
    case 'call':
      return calls.view(ctx, outcome.call);
    case 'busy':
      return Object.assign(new CreatorBusy(), { creatorId, message: 'The creator is in another call right now. Leave them a message instead.' });
    case 'unavailable':
      return Object.assign(new CreatorUnavailable(), {
        creatorId,
        status: outcome.status,
        nextAvailableAt: outcome.nextAvailableAt,
        message: outcome.nextAvailableAt ? 'The creator is not taking calls right now; see when they are back.' : 'The creator is not taking calls right now.',
      });
    case 'insufficient':
      return Object.assign(new InsufficientTokens(), {
        required: outcome.required,
        available: outcome.available,
        needed: outcome.required - outcome.available,
      });
  }
}
