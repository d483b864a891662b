import { graphql } from './generated';

// Moderation operations the panel sends by name: figures, actions and live events. The resource lists
// and records are read through dataProvider.ts, which builds its queries from the resource names.

export const liveCallFields = graphql(`
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
`);

export const reportFields = graphql(`
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
`);

export const accountFields = graphql(`
  fragment AccountFields on Account {
    id
    displayName
    handle
    email
    role
    status
    createdAt
  }
`);

export const transferFields = graphql(`
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
`);

export const auditEntryFields = graphql(`
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
`);

export const reportDetailsQuery = graphql(`
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
`);

export const removePhotoMutation = graphql(`
  mutation AdminRemovePhoto($photoId: ID!, $reason: String!) {
    removePhoto(photoId: $photoId, reason: $reason)
  }
`);

export const hideReviewMutation = graphql(`
  mutation AdminHideReview($reviewId: ID!, $reason: String!) {
    hideReview(reviewId: $reviewId, reason: $reason)
  }
`);

export const moderationStatsQuery = graphql(`
  query AdminModerationStats {
    moderationStats {
      liveCalls
      openReports
      callsToday
      tokensToday
    }
  }
`);

export const terminateCallMutation = graphql(`
  mutation AdminTerminateCall($callId: ID!, $reason: String!) {
    terminateCall(callId: $callId, reason: $reason) {
      ...LiveCallFields
    }
  }
`);

export const refundCallMutation = graphql(`
  mutation AdminRefundCall($callId: ID!, $amount: Int, $reason: String!) {
    refundCall(callId: $callId, amount: $amount, reason: $reason) {
      id
      legs {
        accountKind
        amount
      }
    }
  }
`);

export const suspendAccountMutation = graphql(`
  mutation AdminSuspendAccount($accountId: ID!, $reason: String!) {
    suspendAccount(accountId: $accountId, reason: $reason) {
      id
      status
    }
  }
`);

export const reinstateAccountMutation = graphql(`
  mutation AdminReinstateAccount($accountId: ID!, $reason: String!) {
    reinstateAccount(accountId: $accountId, reason: $reason) {
      id
      status
    }
  }
`);

export const resolveReportMutation = graphql(`
  mutation AdminResolveReport($id: ID!, $note: String!) {
    resolveReport(id: $id, note: $note) {
      ...ReportFields
    }
  }
`);

export const dismissReportMutation = graphql(`
  mutation AdminDismissReport($id: ID!, $note: String!) {
    dismissReport(id: $id, note: $note) {
      ...ReportFields
    }
  }
`);

export const reportCreatedSubscription = graphql(`
  subscription AdminReportCreated {
    reportCreated {
      ...ReportFields
    }
  }
`);

export const liveCallChangedSubscription = graphql(`
  subscription AdminLiveCallChanged {
    liveCallChanged {
      ...LiveCallFields
    }
  }
`);
