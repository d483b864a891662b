import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { IsId } from '../../common/ids';
import { Participant } from '../identity';
import { MembershipState } from './agency-rules';

registerEnumType(MembershipState, {
  name: 'AgencyMembershipState',
  description: 'Where a creator’s membership of an agency stands.',
  valuesConfig: {
    INVITED: { description: 'The agency invited the creator; they have not answered yet.' },
    ACTIVE: { description: 'The creator accepted: the agency manages their availability and chats and takes its share.' },
    DECLINED: { description: 'The creator declined the invitation.' },
    CANCELLED: { description: 'The invitation was withdrawn before it was accepted.' },
    ENDED: { description: 'The creator, the agency or a moderator ended the membership; the agency’s access ended with it.' },
  },
});

export enum AgencyActionKind {
  INVITED = 'INVITED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  ENDED = 'ENDED',
  SET_ONLINE = 'SET_ONLINE',
  SET_OFFLINE = 'SET_OFFLINE',
  SENT_MESSAGE = 'SENT_MESSAGE',
  LOCKED_CHAT = 'LOCKED_CHAT',
  WITHDREW_CHAT_LOCK = 'WITHDREW_CHAT_LOCK',
  DECLINED_CALL = 'DECLINED_CALL',
  READ_CONVERSATION = 'READ_CONVERSATION',
}
registerEnumType(AgencyActionKind, {
  name: 'AgencyActionKind',
  description: 'What an agency did for (or to) a creator, as recorded.',
  valuesConfig: {
    INVITED: { description: 'The agency invited the creator (subject: the share in basis points).' },
    ACCEPTED: { description: 'The creator accepted the invitation.' },
    DECLINED: { description: 'The creator declined the invitation.' },
    ENDED: { description: 'The membership (or invitation) ended; detail says who ended it and why.' },
    SET_ONLINE: { description: 'The agency’s panel set the creator online.' },
    SET_OFFLINE: { description: 'The agency’s panel set the creator offline.' },
    SENT_MESSAGE: { description: 'The agency replied in one of the creator’s conversations (subject: the conversation).' },
    LOCKED_CHAT: { description: 'The agency locked one of the creator’s chats (subject: the conversation; detail: price).' },
    WITHDREW_CHAT_LOCK: { description: 'The agency withdrew a chat lock (subject: the lock).' },
    DECLINED_CALL: { description: 'The agency declined a call ringing for the creator (subject: the call).' },
    READ_CONVERSATION: { description: 'The agency marked a conversation read for the creator (subject: the conversation).' },
  },
});

@ObjectType({ description: 'An agency (a group owner, a studio): manages the availability and chats of the creators who accepted its invitation.' })
export class AgencySummary {
  @Field(() => ID, { description: 'Identifier of the agency.' })
  id: string;

  @Field({ description: 'The agency’s name.' })
  name: string;
}

@ObjectType({ description: 'A creator’s membership of an agency, or an invitation to one.' })
export class AgencyMembership {
  @Field(() => ID, { description: 'Identifier of the membership.' })
  id: string;

  @Field(() => AgencySummary, { description: 'The agency.' })
  agency: AgencySummary;

  @Field(() => Participant, { description: 'The creator.' })
  creator: Participant;

  @Field(() => Int, { description: 'The agency’s share of the creator’s part of every payment (after the platform’s commission), in basis points.' })
  shareBps: number;

  @Field(() => MembershipState, { description: 'Where it stands.' })
  state: MembershipState;

  @Field(() => GraphQLISODateTime, { description: 'When the agency invited the creator.' })
  invitedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the creator accepted or declined.' })
  respondedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it ended or was withdrawn.' })
  endedAt: Date | null;
}

@ObjectType({ description: 'An agency with its owner and its current members and pending invitations.' })
export class Agency {
  @Field(() => ID, { description: 'Identifier of the agency.' })
  id: string;

  @Field({ description: 'The agency’s name.' })
  name: string;

  @Field(() => Participant, { description: 'The account that owns it.' })
  owner: Participant;

  @Field(() => [AgencyMembership], { description: 'Current members and pending invitations, oldest first.' })
  memberships: AgencyMembership[];

  @Field(() => GraphQLISODateTime, { description: 'When it was created.' })
  createdAt: Date;
}

@ObjectType({ description: 'One thing an agency did for a creator (or to the membership): who, what, when. Visible to the creator and to moderators.' })
export class AgencyAction {
  @Field(() => ID, { description: 'Identifier; increases with time.' })
  id: string;

  @Field(() => AgencySummary, { description: 'The agency.' })
  agency: AgencySummary;

  @Field(() => Participant, { description: 'The creator it was done for.' })
  creator: Participant;

  @Field(() => Participant, { description: 'Who did it (the agency’s owner, the creator, or a moderator).' })
  actor: Participant;

  @Field(() => AgencyActionKind, { description: 'What was done.' })
  action: AgencyActionKind;

  @Field(() => String, { nullable: true, description: 'What it was done to: a conversation, a call, a lock.' })
  subject: string | null;

  @Field(() => String, { nullable: true, description: 'Details: the text sent, the price asked, the reason given.' })
  detail: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When.' })
  createdAt: Date;
}

@ObjectType({ description: 'The signed-in agency owner’s earnings: the agency’s share of its members’ payments.' })
export class AgencyEarnings {
  @Field(() => Int, { description: 'Tokens earned and not paid out.' })
  balance: number;

  @Field(() => Int, { description: 'Tokens earned since midnight UTC today.' })
  today: number;
}

@InputType({ description: 'Filters of the staff’s agency list.' })
export class AgencyFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these agencies (react-admin getMany).' })
  @IsId({ each: true })
  ids?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The agency’s name contains this (any case).' })
  @MaxLength(100)
  q?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the agency of this owner account.' })
  @IsId()
  ownerId?: string | null;
}

@InputType({ description: 'Filters of the staff’s agency membership list.' })
export class AgencyMembershipFilter {
  @Field(() => ID, { nullable: true, description: 'Only this agency’s.' })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this creator’s.' })
  creatorId?: string | null;

  @Field(() => MembershipState, { nullable: true, description: 'Only in this state.' })
  state?: MembershipState | null;
}
