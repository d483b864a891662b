/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AgencyMembershipFields on AgencyMembership {\n    id\n    state\n    shareBps\n    invitedAt\n    respondedAt\n    endedAt\n    agency {\n      id\n      name\n    }\n    creator {\n      id\n      displayName\n      handle\n    }\n  }\n": typeof types.AgencyMembershipFieldsFragmentDoc,
    "\n  mutation AdminEndAgencyMembership($membershipId: ID!, $reason: String!) {\n    endAgencyMembershipAsStaff(membershipId: $membershipId, reason: $reason) {\n      id\n      state\n      endedAt\n    }\n  }\n": typeof types.AdminEndAgencyMembershipDocument,
    "\n  fragment AgencyFields on Agency {\n    id\n    name\n    createdAt\n    owner {\n      id\n      displayName\n      handle\n    }\n    memberships {\n      id\n      state\n    }\n  }\n": typeof types.AgencyFieldsFragmentDoc,
    "\n  fragment StaffSession on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    account {\n      id\n      email\n      displayName\n      handle\n      role\n      status\n    }\n  }\n": typeof types.StaffSessionFragmentDoc,
    "\n  mutation AdminLogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      ...StaffSession\n    }\n  }\n": typeof types.AdminLogInDocument,
    "\n  mutation AdminRefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...StaffSession\n    }\n  }\n": typeof types.AdminRefreshSessionDocument,
    "\n  mutation AdminLogOut {\n    logOut\n  }\n": typeof types.AdminLogOutDocument,
    "\n  fragment LiveCallFields on LiveCall {\n    id\n    state\n    kind\n    fanId\n    fanName\n    creatorId\n    creatorName\n    pricePerMinute\n    chargedTokens\n    refundedTokens\n    endReason\n    createdAt\n    connectedAt\n    endedAt\n  }\n": typeof types.LiveCallFieldsFragmentDoc,
    "\n  fragment ReportFields on Report {\n    id\n    targetType\n    callId\n    conversationId\n    reporterId\n    reporterName\n    reportedAccountId\n    reportedAccountName\n    reason\n    note\n    status\n    resolutionNote\n    createdAt\n    resolvedAt\n  }\n": typeof types.ReportFieldsFragmentDoc,
    "\n  fragment AccountFields on Account {\n    id\n    displayName\n    handle\n    email\n    role\n    status\n    createdAt\n  }\n": typeof types.AccountFieldsFragmentDoc,
    "\n  fragment TransferFields on Transfer {\n    id\n    kind\n    key\n    reference\n    memo\n    createdBy\n    createdAt\n    legs {\n      accountKind\n      ownerId\n      ownerName\n      amount\n    }\n  }\n": typeof types.TransferFieldsFragmentDoc,
    "\n  fragment AuditEntryFields on AuditEntry {\n    id\n    actorId\n    actorName\n    action\n    targetType\n    targetId\n    reason\n    details\n    createdAt\n  }\n": typeof types.AuditEntryFieldsFragmentDoc,
    "\n  query AdminReportDetails($id: ID!) {\n    reportDetails(id: $id) {\n      report {\n        ...ReportFields\n      }\n      call {\n        ...LiveCallFields\n      }\n      transcript {\n        id\n        body\n        createdAt\n        sender {\n          id\n          displayName\n          handle\n        }\n      }\n      conversationMessages {\n        id\n        body\n        createdAt\n        sender {\n          id\n          displayName\n          handle\n        }\n      }\n      photo {\n        id\n        url\n        srcset\n      }\n      photoRemoved\n    }\n  }\n": typeof types.AdminReportDetailsDocument,
    "\n  mutation AdminRemovePhoto($photoId: ID!, $reason: String!) {\n    removePhoto(photoId: $photoId, reason: $reason)\n  }\n": typeof types.AdminRemovePhotoDocument,
    "\n  mutation AdminHideReview($reviewId: ID!, $reason: String!) {\n    hideReview(reviewId: $reviewId, reason: $reason)\n  }\n": typeof types.AdminHideReviewDocument,
    "\n  query AdminModerationStats {\n    moderationStats {\n      liveCalls\n      openReports\n      callsToday\n      tokensToday\n    }\n  }\n": typeof types.AdminModerationStatsDocument,
    "\n  mutation AdminTerminateCall($callId: ID!, $reason: String!) {\n    terminateCall(callId: $callId, reason: $reason) {\n      ...LiveCallFields\n    }\n  }\n": typeof types.AdminTerminateCallDocument,
    "\n  mutation AdminRefundCall($callId: ID!, $amount: Int, $reason: String!) {\n    refundCall(callId: $callId, amount: $amount, reason: $reason) {\n      id\n      legs {\n        accountKind\n        amount\n      }\n    }\n  }\n": typeof types.AdminRefundCallDocument,
    "\n  mutation AdminSuspendAccount($accountId: ID!, $reason: String!) {\n    suspendAccount(accountId: $accountId, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.AdminSuspendAccountDocument,
    "\n  mutation AdminReinstateAccount($accountId: ID!, $reason: String!) {\n    reinstateAccount(accountId: $accountId, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.AdminReinstateAccountDocument,
    "\n  mutation AdminResolveReport($id: ID!, $note: String!) {\n    resolveReport(id: $id, note: $note) {\n      ...ReportFields\n    }\n  }\n": typeof types.AdminResolveReportDocument,
    "\n  mutation AdminDismissReport($id: ID!, $note: String!) {\n    dismissReport(id: $id, note: $note) {\n      ...ReportFields\n    }\n  }\n": typeof types.AdminDismissReportDocument,
    "\n  subscription AdminReportCreated {\n    reportCreated {\n      ...ReportFields\n    }\n  }\n": typeof types.AdminReportCreatedDocument,
    "\n  subscription AdminLiveCallChanged {\n    liveCallChanged {\n      ...LiveCallFields\n    }\n  }\n": typeof types.AdminLiveCallChangedDocument,
    "\n  fragment PayoutFields on Payout {\n    id\n    tokens\n    status\n    reason\n    provider\n    ownerKind\n    createdAt\n    updatedAt\n    reviewedAt\n    amount {\n      amountCents\n      currency\n    }\n    owner {\n      id\n      displayName\n      handle\n    }\n  }\n": typeof types.PayoutFieldsFragmentDoc,
    "\n  query PayoutDetails($id: ID!) {\n    Payout(id: $id) {\n      ...PayoutFields\n      recentActivity(first: 10) {\n        id\n        kind\n        total\n        startedAt\n        counterpart {\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.PayoutDetailsDocument,
    "\n  mutation AdminApprovePayout($id: ID!, $note: String) {\n    approvePayout(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.AdminApprovePayoutDocument,
    "\n  mutation AdminRejectPayout($id: ID!, $reason: String!) {\n    rejectPayout(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.AdminRejectPayoutDocument,
};
const documents: Documents = {
    "\n  fragment AgencyMembershipFields on AgencyMembership {\n    id\n    state\n    shareBps\n    invitedAt\n    respondedAt\n    endedAt\n    agency {\n      id\n      name\n    }\n    creator {\n      id\n      displayName\n      handle\n    }\n  }\n": types.AgencyMembershipFieldsFragmentDoc,
    "\n  mutation AdminEndAgencyMembership($membershipId: ID!, $reason: String!) {\n    endAgencyMembershipAsStaff(membershipId: $membershipId, reason: $reason) {\n      id\n      state\n      endedAt\n    }\n  }\n": types.AdminEndAgencyMembershipDocument,
    "\n  fragment AgencyFields on Agency {\n    id\n    name\n    createdAt\n    owner {\n      id\n      displayName\n      handle\n    }\n    memberships {\n      id\n      state\n    }\n  }\n": types.AgencyFieldsFragmentDoc,
    "\n  fragment StaffSession on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    account {\n      id\n      email\n      displayName\n      handle\n      role\n      status\n    }\n  }\n": types.StaffSessionFragmentDoc,
    "\n  mutation AdminLogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      ...StaffSession\n    }\n  }\n": types.AdminLogInDocument,
    "\n  mutation AdminRefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...StaffSession\n    }\n  }\n": types.AdminRefreshSessionDocument,
    "\n  mutation AdminLogOut {\n    logOut\n  }\n": types.AdminLogOutDocument,
    "\n  fragment LiveCallFields on LiveCall {\n    id\n    state\n    kind\n    fanId\n    fanName\n    creatorId\n    creatorName\n    pricePerMinute\n    chargedTokens\n    refundedTokens\n    endReason\n    createdAt\n    connectedAt\n    endedAt\n  }\n": types.LiveCallFieldsFragmentDoc,
    "\n  fragment ReportFields on Report {\n    id\n    targetType\n    callId\n    conversationId\n    reporterId\n    reporterName\n    reportedAccountId\n    reportedAccountName\n    reason\n    note\n    status\n    resolutionNote\n    createdAt\n    resolvedAt\n  }\n": types.ReportFieldsFragmentDoc,
    "\n  fragment AccountFields on Account {\n    id\n    displayName\n    handle\n    email\n    role\n    status\n    createdAt\n  }\n": types.AccountFieldsFragmentDoc,
    "\n  fragment TransferFields on Transfer {\n    id\n    kind\n    key\n    reference\n    memo\n    createdBy\n    createdAt\n    legs {\n      accountKind\n      ownerId\n      ownerName\n      amount\n    }\n  }\n": types.TransferFieldsFragmentDoc,
    "\n  fragment AuditEntryFields on AuditEntry {\n    id\n    actorId\n    actorName\n    action\n    targetType\n    targetId\n    reason\n    details\n    createdAt\n  }\n": types.AuditEntryFieldsFragmentDoc,
    "\n  query AdminReportDetails($id: ID!) {\n    reportDetails(id: $id) {\n      report {\n        ...ReportFields\n      }\n      call {\n        ...LiveCallFields\n      }\n      transcript {\n        id\n        body\n        createdAt\n        sender {\n          id\n          displayName\n          handle\n        }\n      }\n      conversationMessages {\n        id\n        body\n        createdAt\n        sender {\n          id\n          displayName\n          handle\n        }\n      }\n      photo {\n        id\n        url\n        srcset\n      }\n      photoRemoved\n    }\n  }\n": types.AdminReportDetailsDocument,
    "\n  mutation AdminRemovePhoto($photoId: ID!, $reason: String!) {\n    removePhoto(photoId: $photoId, reason: $reason)\n  }\n": types.AdminRemovePhotoDocument,
    "\n  mutation AdminHideReview($reviewId: ID!, $reason: String!) {\n    hideReview(reviewId: $reviewId, reason: $reason)\n  }\n": types.AdminHideReviewDocument,
    "\n  query AdminModerationStats {\n    moderationStats {\n      liveCalls\n      openReports\n      callsToday\n      tokensToday\n    }\n  }\n": types.AdminModerationStatsDocument,
    "\n  mutation AdminTerminateCall($callId: ID!, $reason: String!) {\n    terminateCall(callId: $callId, reason: $reason) {\n      ...LiveCallFields\n    }\n  }\n": types.AdminTerminateCallDocument,
    "\n  mutation AdminRefundCall($callId: ID!, $amount: Int, $reason: String!) {\n    refundCall(callId: $callId, amount: $amount, reason: $reason) {\n      id\n      legs {\n        accountKind\n        amount\n      }\n    }\n  }\n": types.AdminRefundCallDocument,
    "\n  mutation AdminSuspendAccount($accountId: ID!, $reason: String!) {\n    suspendAccount(accountId: $accountId, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.AdminSuspendAccountDocument,
    "\n  mutation AdminReinstateAccount($accountId: ID!, $reason: String!) {\n    reinstateAccount(accountId: $accountId, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.AdminReinstateAccountDocument,
    "\n  mutation AdminResolveReport($id: ID!, $note: String!) {\n    resolveReport(id: $id, note: $note) {\n      ...ReportFields\n    }\n  }\n": types.AdminResolveReportDocument,
    "\n  mutation AdminDismissReport($id: ID!, $note: String!) {\n    dismissReport(id: $id, note: $note) {\n      ...ReportFields\n    }\n  }\n": types.AdminDismissReportDocument,
    "\n  subscription AdminReportCreated {\n    reportCreated {\n      ...ReportFields\n    }\n  }\n": types.AdminReportCreatedDocument,
    "\n  subscription AdminLiveCallChanged {\n    liveCallChanged {\n      ...LiveCallFields\n    }\n  }\n": types.AdminLiveCallChangedDocument,
    "\n  fragment PayoutFields on Payout {\n    id\n    tokens\n    status\n    reason\n    provider\n    ownerKind\n    createdAt\n    updatedAt\n    reviewedAt\n    amount {\n      amountCents\n      currency\n    }\n    owner {\n      id\n      displayName\n      handle\n    }\n  }\n": types.PayoutFieldsFragmentDoc,
    "\n  query PayoutDetails($id: ID!) {\n    Payout(id: $id) {\n      ...PayoutFields\n      recentActivity(first: 10) {\n        id\n        kind\n        total\n        startedAt\n        counterpart {\n          displayName\n        }\n      }\n    }\n  }\n": types.PayoutDetailsDocument,
    "\n  mutation AdminApprovePayout($id: ID!, $note: String) {\n    approvePayout(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n": types.AdminApprovePayoutDocument,
    "\n  mutation AdminRejectPayout($id: ID!, $reason: String!) {\n    rejectPayout(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.AdminRejectPayoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyMembershipFields on AgencyMembership {\n    id\n    state\n    shareBps\n    invitedAt\n    respondedAt\n    endedAt\n    agency {\n      id\n      name\n    }\n    creator {\n      id\n      displayName\n      handle\n    }\n  }\n"): typeof import('./graphql').AgencyMembershipFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminEndAgencyMembership($membershipId: ID!, $reason: String!) {\n    endAgencyMembershipAsStaff(membershipId: $membershipId, reason: $reason) {\n      id\n      state\n      endedAt\n    }\n  }\n"): typeof import('./graphql').AdminEndAgencyMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyFields on Agency {\n    id\n    name\n    createdAt\n    owner {\n      id\n      displayName\n      handle\n    }\n    memberships {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').AgencyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffSession on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    account {\n      id\n      email\n      displayName\n      handle\n      role\n      status\n    }\n  }\n"): typeof import('./graphql').StaffSessionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminLogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      ...StaffSession\n    }\n  }\n"): typeof import('./graphql').AdminLogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...StaffSession\n    }\n  }\n"): typeof import('./graphql').AdminRefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminLogOut {\n    logOut\n  }\n"): typeof import('./graphql').AdminLogOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveCallFields on LiveCall {\n    id\n    state\n    kind\n    fanId\n    fanName\n    creatorId\n    creatorName\n    pricePerMinute\n    chargedTokens\n    refundedTokens\n    endReason\n    createdAt\n    connectedAt\n    endedAt\n  }\n"): typeof import('./graphql').LiveCallFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportFields on Report {\n    id\n    targetType\n    callId\n    conversationId\n    reporterId\n    reporterName\n    reportedAccountId\n    reportedAccountName\n    reason\n    note\n    status\n    resolutionNote\n    createdAt\n    resolvedAt\n  }\n"): typeof import('./graphql').ReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountFields on Account {\n    id\n    displayName\n    handle\n    email\n    role\n    status\n    createdAt\n  }\n"): typeof import('./graphql').AccountFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TransferFields on Transfer {\n    id\n    kind\n    key\n    reference\n    memo\n    createdBy\n    createdAt\n    legs {\n      accountKind\n      ownerId\n      ownerName\n      amount\n    }\n  }\n"): typeof import('./graphql').TransferFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntryFields on AuditEntry {\n    id\n    actorId\n    actorName\n    action\n    targetType\n    targetId\n    reason\n    details\n    createdAt\n  }\n"): typeof import('./graphql').AuditEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminReportDetails($id: ID!) {\n    reportDetails(id: $id) {\n      report {\n        ...ReportFields\n      }\n      call {\n        ...LiveCallFields\n      }\n      transcript {\n        id\n        body\n        createdAt\n        sender {\n          id\n          displayName\n          handle\n        }\n      }\n      conversationMessages {\n        id\n        body\n        createdAt\n        sender {\n          id\n          displayName\n          handle\n        }\n      }\n      photo {\n        id\n        url\n        srcset\n      }\n      photoRemoved\n    }\n  }\n"): typeof import('./graphql').AdminReportDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemovePhoto($photoId: ID!, $reason: String!) {\n    removePhoto(photoId: $photoId, reason: $reason)\n  }\n"): typeof import('./graphql').AdminRemovePhotoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminHideReview($reviewId: ID!, $reason: String!) {\n    hideReview(reviewId: $reviewId, reason: $reason)\n  }\n"): typeof import('./graphql').AdminHideReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminModerationStats {\n    moderationStats {\n      liveCalls\n      openReports\n      callsToday\n      tokensToday\n    }\n  }\n"): typeof import('./graphql').AdminModerationStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminTerminateCall($callId: ID!, $reason: String!) {\n    terminateCall(callId: $callId, reason: $reason) {\n      ...LiveCallFields\n    }\n  }\n"): typeof import('./graphql').AdminTerminateCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRefundCall($callId: ID!, $amount: Int, $reason: String!) {\n    refundCall(callId: $callId, amount: $amount, reason: $reason) {\n      id\n      legs {\n        accountKind\n        amount\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRefundCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSuspendAccount($accountId: ID!, $reason: String!) {\n    suspendAccount(accountId: $accountId, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').AdminSuspendAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReinstateAccount($accountId: ID!, $reason: String!) {\n    reinstateAccount(accountId: $accountId, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').AdminReinstateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResolveReport($id: ID!, $note: String!) {\n    resolveReport(id: $id, note: $note) {\n      ...ReportFields\n    }\n  }\n"): typeof import('./graphql').AdminResolveReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDismissReport($id: ID!, $note: String!) {\n    dismissReport(id: $id, note: $note) {\n      ...ReportFields\n    }\n  }\n"): typeof import('./graphql').AdminDismissReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AdminReportCreated {\n    reportCreated {\n      ...ReportFields\n    }\n  }\n"): typeof import('./graphql').AdminReportCreatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AdminLiveCallChanged {\n    liveCallChanged {\n      ...LiveCallFields\n    }\n  }\n"): typeof import('./graphql').AdminLiveCallChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PayoutFields on Payout {\n    id\n    tokens\n    status\n    reason\n    provider\n    ownerKind\n    createdAt\n    updatedAt\n    reviewedAt\n    amount {\n      amountCents\n      currency\n    }\n    owner {\n      id\n      displayName\n      handle\n    }\n  }\n"): typeof import('./graphql').PayoutFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PayoutDetails($id: ID!) {\n    Payout(id: $id) {\n      ...PayoutFields\n      recentActivity(first: 10) {\n        id\n        kind\n        total\n        startedAt\n        counterpart {\n          displayName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PayoutDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminApprovePayout($id: ID!, $note: String) {\n    approvePayout(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').AdminApprovePayoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRejectPayout($id: ID!, $reason: String!) {\n    rejectPayout(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').AdminRejectPayoutDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
