import { createUnionType, Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CallKind, CallView, CreatorBusy, CreatorUnavailable, InsufficientTokens } from '../calls';

export enum CallInvitationState {
  OPEN = 'OPEN',
  ACCEPTED = 'ACCEPTED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(CallInvitationState, {
  name: 'CallInvitationState',
  description: 'Where a call invitation stands.',
  valuesConfig: {
    OPEN: { description: 'The fan may accept it until `expiresAt`.' },
    ACCEPTED: { description: 'The fan accepted: it started the call `callId`.' },
    EXPIRED: { description: 'Nobody accepted it within two minutes.' },
  },
});

export enum CallInvitationRefusal {
  NOT_THE_CREATOR = 'NOT_THE_CREATOR',
  AGENCY_CANNOT_INVITE = 'AGENCY_CANNOT_INVITE',
  CALLS_OFF = 'CALLS_OFF',
  ALREADY_INVITED = 'ALREADY_INVITED',
  RECIPIENT_UNAVAILABLE = 'RECIPIENT_UNAVAILABLE',
  EXPIRED = 'EXPIRED',
  ALREADY_ACCEPTED = 'ALREADY_ACCEPTED',
  PRICE_CHANGED = 'PRICE_CHANGED',
}
registerEnumType(CallInvitationRefusal, {
  name: 'CallInvitationRefusal',
  description: 'Why a call invitation was not sent or not accepted. Nothing changed.',
  valuesConfig: {
    NOT_THE_CREATOR: { description: 'Only the conversation’s creator invites to a call.' },
    AGENCY_CANNOT_INVITE: { description: 'An agency cannot invite on a creator’s behalf: the camera is the creator’s.' },
    CALLS_OFF: { description: 'The creator has calls turned off or no price set.' },
    ALREADY_INVITED: { description: 'An invitation in this conversation is still open.' },
    RECIPIENT_UNAVAILABLE: { description: 'The fan cannot be invited (a block).' },
    EXPIRED: { description: 'The invitation ran out (two minutes).' },
    ALREADY_ACCEPTED: { description: 'The invitation was accepted already.' },
    PRICE_CHANGED: { description: 'The creator’s price changed since the invitation; call them at the new price instead.' },
  },
});

@ObjectType({ description: 'The creator’s invitation to a call, from the chat. The fan accepts it (acceptCallInvitation) within two minutes.' })
export class CallInvitation {
  @Field(() => ID, { description: 'Identifier of the invitation.' })
  id: string;

  @Field(() => ID, { description: 'The conversation it was sent in.' })
  conversationId: string;

  @Field(() => CallKind, { description: 'VIDEO or AUDIO.' })
  kind: CallKind;

  @Field(() => Int, { description: 'The creator’s price per minute when they invited (the call is billed at it).' })
  pricePerMinute: number;

  @Field(() => CallInvitationState, { description: 'Where it stands now.' })
  state: CallInvitationState;

  @Field(() => GraphQLISODateTime, { description: 'When it was sent.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it runs out unless accepted.' })
  expiresAt: Date;

  @Field(() => ID, { nullable: true, description: 'The call it started, once accepted.' })
  callId: string | null;
}

@ObjectType({ description: 'A call invitation was not sent or not accepted; nothing changed.' })
export class CallInvitationRefused {
  @Field(() => CallInvitationRefusal, { description: 'Why.' })
  reason: CallInvitationRefusal;

  @Field({ description: 'A sentence to show.' })
  message: string;
}

export const InviteToCallResult = createUnionType({
  name: 'InviteToCallResult',
  description: 'The invitation sent, or why it was not.',
  types: () => [CallInvitation, CallInvitationRefused] as const,
});

export const AcceptCallInvitationResult = createUnionType({
  name: 'AcceptCallInvitationResult',
  description: 'The ringing call the invitation started, why the call could not start (as for startCall), or why the invitation cannot be accepted.',
  types: () => [CallView, CreatorBusy, CreatorUnavailable, InsufficientTokens, CallInvitationRefused] as const,
});
