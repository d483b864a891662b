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
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      ...AccountFields\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": typeof types.ResendVerificationEmailDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query AccountSettings {\n    me {\n      ...AccountFields\n      notificationPreferences {\n        missedCalls\n        messages\n        productNews\n      }\n    }\n  }\n": typeof types.AccountSettingsDocument,
    "\n  mutation UpdateDisplayName($displayName: String!) {\n    updateDisplayName(displayName: $displayName) {\n      ...AccountFields\n    }\n  }\n": typeof types.UpdateDisplayNameDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RequestEmailChange($newEmail: String!, $currentPassword: String!) {\n    requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword) {\n      pendingEmail\n      message\n    }\n  }\n": typeof types.RequestEmailChangeDocument,
    "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      id\n      notificationPreferences {\n        missedCalls\n        messages\n        productNews\n      }\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  query MyDataExport {\n    myDataExport\n  }\n": typeof types.MyDataExportDocument,
    "\n  mutation DeleteMyAccount($password: String!, $acceptLosses: Boolean!) {\n    deleteMyAccount(password: $password, acceptLosses: $acceptLosses) {\n      __typename\n      ... on AccountDeleted {\n        deletedAt\n      }\n      ... on DeletionNeedsConfirmation {\n        earnings\n        walletTokens\n        message\n      }\n    }\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  query DevEmailOutbox {\n    devEmailOutbox(first: 20) {\n      id\n      to\n      subject\n      text\n      sentAt\n    }\n  }\n": typeof types.DevEmailOutboxDocument,
    "\n  fragment AgencyMembershipFields on AgencyMembership {\n    id\n    state\n    shareBps\n    invitedAt\n    respondedAt\n    endedAt\n    agency {\n      id\n      name\n    }\n    creator {\n      id\n      displayName\n      handle\n    }\n  }\n": typeof types.AgencyMembershipFieldsFragmentDoc,
    "\n  fragment AgencyRowFields on AgencyCreatorRow {\n    membershipId\n    shareBps\n    heldOnline\n    pricePerMinute\n    unreadChats\n    earningsToday\n    ringingCallId\n    creator {\n      id\n      displayName\n      handle\n    }\n    availability {\n      status\n      until\n      nextAvailableAt\n      online\n    }\n  }\n": typeof types.AgencyRowFieldsFragmentDoc,
    "\n  query MyAgency {\n    myAgency {\n      id\n      name\n      memberships {\n        ...AgencyMembershipFields\n      }\n    }\n    agencyEarnings {\n      balance\n      today\n    }\n  }\n": typeof types.MyAgencyDocument,
    "\n  mutation CreateAgency($name: String!) {\n    createAgency(name: $name) {\n      id\n    }\n  }\n": typeof types.CreateAgencyDocument,
    "\n  mutation InviteCreatorToAgency($handle: String!, $shareBps: Int!) {\n    inviteCreatorToAgency(handle: $handle, shareBps: $shareBps) {\n      ...AgencyMembershipFields\n    }\n  }\n": typeof types.InviteCreatorToAgencyDocument,
    "\n  mutation EndAgencyMembership($membershipId: ID!) {\n    endAgencyMembership(membershipId: $membershipId) {\n      ...AgencyMembershipFields\n    }\n  }\n": typeof types.EndAgencyMembershipDocument,
    "\n  mutation RespondToAgencyInvitation($membershipId: ID!, $accept: Boolean!) {\n    respondToAgencyInvitation(membershipId: $membershipId, accept: $accept) {\n      ...AgencyMembershipFields\n    }\n  }\n": typeof types.RespondToAgencyInvitationDocument,
    "\n  query MyAgencyMemberships {\n    myAgencyMemberships {\n      ...AgencyMembershipFields\n    }\n    agencyActionsForMe(limit: 20) {\n      id\n      action\n      subject\n      detail\n      createdAt\n      actor {\n        displayName\n      }\n      agency {\n        name\n      }\n    }\n  }\n": typeof types.MyAgencyMembershipsDocument,
    "\n  query AgencyPanel {\n    agencyPanel {\n      ...AgencyRowFields\n    }\n  }\n": typeof types.AgencyPanelDocument,
    "\n  mutation SetAgencyCreatorsOnline($online: Boolean!, $creatorIds: [ID!]) {\n    setAgencyCreatorsOnline(online: $online, creatorIds: $creatorIds) {\n      ...AgencyRowFields\n    }\n  }\n": typeof types.SetAgencyCreatorsOnlineDocument,
    "\n  subscription AgencyPanelEvents {\n    agencyPanelEvents {\n      kind\n      creatorId\n      conversationId\n      messageId\n      callId\n      row {\n        ...AgencyRowFields\n      }\n    }\n  }\n": typeof types.AgencyPanelEventsDocument,
    "\n  query AgencyConversations($creatorId: ID!) {\n    agencyConversations(creatorId: $creatorId, first: 30) {\n      edges {\n        node {\n          id\n          unreadCount\n          lastMessageAt\n          fan {\n            id\n            displayName\n            handle\n          }\n          openLock {\n            id\n            price\n          }\n        }\n      }\n    }\n  }\n": typeof types.AgencyConversationsDocument,
    "\n  query AgencyMessages($creatorId: ID!, $conversationId: ID!) {\n    agencyMessages(creatorId: $creatorId, conversationId: $conversationId, first: 50) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n    }\n  }\n": typeof types.AgencyMessagesDocument,
    "\n  mutation AgencySendMessage($creatorId: ID!, $conversationId: ID!, $text: String!) {\n    agencySendMessage(creatorId: $creatorId, conversationId: $conversationId, text: $text) {\n      __typename\n      ... on Message {\n        ...MessageFields\n      }\n      ... on RecipientUnavailable {\n        message\n      }\n    }\n  }\n": typeof types.AgencySendMessageDocument,
    "\n  mutation AgencyLockChat($creatorId: ID!, $conversationId: ID!, $price: Int!, $description: String!) {\n    agencyLockChat(creatorId: $creatorId, conversationId: $conversationId, price: $price, description: $description) {\n      id\n      state\n    }\n  }\n": typeof types.AgencyLockChatDocument,
    "\n  mutation AgencyMarkConversationRead($creatorId: ID!, $conversationId: ID!) {\n    agencyMarkConversationRead(creatorId: $creatorId, conversationId: $conversationId) {\n      id\n      unreadCount\n    }\n  }\n": typeof types.AgencyMarkConversationReadDocument,
    "\n  mutation AgencyDeclineCall($creatorId: ID!, $callId: ID!, $message: String) {\n    agencyDeclineCall(creatorId: $creatorId, callId: $callId, message: $message)\n  }\n": typeof types.AgencyDeclineCallDocument,
    "\n  subscription AgencyChatPresence($creatorId: ID!, $conversationId: ID!) {\n    agencyChatPresence(creatorId: $creatorId, conversationId: $conversationId) {\n      conversationId\n      creatorInChat\n    }\n  }\n": typeof types.AgencyChatPresenceDocument,
    "\n  fragment CallFields on Call {\n    id\n    kind\n    state\n    endReason\n    myRole\n    pricePerMinute\n    rtcProvider\n    createdAt\n    ringDeadline\n    answeredAt\n    connectedAt\n    endedAt\n    billedSeconds\n    elapsedSeconds\n    chargedTokens\n    heldTokens\n    lowBalance\n    spendingCap\n    spendingCapWarning\n    refundedTokens\n    nextBoundaryAt\n    fan {\n      id\n      displayName\n      handle\n    }\n    creator {\n      id\n      displayName\n      handle\n    }\n  }\n": typeof types.CallFieldsFragmentDoc,
    "\n  fragment RtcCredentialsFields on RtcCredentialsView {\n    provider\n    appId\n    channel\n    token\n    uid\n    expiresAt\n  }\n": typeof types.RtcCredentialsFieldsFragmentDoc,
    "\n  mutation StartCall($creatorId: ID!, $kind: CallKind!) {\n    startCall(creatorId: $creatorId, kind: $kind) {\n      __typename\n      ... on Call {\n        ...CallFields\n      }\n      ... on CreatorBusy {\n        creatorId\n        message\n      }\n      ... on CreatorUnavailable {\n        creatorId\n        message\n        status\n        nextAvailableAt\n      }\n      ... on InsufficientTokens {\n        available\n        needed\n        required\n      }\n    }\n  }\n": typeof types.StartCallDocument,
    "\n  mutation AcceptCallInvitation($invitationId: ID!) {\n    acceptCallInvitation(invitationId: $invitationId) {\n      __typename\n      ... on Call {\n        ...CallFields\n      }\n      ... on CreatorBusy {\n        creatorId\n        message\n      }\n      ... on CreatorUnavailable {\n        creatorId\n        message\n        status\n        nextAvailableAt\n      }\n      ... on InsufficientTokens {\n        available\n        needed\n        required\n      }\n      ... on CallInvitationRefused {\n        reason\n        message\n      }\n    }\n  }\n": typeof types.AcceptCallInvitationDocument,
    "\n  query Call($id: ID!) {\n    call(id: $id) {\n      ...CallFields\n    }\n  }\n": typeof types.CallDocument,
    "\n  query ActiveCall {\n    activeCall {\n      ...CallFields\n    }\n  }\n": typeof types.ActiveCallDocument,
    "\n  mutation CancelCall($callId: ID!) {\n    cancelCall(callId: $callId) {\n      ...CallFields\n    }\n  }\n": typeof types.CancelCallDocument,
    "\n  mutation AnswerCall($callId: ID!) {\n    answerCall(callId: $callId) {\n      call {\n        ...CallFields\n      }\n      credentials {\n        ...RtcCredentialsFields\n      }\n    }\n  }\n": typeof types.AnswerCallDocument,
    "\n  mutation DeclineCall($callId: ID!) {\n    declineCall(callId: $callId) {\n      ...CallFields\n    }\n  }\n": typeof types.DeclineCallDocument,
    "\n  mutation EndCall($callId: ID!) {\n    endCall(callId: $callId) {\n      ...CallFields\n    }\n  }\n": typeof types.EndCallDocument,
    "\n  mutation ReportMediaState($callId: ID!, $media: MediaStateInput!) {\n    reportMediaState(callId: $callId, media: $media) {\n      ...CallFields\n    }\n  }\n": typeof types.ReportMediaStateDocument,
    "\n  mutation RenewRtcCredentials($callId: ID!) {\n    renewRtcCredentials(callId: $callId) {\n      ...RtcCredentialsFields\n    }\n  }\n": typeof types.RenewRtcCredentialsDocument,
    "\n  mutation SendRtcSignal($callId: ID!, $signal: RtcSignalInput!) {\n    sendRtcSignal(callId: $callId, signal: $signal)\n  }\n": typeof types.SendRtcSignalDocument,
    "\n  subscription RtcSignals($callId: ID!) {\n    rtcSignals(callId: $callId) {\n      from\n      type\n      payload\n    }\n  }\n": typeof types.RtcSignalsDocument,
    "\n  subscription IncomingCall {\n    incomingCall {\n      ...CallFields\n    }\n  }\n": typeof types.IncomingCallDocument,
    "\n  subscription CallUpdated($callId: ID!) {\n    callUpdated(callId: $callId) {\n      ...CallFields\n    }\n  }\n": typeof types.CallUpdatedDocument,
    "\n  mutation RedeemCallLink($callId: ID!, $token: String!) {\n    redeemCallLink(callId: $callId, token: $token) {\n      auth {\n        ...SessionFields\n      }\n      call {\n        ...CallFields\n      }\n    }\n  }\n": typeof types.RedeemCallLinkDocument,
    "\n  fragment CallChatMessageFields on CallChatMessage {\n    id\n    callId\n    body\n    mine\n    createdAt\n    sender {\n      id\n      displayName\n    }\n  }\n": typeof types.CallChatMessageFieldsFragmentDoc,
    "\n  query CallChatMessages($callId: ID!) {\n    callChatMessages(callId: $callId) {\n      ...CallChatMessageFields\n    }\n  }\n": typeof types.CallChatMessagesDocument,
    "\n  mutation SendCallChatMessage($callId: ID!, $text: String!) {\n    sendCallChatMessage(callId: $callId, text: $text) {\n      ...CallChatMessageFields\n    }\n  }\n": typeof types.SendCallChatMessageDocument,
    "\n  subscription CallChatMessageAdded($callId: ID!) {\n    callChatMessageAdded(callId: $callId) {\n      ...CallChatMessageFields\n    }\n  }\n": typeof types.CallChatMessageAddedDocument,
    "\n  mutation ReportCall($callId: ID!, $reason: ReportReason!, $note: String!) {\n    reportCall(callId: $callId, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.ReportCallDocument,
    "\n  fragment AvailabilityFields on CreatorAvailability {\n    status\n    until\n    nextAvailableAt\n    online\n    reachability\n  }\n": typeof types.AvailabilityFieldsFragmentDoc,
    "\n  fragment CreatorCardFields on Creator {\n    id\n    handle\n    displayName\n    avatarUrl\n    photo {\n      id\n      url\n      srcset\n      width\n      height\n    }\n    tags\n    languages\n    ratingAverage\n    ratingCount\n    callsEnabled\n    pricePerMinute\n    availability {\n      ...AvailabilityFields\n    }\n  }\n": typeof types.CreatorCardFieldsFragmentDoc,
    "\n  fragment CreatorProfileFields on Creator {\n    ...CreatorCardFields\n    bio\n    timeZone\n    joinedAt\n    usuallyAnswersWithinSeconds\n    gallery {\n      id\n      url\n      srcset\n      width\n      height\n    }\n    viewerFavourite {\n      favourite\n      notify\n    }\n    schedule {\n      weekday\n      start\n      end\n    }\n  }\n": typeof types.CreatorProfileFieldsFragmentDoc,
    "\n  query Creators($first: Int!, $after: String, $filter: CreatorFilter, $sort: CreatorSort) {\n    creators(first: $first, after: $after, filter: $filter, sort: $sort) {\n      edges {\n        cursor\n        node {\n          ...CreatorCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CreatorsDocument,
    "\n  query CreatorByHandle($handle: String!) {\n    creator(handle: $handle) {\n      ...CreatorProfileFields\n    }\n  }\n": typeof types.CreatorByHandleDocument,
    "\n  query CreatorById($id: ID!) {\n    creator(id: $id) {\n      ...CreatorProfileFields\n    }\n  }\n": typeof types.CreatorByIdDocument,
    "\n  subscription CreatorAvailabilityChanged($creatorIds: [ID!]!) {\n    creatorAvailabilityChanged(creatorIds: $creatorIds) {\n      creatorId\n      availability {\n        ...AvailabilityFields\n      }\n    }\n  }\n": typeof types.CreatorAvailabilityChangedDocument,
    "\n  subscription CreatorUpdated($creatorId: ID!) {\n    creatorUpdated(creatorId: $creatorId) {\n      ...CreatorCardFields\n      bio\n      timeZone\n      schedule {\n        weekday\n        start\n        end\n      }\n    }\n  }\n": typeof types.CreatorUpdatedDocument,
    "\n  query CreatorReviews($creatorId: ID!, $first: Int!) {\n    reviews(creatorId: $creatorId, first: $first) {\n      edges {\n        node {\n          id\n          rating\n          text\n          fanDisplayName\n          createdAt\n          reply\n        }\n      }\n    }\n  }\n": typeof types.CreatorReviewsDocument,
    "\n  fragment CreatorSettingsFields on CreatorSettings {\n    creator {\n      ...CreatorProfileFields\n    }\n    pricePerMinute\n    minPricePerMinute\n    maxPricePerMinute\n    phoneVerified\n    phoneLastTwoDigits\n    pendingPhoneVerification {\n      phoneLastTwoDigits\n      expiresAt\n      attemptsLeft\n      sendsLeft\n    }\n    pausedUntil\n    pausedIndefinitely\n  }\n": typeof types.CreatorSettingsFieldsFragmentDoc,
    "\n  query MyCreatorSettings {\n    myCreatorSettings {\n      ...CreatorSettingsFields\n    }\n  }\n": typeof types.MyCreatorSettingsDocument,
    "\n  mutation EnableCalls($pricePerMinute: Int!) {\n    enableCalls(pricePerMinute: $pricePerMinute) {\n      ...CreatorSettingsFields\n    }\n  }\n": typeof types.EnableCallsDocument,
    "\n  mutation UpdateCallSettings($pricePerMinute: Int!) {\n    updateCallSettings(pricePerMinute: $pricePerMinute) {\n      ...CreatorSettingsFields\n    }\n  }\n": typeof types.UpdateCallSettingsDocument,
    "\n  mutation DisableCalls {\n    disableCalls {\n      ...CreatorSettingsFields\n    }\n  }\n": typeof types.DisableCallsDocument,
    "\n  mutation StartPhoneVerification($phone: String!) {\n    startPhoneVerification(phone: $phone) {\n      phoneLastTwoDigits\n      expiresAt\n      attemptsLeft\n      sendsLeft\n    }\n  }\n": typeof types.StartPhoneVerificationDocument,
    "\n  mutation ConfirmPhoneVerification($code: String!) {\n    confirmPhoneVerification(code: $code) {\n      ...CreatorSettingsFields\n    }\n  }\n": typeof types.ConfirmPhoneVerificationDocument,
    "\n  mutation SetAvailabilitySchedule($timeZone: String!, $slots: [ScheduleSlotInput!]!) {\n    setAvailabilitySchedule(timeZone: $timeZone, slots: $slots) {\n      ...CreatorSettingsFields\n    }\n  }\n": typeof types.SetAvailabilityScheduleDocument,
    "\n  mutation PauseCalls($minutes: Int, $untilResumed: Boolean) {\n    pauseCalls(minutes: $minutes, untilResumed: $untilResumed) {\n      ...CreatorSettingsFields\n    }\n  }\n": typeof types.PauseCallsDocument,
    "\n  mutation ResumeCalls {\n    resumeCalls {\n      ...CreatorSettingsFields\n    }\n  }\n": typeof types.ResumeCallsDocument,
    "\n  mutation UpdateCreatorProfile($input: UpdateCreatorProfileInput!) {\n    updateCreatorProfile(input: $input) {\n      ...CreatorSettingsFields\n    }\n  }\n": typeof types.UpdateCreatorProfileDocument,
    "\n  query DevOutbox {\n    devOutbox(first: 30) {\n      id\n      to\n      body\n      purpose\n      sentAt\n    }\n  }\n": typeof types.DevOutboxDocument,
    "\n  mutation FavouriteCreator($creatorId: ID!, $notify: Boolean) {\n    favouriteCreator(creatorId: $creatorId, notify: $notify) {\n      notify\n      creator {\n        id\n      }\n    }\n  }\n": typeof types.FavouriteCreatorDocument,
    "\n  mutation UnfavouriteCreator($creatorId: ID!) {\n    unfavouriteCreator(creatorId: $creatorId)\n  }\n": typeof types.UnfavouriteCreatorDocument,
    "\n  query MyFavourites {\n    myFavourites {\n      notify\n      creator {\n        ...CreatorCardFields\n      }\n    }\n  }\n": typeof types.MyFavouritesDocument,
    "\n  subscription AvailabilityAlertAdded {\n    availabilityAlertAdded {\n      id\n      online\n      creator {\n        id\n        handle\n        displayName\n        avatarUrl\n      }\n    }\n  }\n": typeof types.AvailabilityAlertAddedDocument,
    "\n  query PushPublicKey {\n    pushPublicKey\n  }\n": typeof types.PushPublicKeyDocument,
    "\n  mutation RegisterPushSubscription($subscription: PushSubscriptionInput!) {\n    registerPushSubscription(subscription: $subscription)\n  }\n": typeof types.RegisterPushSubscriptionDocument,
    "\n  mutation LeaveReview($callId: ID!, $rating: Int!, $text: String) {\n    leaveReview(callId: $callId, rating: $rating, text: $text) {\n      id\n      rating\n      text\n    }\n  }\n": typeof types.LeaveReviewDocument,
    "\n  query ReviewOfCall($id: ID!) {\n    call(id: $id) {\n      id\n      reviewable\n      review {\n        id\n        rating\n        text\n      }\n    }\n  }\n": typeof types.ReviewOfCallDocument,
    "\n  query MyPhotos {\n    myPhotos {\n      profile {\n        id\n        url\n        srcset\n      }\n      gallery {\n        id\n        url\n        srcset\n      }\n    }\n  }\n": typeof types.MyPhotosDocument,
    "\n  mutation PlacePhoto($uploadId: ID!) {\n    placePhoto(uploadId: $uploadId) {\n      profile {\n        id\n        url\n        srcset\n      }\n      gallery {\n        id\n        url\n        srcset\n      }\n    }\n  }\n": typeof types.PlacePhotoDocument,
    "\n  mutation RemoveMyPhoto($photoId: ID!) {\n    removeMyPhoto(photoId: $photoId) {\n      profile {\n        id\n        url\n        srcset\n      }\n      gallery {\n        id\n        url\n        srcset\n      }\n    }\n  }\n": typeof types.RemoveMyPhotoDocument,
    "\n  mutation ReportPhoto($photoId: ID!, $reason: ReportReason!, $note: String!) {\n    reportPhoto(photoId: $photoId, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.ReportPhotoDocument,
    "\n  fragment AccountFields on Account {\n    id\n    email\n    displayName\n    handle\n    role\n    status\n    emailVerified\n  }\n": typeof types.AccountFieldsFragmentDoc,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    account {\n      ...AccountFields\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      ...SessionFields\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      message\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  query Me {\n    me {\n      ...AccountFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  subscription AccountUpdated {\n    accountUpdated {\n      ...AccountFields\n    }\n  }\n": typeof types.AccountUpdatedDocument,
    "\n  fragment ChatLockFields on ChatLock {\n    id\n    conversationId\n    price\n    description\n    state\n    createdAt\n    resolvedAt\n  }\n": typeof types.ChatLockFieldsFragmentDoc,
    "\n  fragment CallInvitationFields on CallInvitation {\n    id\n    conversationId\n    kind\n    pricePerMinute\n    state\n    expiresAt\n    callId\n  }\n": typeof types.CallInvitationFieldsFragmentDoc,
    "\n  fragment MessageFields on Message {\n    id\n    conversationId\n    kind\n    systemType\n    body\n    mine\n    createdAt\n    sender {\n      id\n      displayName\n    }\n    sentOnBehalfBy {\n      id\n      displayName\n    }\n    call {\n      callId\n      kind\n      state\n      startedAt\n      durationSeconds\n      tokens\n    }\n    lock {\n      ...ChatLockFields\n    }\n    invitation {\n      ...CallInvitationFields\n    }\n  }\n": typeof types.MessageFieldsFragmentDoc,
    "\n  fragment ConversationFields on Conversation {\n    id\n    unreadCount\n    lastMessageAt\n    other {\n      id\n      displayName\n      handle\n    }\n    creator {\n      id\n      displayName\n      handle\n    }\n    fan {\n      id\n      displayName\n      handle\n    }\n    creatorAvailability {\n      ...AvailabilityFields\n    }\n    openLock {\n      ...ChatLockFields\n    }\n    creatorInChat\n    lastMessage {\n      ...MessageFields\n    }\n  }\n": typeof types.ConversationFieldsFragmentDoc,
    "\n  query Conversations($after: String) {\n    conversations(after: $after) {\n      edges {\n        node {\n          ...ConversationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConversationsDocument,
    "\n  query Conversation($id: ID!, $after: String) {\n    conversation(id: $id) {\n      ...ConversationFields\n      messages(after: $after) {\n        edges {\n          node {\n            ...MessageFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ConversationDocument,
    "\n  query ConversationWithCreator($creatorId: ID!) {\n    conversationWithCreator(creatorId: $creatorId) {\n      id\n    }\n  }\n": typeof types.ConversationWithCreatorDocument,
    "\n  mutation SendMessage($text: String!, $conversationId: ID, $creatorId: ID) {\n    sendMessage(text: $text, conversationId: $conversationId, creatorId: $creatorId) {\n      __typename\n      ... on Message {\n        ...MessageFields\n      }\n      ... on ChatLocked {\n        openLock: lock {\n          ...ChatLockFields\n        }\n      }\n      ... on RecipientUnavailable {\n        message\n      }\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  mutation MarkConversationRead($conversationId: ID!) {\n    markConversationRead(conversationId: $conversationId) {\n      id\n      unreadCount\n    }\n  }\n": typeof types.MarkConversationReadDocument,
    "\n  subscription MessageAdded {\n    messageAdded {\n      ...MessageFields\n    }\n  }\n": typeof types.MessageAddedDocument,
    "\n  mutation LockChat($conversationId: ID!, $price: Int!, $description: String!) {\n    lockChat(conversationId: $conversationId, price: $price, description: $description) {\n      ...ChatLockFields\n    }\n  }\n": typeof types.LockChatDocument,
    "\n  mutation UnlockChat($lockId: ID!) {\n    unlockChat(lockId: $lockId) {\n      __typename\n      ... on ChatLock {\n        ...ChatLockFields\n      }\n      ... on UnlockNeedsTokens {\n        available\n        needed\n        required\n      }\n    }\n  }\n": typeof types.UnlockChatDocument,
    "\n  mutation WithdrawChatLock($lockId: ID!) {\n    withdrawChatLock(lockId: $lockId) {\n      ...ChatLockFields\n    }\n  }\n": typeof types.WithdrawChatLockDocument,
    "\n  mutation BlockAccount($accountId: ID!) {\n    blockAccount(accountId: $accountId)\n  }\n": typeof types.BlockAccountDocument,
    "\n  mutation ReportConversation($conversationId: ID!, $reason: ReportReason!, $note: String!) {\n    reportConversation(conversationId: $conversationId, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.ReportConversationDocument,
    "\n  subscription ChatPresence($conversationId: ID!) {\n    chatPresence(conversationId: $conversationId) {\n      conversationId\n      creatorInChat\n    }\n  }\n": typeof types.ChatPresenceDocument,
    "\n  mutation InviteToCall($conversationId: ID!, $kind: CallKind) {\n    inviteToCall(conversationId: $conversationId, kind: $kind) {\n      __typename\n      ... on CallInvitation {\n        ...CallInvitationFields\n      }\n      ... on CallInvitationRefused {\n        reason\n        message\n      }\n    }\n  }\n": typeof types.InviteToCallDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ApiKeyFieldsFragmentDoc,
    "\n  fragment PartnerAppFields on PartnerApp {\n    id\n    name\n    website\n    allowedOrigins\n    createdAt\n    keys {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.PartnerAppFieldsFragmentDoc,
    "\n  query PartnerApps {\n    partnerApps {\n      ...PartnerAppFields\n    }\n  }\n": typeof types.PartnerAppsDocument,
    "\n  query PartnerAppUsage($appId: ID!, $days: Int!) {\n    partnerAppUsage(appId: $appId, days: $days) {\n      keyId\n      day\n      requests\n      points\n      errors\n      rateLimited\n    }\n  }\n": typeof types.PartnerAppUsageDocument,
    "\n  mutation RegisterPartnerApp($input: PartnerAppInput!) {\n    registerPartnerApp(input: $input) {\n      ...PartnerAppFields\n    }\n  }\n": typeof types.RegisterPartnerAppDocument,
    "\n  mutation UpdatePartnerApp($appId: ID!, $input: PartnerAppInput!) {\n    updatePartnerApp(appId: $appId, input: $input) {\n      ...PartnerAppFields\n    }\n  }\n": typeof types.UpdatePartnerAppDocument,
    "\n  mutation CreateApiKey($appId: ID!, $scopes: [ApiScope!]!) {\n    createApiKey(appId: $appId, scopes: $scopes) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($keyId: ID!) {\n    revokeApiKey(keyId: $keyId) {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  fragment PayoutFields on Payout {\n    id\n    tokens\n    status\n    reason\n    provider\n    createdAt\n    amount {\n      amountCents\n      currency\n    }\n  }\n": typeof types.PayoutFieldsFragmentDoc,
    "\n  query MyPayouts($first: Int!) {\n    payouts(first: $first) {\n      edges {\n        node {\n          ...PayoutFields\n        }\n      }\n    }\n  }\n": typeof types.MyPayoutsDocument,
    "\n  mutation RequestPayout($tokens: Int!) {\n    requestPayout(tokens: $tokens) {\n      ...PayoutFields\n    }\n  }\n": typeof types.RequestPayoutDocument,
    "\n  mutation PayoutOnboardingLink {\n    payoutOnboardingLink {\n      url\n      testMode\n    }\n  }\n": typeof types.PayoutOnboardingLinkDocument,
    "\n  fragment ActivityItemFields on ActivityItem {\n    id\n    kind\n    total\n    refunded\n    startedAt\n    updatedAt\n    transferCount\n    value {\n      amountCents\n      currency\n    }\n    counterpart {\n      id\n      displayName\n    }\n    call {\n      id\n      kind\n      billedSeconds\n      chargedTokens\n      connectedAt\n      endReason\n    }\n  }\n": typeof types.ActivityItemFieldsFragmentDoc,
    "\n  query WalletActivity($after: String) {\n    walletActivity(first: 20, after: $after) {\n      edges {\n        node {\n          ...ActivityItemFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.WalletActivityDocument,
    "\n  query ActivityTransfers($id: String!) {\n    activityItem(id: $id) {\n      id\n      transfers {\n        id\n        kind\n        memo\n        amount\n        reserved\n        createdAt\n      }\n    }\n  }\n": typeof types.ActivityTransfersDocument,
    "\n  query WalletActivityCsv($from: DateTimeISO!, $to: DateTimeISO!) {\n    walletActivityCsv(from: $from, to: $to)\n  }\n": typeof types.WalletActivityCsvDocument,
    "\n  query WalletBalance {\n    wallet {\n      available\n      held\n      frozen\n    }\n  }\n": typeof types.WalletBalanceDocument,
    "\n  query TokenPacks {\n    tokenPacks {\n      id\n      tokens\n      priceCents\n      currency\n    }\n  }\n": typeof types.TokenPacksDocument,
    "\n  mutation PurchaseTokens($packId: ID!) {\n    purchaseTokens(packId: $packId) {\n      checkoutUrl\n      testMode\n      purchase {\n        id\n        status\n        tokens\n      }\n    }\n  }\n": typeof types.PurchaseTokensDocument,
    "\n  query Purchase($id: ID!) {\n    purchase(id: $id) {\n      id\n      status\n      tokens\n    }\n  }\n": typeof types.PurchaseDocument,
    "\n  subscription WalletChanged {\n    walletChanged {\n      available\n      held\n      earnings\n      frozen\n    }\n  }\n": typeof types.WalletChangedDocument,
    "\n  query EarningsBalance {\n    earnings {\n      balance\n    }\n  }\n": typeof types.EarningsBalanceDocument,
    "\n  fragment SpendingLimitsFields on SpendingLimits {\n    perCallCap\n    dailyLimit\n    excludedUntil\n    spentToday\n  }\n": typeof types.SpendingLimitsFieldsFragmentDoc,
    "\n  query SpendingLimits {\n    spendingLimits {\n      ...SpendingLimitsFields\n    }\n  }\n": typeof types.SpendingLimitsDocument,
    "\n  mutation SetSpendingLimits($limits: SpendingLimitsInput!) {\n    setSpendingLimits(limits: $limits) {\n      ...SpendingLimitsFields\n    }\n  }\n": typeof types.SetSpendingLimitsDocument,
    "\n  mutation SendTip($creatorId: ID!, $amount: Int!, $callId: ID) {\n    sendTip(creatorId: $creatorId, amount: $amount, callId: $callId) {\n      id\n      total\n    }\n  }\n": typeof types.SendTipDocument,
    "\n  query EarningsSummary {\n    earningsSummary {\n      balance\n      pending\n      available\n      inPayout\n      paidOut\n      payoutMinimum\n      holdingDays\n      paidOutValue {\n        amountCents\n        currency\n      }\n      tokenValue {\n        amountCents\n        currency\n      }\n      pendingValue {\n        amountCents\n        currency\n      }\n      availableValue {\n        amountCents\n        currency\n      }\n    }\n  }\n": typeof types.EarningsSummaryDocument,
    "\n  query Receipt($id: ID!) {\n    purchase(id: $id) {\n      id\n      packId\n      tokens\n      status\n      createdAt\n      amountCents\n      currency\n      provider\n      refundedCents\n    }\n  }\n": typeof types.ReceiptDocument,
    "\n  subscription TipReceived {\n    tipReceived {\n      ...ActivityItemFields\n    }\n  }\n": typeof types.TipReceivedDocument,
};
const documents: Documents = {
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      ...AccountFields\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": types.ResendVerificationEmailDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  query AccountSettings {\n    me {\n      ...AccountFields\n      notificationPreferences {\n        missedCalls\n        messages\n        productNews\n      }\n    }\n  }\n": types.AccountSettingsDocument,
    "\n  mutation UpdateDisplayName($displayName: String!) {\n    updateDisplayName(displayName: $displayName) {\n      ...AccountFields\n    }\n  }\n": types.UpdateDisplayNameDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestEmailChange($newEmail: String!, $currentPassword: String!) {\n    requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword) {\n      pendingEmail\n      message\n    }\n  }\n": types.RequestEmailChangeDocument,
    "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      id\n      notificationPreferences {\n        missedCalls\n        messages\n        productNews\n      }\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  query MyDataExport {\n    myDataExport\n  }\n": types.MyDataExportDocument,
    "\n  mutation DeleteMyAccount($password: String!, $acceptLosses: Boolean!) {\n    deleteMyAccount(password: $password, acceptLosses: $acceptLosses) {\n      __typename\n      ... on AccountDeleted {\n        deletedAt\n      }\n      ... on DeletionNeedsConfirmation {\n        earnings\n        walletTokens\n        message\n      }\n    }\n  }\n": types.DeleteMyAccountDocument,
    "\n  query DevEmailOutbox {\n    devEmailOutbox(first: 20) {\n      id\n      to\n      subject\n      text\n      sentAt\n    }\n  }\n": types.DevEmailOutboxDocument,
    "\n  fragment AgencyMembershipFields on AgencyMembership {\n    id\n    state\n    shareBps\n    invitedAt\n    respondedAt\n    endedAt\n    agency {\n      id\n      name\n    }\n    creator {\n      id\n      displayName\n      handle\n    }\n  }\n": types.AgencyMembershipFieldsFragmentDoc,
    "\n  fragment AgencyRowFields on AgencyCreatorRow {\n    membershipId\n    shareBps\n    heldOnline\n    pricePerMinute\n    unreadChats\n    earningsToday\n    ringingCallId\n    creator {\n      id\n      displayName\n      handle\n    }\n    availability {\n      status\n      until\n      nextAvailableAt\n      online\n    }\n  }\n": types.AgencyRowFieldsFragmentDoc,
    "\n  query MyAgency {\n    myAgency {\n      id\n      name\n      memberships {\n        ...AgencyMembershipFields\n      }\n    }\n    agencyEarnings {\n      balance\n      today\n    }\n  }\n": types.MyAgencyDocument,
    "\n  mutation CreateAgency($name: String!) {\n    createAgency(name: $name) {\n      id\n    }\n  }\n": types.CreateAgencyDocument,
    "\n  mutation InviteCreatorToAgency($handle: String!, $shareBps: Int!) {\n    inviteCreatorToAgency(handle: $handle, shareBps: $shareBps) {\n      ...AgencyMembershipFields\n    }\n  }\n": types.InviteCreatorToAgencyDocument,
    "\n  mutation EndAgencyMembership($membershipId: ID!) {\n    endAgencyMembership(membershipId: $membershipId) {\n      ...AgencyMembershipFields\n    }\n  }\n": types.EndAgencyMembershipDocument,
    "\n  mutation RespondToAgencyInvitation($membershipId: ID!, $accept: Boolean!) {\n    respondToAgencyInvitation(membershipId: $membershipId, accept: $accept) {\n      ...AgencyMembershipFields\n    }\n  }\n": types.RespondToAgencyInvitationDocument,
    "\n  query MyAgencyMemberships {\n    myAgencyMemberships {\n      ...AgencyMembershipFields\n    }\n    agencyActionsForMe(limit: 20) {\n      id\n      action\n      subject\n      detail\n      createdAt\n      actor {\n        displayName\n      }\n      agency {\n        name\n      }\n    }\n  }\n": types.MyAgencyMembershipsDocument,
    "\n  query AgencyPanel {\n    agencyPanel {\n      ...AgencyRowFields\n    }\n  }\n": types.AgencyPanelDocument,
    "\n  mutation SetAgencyCreatorsOnline($online: Boolean!, $creatorIds: [ID!]) {\n    setAgencyCreatorsOnline(online: $online, creatorIds: $creatorIds) {\n      ...AgencyRowFields\n    }\n  }\n": types.SetAgencyCreatorsOnlineDocument,
    "\n  subscription AgencyPanelEvents {\n    agencyPanelEvents {\n      kind\n      creatorId\n      conversationId\n      messageId\n      callId\n      row {\n        ...AgencyRowFields\n      }\n    }\n  }\n": types.AgencyPanelEventsDocument,
    "\n  query AgencyConversations($creatorId: ID!) {\n    agencyConversations(creatorId: $creatorId, first: 30) {\n      edges {\n        node {\n          id\n          unreadCount\n          lastMessageAt\n          fan {\n            id\n            displayName\n            handle\n          }\n          openLock {\n            id\n            price\n          }\n        }\n      }\n    }\n  }\n": types.AgencyConversationsDocument,
    "\n  query AgencyMessages($creatorId: ID!, $conversationId: ID!) {\n    agencyMessages(creatorId: $creatorId, conversationId: $conversationId, first: 50) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n    }\n  }\n": types.AgencyMessagesDocument,
    "\n  mutation AgencySendMessage($creatorId: ID!, $conversationId: ID!, $text: String!) {\n    agencySendMessage(creatorId: $creatorId, conversationId: $conversationId, text: $text) {\n      __typename\n      ... on Message {\n        ...MessageFields\n      }\n      ... on RecipientUnavailable {\n        message\n      }\n    }\n  }\n": types.AgencySendMessageDocument,
    "\n  mutation AgencyLockChat($creatorId: ID!, $conversationId: ID!, $price: Int!, $description: String!) {\n    agencyLockChat(creatorId: $creatorId, conversationId: $conversationId, price: $price, description: $description) {\n      id\n      state\n    }\n  }\n": types.AgencyLockChatDocument,
    "\n  mutation AgencyMarkConversationRead($creatorId: ID!, $conversationId: ID!) {\n    agencyMarkConversationRead(creatorId: $creatorId, conversationId: $conversationId) {\n      id\n      unreadCount\n    }\n  }\n": types.AgencyMarkConversationReadDocument,
    "\n  mutation AgencyDeclineCall($creatorId: ID!, $callId: ID!, $message: String) {\n    agencyDeclineCall(creatorId: $creatorId, callId: $callId, message: $message)\n  }\n": types.AgencyDeclineCallDocument,
    "\n  subscription AgencyChatPresence($creatorId: ID!, $conversationId: ID!) {\n    agencyChatPresence(creatorId: $creatorId, conversationId: $conversationId) {\n      conversationId\n      creatorInChat\n    }\n  }\n": types.AgencyChatPresenceDocument,
    "\n  fragment CallFields on Call {\n    id\n    kind\n    state\n    endReason\n    myRole\n    pricePerMinute\n    rtcProvider\n    createdAt\n    ringDeadline\n    answeredAt\n    connectedAt\n    endedAt\n    billedSeconds\n    elapsedSeconds\n    chargedTokens\n    heldTokens\n    lowBalance\n    spendingCap\n    spendingCapWarning\n    refundedTokens\n    nextBoundaryAt\n    fan {\n      id\n      displayName\n      handle\n    }\n    creator {\n      id\n      displayName\n      handle\n    }\n  }\n": types.CallFieldsFragmentDoc,
    "\n  fragment RtcCredentialsFields on RtcCredentialsView {\n    provider\n    appId\n    channel\n    token\n    uid\n    expiresAt\n  }\n": types.RtcCredentialsFieldsFragmentDoc,
    "\n  mutation StartCall($creatorId: ID!, $kind: CallKind!) {\n    startCall(creatorId: $creatorId, kind: $kind) {\n      __typename\n      ... on Call {\n        ...CallFields\n      }\n      ... on CreatorBusy {\n        creatorId\n        message\n      }\n      ... on CreatorUnavailable {\n        creatorId\n        message\n        status\n        nextAvailableAt\n      }\n      ... on InsufficientTokens {\n        available\n        needed\n        required\n      }\n    }\n  }\n": types.StartCallDocument,
    "\n  mutation AcceptCallInvitation($invitationId: ID!) {\n    acceptCallInvitation(invitationId: $invitationId) {\n      __typename\n      ... on Call {\n        ...CallFields\n      }\n      ... on CreatorBusy {\n        creatorId\n        message\n      }\n      ... on CreatorUnavailable {\n        creatorId\n        message\n        status\n        nextAvailableAt\n      }\n      ... on InsufficientTokens {\n        available\n        needed\n        required\n      }\n      ... on CallInvitationRefused {\n        reason\n        message\n      }\n    }\n  }\n": types.AcceptCallInvitationDocument,
    "\n  query Call($id: ID!) {\n    call(id: $id) {\n      ...CallFields\n    }\n  }\n": types.CallDocument,
    "\n  query ActiveCall {\n    activeCall {\n      ...CallFields\n    }\n  }\n": types.ActiveCallDocument,
    "\n  mutation CancelCall($callId: ID!) {\n    cancelCall(callId: $callId) {\n      ...CallFields\n    }\n  }\n": types.CancelCallDocument,
    "\n  mutation AnswerCall($callId: ID!) {\n    answerCall(callId: $callId) {\n      call {\n        ...CallFields\n      }\n      credentials {\n        ...RtcCredentialsFields\n      }\n    }\n  }\n": types.AnswerCallDocument,
    "\n  mutation DeclineCall($callId: ID!) {\n    declineCall(callId: $callId) {\n      ...CallFields\n    }\n  }\n": types.DeclineCallDocument,
    "\n  mutation EndCall($callId: ID!) {\n    endCall(callId: $callId) {\n      ...CallFields\n    }\n  }\n": types.EndCallDocument,
    "\n  mutation ReportMediaState($callId: ID!, $media: MediaStateInput!) {\n    reportMediaState(callId: $callId, media: $media) {\n      ...CallFields\n    }\n  }\n": types.ReportMediaStateDocument,
    "\n  mutation RenewRtcCredentials($callId: ID!) {\n    renewRtcCredentials(callId: $callId) {\n      ...RtcCredentialsFields\n    }\n  }\n": types.RenewRtcCredentialsDocument,
    "\n  mutation SendRtcSignal($callId: ID!, $signal: RtcSignalInput!) {\n    sendRtcSignal(callId: $callId, signal: $signal)\n  }\n": types.SendRtcSignalDocument,
    "\n  subscription RtcSignals($callId: ID!) {\n    rtcSignals(callId: $callId) {\n      from\n      type\n      payload\n    }\n  }\n": types.RtcSignalsDocument,
    "\n  subscription IncomingCall {\n    incomingCall {\n      ...CallFields\n    }\n  }\n": types.IncomingCallDocument,
    "\n  subscription CallUpdated($callId: ID!) {\n    callUpdated(callId: $callId) {\n      ...CallFields\n    }\n  }\n": types.CallUpdatedDocument,
    "\n  mutation RedeemCallLink($callId: ID!, $token: String!) {\n    redeemCallLink(callId: $callId, token: $token) {\n      auth {\n        ...SessionFields\n      }\n      call {\n        ...CallFields\n      }\n    }\n  }\n": types.RedeemCallLinkDocument,
    "\n  fragment CallChatMessageFields on CallChatMessage {\n    id\n    callId\n    body\n    mine\n    createdAt\n    sender {\n      id\n      displayName\n    }\n  }\n": types.CallChatMessageFieldsFragmentDoc,
    "\n  query CallChatMessages($callId: ID!) {\n    callChatMessages(callId: $callId) {\n      ...CallChatMessageFields\n    }\n  }\n": types.CallChatMessagesDocument,
    "\n  mutation SendCallChatMessage($callId: ID!, $text: String!) {\n    sendCallChatMessage(callId: $callId, text: $text) {\n      ...CallChatMessageFields\n    }\n  }\n": types.SendCallChatMessageDocument,
    "\n  subscription CallChatMessageAdded($callId: ID!) {\n    callChatMessageAdded(callId: $callId) {\n      ...CallChatMessageFields\n    }\n  }\n": types.CallChatMessageAddedDocument,
    "\n  mutation ReportCall($callId: ID!, $reason: ReportReason!, $note: String!) {\n    reportCall(callId: $callId, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n": types.ReportCallDocument,
    "\n  fragment AvailabilityFields on CreatorAvailability {\n    status\n    until\n    nextAvailableAt\n    online\n    reachability\n  }\n": types.AvailabilityFieldsFragmentDoc,
    "\n  fragment CreatorCardFields on Creator {\n    id\n    handle\n    displayName\n    avatarUrl\n    photo {\n      id\n      url\n      srcset\n      width\n      height\n    }\n    tags\n    languages\n    ratingAverage\n    ratingCount\n    callsEnabled\n    pricePerMinute\n    availability {\n      ...AvailabilityFields\n    }\n  }\n": types.CreatorCardFieldsFragmentDoc,
    "\n  fragment CreatorProfileFields on Creator {\n    ...CreatorCardFields\n    bio\n    timeZone\n    joinedAt\n    usuallyAnswersWithinSeconds\n    gallery {\n      id\n      url\n      srcset\n      width\n      height\n    }\n    viewerFavourite {\n      favourite\n      notify\n    }\n    schedule {\n      weekday\n      start\n      end\n    }\n  }\n": types.CreatorProfileFieldsFragmentDoc,
    "\n  query Creators($first: Int!, $after: String, $filter: CreatorFilter, $sort: CreatorSort) {\n    creators(first: $first, after: $after, filter: $filter, sort: $sort) {\n      edges {\n        cursor\n        node {\n          ...CreatorCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CreatorsDocument,
    "\n  query CreatorByHandle($handle: String!) {\n    creator(handle: $handle) {\n      ...CreatorProfileFields\n    }\n  }\n": types.CreatorByHandleDocument,
    "\n  query CreatorById($id: ID!) {\n    creator(id: $id) {\n      ...CreatorProfileFields\n    }\n  }\n": types.CreatorByIdDocument,
    "\n  subscription CreatorAvailabilityChanged($creatorIds: [ID!]!) {\n    creatorAvailabilityChanged(creatorIds: $creatorIds) {\n      creatorId\n      availability {\n        ...AvailabilityFields\n      }\n    }\n  }\n": types.CreatorAvailabilityChangedDocument,
    "\n  subscription CreatorUpdated($creatorId: ID!) {\n    creatorUpdated(creatorId: $creatorId) {\n      ...CreatorCardFields\n      bio\n      timeZone\n      schedule {\n        weekday\n        start\n        end\n      }\n    }\n  }\n": types.CreatorUpdatedDocument,
    "\n  query CreatorReviews($creatorId: ID!, $first: Int!) {\n    reviews(creatorId: $creatorId, first: $first) {\n      edges {\n        node {\n          id\n          rating\n          text\n          fanDisplayName\n          createdAt\n          reply\n        }\n      }\n    }\n  }\n": types.CreatorReviewsDocument,
    "\n  fragment CreatorSettingsFields on CreatorSettings {\n    creator {\n      ...CreatorProfileFields\n    }\n    pricePerMinute\n    minPricePerMinute\n    maxPricePerMinute\n    phoneVerified\n    phoneLastTwoDigits\n    pendingPhoneVerification {\n      phoneLastTwoDigits\n      expiresAt\n      attemptsLeft\n      sendsLeft\n    }\n    pausedUntil\n    pausedIndefinitely\n  }\n": types.CreatorSettingsFieldsFragmentDoc,
    "\n  query MyCreatorSettings {\n    myCreatorSettings {\n      ...CreatorSettingsFields\n    }\n  }\n": types.MyCreatorSettingsDocument,
    "\n  mutation EnableCalls($pricePerMinute: Int!) {\n    enableCalls(pricePerMinute: $pricePerMinute) {\n      ...CreatorSettingsFields\n    }\n  }\n": types.EnableCallsDocument,
    "\n  mutation UpdateCallSettings($pricePerMinute: Int!) {\n    updateCallSettings(pricePerMinute: $pricePerMinute) {\n      ...CreatorSettingsFields\n    }\n  }\n": types.UpdateCallSettingsDocument,
    "\n  mutation DisableCalls {\n    disableCalls {\n      ...CreatorSettingsFields\n    }\n  }\n": types.DisableCallsDocument,
    "\n  mutation StartPhoneVerification($phone: String!) {\n    startPhoneVerification(phone: $phone) {\n      phoneLastTwoDigits\n      expiresAt\n      attemptsLeft\n      sendsLeft\n    }\n  }\n": types.StartPhoneVerificationDocument,
    "\n  mutation ConfirmPhoneVerification($code: String!) {\n    confirmPhoneVerification(code: $code) {\n      ...CreatorSettingsFields\n    }\n  }\n": types.ConfirmPhoneVerificationDocument,
    "\n  mutation SetAvailabilitySchedule($timeZone: String!, $slots: [ScheduleSlotInput!]!) {\n    setAvailabilitySchedule(timeZone: $timeZone, slots: $slots) {\n      ...CreatorSettingsFields\n    }\n  }\n": types.SetAvailabilityScheduleDocument,
    "\n  mutation PauseCalls($minutes: Int, $untilResumed: Boolean) {\n    pauseCalls(minutes: $minutes, untilResumed: $untilResumed) {\n      ...CreatorSettingsFields\n    }\n  }\n": types.PauseCallsDocument,
    "\n  mutation ResumeCalls {\n    resumeCalls {\n      ...CreatorSettingsFields\n    }\n  }\n": types.ResumeCallsDocument,
    "\n  mutation UpdateCreatorProfile($input: UpdateCreatorProfileInput!) {\n    updateCreatorProfile(input: $input) {\n      ...CreatorSettingsFields\n    }\n  }\n": types.UpdateCreatorProfileDocument,
    "\n  query DevOutbox {\n    devOutbox(first: 30) {\n      id\n      to\n      body\n      purpose\n      sentAt\n    }\n  }\n": types.DevOutboxDocument,
    "\n  mutation FavouriteCreator($creatorId: ID!, $notify: Boolean) {\n    favouriteCreator(creatorId: $creatorId, notify: $notify) {\n      notify\n      creator {\n        id\n      }\n    }\n  }\n": types.FavouriteCreatorDocument,
    "\n  mutation UnfavouriteCreator($creatorId: ID!) {\n    unfavouriteCreator(creatorId: $creatorId)\n  }\n": types.UnfavouriteCreatorDocument,
    "\n  query MyFavourites {\n    myFavourites {\n      notify\n      creator {\n        ...CreatorCardFields\n      }\n    }\n  }\n": types.MyFavouritesDocument,
    "\n  subscription AvailabilityAlertAdded {\n    availabilityAlertAdded {\n      id\n      online\n      creator {\n        id\n        handle\n        displayName\n        avatarUrl\n      }\n    }\n  }\n": types.AvailabilityAlertAddedDocument,
    "\n  query PushPublicKey {\n    pushPublicKey\n  }\n": types.PushPublicKeyDocument,
    "\n  mutation RegisterPushSubscription($subscription: PushSubscriptionInput!) {\n    registerPushSubscription(subscription: $subscription)\n  }\n": types.RegisterPushSubscriptionDocument,
    "\n  mutation LeaveReview($callId: ID!, $rating: Int!, $text: String) {\n    leaveReview(callId: $callId, rating: $rating, text: $text) {\n      id\n      rating\n      text\n    }\n  }\n": types.LeaveReviewDocument,
    "\n  query ReviewOfCall($id: ID!) {\n    call(id: $id) {\n      id\n      reviewable\n      review {\n        id\n        rating\n        text\n      }\n    }\n  }\n": types.ReviewOfCallDocument,
    "\n  query MyPhotos {\n    myPhotos {\n      profile {\n        id\n        url\n        srcset\n      }\n      gallery {\n        id\n        url\n        srcset\n      }\n    }\n  }\n": types.MyPhotosDocument,
    "\n  mutation PlacePhoto($uploadId: ID!) {\n    placePhoto(uploadId: $uploadId) {\n      profile {\n        id\n        url\n        srcset\n      }\n      gallery {\n        id\n        url\n        srcset\n      }\n    }\n  }\n": types.PlacePhotoDocument,
    "\n  mutation RemoveMyPhoto($photoId: ID!) {\n    removeMyPhoto(photoId: $photoId) {\n      profile {\n        id\n        url\n        srcset\n      }\n      gallery {\n        id\n        url\n        srcset\n      }\n    }\n  }\n": types.RemoveMyPhotoDocument,
    "\n  mutation ReportPhoto($photoId: ID!, $reason: ReportReason!, $note: String!) {\n    reportPhoto(photoId: $photoId, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n": types.ReportPhotoDocument,
    "\n  fragment AccountFields on Account {\n    id\n    email\n    displayName\n    handle\n    role\n    status\n    emailVerified\n  }\n": types.AccountFieldsFragmentDoc,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    account {\n      ...AccountFields\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      ...SessionFields\n    }\n  }\n": types.LogInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      message\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  query Me {\n    me {\n      ...AccountFields\n    }\n  }\n": types.MeDocument,
    "\n  subscription AccountUpdated {\n    accountUpdated {\n      ...AccountFields\n    }\n  }\n": types.AccountUpdatedDocument,
    "\n  fragment ChatLockFields on ChatLock {\n    id\n    conversationId\n    price\n    description\n    state\n    createdAt\n    resolvedAt\n  }\n": types.ChatLockFieldsFragmentDoc,
    "\n  fragment CallInvitationFields on CallInvitation {\n    id\n    conversationId\n    kind\n    pricePerMinute\n    state\n    expiresAt\n    callId\n  }\n": types.CallInvitationFieldsFragmentDoc,
    "\n  fragment MessageFields on Message {\n    id\n    conversationId\n    kind\n    systemType\n    body\n    mine\n    createdAt\n    sender {\n      id\n      displayName\n    }\n    sentOnBehalfBy {\n      id\n      displayName\n    }\n    call {\n      callId\n      kind\n      state\n      startedAt\n      durationSeconds\n      tokens\n    }\n    lock {\n      ...ChatLockFields\n    }\n    invitation {\n      ...CallInvitationFields\n    }\n  }\n": types.MessageFieldsFragmentDoc,
    "\n  fragment ConversationFields on Conversation {\n    id\n    unreadCount\n    lastMessageAt\n    other {\n      id\n      displayName\n      handle\n    }\n    creator {\n      id\n      displayName\n      handle\n    }\n    fan {\n      id\n      displayName\n      handle\n    }\n    creatorAvailability {\n      ...AvailabilityFields\n    }\n    openLock {\n      ...ChatLockFields\n    }\n    creatorInChat\n    lastMessage {\n      ...MessageFields\n    }\n  }\n": types.ConversationFieldsFragmentDoc,
    "\n  query Conversations($after: String) {\n    conversations(after: $after) {\n      edges {\n        node {\n          ...ConversationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConversationsDocument,
    "\n  query Conversation($id: ID!, $after: String) {\n    conversation(id: $id) {\n      ...ConversationFields\n      messages(after: $after) {\n        edges {\n          node {\n            ...MessageFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ConversationDocument,
    "\n  query ConversationWithCreator($creatorId: ID!) {\n    conversationWithCreator(creatorId: $creatorId) {\n      id\n    }\n  }\n": types.ConversationWithCreatorDocument,
    "\n  mutation SendMessage($text: String!, $conversationId: ID, $creatorId: ID) {\n    sendMessage(text: $text, conversationId: $conversationId, creatorId: $creatorId) {\n      __typename\n      ... on Message {\n        ...MessageFields\n      }\n      ... on ChatLocked {\n        openLock: lock {\n          ...ChatLockFields\n        }\n      }\n      ... on RecipientUnavailable {\n        message\n      }\n    }\n  }\n": types.SendMessageDocument,
    "\n  mutation MarkConversationRead($conversationId: ID!) {\n    markConversationRead(conversationId: $conversationId) {\n      id\n      unreadCount\n    }\n  }\n": types.MarkConversationReadDocument,
    "\n  subscription MessageAdded {\n    messageAdded {\n      ...MessageFields\n    }\n  }\n": types.MessageAddedDocument,
    "\n  mutation LockChat($conversationId: ID!, $price: Int!, $description: String!) {\n    lockChat(conversationId: $conversationId, price: $price, description: $description) {\n      ...ChatLockFields\n    }\n  }\n": types.LockChatDocument,
    "\n  mutation UnlockChat($lockId: ID!) {\n    unlockChat(lockId: $lockId) {\n      __typename\n      ... on ChatLock {\n        ...ChatLockFields\n      }\n      ... on UnlockNeedsTokens {\n        available\n        needed\n        required\n      }\n    }\n  }\n": types.UnlockChatDocument,
    "\n  mutation WithdrawChatLock($lockId: ID!) {\n    withdrawChatLock(lockId: $lockId) {\n      ...ChatLockFields\n    }\n  }\n": types.WithdrawChatLockDocument,
    "\n  mutation BlockAccount($accountId: ID!) {\n    blockAccount(accountId: $accountId)\n  }\n": types.BlockAccountDocument,
    "\n  mutation ReportConversation($conversationId: ID!, $reason: ReportReason!, $note: String!) {\n    reportConversation(conversationId: $conversationId, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n": types.ReportConversationDocument,
    "\n  subscription ChatPresence($conversationId: ID!) {\n    chatPresence(conversationId: $conversationId) {\n      conversationId\n      creatorInChat\n    }\n  }\n": types.ChatPresenceDocument,
    "\n  mutation InviteToCall($conversationId: ID!, $kind: CallKind) {\n    inviteToCall(conversationId: $conversationId, kind: $kind) {\n      __typename\n      ... on CallInvitation {\n        ...CallInvitationFields\n      }\n      ... on CallInvitationRefused {\n        reason\n        message\n      }\n    }\n  }\n": types.InviteToCallDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": types.ApiKeyFieldsFragmentDoc,
    "\n  fragment PartnerAppFields on PartnerApp {\n    id\n    name\n    website\n    allowedOrigins\n    createdAt\n    keys {\n      ...ApiKeyFields\n    }\n  }\n": types.PartnerAppFieldsFragmentDoc,
    "\n  query PartnerApps {\n    partnerApps {\n      ...PartnerAppFields\n    }\n  }\n": types.PartnerAppsDocument,
    "\n  query PartnerAppUsage($appId: ID!, $days: Int!) {\n    partnerAppUsage(appId: $appId, days: $days) {\n      keyId\n      day\n      requests\n      points\n      errors\n      rateLimited\n    }\n  }\n": types.PartnerAppUsageDocument,
    "\n  mutation RegisterPartnerApp($input: PartnerAppInput!) {\n    registerPartnerApp(input: $input) {\n      ...PartnerAppFields\n    }\n  }\n": types.RegisterPartnerAppDocument,
    "\n  mutation UpdatePartnerApp($appId: ID!, $input: PartnerAppInput!) {\n    updatePartnerApp(appId: $appId, input: $input) {\n      ...PartnerAppFields\n    }\n  }\n": types.UpdatePartnerAppDocument,
    "\n  mutation CreateApiKey($appId: ID!, $scopes: [ApiScope!]!) {\n    createApiKey(appId: $appId, scopes: $scopes) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($keyId: ID!) {\n    revokeApiKey(keyId: $keyId) {\n      ...ApiKeyFields\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  fragment PayoutFields on Payout {\n    id\n    tokens\n    status\n    reason\n    provider\n    createdAt\n    amount {\n      amountCents\n      currency\n    }\n  }\n": types.PayoutFieldsFragmentDoc,
    "\n  query MyPayouts($first: Int!) {\n    payouts(first: $first) {\n      edges {\n        node {\n          ...PayoutFields\n        }\n      }\n    }\n  }\n": types.MyPayoutsDocument,
    "\n  mutation RequestPayout($tokens: Int!) {\n    requestPayout(tokens: $tokens) {\n      ...PayoutFields\n    }\n  }\n": types.RequestPayoutDocument,
    "\n  mutation PayoutOnboardingLink {\n    payoutOnboardingLink {\n      url\n      testMode\n    }\n  }\n": types.PayoutOnboardingLinkDocument,
    "\n  fragment ActivityItemFields on ActivityItem {\n    id\n    kind\n    total\n    refunded\n    startedAt\n    updatedAt\n    transferCount\n    value {\n      amountCents\n      currency\n    }\n    counterpart {\n      id\n      displayName\n    }\n    call {\n      id\n      kind\n      billedSeconds\n      chargedTokens\n      connectedAt\n      endReason\n    }\n  }\n": types.ActivityItemFieldsFragmentDoc,
    "\n  query WalletActivity($after: String) {\n    walletActivity(first: 20, after: $after) {\n      edges {\n        node {\n          ...ActivityItemFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.WalletActivityDocument,
    "\n  query ActivityTransfers($id: String!) {\n    activityItem(id: $id) {\n      id\n      transfers {\n        id\n        kind\n        memo\n        amount\n        reserved\n        createdAt\n      }\n    }\n  }\n": types.ActivityTransfersDocument,
    "\n  query WalletActivityCsv($from: DateTimeISO!, $to: DateTimeISO!) {\n    walletActivityCsv(from: $from, to: $to)\n  }\n": types.WalletActivityCsvDocument,
    "\n  query WalletBalance {\n    wallet {\n      available\n      held\n      frozen\n    }\n  }\n": types.WalletBalanceDocument,
    "\n  query TokenPacks {\n    tokenPacks {\n      id\n      tokens\n      priceCents\n      currency\n    }\n  }\n": types.TokenPacksDocument,
    "\n  mutation PurchaseTokens($packId: ID!) {\n    purchaseTokens(packId: $packId) {\n      checkoutUrl\n      testMode\n      purchase {\n        id\n        status\n        tokens\n      }\n    }\n  }\n": types.PurchaseTokensDocument,
    "\n  query Purchase($id: ID!) {\n    purchase(id: $id) {\n      id\n      status\n      tokens\n    }\n  }\n": types.PurchaseDocument,
    "\n  subscription WalletChanged {\n    walletChanged {\n      available\n      held\n      earnings\n      frozen\n    }\n  }\n": types.WalletChangedDocument,
    "\n  query EarningsBalance {\n    earnings {\n      balance\n    }\n  }\n": types.EarningsBalanceDocument,
    "\n  fragment SpendingLimitsFields on SpendingLimits {\n    perCallCap\n    dailyLimit\n    excludedUntil\n    spentToday\n  }\n": types.SpendingLimitsFieldsFragmentDoc,
    "\n  query SpendingLimits {\n    spendingLimits {\n      ...SpendingLimitsFields\n    }\n  }\n": types.SpendingLimitsDocument,
    "\n  mutation SetSpendingLimits($limits: SpendingLimitsInput!) {\n    setSpendingLimits(limits: $limits) {\n      ...SpendingLimitsFields\n    }\n  }\n": types.SetSpendingLimitsDocument,
    "\n  mutation SendTip($creatorId: ID!, $amount: Int!, $callId: ID) {\n    sendTip(creatorId: $creatorId, amount: $amount, callId: $callId) {\n      id\n      total\n    }\n  }\n": types.SendTipDocument,
    "\n  query EarningsSummary {\n    earningsSummary {\n      balance\n      pending\n      available\n      inPayout\n      paidOut\n      payoutMinimum\n      holdingDays\n      paidOutValue {\n        amountCents\n        currency\n      }\n      tokenValue {\n        amountCents\n        currency\n      }\n      pendingValue {\n        amountCents\n        currency\n      }\n      availableValue {\n        amountCents\n        currency\n      }\n    }\n  }\n": types.EarningsSummaryDocument,
    "\n  query Receipt($id: ID!) {\n    purchase(id: $id) {\n      id\n      packId\n      tokens\n      status\n      createdAt\n      amountCents\n      currency\n      provider\n      refundedCents\n    }\n  }\n": types.ReceiptDocument,
    "\n  subscription TipReceived {\n    tipReceived {\n      ...ActivityItemFields\n    }\n  }\n": types.TipReceivedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      ...AccountFields\n    }\n  }\n"): typeof import('./graphql').VerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"): typeof import('./graphql').ResendVerificationEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountSettings {\n    me {\n      ...AccountFields\n      notificationPreferences {\n        missedCalls\n        messages\n        productNews\n      }\n    }\n  }\n"): typeof import('./graphql').AccountSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDisplayName($displayName: String!) {\n    updateDisplayName(displayName: $displayName) {\n      ...AccountFields\n    }\n  }\n"): typeof import('./graphql').UpdateDisplayNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailChange($newEmail: String!, $currentPassword: String!) {\n    requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword) {\n      pendingEmail\n      message\n    }\n  }\n"): typeof import('./graphql').RequestEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      id\n      notificationPreferences {\n        missedCalls\n        messages\n        productNews\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateNotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDataExport {\n    myDataExport\n  }\n"): typeof import('./graphql').MyDataExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($password: String!, $acceptLosses: Boolean!) {\n    deleteMyAccount(password: $password, acceptLosses: $acceptLosses) {\n      __typename\n      ... on AccountDeleted {\n        deletedAt\n      }\n      ... on DeletionNeedsConfirmation {\n        earnings\n        walletTokens\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').DeleteMyAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevEmailOutbox {\n    devEmailOutbox(first: 20) {\n      id\n      to\n      subject\n      text\n      sentAt\n    }\n  }\n"): typeof import('./graphql').DevEmailOutboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyMembershipFields on AgencyMembership {\n    id\n    state\n    shareBps\n    invitedAt\n    respondedAt\n    endedAt\n    agency {\n      id\n      name\n    }\n    creator {\n      id\n      displayName\n      handle\n    }\n  }\n"): typeof import('./graphql').AgencyMembershipFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyRowFields on AgencyCreatorRow {\n    membershipId\n    shareBps\n    heldOnline\n    pricePerMinute\n    unreadChats\n    earningsToday\n    ringingCallId\n    creator {\n      id\n      displayName\n      handle\n    }\n    availability {\n      status\n      until\n      nextAvailableAt\n      online\n    }\n  }\n"): typeof import('./graphql').AgencyRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAgency {\n    myAgency {\n      id\n      name\n      memberships {\n        ...AgencyMembershipFields\n      }\n    }\n    agencyEarnings {\n      balance\n      today\n    }\n  }\n"): typeof import('./graphql').MyAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgency($name: String!) {\n    createAgency(name: $name) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteCreatorToAgency($handle: String!, $shareBps: Int!) {\n    inviteCreatorToAgency(handle: $handle, shareBps: $shareBps) {\n      ...AgencyMembershipFields\n    }\n  }\n"): typeof import('./graphql').InviteCreatorToAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndAgencyMembership($membershipId: ID!) {\n    endAgencyMembership(membershipId: $membershipId) {\n      ...AgencyMembershipFields\n    }\n  }\n"): typeof import('./graphql').EndAgencyMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToAgencyInvitation($membershipId: ID!, $accept: Boolean!) {\n    respondToAgencyInvitation(membershipId: $membershipId, accept: $accept) {\n      ...AgencyMembershipFields\n    }\n  }\n"): typeof import('./graphql').RespondToAgencyInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAgencyMemberships {\n    myAgencyMemberships {\n      ...AgencyMembershipFields\n    }\n    agencyActionsForMe(limit: 20) {\n      id\n      action\n      subject\n      detail\n      createdAt\n      actor {\n        displayName\n      }\n      agency {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').MyAgencyMembershipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyPanel {\n    agencyPanel {\n      ...AgencyRowFields\n    }\n  }\n"): typeof import('./graphql').AgencyPanelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAgencyCreatorsOnline($online: Boolean!, $creatorIds: [ID!]) {\n    setAgencyCreatorsOnline(online: $online, creatorIds: $creatorIds) {\n      ...AgencyRowFields\n    }\n  }\n"): typeof import('./graphql').SetAgencyCreatorsOnlineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AgencyPanelEvents {\n    agencyPanelEvents {\n      kind\n      creatorId\n      conversationId\n      messageId\n      callId\n      row {\n        ...AgencyRowFields\n      }\n    }\n  }\n"): typeof import('./graphql').AgencyPanelEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyConversations($creatorId: ID!) {\n    agencyConversations(creatorId: $creatorId, first: 30) {\n      edges {\n        node {\n          id\n          unreadCount\n          lastMessageAt\n          fan {\n            id\n            displayName\n            handle\n          }\n          openLock {\n            id\n            price\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AgencyConversationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyMessages($creatorId: ID!, $conversationId: ID!) {\n    agencyMessages(creatorId: $creatorId, conversationId: $conversationId, first: 50) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AgencyMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgencySendMessage($creatorId: ID!, $conversationId: ID!, $text: String!) {\n    agencySendMessage(creatorId: $creatorId, conversationId: $conversationId, text: $text) {\n      __typename\n      ... on Message {\n        ...MessageFields\n      }\n      ... on RecipientUnavailable {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').AgencySendMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgencyLockChat($creatorId: ID!, $conversationId: ID!, $price: Int!, $description: String!) {\n    agencyLockChat(creatorId: $creatorId, conversationId: $conversationId, price: $price, description: $description) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').AgencyLockChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgencyMarkConversationRead($creatorId: ID!, $conversationId: ID!) {\n    agencyMarkConversationRead(creatorId: $creatorId, conversationId: $conversationId) {\n      id\n      unreadCount\n    }\n  }\n"): typeof import('./graphql').AgencyMarkConversationReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgencyDeclineCall($creatorId: ID!, $callId: ID!, $message: String) {\n    agencyDeclineCall(creatorId: $creatorId, callId: $callId, message: $message)\n  }\n"): typeof import('./graphql').AgencyDeclineCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AgencyChatPresence($creatorId: ID!, $conversationId: ID!) {\n    agencyChatPresence(creatorId: $creatorId, conversationId: $conversationId) {\n      conversationId\n      creatorInChat\n    }\n  }\n"): typeof import('./graphql').AgencyChatPresenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallFields on Call {\n    id\n    kind\n    state\n    endReason\n    myRole\n    pricePerMinute\n    rtcProvider\n    createdAt\n    ringDeadline\n    answeredAt\n    connectedAt\n    endedAt\n    billedSeconds\n    elapsedSeconds\n    chargedTokens\n    heldTokens\n    lowBalance\n    spendingCap\n    spendingCapWarning\n    refundedTokens\n    nextBoundaryAt\n    fan {\n      id\n      displayName\n      handle\n    }\n    creator {\n      id\n      displayName\n      handle\n    }\n  }\n"): typeof import('./graphql').CallFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RtcCredentialsFields on RtcCredentialsView {\n    provider\n    appId\n    channel\n    token\n    uid\n    expiresAt\n  }\n"): typeof import('./graphql').RtcCredentialsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCall($creatorId: ID!, $kind: CallKind!) {\n    startCall(creatorId: $creatorId, kind: $kind) {\n      __typename\n      ... on Call {\n        ...CallFields\n      }\n      ... on CreatorBusy {\n        creatorId\n        message\n      }\n      ... on CreatorUnavailable {\n        creatorId\n        message\n        status\n        nextAvailableAt\n      }\n      ... on InsufficientTokens {\n        available\n        needed\n        required\n      }\n    }\n  }\n"): typeof import('./graphql').StartCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptCallInvitation($invitationId: ID!) {\n    acceptCallInvitation(invitationId: $invitationId) {\n      __typename\n      ... on Call {\n        ...CallFields\n      }\n      ... on CreatorBusy {\n        creatorId\n        message\n      }\n      ... on CreatorUnavailable {\n        creatorId\n        message\n        status\n        nextAvailableAt\n      }\n      ... on InsufficientTokens {\n        available\n        needed\n        required\n      }\n      ... on CallInvitationRefused {\n        reason\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptCallInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Call($id: ID!) {\n    call(id: $id) {\n      ...CallFields\n    }\n  }\n"): typeof import('./graphql').CallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActiveCall {\n    activeCall {\n      ...CallFields\n    }\n  }\n"): typeof import('./graphql').ActiveCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelCall($callId: ID!) {\n    cancelCall(callId: $callId) {\n      ...CallFields\n    }\n  }\n"): typeof import('./graphql').CancelCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerCall($callId: ID!) {\n    answerCall(callId: $callId) {\n      call {\n        ...CallFields\n      }\n      credentials {\n        ...RtcCredentialsFields\n      }\n    }\n  }\n"): typeof import('./graphql').AnswerCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineCall($callId: ID!) {\n    declineCall(callId: $callId) {\n      ...CallFields\n    }\n  }\n"): typeof import('./graphql').DeclineCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndCall($callId: ID!) {\n    endCall(callId: $callId) {\n      ...CallFields\n    }\n  }\n"): typeof import('./graphql').EndCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportMediaState($callId: ID!, $media: MediaStateInput!) {\n    reportMediaState(callId: $callId, media: $media) {\n      ...CallFields\n    }\n  }\n"): typeof import('./graphql').ReportMediaStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewRtcCredentials($callId: ID!) {\n    renewRtcCredentials(callId: $callId) {\n      ...RtcCredentialsFields\n    }\n  }\n"): typeof import('./graphql').RenewRtcCredentialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendRtcSignal($callId: ID!, $signal: RtcSignalInput!) {\n    sendRtcSignal(callId: $callId, signal: $signal)\n  }\n"): typeof import('./graphql').SendRtcSignalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RtcSignals($callId: ID!) {\n    rtcSignals(callId: $callId) {\n      from\n      type\n      payload\n    }\n  }\n"): typeof import('./graphql').RtcSignalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription IncomingCall {\n    incomingCall {\n      ...CallFields\n    }\n  }\n"): typeof import('./graphql').IncomingCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CallUpdated($callId: ID!) {\n    callUpdated(callId: $callId) {\n      ...CallFields\n    }\n  }\n"): typeof import('./graphql').CallUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeemCallLink($callId: ID!, $token: String!) {\n    redeemCallLink(callId: $callId, token: $token) {\n      auth {\n        ...SessionFields\n      }\n      call {\n        ...CallFields\n      }\n    }\n  }\n"): typeof import('./graphql').RedeemCallLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallChatMessageFields on CallChatMessage {\n    id\n    callId\n    body\n    mine\n    createdAt\n    sender {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').CallChatMessageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallChatMessages($callId: ID!) {\n    callChatMessages(callId: $callId) {\n      ...CallChatMessageFields\n    }\n  }\n"): typeof import('./graphql').CallChatMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendCallChatMessage($callId: ID!, $text: String!) {\n    sendCallChatMessage(callId: $callId, text: $text) {\n      ...CallChatMessageFields\n    }\n  }\n"): typeof import('./graphql').SendCallChatMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CallChatMessageAdded($callId: ID!) {\n    callChatMessageAdded(callId: $callId) {\n      ...CallChatMessageFields\n    }\n  }\n"): typeof import('./graphql').CallChatMessageAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportCall($callId: ID!, $reason: ReportReason!, $note: String!) {\n    reportCall(callId: $callId, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ReportCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AvailabilityFields on CreatorAvailability {\n    status\n    until\n    nextAvailableAt\n    online\n    reachability\n  }\n"): typeof import('./graphql').AvailabilityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CreatorCardFields on Creator {\n    id\n    handle\n    displayName\n    avatarUrl\n    photo {\n      id\n      url\n      srcset\n      width\n      height\n    }\n    tags\n    languages\n    ratingAverage\n    ratingCount\n    callsEnabled\n    pricePerMinute\n    availability {\n      ...AvailabilityFields\n    }\n  }\n"): typeof import('./graphql').CreatorCardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CreatorProfileFields on Creator {\n    ...CreatorCardFields\n    bio\n    timeZone\n    joinedAt\n    usuallyAnswersWithinSeconds\n    gallery {\n      id\n      url\n      srcset\n      width\n      height\n    }\n    viewerFavourite {\n      favourite\n      notify\n    }\n    schedule {\n      weekday\n      start\n      end\n    }\n  }\n"): typeof import('./graphql').CreatorProfileFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Creators($first: Int!, $after: String, $filter: CreatorFilter, $sort: CreatorSort) {\n    creators(first: $first, after: $after, filter: $filter, sort: $sort) {\n      edges {\n        cursor\n        node {\n          ...CreatorCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').CreatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreatorByHandle($handle: String!) {\n    creator(handle: $handle) {\n      ...CreatorProfileFields\n    }\n  }\n"): typeof import('./graphql').CreatorByHandleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreatorById($id: ID!) {\n    creator(id: $id) {\n      ...CreatorProfileFields\n    }\n  }\n"): typeof import('./graphql').CreatorByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CreatorAvailabilityChanged($creatorIds: [ID!]!) {\n    creatorAvailabilityChanged(creatorIds: $creatorIds) {\n      creatorId\n      availability {\n        ...AvailabilityFields\n      }\n    }\n  }\n"): typeof import('./graphql').CreatorAvailabilityChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CreatorUpdated($creatorId: ID!) {\n    creatorUpdated(creatorId: $creatorId) {\n      ...CreatorCardFields\n      bio\n      timeZone\n      schedule {\n        weekday\n        start\n        end\n      }\n    }\n  }\n"): typeof import('./graphql').CreatorUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreatorReviews($creatorId: ID!, $first: Int!) {\n    reviews(creatorId: $creatorId, first: $first) {\n      edges {\n        node {\n          id\n          rating\n          text\n          fanDisplayName\n          createdAt\n          reply\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CreatorReviewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CreatorSettingsFields on CreatorSettings {\n    creator {\n      ...CreatorProfileFields\n    }\n    pricePerMinute\n    minPricePerMinute\n    maxPricePerMinute\n    phoneVerified\n    phoneLastTwoDigits\n    pendingPhoneVerification {\n      phoneLastTwoDigits\n      expiresAt\n      attemptsLeft\n      sendsLeft\n    }\n    pausedUntil\n    pausedIndefinitely\n  }\n"): typeof import('./graphql').CreatorSettingsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCreatorSettings {\n    myCreatorSettings {\n      ...CreatorSettingsFields\n    }\n  }\n"): typeof import('./graphql').MyCreatorSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableCalls($pricePerMinute: Int!) {\n    enableCalls(pricePerMinute: $pricePerMinute) {\n      ...CreatorSettingsFields\n    }\n  }\n"): typeof import('./graphql').EnableCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCallSettings($pricePerMinute: Int!) {\n    updateCallSettings(pricePerMinute: $pricePerMinute) {\n      ...CreatorSettingsFields\n    }\n  }\n"): typeof import('./graphql').UpdateCallSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableCalls {\n    disableCalls {\n      ...CreatorSettingsFields\n    }\n  }\n"): typeof import('./graphql').DisableCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPhoneVerification($phone: String!) {\n    startPhoneVerification(phone: $phone) {\n      phoneLastTwoDigits\n      expiresAt\n      attemptsLeft\n      sendsLeft\n    }\n  }\n"): typeof import('./graphql').StartPhoneVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmPhoneVerification($code: String!) {\n    confirmPhoneVerification(code: $code) {\n      ...CreatorSettingsFields\n    }\n  }\n"): typeof import('./graphql').ConfirmPhoneVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAvailabilitySchedule($timeZone: String!, $slots: [ScheduleSlotInput!]!) {\n    setAvailabilitySchedule(timeZone: $timeZone, slots: $slots) {\n      ...CreatorSettingsFields\n    }\n  }\n"): typeof import('./graphql').SetAvailabilityScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseCalls($minutes: Int, $untilResumed: Boolean) {\n    pauseCalls(minutes: $minutes, untilResumed: $untilResumed) {\n      ...CreatorSettingsFields\n    }\n  }\n"): typeof import('./graphql').PauseCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeCalls {\n    resumeCalls {\n      ...CreatorSettingsFields\n    }\n  }\n"): typeof import('./graphql').ResumeCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCreatorProfile($input: UpdateCreatorProfileInput!) {\n    updateCreatorProfile(input: $input) {\n      ...CreatorSettingsFields\n    }\n  }\n"): typeof import('./graphql').UpdateCreatorProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevOutbox {\n    devOutbox(first: 30) {\n      id\n      to\n      body\n      purpose\n      sentAt\n    }\n  }\n"): typeof import('./graphql').DevOutboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FavouriteCreator($creatorId: ID!, $notify: Boolean) {\n    favouriteCreator(creatorId: $creatorId, notify: $notify) {\n      notify\n      creator {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').FavouriteCreatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfavouriteCreator($creatorId: ID!) {\n    unfavouriteCreator(creatorId: $creatorId)\n  }\n"): typeof import('./graphql').UnfavouriteCreatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFavourites {\n    myFavourites {\n      notify\n      creator {\n        ...CreatorCardFields\n      }\n    }\n  }\n"): typeof import('./graphql').MyFavouritesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AvailabilityAlertAdded {\n    availabilityAlertAdded {\n      id\n      online\n      creator {\n        id\n        handle\n        displayName\n        avatarUrl\n      }\n    }\n  }\n"): typeof import('./graphql').AvailabilityAlertAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PushPublicKey {\n    pushPublicKey\n  }\n"): typeof import('./graphql').PushPublicKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPushSubscription($subscription: PushSubscriptionInput!) {\n    registerPushSubscription(subscription: $subscription)\n  }\n"): typeof import('./graphql').RegisterPushSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveReview($callId: ID!, $rating: Int!, $text: String) {\n    leaveReview(callId: $callId, rating: $rating, text: $text) {\n      id\n      rating\n      text\n    }\n  }\n"): typeof import('./graphql').LeaveReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewOfCall($id: ID!) {\n    call(id: $id) {\n      id\n      reviewable\n      review {\n        id\n        rating\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewOfCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPhotos {\n    myPhotos {\n      profile {\n        id\n        url\n        srcset\n      }\n      gallery {\n        id\n        url\n        srcset\n      }\n    }\n  }\n"): typeof import('./graphql').MyPhotosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlacePhoto($uploadId: ID!) {\n    placePhoto(uploadId: $uploadId) {\n      profile {\n        id\n        url\n        srcset\n      }\n      gallery {\n        id\n        url\n        srcset\n      }\n    }\n  }\n"): typeof import('./graphql').PlacePhotoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMyPhoto($photoId: ID!) {\n    removeMyPhoto(photoId: $photoId) {\n      profile {\n        id\n        url\n        srcset\n      }\n      gallery {\n        id\n        url\n        srcset\n      }\n    }\n  }\n"): typeof import('./graphql').RemoveMyPhotoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportPhoto($photoId: ID!, $reason: ReportReason!, $note: String!) {\n    reportPhoto(photoId: $photoId, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ReportPhotoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountFields on Account {\n    id\n    email\n    displayName\n    handle\n    role\n    status\n    emailVerified\n  }\n"): typeof import('./graphql').AccountFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    account {\n      ...AccountFields\n    }\n  }\n"): typeof import('./graphql').SessionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql').LogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      message\n    }\n  }\n"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql').RefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): typeof import('./graphql').LogOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...AccountFields\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AccountUpdated {\n    accountUpdated {\n      ...AccountFields\n    }\n  }\n"): typeof import('./graphql').AccountUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatLockFields on ChatLock {\n    id\n    conversationId\n    price\n    description\n    state\n    createdAt\n    resolvedAt\n  }\n"): typeof import('./graphql').ChatLockFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallInvitationFields on CallInvitation {\n    id\n    conversationId\n    kind\n    pricePerMinute\n    state\n    expiresAt\n    callId\n  }\n"): typeof import('./graphql').CallInvitationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageFields on Message {\n    id\n    conversationId\n    kind\n    systemType\n    body\n    mine\n    createdAt\n    sender {\n      id\n      displayName\n    }\n    sentOnBehalfBy {\n      id\n      displayName\n    }\n    call {\n      callId\n      kind\n      state\n      startedAt\n      durationSeconds\n      tokens\n    }\n    lock {\n      ...ChatLockFields\n    }\n    invitation {\n      ...CallInvitationFields\n    }\n  }\n"): typeof import('./graphql').MessageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConversationFields on Conversation {\n    id\n    unreadCount\n    lastMessageAt\n    other {\n      id\n      displayName\n      handle\n    }\n    creator {\n      id\n      displayName\n      handle\n    }\n    fan {\n      id\n      displayName\n      handle\n    }\n    creatorAvailability {\n      ...AvailabilityFields\n    }\n    openLock {\n      ...ChatLockFields\n    }\n    creatorInChat\n    lastMessage {\n      ...MessageFields\n    }\n  }\n"): typeof import('./graphql').ConversationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversations($after: String) {\n    conversations(after: $after) {\n      edges {\n        node {\n          ...ConversationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ConversationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversation($id: ID!, $after: String) {\n    conversation(id: $id) {\n      ...ConversationFields\n      messages(after: $after) {\n        edges {\n          node {\n            ...MessageFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConversationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationWithCreator($creatorId: ID!) {\n    conversationWithCreator(creatorId: $creatorId) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConversationWithCreatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($text: String!, $conversationId: ID, $creatorId: ID) {\n    sendMessage(text: $text, conversationId: $conversationId, creatorId: $creatorId) {\n      __typename\n      ... on Message {\n        ...MessageFields\n      }\n      ... on ChatLocked {\n        openLock: lock {\n          ...ChatLockFields\n        }\n      }\n      ... on RecipientUnavailable {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').SendMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkConversationRead($conversationId: ID!) {\n    markConversationRead(conversationId: $conversationId) {\n      id\n      unreadCount\n    }\n  }\n"): typeof import('./graphql').MarkConversationReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MessageAdded {\n    messageAdded {\n      ...MessageFields\n    }\n  }\n"): typeof import('./graphql').MessageAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LockChat($conversationId: ID!, $price: Int!, $description: String!) {\n    lockChat(conversationId: $conversationId, price: $price, description: $description) {\n      ...ChatLockFields\n    }\n  }\n"): typeof import('./graphql').LockChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockChat($lockId: ID!) {\n    unlockChat(lockId: $lockId) {\n      __typename\n      ... on ChatLock {\n        ...ChatLockFields\n      }\n      ... on UnlockNeedsTokens {\n        available\n        needed\n        required\n      }\n    }\n  }\n"): typeof import('./graphql').UnlockChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawChatLock($lockId: ID!) {\n    withdrawChatLock(lockId: $lockId) {\n      ...ChatLockFields\n    }\n  }\n"): typeof import('./graphql').WithdrawChatLockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BlockAccount($accountId: ID!) {\n    blockAccount(accountId: $accountId)\n  }\n"): typeof import('./graphql').BlockAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportConversation($conversationId: ID!, $reason: ReportReason!, $note: String!) {\n    reportConversation(conversationId: $conversationId, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ReportConversationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatPresence($conversationId: ID!) {\n    chatPresence(conversationId: $conversationId) {\n      conversationId\n      creatorInChat\n    }\n  }\n"): typeof import('./graphql').ChatPresenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToCall($conversationId: ID!, $kind: CallKind) {\n    inviteToCall(conversationId: $conversationId, kind: $kind) {\n      __typename\n      ... on CallInvitation {\n        ...CallInvitationFields\n      }\n      ... on CallInvitationRefused {\n        reason\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').InviteToCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyFields on ApiKey {\n    id\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"): typeof import('./graphql').ApiKeyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerAppFields on PartnerApp {\n    id\n    name\n    website\n    allowedOrigins\n    createdAt\n    keys {\n      ...ApiKeyFields\n    }\n  }\n"): typeof import('./graphql').PartnerAppFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerApps {\n    partnerApps {\n      ...PartnerAppFields\n    }\n  }\n"): typeof import('./graphql').PartnerAppsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerAppUsage($appId: ID!, $days: Int!) {\n    partnerAppUsage(appId: $appId, days: $days) {\n      keyId\n      day\n      requests\n      points\n      errors\n      rateLimited\n    }\n  }\n"): typeof import('./graphql').PartnerAppUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPartnerApp($input: PartnerAppInput!) {\n    registerPartnerApp(input: $input) {\n      ...PartnerAppFields\n    }\n  }\n"): typeof import('./graphql').RegisterPartnerAppDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartnerApp($appId: ID!, $input: PartnerAppInput!) {\n    updatePartnerApp(appId: $appId, input: $input) {\n      ...PartnerAppFields\n    }\n  }\n"): typeof import('./graphql').UpdatePartnerAppDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($appId: ID!, $scopes: [ApiScope!]!) {\n    createApiKey(appId: $appId, scopes: $scopes) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"): typeof import('./graphql').CreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($keyId: ID!) {\n    revokeApiKey(keyId: $keyId) {\n      ...ApiKeyFields\n    }\n  }\n"): typeof import('./graphql').RevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PayoutFields on Payout {\n    id\n    tokens\n    status\n    reason\n    provider\n    createdAt\n    amount {\n      amountCents\n      currency\n    }\n  }\n"): typeof import('./graphql').PayoutFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPayouts($first: Int!) {\n    payouts(first: $first) {\n      edges {\n        node {\n          ...PayoutFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyPayoutsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPayout($tokens: Int!) {\n    requestPayout(tokens: $tokens) {\n      ...PayoutFields\n    }\n  }\n"): typeof import('./graphql').RequestPayoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayoutOnboardingLink {\n    payoutOnboardingLink {\n      url\n      testMode\n    }\n  }\n"): typeof import('./graphql').PayoutOnboardingLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityItemFields on ActivityItem {\n    id\n    kind\n    total\n    refunded\n    startedAt\n    updatedAt\n    transferCount\n    value {\n      amountCents\n      currency\n    }\n    counterpart {\n      id\n      displayName\n    }\n    call {\n      id\n      kind\n      billedSeconds\n      chargedTokens\n      connectedAt\n      endReason\n    }\n  }\n"): typeof import('./graphql').ActivityItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WalletActivity($after: String) {\n    walletActivity(first: 20, after: $after) {\n      edges {\n        node {\n          ...ActivityItemFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').WalletActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityTransfers($id: String!) {\n    activityItem(id: $id) {\n      id\n      transfers {\n        id\n        kind\n        memo\n        amount\n        reserved\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').ActivityTransfersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WalletActivityCsv($from: DateTimeISO!, $to: DateTimeISO!) {\n    walletActivityCsv(from: $from, to: $to)\n  }\n"): typeof import('./graphql').WalletActivityCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WalletBalance {\n    wallet {\n      available\n      held\n      frozen\n    }\n  }\n"): typeof import('./graphql').WalletBalanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokenPacks {\n    tokenPacks {\n      id\n      tokens\n      priceCents\n      currency\n    }\n  }\n"): typeof import('./graphql').TokenPacksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurchaseTokens($packId: ID!) {\n    purchaseTokens(packId: $packId) {\n      checkoutUrl\n      testMode\n      purchase {\n        id\n        status\n        tokens\n      }\n    }\n  }\n"): typeof import('./graphql').PurchaseTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Purchase($id: ID!) {\n    purchase(id: $id) {\n      id\n      status\n      tokens\n    }\n  }\n"): typeof import('./graphql').PurchaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WalletChanged {\n    walletChanged {\n      available\n      held\n      earnings\n      frozen\n    }\n  }\n"): typeof import('./graphql').WalletChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EarningsBalance {\n    earnings {\n      balance\n    }\n  }\n"): typeof import('./graphql').EarningsBalanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpendingLimitsFields on SpendingLimits {\n    perCallCap\n    dailyLimit\n    excludedUntil\n    spentToday\n  }\n"): typeof import('./graphql').SpendingLimitsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpendingLimits {\n    spendingLimits {\n      ...SpendingLimitsFields\n    }\n  }\n"): typeof import('./graphql').SpendingLimitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSpendingLimits($limits: SpendingLimitsInput!) {\n    setSpendingLimits(limits: $limits) {\n      ...SpendingLimitsFields\n    }\n  }\n"): typeof import('./graphql').SetSpendingLimitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTip($creatorId: ID!, $amount: Int!, $callId: ID) {\n    sendTip(creatorId: $creatorId, amount: $amount, callId: $callId) {\n      id\n      total\n    }\n  }\n"): typeof import('./graphql').SendTipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EarningsSummary {\n    earningsSummary {\n      balance\n      pending\n      available\n      inPayout\n      paidOut\n      payoutMinimum\n      holdingDays\n      paidOutValue {\n        amountCents\n        currency\n      }\n      tokenValue {\n        amountCents\n        currency\n      }\n      pendingValue {\n        amountCents\n        currency\n      }\n      availableValue {\n        amountCents\n        currency\n      }\n    }\n  }\n"): typeof import('./graphql').EarningsSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Receipt($id: ID!) {\n    purchase(id: $id) {\n      id\n      packId\n      tokens\n      status\n      createdAt\n      amountCents\n      currency\n      provider\n      refundedCents\n    }\n  }\n"): typeof import('./graphql').ReceiptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TipReceived {\n    tipReceived {\n      ...ActivityItemFields\n    }\n  }\n"): typeof import('./graphql').TipReceivedDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
