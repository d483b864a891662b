import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CreatorAvailabilityView } from '../availability';
import { Participant } from '../identity';

@ObjectType({ description: 'One of the agency’s creators as its live panel shows them.' })
export class AgencyCreatorRow {
  @Field(() => Participant, { description: 'The creator.' })
  creator: Participant;

  @Field(() => ID, { description: 'The membership.' })
  membershipId: string;

  @Field(() => Int, { description: 'The agency’s share of the creator’s part, in basis points.' })
  shareBps: number;

  @Field(() => CreatorAvailabilityView, { description: 'Their availability as fans see it (AVAILABLE, BUSY, PAUSED, AWAY, OFF; online).' })
  availability: CreatorAvailabilityView;

  @Field({ description: 'True while this agency’s panel holds the creator online (set online).' })
  heldOnline: boolean;

  @Field(() => Int, { nullable: true, description: 'Their price per minute, when calls are on.' })
  pricePerMinute: number | null;

  @Field(() => Int, { description: 'Conversations holding messages the creator (or the agency) has not read.' })
  unreadChats: number;

  @Field(() => Int, { description: 'Tokens the creator earned since midnight UTC (their part, after the platform and the agency).' })
  earningsToday: number;

  @Field(() => ID, { nullable: true, description: 'A call ringing for the creator now (the creator answers it; the agency may decline it).' })
  ringingCallId: string | null;
}

export enum AgencyPanelEventKind {
  ROW_CHANGED = 'ROW_CHANGED',
  ROW_ADDED = 'ROW_ADDED',
  ROW_REMOVED = 'ROW_REMOVED',
  MESSAGE_RECEIVED = 'MESSAGE_RECEIVED',
  CALL_RINGING = 'CALL_RINGING',
}
registerEnumType(AgencyPanelEventKind, {
  name: 'AgencyPanelEventKind',
  description: 'What happened to one of the panel’s creators.',
  valuesConfig: {
    ROW_CHANGED: { description: 'Their availability, unread chats or earnings changed.' },
    ROW_ADDED: { description: 'They joined the agency.' },
    ROW_REMOVED: { description: 'Their membership ended: the agency no longer acts for them.' },
    MESSAGE_RECEIVED: { description: 'A fan wrote to them (alert).' },
    CALL_RINGING: { description: 'A fan is calling them (alert; the creator answers).' },
  },
});

@ObjectType({ description: 'A change on the agency’s live panel. Hints: after a reconnect, re-read `agencyPanel`.' })
export class AgencyPanelEvent {
  @Field(() => AgencyPanelEventKind, { description: 'What happened.' })
  kind: AgencyPanelEventKind;

  @Field(() => ID, { description: 'The creator it is about.' })
  creatorId: string;

  @Field(() => AgencyCreatorRow, { nullable: true, description: 'The creator’s row now; null when it was removed.' })
  row: AgencyCreatorRow | null;

  @Field(() => ID, { nullable: true, description: 'The conversation of a MESSAGE_RECEIVED.' })
  conversationId: string | null;

  @Field(() => ID, { nullable: true, description: 'The message of a MESSAGE_RECEIVED.' })
  messageId: string | null;

  @Field(() => ID, { nullable: true, description: 'The call of a CALL_RINGING.' })
  callId: string | null;
}
