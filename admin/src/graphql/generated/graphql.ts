/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Whether an account may use Minutely. */
export type AccountStatus =
  /** The account can sign in and act. */
  | 'ACTIVE'
  /** Its owner deleted it: personal data erased, only an anonymous row kept for the ledger. */
  | 'DELETED'
  /** A moderator suspended the account; it is refused everywhere. */
  | 'SUSPENDED';

/** What a wallet or earnings activity item was. */
export type ActivityKind =
  /** A correction made by an admin. */
  | 'ADJUSTMENT'
  /** A call: billed per minute at the creator’s price, the last minute by the second; ringing is never billed. Holds, charges, the returned hold and any refund of it are one item. */
  | 'CALL'
  /** A paid chat lock. */
  | 'CHAT_UNLOCK'
  /** Any other movement. */
  | 'OTHER'
  /** A payout of earnings: set aside when requested, given back if it is rejected or fails. */
  | 'PAYOUT'
  /** Tokens given by Minutely. */
  | 'PROMOTION'
  /** A token pack bought (with any refund or dispute of it). */
  | 'PURCHASE'
  /** A refund that is not about one call, unlock or purchase. */
  | 'REFUND'
  /** A tip from a fan to a creator. */
  | 'TIP';

/** Where a creator’s membership of an agency stands. */
export type AgencyMembershipState =
  /** The creator accepted: the agency manages their availability and chats and takes its share. */
  | 'ACTIVE'
  /** The invitation was withdrawn before it was accepted. */
  | 'CANCELLED'
  /** The creator declined the invitation. */
  | 'DECLINED'
  /** The creator, the agency or a moderator ended the membership; the agency’s access ended with it. */
  | 'ENDED'
  /** The agency invited the creator; they have not answered yet. */
  | 'INVITED';

/** Where a payout request is. */
export type PayoutStatus =
  /** The provider failed or reversed the transfer (see `reason`); the tokens went back to the earnings. */
  | 'FAILED'
  /** The provider confirmed the transfer: the money is in the creator’s payout account. */
  | 'PAID'
  /** Approved; the transfer was sent to the payout provider, which has not confirmed it yet. */
  | 'PROCESSING'
  /** Staff rejected it (see `reason`); the tokens went back to the earnings. */
  | 'REJECTED'
  /** Asked for; the tokens are set aside from the earnings until staff review it. */
  | 'REQUESTED';

/** Why something is reported. */
export type ReportReason =
  /** Harassment, threats or abuse. */
  | 'HARASSMENT'
  /** Hate speech. */
  | 'HATE'
  /** Recording or sharing without consent. */
  | 'NON_CONSENSUAL'
  /** The paid call or chat was not what was offered. */
  | 'NOT_AS_DESCRIBED'
  /** Something else; see the note. */
  | 'OTHER'
  /** Spam, scams, or asking to pay off-platform. */
  | 'SPAM_OR_SCAM'
  /** Someone appears to be under 18. */
  | 'UNDERAGE'
  /** Violence or self-harm. */
  | 'VIOLENCE';

/** Where a report stands. */
export type ReportStatus =
  /** A moderator found nothing to act on. */
  | 'DISMISSED'
  /** Waiting for a moderator. */
  | 'OPEN'
  /** A moderator acted on it. */
  | 'RESOLVED';

/** What a report is about. */
export type ReportTarget =
  /** A call. */
  | 'CALL'
  /** A conversation. */
  | 'CONVERSATION'
  /** A creator’s photo. */
  | 'PHOTO';

/** What an account is on Minutely. */
export type Role =
  /** Everything a moderator does, plus staff accounts and wallet corrections. */
  | 'ADMIN'
  /** Owns an agency: manages its member creators’ availability and chats from one panel, and earns a share. */
  | 'AGENCY'
  /** Is called and chatted with for a price, and earns. */
  | 'CREATOR'
  /** Finds creators, calls them, chats and buys tokens. */
  | 'FAN'
  /** Works the report queue and acts on calls and accounts. */
  | 'MODERATOR';

