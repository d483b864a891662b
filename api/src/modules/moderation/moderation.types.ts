import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Matches } from 'class-validator';
import { IsId } from '../../common/ids';
import { AccountStatus, Role } from '../identity';
import { TransferKind } from '../ledger';
import { CallChatMessage, Message } from '../messaging';
import { PhotoView } from '../creators';

export enum ReportReason {
  HARASSMENT = 'HARASSMENT',
  UNDERAGE = 'UNDERAGE',
  NON_CONSENSUAL = 'NON_CONSENSUAL',
  SPAM_OR_SCAM = 'SPAM_OR_SCAM',
  HATE = 'HATE',
  VIOLENCE = 'VIOLENCE',
  NOT_AS_DESCRIBED = 'NOT_AS_DESCRIBED',
  OTHER = 'OTHER',
}
registerEnumType(ReportReason, {
  name: 'ReportReason',
  description: 'Why something is reported.',
  valuesConfig: {
    HARASSMENT: { description: 'Harassment, threats or abuse.' },
    UNDERAGE: { description: 'Someone appears to be under 18.' },
    NON_CONSENSUAL: { description: 'Recording or sharing without consent.' },
    SPAM_OR_SCAM: { description: 'Spam, scams, or asking to pay off-platform.' },
    HATE: { description: 'Hate speech.' },
    VIOLENCE: { description: 'Violence or self-harm.' },
    NOT_AS_DESCRIBED: { description: 'The paid call or chat was not what was offered.' },
    OTHER: { description: 'Something else; see the note.' },
  },
});

export enum ReportStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
  DISMISSED = 'DISMISSED',
}
registerEnumType(ReportStatus, {
  name: 'ReportStatus',
  description: 'Where a report stands.',
  valuesConfig: {
    OPEN: { description: 'Waiting for a moderator.' },
    RESOLVED: { description: 'A moderator acted on it.' },
    DISMISSED: { description: 'A moderator found nothing to act on.' },
  },
});

export enum ReportTarget {
  CALL = 'CALL',
  CONVERSATION = 'CONVERSATION',
  PHOTO = 'PHOTO',
}
registerEnumType(ReportTarget, {
  name: 'ReportTarget',
  description: 'What a report is about.',
  valuesConfig: { CALL: { description: 'A call.' }, CONVERSATION: { description: 'A conversation.' }, PHOTO: { description: 'A creator’s photo.' } },
});

@ObjectType({ description: 'Your report, as its reporter sees it.' })
export class ReportReceipt {
  @Field(() => ID, { description: 'Identifier of the report.' })
  id: string;

  @Field(() => ReportStatus, { description: 'Where it stands.' })
  status: ReportStatus;

  @Field(() => GraphQLISODateTime, { description: 'When it was made.' })
  createdAt: Date;
}

@ObjectType({ description: 'A report in the moderation queue (staff only).' })
export class Report {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => ReportTarget, { description: 'What is reported.' })
  targetType: ReportTarget;

  @Field(() => ID, { nullable: true, description: 'The reported call.' })
  callId: string | null;

  @Field(() => ID, { nullable: true, description: 'The reported conversation.' })
  conversationId: string | null;

  @Field(() => ID, { nullable: true, description: 'The reported photo.' })
  photoId: string | null;

  @Field(() => ID, { description: 'Who reported.' })
  reporterId: string;

  @Field({ description: 'Reporter’s display name.' })
  reporterName: string;

  @Field(() => ID, { description: 'The account reported (the other party).' })
  reportedAccountId: string;

  @Field({ description: 'Reported account’s display name.' })
  reportedAccountName: string;

  @Field(() => ReportReason, { description: 'Why.' })
  reason: ReportReason;

  @Field({ description: 'The reporter’s note.' })
  note: string;

  @Field(() => ReportStatus, { description: 'Where it stands.' })
  status: ReportStatus;

  @Field(() => String, { nullable: true, description: 'The moderator’s note on resolving or dismissing.' })
  resolutionNote: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was made.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was resolved or dismissed.' })
  resolvedAt: Date | null;
}

@ObjectType({ description: 'A call as moderators see it.' })
export class LiveCall {
  @Field(() => ID, { description: 'The call id.' })
  id: string;

  @Field({ description: 'Its state.' })
  state: string;

  @Field({ description: 'VIDEO or AUDIO.' })
  kind: string;

  @Field(() => ID, { description: 'The fan.' })
  fanId: string;

  @Field({ description: 'Fan’s display name.' })
  fanName: string;

  @Field(() => ID, { description: 'The creator.' })
  creatorId: string;

  @Field({ description: 'Creator’s display name.' })
  creatorName: string;

  @Field(() => Int, { description: 'Tokens per minute.' })
  pricePerMinute: number;

  @Field(() => Int, { description: 'Tokens charged so far.' })
  chargedTokens: number;

  @Field(() => Int, { description: 'Tokens held from the fan’s wallet for the current minute(s).' })
  heldTokens: number;

  @Field(() => Int, { description: 'Tokens refunded by moderators.' })
  refundedTokens: number;

  @Field(() => String, { nullable: true, description: 'Why it ended.' })
  endReason: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it started ringing.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it connected.' })
  connectedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it ended.' })
  endedAt: Date | null;
}

@ObjectType({ description: 'One leg of a ledger transfer.' })
export class TransferLeg {
  @Field({ description: 'The account kind (FAN_WALLET, CREATOR_EARNINGS, PLATFORM_REVENUE…).' })
  accountKind: string;

