import { graphql } from './generated';

// Payouts: a creator's requests to be paid their available earnings, and the payout provider's onboarding.

export const payoutFieldsFragment = graphql(`
  fragment PayoutFields on Payout {
    id
    tokens
    status
    reason
    provider
    createdAt
    amount {
      amountCents
      currency
    }
  }
`);

export const payoutsQuery = graphql(`
  query MyPayouts($first: Int!) {
    payouts(first: $first) {
      edges {
        node {
          ...PayoutFields
        }
      }
    }
  }
`);

export const requestPayoutMutation = graphql(`
  mutation RequestPayout($tokens: Int!) {
    requestPayout(tokens: $tokens) {
      ...PayoutFields
    }
  }
`);

export const payoutOnboardingLinkMutation = graphql(`
  mutation PayoutOnboardingLink {
    payoutOnboardingLink {
      url
      testMode
    }
  }
`);