/** Why tokens moved. */
export type TransferKind =
  /** A correction made by an admin, with a recorded reason. */
  | 'ADJUSTMENT'
  /** Tokens taken back because the payment was disputed; the wallet is frozen. */
  | 'CHARGEBACK'
  /** A chat lock paid to the creator. */
  | 'CHAT_UNLOCK'
  /** Earnings set aside for a payout the creator (or agency) requested, until the provider answers. */
  | 'PAYOUT'
  /** A payout the provider confirmed: the money left Minutely for the creator’s account. */
  | 'PAYOUT_PAID'
  /** A payout rejected by staff, failed or reversed by the provider: the tokens went back to the earnings. */
  | 'PAYOUT_RETURNED'
  /** Tokens given by Minutely (welcome bonus, promotion). */
  | 'PROMOTION'
  /** Tokens bought with a token pack. */
  | 'PURCHASE'
  /** Tokens taken back because the payment was refunded. */
  | 'PURCHASE_REFUND'
  /** A moderator refunded a payment. */
  | 'REFUND'
  /** Held tokens returned to the wallet, unused. */
  | 'RELEASE'
  /** Tokens held for the next minute of a call. */
  | 'RESERVE'
  /** A call minute paid out of the hold to the creator. */
  | 'SETTLE'
  /** A tip from a fan to a creator, split by the commission like a call. */
  | 'TIP';

export type AgencyMembershipFieldsFragment = { id: string, state: AgencyMembershipState, shareBps: number, invitedAt: string, respondedAt: string | null, endedAt: string | null, agency: { id: string, name: string }, creator: { id: string, displayName: string, handle: string } };

export type AdminEndAgencyMembershipMutationVariables = Exact<{
  membershipId: string | number;
  reason: string;
}>;


export type AdminEndAgencyMembershipMutation = { endAgencyMembershipAsStaff: { id: string, state: AgencyMembershipState, endedAt: string | null } };

export type AgencyFieldsFragment = { id: string, name: string, createdAt: string, owner: { id: string, displayName: string, handle: string }, memberships: Array<{ id: string, state: AgencyMembershipState }> };

export type StaffSessionFragment = { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, account: { id: string, email: string | null, displayName: string, handle: string, role: Role, status: AccountStatus } };

export type AdminLogInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type AdminLogInMutation = { logIn: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, account: { id: string, email: string | null, displayName: string, handle: string, role: Role, status: AccountStatus } } };

export type AdminRefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type AdminRefreshSessionMutation = { refreshSession: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, account: { id: string, email: string | null, displayName: string, handle: string, role: Role, status: AccountStatus } } };

export type AdminLogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type AdminLogOutMutation = { logOut: boolean };

export type LiveCallFieldsFragment = { id: string, state: string, kind: string, fanId: string, fanName: string, creatorId: string, creatorName: string, pricePerMinute: number, chargedTokens: number, refundedTokens: number, endReason: string | null, createdAt: string, connectedAt: string | null, endedAt: string | null };

export type ReportFieldsFragment = { id: string, targetType: ReportTarget, callId: string | null, conversationId: string | null, reporterId: string, reporterName: string, reportedAccountId: string, reportedAccountName: string, reason: ReportReason, note: string, status: ReportStatus, resolutionNote: string | null, createdAt: string, resolvedAt: string | null };

export type AccountFieldsFragment = { id: string, displayName: string, handle: string, email: string | null, role: Role, status: AccountStatus, createdAt: string };

export type TransferFieldsFragment = { id: string, kind: TransferKind, key: string, reference: string | null, memo: string | null, createdBy: string | null, createdAt: string, legs: Array<{ accountKind: string, ownerId: string | null, ownerName: string | null, amount: number }> };

export type AuditEntryFieldsFragment = { id: string, actorId: string, actorName: string, action: string, targetType: string, targetId: string, reason: string, details: string, createdAt: string };

export type AdminReportDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminReportDetailsQuery = { reportDetails: { photoRemoved: boolean, report: { id: string, targetType: ReportTarget, callId: string | null, conversationId: string | null, reporterId: string, reporterName: string, reportedAccountId: string, reportedAccountName: string, reason: ReportReason, note: string, status: ReportStatus, resolutionNote: string | null, createdAt: string, resolvedAt: string | null }, call: { id: string, state: string, kind: string, fanId: string, fanName: string, creatorId: string, creatorName: string, pricePerMinute: number, chargedTokens: number, refundedTokens: number, endReason: string | null, createdAt: string, connectedAt: string | null, endedAt: string | null } | null, transcript: Array<{ id: string, body: string, createdAt: string, sender: { id: string, displayName: string, handle: string } }>, conversationMessages: Array<{ id: string, body: string, createdAt: string, sender: { id: string, displayName: string, handle: string } | null }>, photo: { id: string, url: string, srcset: string } | null } };

