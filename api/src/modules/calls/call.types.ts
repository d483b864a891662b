import { createUnionType, Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../common/connection';
import { AvailabilityStatus } from '../availability';
import { CallKind } from './call';
import { CallState, EndReason } from './call-state';

export { CallKind };
registerEnumType(CallKind, {
  name: 'CallKind',
  description: 'Video or voice only. The price is the same; the fan may turn the camera off during a video call.',
  valuesConfig: { VIDEO: { description: 'Video and audio.' }, AUDIO: { description: 'Audio only.' } },
});

registerEnumType(CallState, {
  name: 'CallState',
  description: 'Where a call is in its life.',
  valuesConfig: {
    RINGING: { description: 'The creator is being called (60 s to answer).' },
    CONNECTING: { description: 'Answered; waiting for the creator’s media (30 s). Not billed.' },
    ONGOING: { description: 'Connected: billed per minute at the creator’s price, the last minute by the second.' },
    ENDED: { description: 'Was connected and has ended; see endReason.' },
    MISSED: { description: 'Not answered within 60 s.' },
    DECLINED: { description: 'The creator declined.' },
    CANCELLED: { description: 'The fan hung up while it rang (or a moderator stopped it).' },
    FAILED: { description: 'Answered but the creator’s media never arrived, or it broke before connecting; nobody paid.' },
  },
});

registerEnumType(EndReason, {
  name: 'EndReason',
  description: 'Why a call ended.',
  valuesConfig: {
    FAN_HUNG_UP: { description: 'The fan hung up.' },
    CREATOR_HUNG_UP: { description: 'The creator hung up.' },
    FUNDS_EXHAUSTED: { description: 'The fan’s tokens ran out at a minute boundary.' },
    SPENDING_LIMIT_REACHED: {
      description: 'The call cost what the fan’s own spending limits allow one call (their cap per call, or what was left of their daily limit).',
    },
    MODERATOR_TERMINATED: { description: 'A moderator ended the call.' },
    FAN_DISCONNECTED: { description: 'The fan was gone for more than 30 s.' },
    CREATOR_DISCONNECTED: { description: 'The creator was gone for more than 30 s.' },
    ACCOUNT_SUSPENDED: { description: 'One of the accounts was suspended.' },
  },
});

export enum CallRole {
  FAN = 'FAN',
  CREATOR = 'CREATOR',
}
registerEnumType(CallRole, {
  name: 'CallRole',
  description: 'Which side of a call someone is on.',
  valuesConfig: { FAN: { description: 'The caller.' }, CREATOR: { description: 'The one called.' } },
});

@ObjectType({ description: 'One side of a call, as the other side sees it.' })
export class CallParticipant {
  @Field(() => ID, { description: 'Account id.' })
  id: string;

  @Field({ description: 'Name shown to the other side.' })
  displayName: string;

  @Field({ description: 'Handle.' })
  handle: string;
}

@ObjectType('Call', { description: 'A call between a fan and a creator.' })
export class CallView {
  @Field(() => ID, { description: 'Identifier of the call.' })
  id: string;

  @Field(() => CallKind, { description: 'Video or audio.' })
  kind: CallKind;

  @Field(() => CallState, { description: 'Where the call is.' })
  state: CallState;

  @Field(() => EndReason, { nullable: true, description: 'Why it ended, once it has.' })
  endReason: EndReason | null;

  @Field(() => CallRole, { description: 'Which side the signed-in account is on.' })
  myRole: CallRole;

  @Field(() => CallParticipant, { description: 'The fan who called.' })
  fan: CallParticipant;

  @Field(() => CallParticipant, { description: 'The creator who was called.' })
  creator: CallParticipant;

  @Field(() => Int, { description: 'Tokens per minute, fixed when the call started.' })
  pricePerMinute: number;

  @Field({ description: '`agora` or `p2p`: which media stack the clients must use.' })
  rtcProvider: string;

  @Field(() => GraphQLISODateTime, { description: 'When the fan started the call.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'Until when the creator can answer.' })
  ringDeadline: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the creator answered.' })
  answeredAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When media connected and billing started.' })
  connectedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it ended.' })
  endedAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Connected seconds billed (excluding time a party was gone), once ended.' })
  billedSeconds: number | null;

  @Field(() => Int, { description: 'Tokens charged so far (final once ended).' })
  chargedTokens: number;

  @Field(() => Int, { description: 'Tokens currently held for this call.' })
  heldTokens: number;

  @Field(() => Int, { nullable: true, description: 'The most this call may cost under the fan’s spending limits (fixed when it connected); null: no cap.' })
  spendingCap: number | null;

  @Field({ description: 'True in the last minute before the call reaches the fan’s spending cap, where it ends (SPENDING_LIMIT_REACHED).' })
  spendingCapWarning: boolean;

  @Field({ description: 'True while the fan’s wallet cannot pay the next minute: top up or the call ends at the boundary.' })
  lowBalance: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The next minute boundary, while ongoing.' })
  nextBoundaryAt: Date | null;
}

@ObjectType({ description: 'The creator is in or being rung for another call. Leave a message instead.' })
export class CreatorBusy {
  @Field(() => ID, { description: 'The creator called.' })
  creatorId: string;

  @Field({ description: 'A sentence to show the fan.' })
  message: string;
}

@ObjectType({ description: 'The creator cannot be called now (calls off, paused, outside their hours).' })
export class CreatorUnavailable {
  @Field(() => ID, { description: 'The creator called.' })
  creatorId: string;

  @Field(() => AvailabilityStatus, { description: 'Why: their availability status.' })
  status: AvailabilityStatus;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When they are expected to be available again, if known.' })
  nextAvailableAt: Date | null;

  @Field({ description: 'A sentence to show the fan.' })
  message: string;
}

@ObjectType({ description: 'The wallet cannot pay for the first minute.' })
export class InsufficientTokens {
  @Field(() => Int, { description: 'Tokens needed in total.' })
  required: number;

  @Field(() => Int, { description: 'Tokens available now.' })
  available: number;

  @Field(() => Int, { description: 'How many more tokens are needed.' })
  needed: number;
}

export const StartCallResult = createUnionType({
  name: 'StartCallResult',
  description: 'A ringing call, or why it could not start.',
  types: () => [CallView, CreatorBusy, CreatorUnavailable, InsufficientTokens] as const,
});

@ObjectType({ description: 'What a client needs to join the call’s media.' })
export class RtcCredentialsView {
  @Field({ description: '`agora` or `p2p`.' })
  provider: string;

  @Field({ description: 'The call’s private channel.' })
  channel: string;

  @Field(() => Int, { description: 'This party’s uid in the channel.' })
  uid: number;

  @Field(() => String, { nullable: true, description: 'Agora app id (null for p2p).' })
  appId: string | null;

  @Field(() => String, { nullable: true, description: 'Agora RTC token (null for p2p).' })
  token: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When to renew with renewRtcCredentials.' })
  expiresAt: Date;
}

@ObjectType({ description: 'An answered call with the creator’s media credentials.' })
export class AnsweredCall {
  @Field(() => CallView, { description: 'The call, now CONNECTING.' })
  call: CallView;

  @Field(() => RtcCredentialsView, { description: 'Media credentials for the creator.' })
  credentials: RtcCredentialsView;
}

@ObjectType({ description: 'A page of calls, newest first.' })
export class CallConnection extends Connection(CallView, { typeName: 'Call', noun: 'call', plural: 'calls' }) {}

export enum RtcSignalType {
  OFFER = 'OFFER',
  ANSWER = 'ANSWER',
  ICE = 'ICE',
  RESTART = 'RESTART',
}
registerEnumType(RtcSignalType, {
  name: 'RtcSignalType',
  description: 'Peer-to-peer WebRTC signalling message kinds.',
  valuesConfig: {
    OFFER: { description: 'An SDP offer.' },
    ANSWER: { description: 'An SDP answer.' },
    ICE: { description: 'An ICE candidate.' },
    RESTART: { description: 'Ask the other side to send a fresh offer (after a reload).' },
  },
});

@InputType({ description: 'A signalling message for the other party of a p2p call.' })
export class RtcSignalInput {
  @Field(() => RtcSignalType, { description: 'What it is.' })
  type: RtcSignalType;

  @Field({ description: 'The SDP or ICE candidate as JSON text (at most 20,000 characters).' })
  payload: string;
}

@ObjectType({ description: 'A signalling message from the other party of a p2p call.' })
export class RtcSignal {
  @Field(() => ID, { description: 'The call.' })
  callId: string;

  @Field(() => CallRole, { description: 'Who sent it.' })
  from: CallRole;

  @Field(() => RtcSignalType, { description: 'What it is.' })
  type: RtcSignalType;

  @Field({ description: 'The SDP or ICE candidate as JSON text.' })
  payload: string;
}

@InputType({ description: 'What a party’s client is doing right now; sent every few seconds as a heartbeat.' })
export class MediaStateInput {
  @Field({ description: 'The client is publishing audio.' })
  publishingAudio: boolean;

  @Field({ description: 'The client is publishing video.' })
  publishingVideo: boolean;
}
