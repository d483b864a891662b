import { graphql } from './generated';

// Tokens: the fan's wallet and purchases, the creator's earnings.

export const activityItemFieldsFragment = graphql(`
  fragment ActivityItemFields on ActivityItem {
    id
    kind
    total
    refunded
    startedAt
    updatedAt
    transferCount
    value {
      amountCents
      currency
    }
    counterpart {
      id
      displayName
    }
    call {
      id
      kind
      billedSeconds
      chargedTokens
      connectedAt
      endReason
    }
  }
`);

export const walletActivityQuery = graphql(`
  query WalletActivity($after: String) {
    walletActivity(first: 20, after: $after) {
      edges {
        node {
          ...ActivityItemFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const activityTransfersQuery = graphql(`
  query ActivityTransfers($id: String!) {
    activityItem(id: $id) {
      id
      transfers {
        id
        kind
        memo
        amount
        reserved
        createdAt
      }
    }
  }
`);

export const walletActivityCsvQuery = graphql(`
  query WalletActivityCsv($from: DateTimeISO!, $to: DateTimeISO!) {
    walletActivityCsv(from: $from, to: $to)
  }
`);

export const walletBalanceQuery = graphql(`
  query WalletBalance {
    wallet {
      available
      held
      frozen
    }
  }
`);

export const tokenPacksQuery = graphql(`
  query TokenPacks {
    tokenPacks {
      id
      tokens
      priceCents
      currency
    }
  }
`);

export const purchaseTokensMutation = graphql(`
  mutation PurchaseTokens($packId: ID!) {
    purchaseTokens(packId: $packId) {
      checkoutUrl
      testMode
      purchase {
        id
        status
        tokens
      }
    }
  }
`);

export const purchaseQuery = graphql(`
  query Purchase($id: ID!) {
    purchase(id: $id) {
      id
      status
      tokens
    }
  }
`);

export const walletChangedSubscription = graphql(`
  subscription WalletChanged {
    walletChanged {
      available
      held
      earnings
      frozen
    }
  }
`);

export const earningsBalanceQuery = graphql(`
  query EarningsBalance {
    earnings {
      balance
    }
  }
`);

export const spendingLimitsFieldsFragment = graphql(`
  fragment SpendingLimitsFields on SpendingLimits {
    perCallCap
    dailyLimit
    excludedUntil
    spentToday
  }
`);

export const spendingLimitsQuery = graphql(`
  query SpendingLimits {
    spendingLimits {
      ...SpendingLimitsFields
    }
  }
`);

export const setSpendingLimitsMutation = graphql(`
  mutation SetSpendingLimits($limits: SpendingLimitsInput!) {
    setSpendingLimits(limits: $limits) {
      ...SpendingLimitsFields
    }
  }
`);

export const sendTipMutation = graphql(`
  mutation SendTip($creatorId: ID!, $amount: Int!, $callId: ID) {
    sendTip(creatorId: $creatorId, amount: $amount, callId: $callId) {
      id
      total
    }
  }
`);

export const earningsSummaryQuery = graphql(`
  query EarningsSummary {
    earningsSummary {
      balance
      pending
      available
      inPayout
      paidOut
      payoutMinimum
      holdingDays
      paidOutValue {
        amountCents
        currency
      }
      tokenValue {
        amountCents
        currency
      }
      pendingValue {
        amountCents
        currency
      }
      availableValue {
        amountCents
        currency
      }
    }
  }
`);

export const receiptQuery = graphql(`
  query Receipt($id: ID!) {
    purchase(id: $id) {
      id
      packId
      tokens
      status
      createdAt
      amountCents
      currency
      provider
      refundedCents
    }
  }
`);

export const tipReceivedSubscription = graphql(`
  subscription TipReceived {
    tipReceived {
      ...ActivityItemFields
    }
  }
`);