export type AdminRemovePhotoMutationVariables = Exact<{
  photoId: string | number;
  reason: string;
}>;


export type AdminRemovePhotoMutation = { removePhoto: boolean };

export type AdminHideReviewMutationVariables = Exact<{
  reviewId: string | number;
  reason: string;
}>;


export type AdminHideReviewMutation = { hideReview: boolean };

export type AdminModerationStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminModerationStatsQuery = { moderationStats: { liveCalls: number, openReports: number, callsToday: number, tokensToday: number } };

export type AdminTerminateCallMutationVariables = Exact<{
  callId: string | number;
  reason: string;
}>;


export type AdminTerminateCallMutation = { terminateCall: { id: string, state: string, kind: string, fanId: string, fanName: string, creatorId: string, creatorName: string, pricePerMinute: number, chargedTokens: number, refundedTokens: number, endReason: string | null, createdAt: string, connectedAt: string | null, endedAt: string | null } };

export type AdminRefundCallMutationVariables = Exact<{
  callId: string | number;
  amount?: number | null | undefined;
  reason: string;
}>;


export type AdminRefundCallMutation = { refundCall: { id: string, legs: Array<{ accountKind: string, amount: number }> } };

export type AdminSuspendAccountMutationVariables = Exact<{
  accountId: string | number;
  reason: string;
}>;


export type AdminSuspendAccountMutation = { suspendAccount: { id: string, status: AccountStatus } };

export type AdminReinstateAccountMutationVariables = Exact<{
  accountId: string | number;
  reason: string;
}>;


export type AdminReinstateAccountMutation = { reinstateAccount: { id: string, status: AccountStatus } };

export type AdminResolveReportMutationVariables = Exact<{
  id: string | number;
  note: string;
}>;


export type AdminResolveReportMutation = { resolveReport: { id: string, targetType: ReportTarget, callId: string | null, conversationId: string | null, reporterId: string, reporterName: string, reportedAccountId: string, reportedAccountName: string, reason: ReportReason, note: string, status: ReportStatus, resolutionNote: string | null, createdAt: string, resolvedAt: string | null } };

export type AdminDismissReportMutationVariables = Exact<{
  id: string | number;
  note: string;
}>;


export type AdminDismissReportMutation = { dismissReport: { id: string, targetType: ReportTarget, callId: string | null, conversationId: string | null, reporterId: string, reporterName: string, reportedAccountId: string, reportedAccountName: string, reason: ReportReason, note: string, status: ReportStatus, resolutionNote: string | null, createdAt: string, resolvedAt: string | null } };

export type AdminReportCreatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AdminReportCreatedSubscription = { reportCreated: { id: string, targetType: ReportTarget, callId: string | null, conversationId: string | null, reporterId: string, reporterName: string, reportedAccountId: string, reportedAccountName: string, reason: ReportReason, note: string, status: ReportStatus, resolutionNote: string | null, createdAt: string, resolvedAt: string | null } };

export type AdminLiveCallChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AdminLiveCallChangedSubscription = { liveCallChanged: { id: string, state: string, kind: string, fanId: string, fanName: string, creatorId: string, creatorName: string, pricePerMinute: number, chargedTokens: number, refundedTokens: number, endReason: string | null, createdAt: string, connectedAt: string | null, endedAt: string | null } };

export type PayoutFieldsFragment = { id: string, tokens: number, status: PayoutStatus, reason: string | null, provider: string, ownerKind: string, createdAt: string, updatedAt: string, reviewedAt: string | null, amount: { amountCents: number, currency: string }, owner: { id: string, displayName: string, handle: string } };

