import type {
  AccountFieldsFragment,
  AdminReportDetailsQuery,
  AgencyFieldsFragment,
  AgencyMembershipFieldsFragment,
  AuditEntryFieldsFragment,
  LiveCallFieldsFragment,
  PayoutFieldsFragment,
  PayoutDetailsQuery,
  ReportFieldsFragment,
  TransferFieldsFragment,
} from './graphql/generated/graphql';

// The records react-admin holds for each resource: the fields dataProvider.ts selects.

export type LiveCallRecord = LiveCallFieldsFragment;
export type AccountRecord = AccountFieldsFragment;
export type AgencyMembershipRecord = AgencyMembershipFieldsFragment;
export type AgencyRecord = AgencyFieldsFragment;
export type TransferRecord = TransferFieldsFragment;
export type AuditEntryRecord = AuditEntryFieldsFragment;
export type PayoutRecord = PayoutFieldsFragment;
/** A payout with its owner's recent earnings activity (the show page's record). */
export type PayoutDetailsRecord = NonNullable<PayoutDetailsQuery['Payout']>;
type Details = AdminReportDetailsQuery['reportDetails'];
/** A report; its show page also has the reported call and transcript (absent while only the list's copy is known). */
export type ReportRecord = ReportFieldsFragment & {
  call?: Details['call'];
  transcript?: Details['transcript'];
  conversationMessages?: Details['conversationMessages'];
  photo?: Details['photo'];
  photoRemoved?: boolean;
};
/** A line of a call transcript or of a reported conversation; system messages have no sender. */
export type TranscriptMessage = Omit<Details['transcript'][number], 'sender'> & { sender: Details['transcript'][number]['sender'] | null };
