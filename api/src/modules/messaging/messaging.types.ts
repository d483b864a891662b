import { createUnionType, Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../common/connection';
import { CreatorAvailabilityView } from '../availability';
import { Participant } from '../identity';
import { CallInvitation } from './call-invitation.types';

export enum MessageKind {
  TEXT = 'TEXT',
  SYSTEM = 'SYSTEM',
}
registerEnumType(MessageKind, {
  name: 'MessageKind',
  description: 'Who wrote a message.',
  valuesConfig: { TEXT: { description: 'A participant.' }, SYSTEM: { description: 'Minutely (call records, chat locks).' } },
});

export enum SystemMessageType {
  MISSED_CALL = 'MISSED_CALL',
  CALL_ENDED = 'CALL_ENDED',
  CALL_NOT_CONNECTED = 'CALL_NOT_CONNECTED',
  CHAT_LOCKED = 'CHAT_LOCKED',
  CHAT_UNLOCKED = 'CHAT_UNLOCKED',
  CHAT_LOCK_WITHDRAWN = 'CHAT_LOCK_WITHDRAWN',
  CREATOR_LEFT_CHAT = 'CREATOR_LEFT_CHAT',
  CALL_INVITATION = 'CALL_INVITATION',
}
registerEnumType(SystemMessageType, {
  name: 'SystemMessageType',
  description: 'What a system message records.',
  valuesConfig: {
    MISSED_CALL: { description: 'A call the creator did not answer (unread for the creator).' },
    CALL_ENDED: { description: 'A call that took place: start, duration and tokens.' },
    CALL_NOT_CONNECTED: { description: 'A call declined, cancelled or failed before connecting; nothing was charged.' },
    CHAT_LOCKED: { description: 'The creator locked the chat for a price.' },
    CHAT_UNLOCKED: { description: 'The fan paid and the chat goes on.' },
    CHAT_LOCK_WITHDRAWN: { description: 'The creator withdrew a lock.' },
    CREATOR_LEFT_CHAT: { description: 'The creator closed the chat (their window, or their agency’s panel) and did not come back within the grace.' },
    CALL_INVITATION: { description: 'The creator invited the fan to a call at their price (see `invitation`).' },
  },
});

export enum ChatLockState {
  OPEN = 'OPEN',
  PAID = 'PAID',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ChatLockState, {
  name: 'ChatLockState',
  description: 'Where a chat lock stands.',
  valuesConfig: {
    OPEN: { description: 'The fan must pay to write again.' },
    PAID: { description: 'The fan paid; the chat is open.' },
    WITHDRAWN: { description: 'The creator withdrew it.' },
  },
});

@ObjectType({ description: 'A paid chat lock: the fan pays the price to go on writing.' })
export class ChatLock {
  @Field(() => ID, { description: 'Identifier of the lock.' })
  id: string;

  @Field(() => ID, { description: 'The conversation it locks.' })
  conversationId: string;

  @Field(() => Int, { description: 'Tokens to unlock.' })
  price: number;

  @Field({ description: 'What the creator offers once it is unlocked (plain text).' })
  description: string;

  @Field(() => ChatLockState, { description: 'Where it stands.' })
  state: ChatLockState;

  @Field(() => GraphQLISODateTime, { description: 'When it was set.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was paid or withdrawn.' })
  resolvedAt: Date | null;
}

@ObjectType({ description: 'The record of a call in the chat.' })
export class CallRecord {
  @Field(() => ID, { description: 'The call.' })
  callId: string;

  @Field({ description: 'VIDEO or AUDIO.' })
  kind: string;

  @Field({ description: 'How the call ended (its state).' })
  state: string;

  @Field(() => GraphQLISODateTime, { description: 'When the fan started it.' })
  startedAt: Date;

  @Field(() => Int, { description: 'Billed connected seconds (0 when it never connected).' })
  durationSeconds: number;

  @Field(() => Int, { description: 'Tokens charged.' })
  tokens: number;
}

@ObjectType({ description: 'A message in a conversation. Text is plain text: render it as text, never as HTML.' })
export class Message {
  @Field(() => ID, { description: 'Identifier; increases with time.' })
  id: string;

  @Field(() => ID, { description: 'The conversation.' })
  conversationId: string;

  @Field(() => MessageKind, { description: 'A participant’s text, or a system record.' })
  kind: MessageKind;

  @Field(() => SystemMessageType, { nullable: true, description: 'What a system message records.' })
  systemType: SystemMessageType | null;

  @Field(() => Participant, { nullable: true, description: 'Who wrote it; null for system messages.' })
  sender: Participant | null;

  @Field({ description: 'True when the signed-in account wrote it.' })
  mine: boolean;

  @Field({ description: 'The text (plain text), or a human summary of a system record.' })
  body: string;

  @Field(() => Participant, {
    nullable: true,
    description: 'The agency account that wrote this (or set this lock) on the creator’s behalf; shown to the creator and to staff, never to the fan.',
  })
  sentOnBehalfBy: Participant | null;

  @Field(() => CallRecord, { nullable: true, description: 'The call a call record is about.' })
  call: CallRecord | null;

  @Field(() => ChatLock, { nullable: true, description: 'The lock a lock message is about (its current state).' })
  lock: ChatLock | null;

  @Field(() => CallInvitation, { nullable: true, description: 'The call invitation a CALL_INVITATION message is about (its current state).' })
  invitation: CallInvitation | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was written.' })
  createdAt: Date;
}

@ObjectType({ description: 'A page of messages, newest first.' })
export class MessageConnection extends Connection(Message, { typeName: 'Message', noun: 'message', plural: 'messages' }) {}

@ObjectType({ description: 'The conversation between one fan and one creator.' })
export class Conversation {
  @Field(() => ID, { description: 'Identifier of the conversation.' })
  id: string;

  @Field(() => Participant, { description: 'The fan.' })
  fan: Participant;

  @Field(() => Participant, { description: 'The creator.' })
  creator: Participant;

  @Field(() => Participant, { description: 'The other participant, from the signed-in account’s side.' })
  other: Participant;

  @Field(() => Message, { nullable: true, description: 'The newest message.' })
  lastMessage: Message | null;

  @Field(() => Int, { description: 'Messages the signed-in account has not read.' })
  unreadCount: number;

  @Field(() => ChatLock, { nullable: true, description: 'The open chat lock, if any: the fan cannot write until it is paid.' })
  openLock: ChatLock | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the last message was written.' })
  lastMessageAt: Date | null;

  @Field(() => CreatorAvailabilityView, { nullable: true, description: 'The creator’s live availability for calls.' })
  creatorAvailability: CreatorAvailabilityView | null;
}

@ObjectType({ description: 'A page of conversations, most recent first.' })
export class ConversationConnection extends Connection(Conversation, { typeName: 'Conversation', noun: 'conversation', plural: 'conversations' }) {}

@ObjectType({ description: 'The chat is locked: pay the lock (unlockChat) to write again.' })
export class ChatLocked {
  @Field(() => ChatLock, { description: 'The open lock with its price and description.' })
  lock: ChatLock;
}

@ObjectType({ description: 'The message cannot be delivered to this person.' })
export class RecipientUnavailable {
  @Field({ description: 'A sentence to show.' })
  message: string;
}

export const SendMessageResult = createUnionType({
  name: 'SendMessageResult',
  description: 'The message sent, or why it was not.',
  types: () => [Message, ChatLocked, RecipientUnavailable] as const,
});

@ObjectType({ description: 'The fan’s wallet cannot pay this lock.' })
export class UnlockNeedsTokens {
  @Field(() => Int, { description: 'The lock’s price.' })
  required: number;

  @Field(() => Int, { description: 'Tokens available now.' })
  available: number;

  @Field(() => Int, { description: 'How many more tokens are needed.' })
  needed: number;
}

export const UnlockChatResult = createUnionType({
  name: 'UnlockChatResult',
  description: 'The paid lock, or how many tokens are missing.',
  types: () => [ChatLock, UnlockNeedsTokens] as const,
});

@ObjectType({ description: 'A message of the temporary chat of a live call; gone when the call ends unless it was reported.' })
export class CallChatMessage {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => ID, { description: 'The call.' })
  callId: string;

  @Field(() => Participant, { description: 'Who wrote it.' })
  sender: Participant;

  @Field({ description: 'True when the signed-in account wrote it.' })
  mine: boolean;

  @Field({ description: 'The text (plain text).' })
  body: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was written.' })
  createdAt: Date;
}

@ObjectType({ description: 'Whether the creator is in a conversation now: their chat window (or their agency’s panel) on it is open.' })
export class ChatPresence {
  @Field(() => ID, { description: 'The conversation.' })
  conversationId: string;

  @Field({ description: 'True while the creator has the conversation open (and for a short grace after they close it).' })
  creatorInChat: boolean;
}