export type PayoutDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type PayoutDetailsQuery = { Payout: { id: string, tokens: number, status: PayoutStatus, reason: string | null, provider: string, ownerKind: string, createdAt: string, updatedAt: string, reviewedAt: string | null, recentActivity: Array<{ id: string, kind: ActivityKind, total: number, startedAt: string, counterpart: { displayName: string } | null }>, amount: { amountCents: number, currency: string }, owner: { id: string, displayName: string, handle: string } } };

export type AdminApprovePayoutMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type AdminApprovePayoutMutation = { approvePayout: { id: string, status: PayoutStatus } };

export type AdminRejectPayoutMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type AdminRejectPayoutMutation = { rejectPayout: { id: string, status: PayoutStatus } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AgencyMembershipFieldsFragmentDoc = new TypedDocumentString(`
    fragment AgencyMembershipFields on AgencyMembership {
  id
  state
  shareBps
  invitedAt
  respondedAt
  endedAt
  agency {
    id
    name
  }
  creator {
    id
    displayName
    handle
  }
}
    `, {"fragmentName":"AgencyMembershipFields"}) as unknown as TypedDocumentString<AgencyMembershipFieldsFragment, unknown>;
export const AgencyFieldsFragmentDoc = new TypedDocumentString(`
    fragment AgencyFields on Agency {
  id
  name
  createdAt
  owner {
    id
    displayName
    handle
  }
  memberships {
    id
    state
  }
}
    `, {"fragmentName":"AgencyFields"}) as unknown as TypedDocumentString<AgencyFieldsFragment, unknown>;
export const StaffSessionFragmentDoc = new TypedDocumentString(`
    fragment StaffSession on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  account {
    id
    email
    displayName
    handle
    role
    status
  }
}
    `, {"fragmentName":"StaffSession"}) as unknown as TypedDocumentString<StaffSessionFragment, unknown>;
export const LiveCallFieldsFragmentDoc = new TypedDocumentString(`
    fragment LiveCallFields on LiveCall {
  id
  state
  kind
  fanId
  fanName
  creatorId
  creatorName
  pricePerMinute
  chargedTokens
  refundedTokens
  endReason
  createdAt
  connectedAt
  endedAt
}
    `, {"fragmentName":"LiveCallFields"}) as unknown as TypedDocumentString<LiveCallFieldsFragment, unknown>;
export const ReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReportFields on Report {
  id
  targetType
  callId
  conversationId
  reporterId
  reporterName
  reportedAccountId
  reportedAccountName
  reason
  note
  status
  resolutionNote
  createdAt
  resolvedAt
}
    `, {"fragmentName":"ReportFields"}) as unknown as TypedDocumentString<ReportFieldsFragment, unknown>;
export const AccountFieldsFragmentDoc = new TypedDocumentString(`
    fragment AccountFields on Account {
  id
  displayName
  handle
  email
  role
  status
  createdAt
}
    `, {"fragmentName":"AccountFields"}) as unknown as TypedDocumentString<AccountFieldsFragment, unknown>;
export const TransferFieldsFragmentDoc = new TypedDocumentString(`
    fragment TransferFields on Transfer {
  id
  kind
  key
  reference
  memo
  createdBy
  createdAt
  legs {
    accountKind
    ownerId
    ownerName
    amount
  }
}
    `, {"fragmentName":"TransferFields"}) as unknown as TypedDocumentString<TransferFieldsFragment, unknown>;
export const AuditEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuditEntryFields on AuditEntry {
  id
  actorId
  actorName
  action
  targetType
  targetId
  reason
  details
  createdAt
}
    `, {"fragmentName":"AuditEntryFields"}) as unknown as TypedDocumentString<AuditEntryFieldsFragment, unknown>;
export const PayoutFieldsFragmentDoc = new TypedDocumentString(`
    fragment PayoutFields on Payout {
  id
  tokens
  status
  reason
  provider
  ownerKind
  createdAt
  updatedAt
  reviewedAt
  amount {
    amountCents
    currency
  }
  owner {
    id
    displayName
    handle
  }
}
    `, {"fragmentName":"PayoutFields"}) as unknown as TypedDocumentString<PayoutFieldsFragment, unknown>;
