import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { filter, pipe } from '@graphql-yoga/subscription';
import type { RequestContext } from '../../common/context';
import { AuthPayload } from '../identity/identity.types';
import { Role } from '../identity/account.entity';
import { toCallView, toCallViews } from './call.view';
import {
  AnsweredCall,
  Call,
  CallKind,
  CallPage,
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

  @Field(() => Call, { description: 'The ringing call.' })
  call: Call;
}

const callIdArg = { description: 'The call.' };

@Resolver(() => Call)
export class CallsResolver {
  @Authorized(Role.FAN)
  @Mutation(() => StartCallResult, {
    description: 'Calls a creator. Returns the ringing Call, or CreatorBusy / CreatorUnavailable / InsufficientTokens. The price per minute is fixed now.',
  })
  async startCall(
    @Arg('creatorId', () => ID, { description: 'The creator to call.' }) creatorId: string,
    @Arg('kind', () => CallKind, { defaultValue: CallKind.VIDEO, description: 'VIDEO (default) or AUDIO.' }) kind: CallKind,
    @Ctx() ctx: RequestContext,
  ): Promise<typeof StartCallResult> {
    const outcome = await ctx.app.calls.startCall(ctx, creatorId, kind);
    switch (outcome.kind) {
      case 'call':
        return toCallView(ctx, outcome.call);
      case 'busy':
        return Object.assign(new CreatorBusy(), { creatorId, message: 'The creator is in another call right now. Leave them a message instead.' });
      case 'unavailable':
        return Object.assign(new CreatorUnavailable(), {
          creatorId,
          status: outcome.status,
          nextAvailableAt: outcome.nextAvailableAt,
          message: outcome.nextAvailableAt
            ? 'The creator is not taking calls right now; see when they are back.'
            : 'The creator is not taking calls right now.',
        });
      case 'insufficient':
        return Object.assign(new InsufficientTokens(), {
          required: outcome.required,
          available: outcome.available,
          needed: outcome.required - outcome.available,
        });
    }
  }

  @Authorized()
  @Mutation(() => Call, { description: 'The fan hangs up a call that is still ringing.' })
  async cancelCall(@Arg('callId', () => ID, callIdArg) callId: string, @Ctx() ctx: RequestContext): Promise<Call> {
    return toCallView(ctx, await ctx.app.calls.cancelCall(ctx, callId));
  }

  @Authorized(Role.CREATOR)
  @Mutation(() => AnsweredCall, {
    description: 'The creator answers; returns the creator’s media credentials. Publish media within 30 s or the call fails unbilled.',
  })
  async answerCall(@Arg('callId', () => ID, callIdArg) callId: string, @Ctx() ctx: RequestContext): Promise<AnsweredCall> {
    const { call, credentials } = await ctx.app.calls.answerCall(ctx, callId);
    return { call: await toCallView(ctx, call), credentials };
  }

  @Authorized(Role.CREATOR)
  @Mutation(() => Call, { description: 'The creator declines a ringing call.' })
  async declineCall(@Arg('callId', () => ID, callIdArg) callId: string, @Ctx() ctx: RequestContext): Promise<Call> {
    return toCallView(ctx, await ctx.app.calls.declineCall(ctx, callId));
  }

  @Authorized()
  @Mutation(() => Call, {
    description: 'Either party hangs up (while ringing: the fan cancels, the creator declines). The last minute is billed by the second.',
  })
  async endCall(@Arg('callId', () => ID, callIdArg) callId: string, @Ctx() ctx: RequestContext): Promise<Call> {
    return toCallView(ctx, await ctx.app.calls.endCall(ctx, callId));
  }

