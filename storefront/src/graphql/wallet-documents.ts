import { graphql } from './generated';

// Tokens: the fan's wallet and purchases, the creator's earnings.

export const balanceEntryFieldsFragment = graphql(`
  fragment BalanceEntryFields on BalanceEntry {
    id
    amount
    kind
    part
    memo
    counterpart
    reference
    createdAt
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

export const walletHistoryQuery = graphql(`
  query WalletHistory($after: String) {
    wallet {
      available
      held
      frozen
      history(after: $after) {
        edges {
          node {
            ...BalanceEntryFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
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

export const earningsQuery = graphql(`
  query Earnings($after: String) {
    earnings {
      balance
      history(after: $after) {
        edges {
          node {
            ...BalanceEntryFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);