export const AdminEndAgencyMembershipDocument = new TypedDocumentString(`
    mutation AdminEndAgencyMembership($membershipId: ID!, $reason: String!) {
  endAgencyMembershipAsStaff(membershipId: $membershipId, reason: $reason) {
    id
    state
    endedAt
  }
}
    `) as unknown as TypedDocumentString<AdminEndAgencyMembershipMutation, AdminEndAgencyMembershipMutationVariables>;
export const AdminLogInDocument = new TypedDocumentString(`
    mutation AdminLogIn($email: String!, $password: String!) {
  logIn(email: $email, password: $password) {
    ...StaffSession
  }
}
    fragment StaffSession on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  account {
    id
    email
    displayName
    handle
    role
    status
  }
}`) as unknown as TypedDocumentString<AdminLogInMutation, AdminLogInMutationVariables>;
export const AdminRefreshSessionDocument = new TypedDocumentString(`
    mutation AdminRefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    ...StaffSession
  }
}
    fragment StaffSession on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  account {
    id
    email
    displayName
    handle
    role
    status
  }
}`) as unknown as TypedDocumentString<AdminRefreshSessionMutation, AdminRefreshSessionMutationVariables>;
export const AdminLogOutDocument = new TypedDocumentString(`
    mutation AdminLogOut {
  logOut
}
    `) as unknown as TypedDocumentString<AdminLogOutMutation, AdminLogOutMutationVariables>;
export const AdminReportDetailsDocument = new TypedDocumentString(`
    query AdminReportDetails($id: ID!) {
  reportDetails(id: $id) {
    report {
      ...ReportFields
    }
    call {
      ...LiveCallFields
    }
    transcript {
      id
      body
      createdAt
      sender {
        id
        displayName
        handle
      }
    }
    conversationMessages {
      id
      body
      createdAt
      sender {
        id
        displayName
        handle
      }
    }
    photo {
      id
      url
      srcset
    }
    photoRemoved
  }
}
    fragment LiveCallFields on LiveCall {
  id
  state
  kind
  fanId
  fanName
  creatorId
  creatorName
  pricePerMinute
  chargedTokens
  refundedTokens
  endReason
  createdAt
  connectedAt
  endedAt
}
fragment ReportFields on Report {
  id
  targetType
  callId
  conversationId
  reporterId
  reporterName
  reportedAccountId
  reportedAccountName
  reason
  note
  status
  resolutionNote
  createdAt
  resolvedAt
}`) as unknown as TypedDocumentString<AdminReportDetailsQuery, AdminReportDetailsQueryVariables>;
export const AdminRemovePhotoDocument = new TypedDocumentString(`
    mutation AdminRemovePhoto($photoId: ID!, $reason: String!) {
  removePhoto(photoId: $photoId, reason: $reason)
}
    `) as unknown as TypedDocumentString<AdminRemovePhotoMutation, AdminRemovePhotoMutationVariables>;
export const AdminHideReviewDocument = new TypedDocumentString(`
    mutation AdminHideReview($reviewId: ID!, $reason: String!) {
  hideReview(reviewId: $reviewId, reason: $reason)
}
    `) as unknown as TypedDocumentString<AdminHideReviewMutation, AdminHideReviewMutationVariables>;
export const AdminModerationStatsDocument = new TypedDocumentString(`
    query AdminModerationStats {
  moderationStats {
    liveCalls
    openReports
    callsToday
    tokensToday
  }
}
    `) as unknown as TypedDocumentString<AdminModerationStatsQuery, AdminModerationStatsQueryVariables>;
export const AdminTerminateCallDocument = new TypedDocumentString(`
    mutation AdminTerminateCall($callId: ID!, $reason: String!) {
  terminateCall(callId: $callId, reason: $reason) {
    ...LiveCallFields
  }
}
    fragment LiveCallFields on LiveCall {
  id
  state
  kind
  fanId
  fanName
  creatorId
  creatorName
  pricePerMinute
  chargedTokens
  refundedTokens
  endReason
  createdAt
  connectedAt
  endedAt
}`) as unknown as TypedDocumentString<AdminTerminateCallMutation, AdminTerminateCallMutationVariables>;
export const AdminRefundCallDocument = new TypedDocumentString(`
    mutation AdminRefundCall($callId: ID!, $amount: Int, $reason: String!) {
  refundCall(callId: $callId, amount: $amount, reason: $reason) {
    id
    legs {
      accountKind
      amount
    }
  }
}
    `) as unknown as TypedDocumentString<AdminRefundCallMutation, AdminRefundCallMutationVariables>;