  @Authorized()
  @Mutation(() => Call, {
    description:
      'Heartbeat from a party’s client every 5 s with what it publishes. The call connects when the creator publishes; a party silent for 40 s ends it, unbilled for the time gone.',
  })
  async reportMediaState(
    @Arg('callId', () => ID, callIdArg) callId: string,
    @Arg('media', () => MediaStateInput, { description: 'What the client publishes now.' }) media: MediaStateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Call> {
    return toCallView(ctx, await ctx.app.calls.reportMediaState(ctx, callId, media));
  }

  @Authorized()
  @Mutation(() => RtcCredentialsView, { description: 'Media credentials for the signed-in party; only while the call is live and paid for.' })
  renewRtcCredentials(@Arg('callId', () => ID, callIdArg) callId: string, @Ctx() ctx: RequestContext): Promise<RtcCredentialsView> {
    return ctx.app.calls.renewRtcCredentials(ctx, callId);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Relays a p2p WebRTC signalling message to the other party of the call.' })
  sendRtcSignal(
    @Arg('callId', () => ID, callIdArg) callId: string,
    @Arg('signal', () => RtcSignalInput, { description: 'The message.' }) signal: RtcSignalInput,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return ctx.app.calls.sendRtcSignal(ctx, callId, signal);
  }

  @Mutation(() => CallLinkSession, { description: 'Opens the single-use link of an SMS call alert: signs the creator in and returns the call to answer.' })
  async redeemCallLink(
    @Arg('callId', () => ID, callIdArg) callId: string,
    @Arg('token', { description: 'The token from the link.' }) token: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CallLinkSession> {
    const { call, auth } = await ctx.app.calls.redeemAnswerLink(ctx, callId, token);
    return { auth, call: await toCallView(ctx, call, call.creator_id) };
  }

  @Authorized()
  @Query(() => Call, { description: 'One of your calls.' })
  async call(@Arg('id', () => ID, { description: 'The call id.' }) id: string, @Ctx() ctx: RequestContext): Promise<Call> {
    return toCallView(ctx, await ctx.app.calls.callFor(ctx, id));
  }

  @Authorized()
  @Query(() => Call, { nullable: true, description: 'Your live call (ringing, connecting or ongoing), to resume after a reload.' })
  async activeCall(@Ctx() ctx: RequestContext): Promise<Call | null> {
    const call = await ctx.app.calls.activeCall(ctx);
    return call ? toCallView(ctx, call) : null;
  }

  @Authorized()
  @Query(() => CallPage, { description: 'Your calls, newest first.' })
  async calls(
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor from the previous page.' }) after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CallPage> {
    const page = await ctx.app.calls.myCalls(ctx, first, after);
    return { items: await toCallViews(ctx, page.items), nextCursor: page.nextCursor };
  }

  @Authorized(Role.CREATOR)
  @Subscription(() => Call, {
    topics: 'INCOMING_CALL',
    topicId: ({ context }: { context: RequestContext }) => context.requireViewer().account.id,
    description: 'Calls ringing for the signed-in creator, on every open session.',
  })
  async incomingCall(@Root() event: { callId: string }, @Ctx() ctx: RequestContext): Promise<Call> {
    return toCallView(ctx, await ctx.app.calls.callFor(ctx, event.callId));
  }

  @Authorized()
  @Subscription(() => Call, {
    subscribe: async ({ args, context }) => {
      const ctx = context as RequestContext;
      await ctx.app.calls.callFor(ctx, args.callId as string); // only the two parties may listen
      return ctx.app.pubsub.subscribe('CALL_UPDATED', args.callId as string);
    },
    description: 'The call each time it changes (answered, connected, low balance, each minute, ended). Only its two parties may subscribe.',
  })
  async callUpdated(@Arg('callId', () => ID, callIdArg) _callId: string, @Root() event: { callId: string }, @Ctx() ctx: RequestContext): Promise<Call> {
    return toCallView(ctx, await ctx.app.calls.callFor(ctx, event.callId));
  }

  @Authorized()
  @Subscription(() => RtcSignal, {
    subscribe: async ({ args, context }) => {
      const ctx = context as RequestContext;
      const call = await ctx.app.calls.callFor(ctx, args.callId as string);
      const mine = call.fan_id === ctx.requireViewer().account.id ? 'FAN' : 'CREATOR';
      // Each side hears only the other: its own signals are not echoed back.
      return pipe(
        ctx.app.pubsub.subscribe('RTC_SIGNAL', args.callId as string),
        filter((signal: RtcSignal) => signal.from !== mine),
      );
    },
    description: 'p2p WebRTC signalling messages from the other party of the call.',
  })
  rtcSignals(@Arg('callId', () => ID, callIdArg) _callId: string, @Root() signal: RtcSignal): RtcSignal {
    return signal;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Seconds of connected time so far (live), or billed (ended).' })
  elapsedSeconds(@Root() call: Call, @Ctx() ctx: RequestContext): number | null {
    if (call.billedSeconds !== null) return call.billedSeconds;
    if (!call.connectedAt) return null;
    return Math.max(0, Math.floor((ctx.app.clock.now().getTime() - call.connectedAt.getTime()) / 1000));
  }
}
