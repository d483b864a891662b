import { graphql } from './generated';

// The messenger: conversations, messages with their system records, chat locks, blocks and reports.

export const chatLockFieldsFragment = graphql(`
  fragment ChatLockFields on ChatLock {
    id
    conversationId
    price
    description
    state
    createdAt
    resolvedAt
  }
`);

export const callInvitationFieldsFragment = graphql(`
  fragment CallInvitationFields on CallInvitation {
    id
    conversationId
    kind
    pricePerMinute
    state
    expiresAt
    callId
  }
`);

export const messageFieldsFragment = graphql(`
  fragment MessageFields on Message {
    id
    conversationId
    kind
    systemType
    body
    mine
    createdAt
    sender {
      id
      displayName
    }
    sentOnBehalfBy {
      id
      displayName
    }
    call {
      callId
      kind
      state
      startedAt
      durationSeconds
      tokens
    }
    lock {
      ...ChatLockFields
    }
    invitation {
      ...CallInvitationFields
    }
  }
`);

export const conversationFieldsFragment = graphql(`
  fragment ConversationFields on Conversation {
    id
    unreadCount
    lastMessageAt
    other {
      id
      displayName
      handle
    }
    creator {
      id
      displayName
      handle
    }
    fan {
      id
      displayName
      handle
    }
    creatorAvailability {
      ...AvailabilityFields
    }
    openLock {
      ...ChatLockFields
    }
    creatorInChat
    lastMessage {
      ...MessageFields
    }
  }
`);

// Page sizes are left to the API's defaults (20 conversations, 30 messages): a literal `first` multiplies
// the query's estimated cost, and these nest deeply enough to pass the API's cost limit only without it.
export const conversationsQuery = graphql(`
  query Conversations($after: String) {
    conversations(after: $after) {
      edges {
        node {
          ...ConversationFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const conversationQuery = graphql(`
  query Conversation($id: ID!, $after: String) {
    conversation(id: $id) {
      ...ConversationFields
      messages(after: $after) {
        edges {
          node {
            ...MessageFields
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

export const conversationWithCreatorQuery = graphql(`
  query ConversationWithCreator($creatorId: ID!) {
    conversationWithCreator(creatorId: $creatorId) {
      id
    }
  }
`);

export const sendMessageMutation = graphql(`
  mutation SendMessage($text: String!, $conversationId: ID, $creatorId: ID) {
    sendMessage(text: $text, conversationId: $conversationId, creatorId: $creatorId) {
      __typename
      ... on Message {
        ...MessageFields
      }
      ... on ChatLocked {
        openLock: lock {
          ...ChatLockFields
        }
      }
      ... on RecipientUnavailable {
        message
      }
    }
  }
`);

export const markConversationReadMutation = graphql(`
  mutation MarkConversationRead($conversationId: ID!) {
    markConversationRead(conversationId: $conversationId) {
      id
      unreadCount
    }
  }
`);

export const messageAddedSubscription = graphql(`
  subscription MessageAdded {
    messageAdded {
      ...MessageFields
    }
  }
`);

export const lockChatMutation = graphql(`
  mutation LockChat($conversationId: ID!, $price: Int!, $description: String!) {
    lockChat(conversationId: $conversationId, price: $price, description: $description) {
      ...ChatLockFields
    }
  }
`);

export const unlockChatMutation = graphql(`
  mutation UnlockChat($lockId: ID!) {
    unlockChat(lockId: $lockId) {
      __typename
      ... on ChatLock {
        ...ChatLockFields
      }
      ... on UnlockNeedsTokens {
        available
        needed
        required
      }
    }
  }
`);

export const withdrawChatLockMutation = graphql(`
  mutation WithdrawChatLock($lockId: ID!) {
    withdrawChatLock(lockId: $lockId) {
      ...ChatLockFields
    }
  }
`);

export const blockAccountMutation = graphql(`
  mutation BlockAccount($accountId: ID!) {
    blockAccount(accountId: $accountId)
  }
`);

export const reportConversationMutation = graphql(`
  mutation ReportConversation($conversationId: ID!, $reason: ReportReason!, $note: String!) {
    reportConversation(conversationId: $conversationId, reason: $reason, note: $note) {
      id
      status
    }
  }
`);

export const chatPresenceSubscription = graphql(`
  subscription ChatPresence($conversationId: ID!) {
    chatPresence(conversationId: $conversationId) {
      conversationId
      creatorInChat
    }
  }
`);

export const inviteToCallMutation = graphql(`
  mutation InviteToCall($conversationId: ID!, $kind: CallKind) {
    inviteToCall(conversationId: $conversationId, kind: $kind) {
      __typename
      ... on CallInvitation {
        ...CallInvitationFields
      }
      ... on CallInvitationRefused {
        reason
        message
      }
    }
  }
`);
