import { graphql } from './generated';

// Payout requests as moderators review them: listed through dataProvider.ts, shown with the owner's recent
// earnings activity, approved or rejected (each audited by the API).

export const payoutFields = graphql(`
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
`);

export const payoutDetailsQuery = graphql(`
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
`);

export const approvePayoutMutation = graphql(`
  mutation AdminApprovePayout($id: ID!, $note: String) {
    approvePayout(id: $id, note: $note) {
      id
      status
    }
  }
`);

export const rejectPayoutMutation = graphql(`
  mutation AdminRejectPayout($id: ID!, $reason: String!) {
    rejectPayout(id: $id, reason: $reason) {
      id
      status
    }
  }
`);