export const AdminSuspendAccountDocument = new TypedDocumentString(`
    mutation AdminSuspendAccount($accountId: ID!, $reason: String!) {
  suspendAccount(accountId: $accountId, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AdminSuspendAccountMutation, AdminSuspendAccountMutationVariables>;
export const AdminReinstateAccountDocument = new TypedDocumentString(`
    mutation AdminReinstateAccount($accountId: ID!, $reason: String!) {
  reinstateAccount(accountId: $accountId, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AdminReinstateAccountMutation, AdminReinstateAccountMutationVariables>;
export const AdminResolveReportDocument = new TypedDocumentString(`
    mutation AdminResolveReport($id: ID!, $note: String!) {
  resolveReport(id: $id, note: $note) {
    ...ReportFields
  }
}
    fragment ReportFields on Report {
  id
  targetType
  callId
  conversationId
  reporterId
  reporterName
  reportedAccountId
  reportedAccountName
  reason
  note
  status
  resolutionNote
  createdAt
  resolvedAt
}`) as unknown as TypedDocumentString<AdminResolveReportMutation, AdminResolveReportMutationVariables>;
export const AdminDismissReportDocument = new TypedDocumentString(`
    mutation AdminDismissReport($id: ID!, $note: String!) {
  dismissReport(id: $id, note: $note) {
    ...ReportFields
  }
}
    fragment ReportFields on Report {
  id
  targetType
  callId
  conversationId
  reporterId
  reporterName
  reportedAccountId
  reportedAccountName
  reason
  note
  status
  resolutionNote
  createdAt
  resolvedAt
}`) as unknown as TypedDocumentString<AdminDismissReportMutation, AdminDismissReportMutationVariables>;
export const AdminReportCreatedDocument = new TypedDocumentString(`
    subscription AdminReportCreated {
  reportCreated {
    ...ReportFields
  }
}
    fragment ReportFields on Report {
  id
  targetType
  callId
  conversationId
  reporterId
  reporterName
  reportedAccountId
  reportedAccountName
  reason
  note
  status
  resolutionNote
  createdAt
  resolvedAt
}`) as unknown as TypedDocumentString<AdminReportCreatedSubscription, AdminReportCreatedSubscriptionVariables>;
export const AdminLiveCallChangedDocument = new TypedDocumentString(`
    subscription AdminLiveCallChanged {
  liveCallChanged {
    ...LiveCallFields
  }
}
    fragment LiveCallFields on LiveCall {
  id
  state
  kind
  fanId
  fanName
  creatorId
  creatorName
  pricePerMinute
  chargedTokens
  refundedTokens
  endReason
  createdAt
  connectedAt
  endedAt
}`) as unknown as TypedDocumentString<AdminLiveCallChangedSubscription, AdminLiveCallChangedSubscriptionVariables>;
export const PayoutDetailsDocument = new TypedDocumentString(`
    query PayoutDetails($id: ID!) {
  Payout(id: $id) {
    ...PayoutFields
    recentActivity(first: 10) {
      id
      kind
      total
      startedAt
      counterpart {
        displayName
      }
    }
  }
}
    fragment PayoutFields on Payout {
  id
  tokens
  status
  reason
  provider
  ownerKind
  createdAt
  updatedAt
  reviewedAt
  amount {
    amountCents
    currency
  }
  owner {
    id
    displayName
    handle
  }
}`) as unknown as TypedDocumentString<PayoutDetailsQuery, PayoutDetailsQueryVariables>;
export const AdminApprovePayoutDocument = new TypedDocumentString(`
    mutation AdminApprovePayout($id: ID!, $note: String) {
  approvePayout(id: $id, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AdminApprovePayoutMutation, AdminApprovePayoutMutationVariables>;
export const AdminRejectPayoutDocument = new TypedDocumentString(`
    mutation AdminRejectPayout($id: ID!, $reason: String!) {
  rejectPayout(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AdminRejectPayoutMutation, AdminRejectPayoutMutationVariables>;