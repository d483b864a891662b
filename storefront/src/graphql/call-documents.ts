import { graphql } from './generated';

// Calls: starting, ringing, answering, media signalling, the temporary chat and reports.

export const callFieldsFragment = graphql(`
  fragment CallFields on Call {
    id
    kind
    state
    endReason
    myRole
    pricePerMinute
    rtcProvider
    createdAt
    ringDeadline
    answeredAt
    connectedAt
    endedAt
    billedSeconds
    elapsedSeconds
    chargedTokens
    heldTokens
    lowBalance
    spendingCap
    spendingCapWarning
    refundedTokens
    nextBoundaryAt
    fan {
      id
      displayName
      handle
    }
    creator {
      id
      displayName
      handle
    }
  }
`);

export const rtcCredentialsFieldsFragment = graphql(`
  fragment RtcCredentialsFields on RtcCredentialsView {
    provider
    appId
    channel
    token
    uid
    expiresAt
  }
`);

export const startCallMutation = graphql(`
  mutation StartCall($creatorId: ID!, $kind: CallKind!) {
    startCall(creatorId: $creatorId, kind: $kind) {
      __typename
      ... on Call {
        ...CallFields
      }
      ... on CreatorBusy {
        creatorId
        message
      }
      ... on CreatorUnavailable {
        creatorId
        message
        status
        nextAvailableAt
      }
      ... on InsufficientTokens {
        available
        needed
        required
      }
    }
  }
`);

// A call invitation accepted from the chat starts a call like startCall, or says why it cannot.
export const acceptCallInvitationMutation = graphql(`
  mutation AcceptCallInvitation($invitationId: ID!) {
    acceptCallInvitation(invitationId: $invitationId) {
      __typename
      ... on Call {
        ...CallFields
      }
      ... on CreatorBusy {
        creatorId
        message
      }
      ... on CreatorUnavailable {
        creatorId
        message
        status
        nextAvailableAt
      }
      ... on InsufficientTokens {
        available
        needed
        required
      }
      ... on CallInvitationRefused {
        reason
        message
      }
    }
  }
`);

export const callQuery = graphql(`
  query Call($id: ID!) {
    call(id: $id) {
      ...CallFields
    }
  }
`);

export const activeCallQuery = graphql(`
  query ActiveCall {
    activeCall {
      ...CallFields
    }
  }
`);

export const cancelCallMutation = graphql(`
  mutation CancelCall($callId: ID!) {
    cancelCall(callId: $callId) {
      ...CallFields
    }
  }
`);

export const answerCallMutation = graphql(`
  mutation AnswerCall($callId: ID!) {
    answerCall(callId: $callId) {
      call {
        ...CallFields
      }
      credentials {
        ...RtcCredentialsFields
      }
    }
  }
`);

export const declineCallMutation = graphql(`
  mutation DeclineCall($callId: ID!) {
    declineCall(callId: $callId) {
      ...CallFields
    }
  }
`);

export const endCallMutation = graphql(`
  mutation EndCall($callId: ID!) {
    endCall(callId: $callId) {
      ...CallFields
    }
  }
`);

export const reportMediaStateMutation = graphql(`
  mutation ReportMediaState($callId: ID!, $media: MediaStateInput!) {
    reportMediaState(callId: $callId, media: $media) {
      ...CallFields
    }
  }
`);

export const renewRtcCredentialsMutation = graphql(`
  mutation RenewRtcCredentials($callId: ID!) {
    renewRtcCredentials(callId: $callId) {
      ...RtcCredentialsFields
    }
  }
`);

export const sendRtcSignalMutation = graphql(`
  mutation SendRtcSignal($callId: ID!, $signal: RtcSignalInput!) {
    sendRtcSignal(callId: $callId, signal: $signal)
  }
`);

export const rtcSignalsSubscription = graphql(`
  subscription RtcSignals($callId: ID!) {
    rtcSignals(callId: $callId) {
      from
      type
      payload
    }
  }
`);

export const incomingCallSubscription = graphql(`
  subscription IncomingCall {
    incomingCall {
      ...CallFields
    }
  }
`);

export const callUpdatedSubscription = graphql(`
  subscription CallUpdated($callId: ID!) {
    callUpdated(callId: $callId) {
      ...CallFields
    }
  }
`);

export const redeemCallLinkMutation = graphql(`
  mutation RedeemCallLink($callId: ID!, $token: String!) {
    redeemCallLink(callId: $callId, token: $token) {
      auth {
        ...SessionFields
      }
      call {
        ...CallFields
      }
    }
  }
`);

export const callChatMessageFieldsFragment = graphql(`
  fragment CallChatMessageFields on CallChatMessage {
    id
    callId
    body
    mine
    createdAt
    sender {
      id
      displayName
    }
  }
`);

export const callChatMessagesQuery = graphql(`
  query CallChatMessages($callId: ID!) {
    callChatMessages(callId: $callId) {
      ...CallChatMessageFields
    }
  }
`);

export const sendCallChatMessageMutation = graphql(`
  mutation SendCallChatMessage($callId: ID!, $text: String!) {
    sendCallChatMessage(callId: $callId, text: $text) {
      ...CallChatMessageFields
    }
  }
`);

export const callChatMessageAddedSubscription = graphql(`
  subscription CallChatMessageAdded($callId: ID!) {
    callChatMessageAdded(callId: $callId) {
      ...CallChatMessageFields
    }
  }
`);

export const reportCallMutation = graphql(`
  mutation ReportCall($callId: ID!, $reason: ReportReason!, $note: String!) {
    reportCall(callId: $callId, reason: $reason, note: $note) {
      id
      status
    }
  }
`);