  @Field(() => ID, { nullable: true, description: 'The owner, for owner accounts.' })
  ownerId: string | null;

  @Field(() => String, { nullable: true, description: 'The owner’s display name.' })
  ownerName: string | null;

  @Field(() => Int, { description: 'Tokens in (positive) or out (negative).' })
  amount: number;
}

@ObjectType({ description: 'A ledger transfer (staff only).' })
export class Transfer {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => TransferKind, { description: 'Why tokens moved.' })
  kind: TransferKind;

  @Field({ description: 'Idempotency key.' })
  key: string;

  @Field(() => String, { nullable: true, description: 'What it is about, e.g. `call:<id>`.' })
  reference: string | null;

  @Field(() => String, { nullable: true, description: 'Description.' })
  memo: string | null;

  @Field(() => ID, { nullable: true, description: 'The staff member who made it, for adjustments and refunds.' })
  createdBy: string | null;

  @Field(() => [TransferLeg], { description: 'Its legs; they sum to zero.' })
  legs: TransferLeg[];

  @Field(() => GraphQLISODateTime, { description: 'When it was made.' })
  createdAt: Date;
}

@ObjectType({ description: 'One staff action, recorded forever (staff only).' })
export class AuditEntry {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => ID, { description: 'Who acted.' })
  actorId: string;

  @Field({ description: 'Their display name.' })
  actorName: string;

  @Field({ description: 'What they did, e.g. TERMINATE_CALL, REFUND_CALL, SUSPEND_ACCOUNT.' })
  action: string;

  @Field({ description: 'What it was done to: CALL, ACCOUNT, REPORT…' })
  targetType: string;

  @Field({ description: 'Its id.' })
  targetId: string;

  @Field({ description: 'Why.' })
  reason: string;

  @Field({ description: 'Details as JSON text.' })
  details: string;

  @Field(() => GraphQLISODateTime, { description: 'When.' })
  createdAt: Date;
}

@ObjectType({ description: 'A report with what moderators need to judge it.' })
export class ReportDetails {
  @Field(() => Report, { description: 'The report.' })
  report: Report;

  @Field(() => LiveCall, { nullable: true, description: 'The reported call.' })
  call: LiveCall | null;

  @Field(() => [CallChatMessage], { description: 'The reported call’s temporary-chat transcript (kept because it was reported while live).' })
  transcript: CallChatMessage[];

  @Field(() => [Message], { description: 'The reported conversation’s newest 100 messages, oldest first (conversation reports).' })
  conversationMessages: Message[];

  @Field(() => PhotoView, { nullable: true, description: 'The reported photo (photo reports); its files are gone once removed.' })
  photo: PhotoView | null;

  @Field(() => Boolean, { description: 'True when the reported photo was removed.' })
  photoRemoved: boolean;
}

@ObjectType({ description: 'How many records a list query would return (react-admin’s ListMetadata).' })
export class ListMetadata {
  @Field(() => Int, { description: 'Total count.' })
  count: number;
}

@ObjectType({ description: 'Figures for the moderation dashboard.' })
export class ModerationStats {
  @Field(() => Int, { description: 'Calls ringing, connecting or ongoing now.' })
  liveCalls: number;

  @Field(() => Int, { description: 'Reports waiting.' })
  openReports: number;

  @Field(() => Int, { description: 'Calls started today (UTC).' })
  callsToday: number;

  @Field(() => Int, { description: 'Tokens charged for calls today (UTC).' })
  tokensToday: number;
}

@InputType({ description: 'Filters for allReports.' })
export class ReportFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these records (react-admin getMany).' })
  @IsId({ each: true })
  ids?: string[];

  @Field(() => ReportStatus, { nullable: true, description: 'Only this status.' })
  status?: ReportStatus;

  @Field(() => ReportReason, { nullable: true, description: 'Only this reason.' })
  reason?: ReportReason;

  @Field(() => ID, { nullable: true, description: 'Only reports of this call.' })
  @IsId()
  callId?: string;
}

@InputType({ description: 'Filters for allLiveCalls.' })
export class LiveCallFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these records (react-admin getMany).' })
  @IsId({ each: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Include ended calls too (default: live ones only).' })
  includeEnded?: boolean;

  @Field(() => ID, { nullable: true, description: 'Only calls of this account.' })
  @IsId()
  accountId?: string;
}

@InputType({ description: 'Filters for allAccounts.' })
export class AccountFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these records (react-admin getMany).' })
  @IsId({ each: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Email, handle or name contains this.' })
  q?: string;

  @Field(() => Role, { nullable: true, description: 'Only this role.' })
  role?: Role;

  @Field(() => AccountStatus, { nullable: true, description: 'Only this status.' })
  status?: AccountStatus;
}

@InputType({ description: 'Filters for allTransfers.' })
export class TransferFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these records (react-admin getMany).' })
  @IsId({ each: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Only transfers about this reference, e.g. `call:<id>`.' })
  reference?: string;

  @Field(() => ID, { nullable: true, description: 'Only transfers touching this account’s balances.' })
  @IsId()
  accountId?: string;
}

@InputType({ description: 'Filters for allAuditEntries.' })
export class AuditEntryFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these records (react-admin getMany).' })
  @Matches(/^\d+$/, { each: true, message: 'ids must hold audit entry numbers' })
  ids?: string[];

  @Field({ nullable: true, description: 'Only this action.' })
  action?: string;

  @Field({ nullable: true, description: 'Only entries about this target id.' })
  targetId?: string;
}
