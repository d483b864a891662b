import { graphql } from './generated';

// The agency: its memberships (owner and creator sides) and the owner's live panel.

export const agencyMembershipFieldsFragment = graphql(`
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
`);

export const agencyRowFieldsFragment = graphql(`
  fragment AgencyRowFields on AgencyCreatorRow {
    membershipId
    shareBps
    heldOnline
    pricePerMinute
    unreadChats
    earningsToday
    ringingCallId
    creator {
      id
      displayName
      handle
    }
    availability {
      status
      until
      nextAvailableAt
      online
    }
  }
`);

export const myAgencyQuery = graphql(`
  query MyAgency {
    myAgency {
      id
      name
      memberships {
        ...AgencyMembershipFields
      }
    }
    agencyEarnings {
      balance
      today
    }
  }
`);

export const createAgencyMutation = graphql(`
  mutation CreateAgency($name: String!) {
    createAgency(name: $name) {
      id
    }
  }
`);

export const inviteCreatorMutation = graphql(`
  mutation InviteCreatorToAgency($handle: String!, $shareBps: Int!) {
    inviteCreatorToAgency(handle: $handle, shareBps: $shareBps) {
      ...AgencyMembershipFields
    }
  }
`);

export const endMembershipMutation = graphql(`
  mutation EndAgencyMembership($membershipId: ID!) {
    endAgencyMembership(membershipId: $membershipId) {
      ...AgencyMembershipFields
    }
  }
`);

export const respondToInvitationMutation = graphql(`
  mutation RespondToAgencyInvitation($membershipId: ID!, $accept: Boolean!) {
    respondToAgencyInvitation(membershipId: $membershipId, accept: $accept) {
      ...AgencyMembershipFields
    }
  }
`);

export const myMembershipsQuery = graphql(`
  query MyAgencyMemberships {
    myAgencyMemberships {
      ...AgencyMembershipFields
    }
    agencyActionsForMe(limit: 20) {
      id
      action
      subject
      detail
      createdAt
      actor {
        displayName
      }
      agency {
        name
      }
    }
  }
`);

export const agencyPanelQuery = graphql(`
  query AgencyPanel {
    agencyPanel {
      ...AgencyRowFields
    }
  }
`);

export const setCreatorsOnlineMutation = graphql(`
  mutation SetAgencyCreatorsOnline($online: Boolean!, $creatorIds: [ID!]) {
    setAgencyCreatorsOnline(online: $online, creatorIds: $creatorIds) {
      ...AgencyRowFields
    }
  }
`);

export const agencyPanelEventsSubscription = graphql(`
  subscription AgencyPanelEvents {
    agencyPanelEvents {
      kind
      creatorId
      conversationId
      messageId
      callId
      row {
        ...AgencyRowFields
      }
    }
  }
`);

export const agencyConversationsQuery = graphql(`
  query AgencyConversations($creatorId: ID!) {
    agencyConversations(creatorId: $creatorId, first: 30) {
      edges {
        node {
          id
          unreadCount
          lastMessageAt
          fan {
            id
            displayName
            handle
          }
          openLock {
            id
            price
          }
        }
      }
    }
  }
`);

export const agencyMessagesQuery = graphql(`
  query AgencyMessages($creatorId: ID!, $conversationId: ID!) {
    agencyMessages(creatorId: $creatorId, conversationId: $conversationId, first: 50) {
      edges {
        node {
          ...MessageFields
        }
      }
    }
  }
`);

export const agencySendMessageMutation = graphql(`
  mutation AgencySendMessage($creatorId: ID!, $conversationId: ID!, $text: String!) {
    agencySendMessage(creatorId: $creatorId, conversationId: $conversationId, text: $text) {
      __typename
      ... on Message {
        ...MessageFields
      }
      ... on RecipientUnavailable {
        message
      }
    }
  }
`);

export const agencyLockChatMutation = graphql(`
  mutation AgencyLockChat($creatorId: ID!, $conversationId: ID!, $price: Int!, $description: String!) {
    agencyLockChat(creatorId: $creatorId, conversationId: $conversationId, price: $price, description: $description) {
      id
      state
    }
  }
`);

export const agencyMarkReadMutation = graphql(`
  mutation AgencyMarkConversationRead($creatorId: ID!, $conversationId: ID!) {
    agencyMarkConversationRead(creatorId: $creatorId, conversationId: $conversationId) {
      id
      unreadCount
    }
  }
`);

export const agencyDeclineCallMutation = graphql(`
  mutation AgencyDeclineCall($creatorId: ID!, $callId: ID!, $message: String) {
    agencyDeclineCall(creatorId: $creatorId, callId: $callId, message: $message)
  }
`);

// While the panel shows a member's conversation the fan sees the creator in the chat.
export const agencyChatPresenceSubscription = graphql(`
  subscription AgencyChatPresence($creatorId: ID!, $conversationId: ID!) {
    agencyChatPresence(creatorId: $creatorId, conversationId: $conversationId) {
      conversationId
      creatorInChat
    }
  }
`);
