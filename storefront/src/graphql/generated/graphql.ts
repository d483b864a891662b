/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Whether an account may use Minutely. */
export type AccountStatus =
  /** The account can sign in and act. */
  | 'ACTIVE'
  /** Its owner deleted it: personal data erased, only an anonymous row kept for the ledger. */
  | 'DELETED'
  /** A moderator suspended the account; it is refused everywhere. */
  | 'SUSPENDED';

/** What a wallet or earnings activity item was. */
export type ActivityKind =
  /** A correction made by an admin. */
  | 'ADJUSTMENT'
  /** A call: billed per minute at the creator’s price, the last minute by the second; ringing is never billed. Holds, charges, the returned hold and any refund of it are one item. */
  | 'CALL'
  /** A paid chat lock. */
  | 'CHAT_UNLOCK'
  /** Any other movement. */
  | 'OTHER'
  /** A payout of earnings: set aside when requested, given back if it is rejected or fails. */
  | 'PAYOUT'
  /** Tokens given by Minutely. */
  | 'PROMOTION'
  /** A token pack bought (with any refund or dispute of it). */
  | 'PURCHASE'
  /** A refund that is not about one call, unlock or purchase. */
  | 'REFUND'
  /** A tip from a fan to a creator. */
  | 'TIP';

/** What an agency did for (or to) a creator, as recorded. */
export type AgencyActionKind =
  /** The creator accepted the invitation. */
  | 'ACCEPTED'
  /** The creator declined the invitation. */
  | 'DECLINED'
  /** The agency declined a call ringing for the creator (subject: the call). */
  | 'DECLINED_CALL'
  /** The membership (or invitation) ended; detail says who ended it and why. */
  | 'ENDED'
  /** The agency invited the creator (subject: the share in basis points). */
  | 'INVITED'
  /** The agency locked one of the creator’s chats (subject: the conversation; detail: price). */
  | 'LOCKED_CHAT'
  /** The agency marked a conversation read for the creator (subject: the conversation). */
  | 'READ_CONVERSATION'
  /** The agency replied in one of the creator’s conversations (subject: the conversation). */
  | 'SENT_MESSAGE'
  /** The agency’s panel set the creator offline. */
  | 'SET_OFFLINE'
  /** The agency’s panel set the creator online. */
  | 'SET_ONLINE'
  /** The agency withdrew a chat lock (subject: the lock). */
  | 'WITHDREW_CHAT_LOCK';

/** Where a creator’s membership of an agency stands. */
export type AgencyMembershipState =
  /** The creator accepted: the agency manages their availability and chats and takes its share. */
  | 'ACTIVE'
  /** The invitation was withdrawn before it was accepted. */
  | 'CANCELLED'
  /** The creator declined the invitation. */
  | 'DECLINED'
  /** The creator, the agency or a moderator ended the membership; the agency’s access ended with it. */
  | 'ENDED'
  /** The agency invited the creator; they have not answered yet. */
  | 'INVITED';

/** What happened to one of the panel’s creators. */
export type AgencyPanelEventKind =
  /** A fan is calling them (alert; the creator answers). */
  | 'CALL_RINGING'
  /** A fan wrote to them (alert). */
  | 'MESSAGE_RECEIVED'
  /** They joined the agency. */
  | 'ROW_ADDED'
  /** Their availability, unread chats or earnings changed. */
  | 'ROW_CHANGED'
  /** Their membership ended: the agency no longer acts for them. */
  | 'ROW_REMOVED';

/** What an API key may be used for. Requests outside its scopes are FORBIDDEN with the missing scope named. */
export type ApiScope =
  /** `availability:read`: creators’ availability (`Creator.availability`) and its live subscription (`creatorAvailabilityChanged`). */
  | 'AVAILABILITY_READ'
  /** `calls:embed`: what the embeddable call button reads: one creator by handle with price and availability, and that availability live. */
  | 'CALLS_EMBED'
  /** `creators:read`: creator profiles, prices and the creators directory (`creators`, `creator`). */
  | 'CREATORS_READ';

/** Whether a creator can be called now; one value shown everywhere. */
export type AvailabilityStatus =
  /** Can be called now (if not online, an SMS reaches them). */
  | 'AVAILABLE'
  /** Outside their weekly hours; back at `nextAvailableAt`. */
  | 'AWAY'
  /** Ringing or in a call; try again soon or leave a message. */
  | 'BUSY'
  /** Calls are turned off. */
  | 'OFF'
  /** Took a break: until `until`, or until they resume when `until` is null. */
  | 'PAUSED';

/** Why a call invitation was not sent or not accepted. Nothing changed. */
export type CallInvitationRefusal =
  /** An agency cannot invite on a creator’s behalf: the camera is the creator’s. */
  | 'AGENCY_CANNOT_INVITE'
  /** The invitation was accepted already. */
  | 'ALREADY_ACCEPTED'
  /** An invitation in this conversation is still open. */
  | 'ALREADY_INVITED'
  /** The creator has calls turned off or no price set. */
  | 'CALLS_OFF'
  /** The invitation ran out (two minutes). */
  | 'EXPIRED'
  /** Only the conversation’s creator invites to a call. */
  | 'NOT_THE_CREATOR'
  /** The creator’s price changed since the invitation; call them at the new price instead. */
  | 'PRICE_CHANGED'
  /** The fan cannot be invited (a block). */
  | 'RECIPIENT_UNAVAILABLE';

/** Where a call invitation stands. */
export type CallInvitationState =
  /** The fan accepted: it started the call `callId`. */
  | 'ACCEPTED'
  /** Nobody accepted it within two minutes. */
  | 'EXPIRED'
  /** The fan may accept it until `expiresAt`. */
  | 'OPEN';

/** Video or voice only. The price is the same; the fan may turn the camera off during a video call. */
export type CallKind =
  /** Audio only. */
  | 'AUDIO'
  /** Video and audio. */
  | 'VIDEO';

/** Which side of a call someone is on. */
export type CallRole =
  /** The one called. */
  | 'CREATOR'
  /** The caller. */
  | 'FAN';

/** Where a call is in its life. */
export type CallState =
  /** The fan hung up while it rang (or a moderator stopped it). */
  | 'CANCELLED'
  /** Answered; waiting for the creator’s media (30 s). Not billed. */
  | 'CONNECTING'
  /** The creator declined. */
  | 'DECLINED'
  /** Was connected and has ended; see endReason. */
  | 'ENDED'
  /** Answered but the creator’s media never arrived, or it broke before connecting; nobody paid. */
  | 'FAILED'
  /** Not answered within 60 s. */
  | 'MISSED'
  /** Connected: billed per minute at the creator’s price, the last minute by the second. */
  | 'ONGOING'
  /** The creator is being called (60 s to answer). */
  | 'RINGING';

/** Where a chat lock stands. */
export type ChatLockState =
  /** The fan must pay to write again. */
  | 'OPEN'
  /** The fan paid; the chat is open. */
  | 'PAID'
  /** The creator withdrew it. */
  | 'WITHDRAWN';

/** Narrows the list of creators; all given conditions must hold. */
export type CreatorFilter = {
  /** True: only creators who can be called right now (AVAILABLE). */
  availableNow?: boolean | null | undefined;
  /** Only creators who speak this language (a BCP 47 code such as "en"). */
  language?: string | null | undefined;
  /** Only creators with calls on at this price per minute or less. */
  maxPrice?: number | null | undefined;
  /** Only creators with calls on at this price per minute or more. */
  minPrice?: number | null | undefined;
  /** Only creators whose average rating is at least this (1–5). */
  minRating?: number | null | undefined;
  /** True: only creators who are AVAILABLE and online (answer at once), not just reachable by phone. */
  onlineNow?: boolean | null | undefined;
  /** Only creators whose handle or display name contains this text (case-insensitive). */
  search?: string | null | undefined;
  /** Only creators with this tag (case-insensitive). */
  tag?: string | null | undefined;
  /** Only creators with at least one of these tags (case-insensitive; at most 10). */
  tags?: Array<string> | null | undefined;
};

/** Orders of the creators directory. */
export type CreatorSort =
  /** By handle, A to Z. */
  | 'HANDLE'
  /** Newest on Minutely first. */
  | 'NEWEST'
  /** Dearest per minute first; creators with calls off last. */
  | 'PRICE_HIGH'
  /** Cheapest per minute first; creators with calls off last. */
  | 'PRICE_LOW'
  /** Best average rating first; unrated last. */
  | 'RATING'
  /** Online and callable first, then those with a photo, then by rating (weighted by the number of reviews). */
  | 'RECOMMENDED';

/** Why a call ended. */
export type EndReason =
  /** One of the accounts was suspended. */
  | 'ACCOUNT_SUSPENDED'
  /** The creator was gone for more than 30 s. */
  | 'CREATOR_DISCONNECTED'
  /** The creator hung up. */
  | 'CREATOR_HUNG_UP'
  /** The fan was gone for more than 30 s. */
  | 'FAN_DISCONNECTED'
  /** The fan hung up. */
  | 'FAN_HUNG_UP'
  /** The fan’s tokens ran out at a minute boundary. */
  | 'FUNDS_EXHAUSTED'
  /** A moderator ended the call. */
  | 'MODERATOR_TERMINATED'
  /** The call cost what the fan’s own spending limits allow one call (their cap per call, or what was left of their daily limit). */
  | 'SPENDING_LIMIT_REACHED';

/** What a party’s client is doing right now; sent every few seconds as a heartbeat. */
export type MediaStateInput = {
  /** The client is publishing audio. */
  publishingAudio: boolean;
  /** The client is publishing video. */
  publishingVideo: boolean;
};

/** Who wrote a message. */
export type MessageKind =
  /** Minutely (call records, chat locks). */
  | 'SYSTEM'
  /** A participant. */
  | 'TEXT';

/** Changes to notification preferences; omitted fields stay as they are. */
export type NotificationPreferencesInput = {
  /** Email about new messages while I am away. */
  messages?: boolean | null | undefined;
  /** Email when a call to me was missed. */
  missedCalls?: boolean | null | undefined;
  /** Occasional news about Minutely. */
  productNews?: boolean | null | undefined;
};

/** What a partner says about an app. */
export type PartnerAppInput = {
  /** Browser origins allowed to use the app’s keys, e.g. `https://shop.example` (at most 20). */
  allowedOrigins?: Array<string>;
  /** Name of the app (1–80 characters). */
  name: string;
  /** The partner’s website, an http(s) URL. */
  website?: string | null | undefined;
};

/** Where a payout request is. */
export type PayoutStatus =
  /** The provider failed or reversed the transfer (see `reason`); the tokens went back to the earnings. */
  | 'FAILED'
  /** The provider confirmed the transfer: the money is in the creator’s payout account. */
  | 'PAID'
  /** Approved; the transfer was sent to the payout provider, which has not confirmed it yet. */
  | 'PROCESSING'
  /** Staff rejected it (see `reason`); the tokens went back to the earnings. */
  | 'REJECTED'
  /** Asked for; the tokens are set aside from the earnings until staff review it. */
  | 'REQUESTED';

/** Where a token purchase stands. */
export type PurchaseStatus =
  /** Paid; the tokens are in the wallet. */
  | 'COMPLETED'
  /** The payment was disputed (chargeback); the tokens were taken back and the wallet frozen. */
  | 'DISPUTED'
  /** Part of the payment was refunded and that share of tokens taken back. */
  | 'PARTIALLY_REFUNDED'
  /** Waiting for the payment; no tokens yet. */
  | 'PENDING'
  /** Refunded; the tokens were taken back. */
  | 'REFUNDED';

/** A browser’s push subscription, as PushSubscription.toJSON() gives it. */
export type PushSubscriptionInput = {
  /** keys.auth: the 16-byte secret, URL-safe base64. */
  auth: string;
  /** The push service URL (https). */
  endpoint: string;
  /** keys.p256dh: the browser’s P-256 public key, URL-safe base64. */
  p256dh: string;
};

/** What calling a creator now does; what the directory shows as "Online now" or "Available by phone". */
export type Reachability =
  /** AVAILABLE but not online: a call alerts them by SMS and rings until they open it. */
  | 'BY_PHONE'
  /** Not callable now (BUSY, PAUSED, AWAY or OFF; `status` says why and `nextAvailableAt` when). */
  | 'NOT_NOW'
  /** AVAILABLE and online: has Minutely open and answers at once. */
  | 'ONLINE_NOW';

/** Why something is reported. */
export type ReportReason =
  /** Harassment, threats or abuse. */
  | 'HARASSMENT'
  /** Hate speech. */
  | 'HATE'
  /** Recording or sharing without consent. */
  | 'NON_CONSENSUAL'
  /** The paid call or chat was not what was offered. */
  | 'NOT_AS_DESCRIBED'
  /** Something else; see the note. */
  | 'OTHER'
  /** Spam, scams, or asking to pay off-platform. */
  | 'SPAM_OR_SCAM'
  /** Someone appears to be under 18. */
  | 'UNDERAGE'
  /** Violence or self-harm. */
  | 'VIOLENCE';

/** Where a report stands. */
export type ReportStatus =
  /** A moderator found nothing to act on. */
  | 'DISMISSED'
  /** Waiting for a moderator. */
  | 'OPEN'
  /** A moderator acted on it. */
  | 'RESOLVED';

/** What an account is on Minutely. */
export type Role =
  /** Everything a moderator does, plus staff accounts and wallet corrections. */
  | 'ADMIN'
  /** Owns an agency: manages its member creators’ availability and chats from one panel, and earns a share. */
  | 'AGENCY'
  /** Is called and chatted with for a price, and earns. */
  | 'CREATOR'
  /** Finds creators, calls them, chats and buys tokens. */
  | 'FAN'
  /** Works the report queue and acts on calls and accounts. */
  | 'MODERATOR';

/** A signalling message for the other party of a p2p call. */
export type RtcSignalInput = {
  /** The SDP or ICE candidate as JSON text (at most 20,000 characters). */
  payload: string;
  /** What it is. */
  type: RtcSignalType;
};

/** Peer-to-peer WebRTC signalling message kinds. */
export type RtcSignalType =
  /** An SDP answer. */
  | 'ANSWER'
  /** An ICE candidate. */
  | 'ICE'
  /** An SDP offer. */
  | 'OFFER'
  /** Ask the other side to send a fresh offer (after a reload). */
  | 'RESTART';

/** A weekly slot in wall time of the creator’s time zone. */
export type ScheduleSlotInput = {
  /** End, "HH:MM" or "24:00"; at or before `start` means the slot runs past midnight into the next day. */
  end: string;
  /** Start, "HH:MM" (00:00–23:59). */
  start: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
};

/** A new account. */
export type SignUpInput = {
  /** Name shown to other users (1–50 characters). */
  displayName: string;
  /** Email address used to log in. */
  email: string;
  /** Unique handle: 3–30 lower-case letters, digits or underscores. */
  handle: string;
  /** Password of at least 10 characters. */
  password: string;
  /** FAN (default), CREATOR or AGENCY. */
  role?: SignUpRole;
};

/** The roles anyone may sign up as; staff accounts are created by an admin. */
export type SignUpRole =
  /** Owns an agency that manages creators (who accept its invitations) and earns a share. */
  | 'AGENCY'
  /** Is called and earns. */
  | 'CREATOR'
  /** Finds and calls creators. */
  | 'FAN';

/** New spending limits. A limit can be lowered or removed at once, but not raised or removed during a self-exclusion. */
export type SpendingLimitsInput = {
  /** The most that may be spent in any 24 hours, in tokens (1–10,000,000); null removes the limit. */
  dailyLimit?: number | null | undefined;
  /** Starts (or lengthens) a self-exclusion: no spending for this many days from now (1–1830). */
  excludeForDays?: number | null | undefined;
  /** The most one call may cost, in tokens (1–10,000,000); null removes the cap. */
  perCallCap?: number | null | undefined;
};

/** What a system message records. */
export type SystemMessageType =
  /** A call that took place: start, duration and tokens. */
  | 'CALL_ENDED'
  /** The creator invited the fan to a call at their price (see `invitation`). */
  | 'CALL_INVITATION'
  /** A call declined, cancelled or failed before connecting; nothing was charged. */
  | 'CALL_NOT_CONNECTED'
  /** The creator locked the chat for a price. */
  | 'CHAT_LOCKED'
  /** The creator withdrew a lock. */
  | 'CHAT_LOCK_WITHDRAWN'
  /** The fan paid and the chat goes on. */
  | 'CHAT_UNLOCKED'
  /** The creator closed the chat (their window, or their agency’s panel) and did not come back within the grace. */
  | 'CREATOR_LEFT_CHAT'
  /** A call the creator did not answer (unread for the creator). */
  | 'MISSED_CALL';

/** Why tokens moved. */
export type TransferKind =
  /** A correction made by an admin, with a recorded reason. */
  | 'ADJUSTMENT'
  /** Tokens taken back because the payment was disputed; the wallet is frozen. */
  | 'CHARGEBACK'
  /** A chat lock paid to the creator. */
  | 'CHAT_UNLOCK'
  /** Earnings set aside for a payout the creator (or agency) requested, until the provider answers. */
  | 'PAYOUT'
  /** A payout the provider confirmed: the money left Minutely for the creator’s account. */
  | 'PAYOUT_PAID'
  /** A payout rejected by staff, failed or reversed by the provider: the tokens went back to the earnings. */
  | 'PAYOUT_RETURNED'
  /** Tokens given by Minutely (welcome bonus, promotion). */
  | 'PROMOTION'
  /** Tokens bought with a token pack. */
  | 'PURCHASE'
  /** Tokens taken back because the payment was refunded. */
  | 'PURCHASE_REFUND'
  /** A moderator refunded a payment. */
  | 'REFUND'
  /** Held tokens returned to the wallet, unused. */
  | 'RELEASE'
  /** Tokens held for the next minute of a call. */
  | 'RESERVE'
  /** A call minute paid out of the hold to the creator. */
  | 'SETTLE'
  /** A tip from a fan to a creator, split by the commission like a call. */
  | 'TIP';

/** Changes to the signed-in creator’s public profile; omitted fields stay as they are. */
export type UpdateCreatorProfileInput = {
  /** An https URL of your profile picture, or an empty string to remove it. */
  avatarUrl?: string | null | undefined;
  /** A few words about you, at most 1000 characters. */
  bio?: string | null | undefined;
  /** Up to 8 languages you speak on calls, as BCP 47 codes such as "en", "de" or "pt-br". */
  languages?: Array<string> | null | undefined;
  /** Up to 10 topics fans find you by (letters, digits, spaces, - and _; at most 30 characters each). */
  tags?: Array<string> | null | undefined;
  /** Your IANA time zone, e.g. "Europe/Berlin"; your weekly hours follow it. */
  timeZone?: string | null | undefined;
};

export type VerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type VerifyEmailMutation = { verifyEmail: { id: string, email: string | null, displayName: string, handle: string, role: Role, status: AccountStatus, emailVerified: boolean | null } };

export type ResendVerificationEmailMutationVariables = Exact<{ [key: string]: never; }>;


export type ResendVerificationEmailMutation = { resendVerificationEmail: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type AccountSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountSettingsQuery = { me: { id: string, email: string | null, displayName: string, handle: string, role: Role, status: AccountStatus, emailVerified: boolean | null, notificationPreferences: { missedCalls: boolean, messages: boolean, productNews: boolean } | null } | null };

export type UpdateDisplayNameMutationVariables = Exact<{
  displayName: string;
}>;


export type UpdateDisplayNameMutation = { updateDisplayName: { id: string, email: string | null, displayName: string, handle: string, role: Role, status: AccountStatus, emailVerified: boolean | null } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type RequestEmailChangeMutationVariables = Exact<{
  newEmail: string;
  currentPassword: string;
}>;


export type RequestEmailChangeMutation = { requestEmailChange: { pendingEmail: string, message: string } };

export type UpdateNotificationPreferencesMutationVariables = Exact<{
  input: NotificationPreferencesInput;
}>;


export type UpdateNotificationPreferencesMutation = { updateNotificationPreferences: { id: string, notificationPreferences: { missedCalls: boolean, messages: boolean, productNews: boolean } | null } };

export type MyDataExportQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDataExportQuery = { myDataExport: unknown };

export type DeleteMyAccountMutationVariables = Exact<{
  password: string;
  acceptLosses: boolean;
}>;


export type DeleteMyAccountMutation = { deleteMyAccount:
    | { __typename: 'AccountDeleted', deletedAt: string }
    | { __typename: 'DeletionNeedsConfirmation', earnings: number, walletTokens: number, message: string }
   };

export type DevEmailOutboxQueryVariables = Exact<{ [key: string]: never; }>;


export type DevEmailOutboxQuery = { devEmailOutbox: Array<{ id: string, to: string, subject: string, text: string, sentAt: string }> };

export type AgencyMembershipFieldsFragment = { id: string, state: AgencyMembershipState, shareBps: number, invitedAt: string, respondedAt: string | null, endedAt: string | null, agency: { id: string, name: string }, creator: { id: string, displayName: string, handle: string } };

export type AgencyRowFieldsFragment = { membershipId: string, shareBps: number, heldOnline: boolean, pricePerMinute: number | null, unreadChats: number, earningsToday: number, ringingCallId: string | null, creator: { id: string, displayName: string, handle: string }, availability: { status: AvailabilityStatus, until: string | null, nextAvailableAt: string | null, online: boolean } };

export type MyAgencyQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAgencyQuery = { myAgency: { id: string, name: string, memberships: Array<{ id: string, state: AgencyMembershipState, shareBps: number, invitedAt: string, respondedAt: string | null, endedAt: string | null, agency: { id: string, name: string }, creator: { id: string, displayName: string, handle: string } }> } | null, agencyEarnings: { balance: number, today: number } };

export type CreateAgencyMutationVariables = Exact<{
  name: string;
}>;


export type CreateAgencyMutation = { createAgency: { id: string } };

export type InviteCreatorToAgencyMutationVariables = Exact<{
  handle: string;
  shareBps: number;
}>;


export type InviteCreatorToAgencyMutation = { inviteCreatorToAgency: { id: string, state: AgencyMembershipState, shareBps: number, invitedAt: string, respondedAt: string | null, endedAt: string | null, agency: { id: string, name: string }, creator: { id: string, displayName: string, handle: string } } };

export type EndAgencyMembershipMutationVariables = Exact<{
  membershipId: string | number;
}>;


export type EndAgencyMembershipMutation = { endAgencyMembership: { id: string, state: AgencyMembershipState, shareBps: number, invitedAt: string, respondedAt: string | null, endedAt: string | null, agency: { id: string, name: string }, creator: { id: string, displayName: string, handle: string } } };

export type RespondToAgencyInvitationMutationVariables = Exact<{
  membershipId: string | number;
  accept: boolean;
}>;


export type RespondToAgencyInvitationMutation = { respondToAgencyInvitation: { id: string, state: AgencyMembershipState, shareBps: number, invitedAt: string, respondedAt: string | null, endedAt: string | null, agency: { id: string, name: string }, creator: { id: string, displayName: string, handle: string } } };

export type MyAgencyMembershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAgencyMembershipsQuery = { myAgencyMemberships: Array<{ id: string, state: AgencyMembershipState, shareBps: number, invitedAt: string, respondedAt: string | null, endedAt: string | null, agency: { id: string, name: string }, creator: { id: string, displayName: string, handle: string } }>, agencyActionsForMe: Array<{ id: string, action: AgencyActionKind, subject: string | null, detail: string | null, createdAt: string, actor: { displayName: string }, agency: { name: string } }> };

export type AgencyPanelQueryVariables = Exact<{ [key: string]: never; }>;


export type AgencyPanelQuery = { agencyPanel: Array<{ membershipId: string, shareBps: number, heldOnline: boolean, pricePerMinute: number | null, unreadChats: number, earningsToday: number, ringingCallId: string | null, creator: { id: string, displayName: string, handle: string }, availability: { status: AvailabilityStatus, until: string | null, nextAvailableAt: string | null, online: boolean } }> };

export type SetAgencyCreatorsOnlineMutationVariables = Exact<{
  online: boolean;
  creatorIds?: Array<string | number> | string | number | null | undefined;
}>;


export type SetAgencyCreatorsOnlineMutation = { setAgencyCreatorsOnline: Array<{ membershipId: string, shareBps: number, heldOnline: boolean, pricePerMinute: number | null, unreadChats: number, earningsToday: number, ringingCallId: string | null, creator: { id: string, displayName: string, handle: string }, availability: { status: AvailabilityStatus, until: string | null, nextAvailableAt: string | null, online: boolean } }> };

export type AgencyPanelEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AgencyPanelEventsSubscription = { agencyPanelEvents: { kind: AgencyPanelEventKind, creatorId: string, conversationId: string | null, messageId: string | null, callId: string | null, row: { membershipId: string, shareBps: number, heldOnline: boolean, pricePerMinute: number | null, unreadChats: number, earningsToday: number, ringingCallId: string | null, creator: { id: string, displayName: string, handle: string }, availability: { status: AvailabilityStatus, until: string | null, nextAvailableAt: string | null, online: boolean } } | null } };

export type AgencyConversationsQueryVariables = Exact<{
  creatorId: string | number;
}>;


export type AgencyConversationsQuery = { agencyConversations: { edges: Array<{ node: { id: string, unreadCount: number, lastMessageAt: string | null, fan: { id: string, displayName: string, handle: string }, openLock: { id: string, price: number } | null } }> } };

export type AgencyMessagesQueryVariables = Exact<{
  creatorId: string | number;
  conversationId: string | number;
}>;


export type AgencyMessagesQuery = { agencyMessages: { edges: Array<{ node: { id: string, conversationId: string, kind: MessageKind, systemType: SystemMessageType | null, body: string, mine: boolean, createdAt: string, sender: { id: string, displayName: string } | null, sentOnBehalfBy: { id: string, displayName: string } | null, call: { callId: string, kind: string, state: string, startedAt: string, durationSeconds: number, tokens: number } | null, lock: { id: string, conversationId: string, price: number, description: string, state: ChatLockState, createdAt: string, resolvedAt: string | null } | null, invitation: { id: string, conversationId: string, kind: CallKind, pricePerMinute: number, state: CallInvitationState, expiresAt: string, callId: string | null } | null } }> } };

export type AgencySendMessageMutationVariables = Exact<{
  creatorId: string | number;
  conversationId: string | number;
  text: string;
}>;


export type AgencySendMessageMutation = { agencySendMessage:
    | { __typename: 'ChatLocked' }
    | { __typename: 'Message', id: string, conversationId: string, kind: MessageKind, systemType: SystemMessageType | null, body: string, mine: boolean, createdAt: string, sender: { id: string, displayName: string } | null, sentOnBehalfBy: { id: string, displayName: string } | null, call: { callId: string, kind: string, state: string, startedAt: string, durationSeconds: number, tokens: number } | null, lock: { id: string, conversationId: string, price: number, description: string, state: ChatLockState, createdAt: string, resolvedAt: string | null } | null, invitation: { id: string, conversationId: string, kind: CallKind, pricePerMinute: number, state: CallInvitationState, expiresAt: string, callId: string | null } | null }
    | { __typename: 'RecipientUnavailable', message: string }
   };

export type AgencyLockChatMutationVariables = Exact<{
  creatorId: string | number;
  conversationId: string | number;
  price: number;
  description: string;
}>;


export type AgencyLockChatMutation = { agencyLockChat: { id: string, state: ChatLockState } };

export type AgencyMarkConversationReadMutationVariables = Exact<{
  creatorId: string | number;
  conversationId: string | number;
}>;


export type AgencyMarkConversationReadMutation = { agencyMarkConversationRead: { id: string, unreadCount: number } };

export type AgencyDeclineCallMutationVariables = Exact<{
  creatorId: string | number;
  callId: string | number;
  message?: string | null | undefined;
}>;


export type AgencyDeclineCallMutation = { agencyDeclineCall: boolean };

export type AgencyChatPresenceSubscriptionVariables = Exact<{
  creatorId: string | number;
  conversationId: string | number;
}>;


export type AgencyChatPresenceSubscription = { agencyChatPresence: { conversationId: string, creatorInChat: boolean } };

export type CallFieldsFragment = { id: string, kind: CallKind, state: CallState, endReason: EndReason | null, myRole: CallRole, pricePerMinute: number, rtcProvider: string, createdAt: string, ringDeadline: string, answeredAt: string | null, connectedAt: string | null, endedAt: string | null, billedSeconds: number | null, elapsedSeconds: number | null, chargedTokens: number, heldTokens: number, lowBalance: boolean, spendingCap: number | null, spendingCapWarning: boolean, refundedTokens: number, nextBoundaryAt: string | null, fan: { id: string, displayName: string, handle: string }, creator: { id: string, displayName: string, handle: string } };

export type RtcCredentialsFieldsFragment = { provider: string, appId: string | null, channel: string, token: string | null, uid: number, expiresAt: string };

export type StartCallMutationVariables = Exact<{
  creatorId: string | number;
  kind: CallKind;
}>;


export type StartCallMutation = { startCall:
    | { __typename: 'Call', id: string, kind: CallKind, state: CallState, endReason: EndReason | null, myRole: CallRole, pricePerMinute: number, rtcProvider: string, createdAt: string, ringDeadline: string, answeredAt: string | null, connectedAt: string | null, endedAt: string | null, billedSeconds: number | null, elapsedSeconds: number | null, chargedTokens: number, heldTokens: number, lowBalance: boolean, spendingCap: number | null, spendingCapWarning: boolean, refundedTokens: number, nextBoundaryAt: string | null, fan: { id: string, displayName: string, handle: string }, creator: { id: string, displayName: string, handle: string } }
    | { __typename: 'CreatorBusy', creatorId: string, message: string }
    | { __typename: 'CreatorUnavailable', creatorId: string, message: string, status: AvailabilityStatus, nextAvailableAt: string | null }
    | { __typename: 'InsufficientTokens', available: number, needed: number, required: number }
   };

export type AcceptCallInvitationMutationVariables = Exact<{
  invitationId: string | number;
}>;


export type AcceptCallInvitationMutation = { acceptCallInvitation:
    | { __typename: 'Call', id: string, kind: CallKind, state: CallState, endReason: EndReason | null, myRole: CallRole, pricePerMinute: number, rtcProvider: string, createdAt: string, ringDeadline: string, answeredAt: string | null, connectedAt: string | null, endedAt: string | null, billedSeconds: number | null, elapsedSeconds: number | null, chargedTokens: number, heldTokens: number, lowBalance: boolean, spendingCap: number | null, spendingCapWarning: boolean, refundedTokens: number, nextBoundaryAt: string | null, fan: { id: string, displayName: string, handle: string }, creator: { id: string, displayName: string, handle: string } }
    | { __typename: 'CallInvitationRefused', reason: CallInvitationRefusal, message: string }
    | { __typename: 'CreatorBusy', creatorId: string, message: string }
    | { __typename: 'CreatorUnavailable', creatorId: string, message: string, status: AvailabilityStatus, nextAvailableAt: string | null }
    | { __typename: 'InsufficientTokens', available: number, needed: number, required: number }
   };

export type CallQueryVariables = Exact<{
  id: string | number;
}>;


export type CallQuery = { call: { id: string, kind: CallKind, state: CallState, endReason: EndReason | null, myRole: CallRole, pricePerMinute: number, rtcProvider: string, createdAt: string, ringDeadline: string, answeredAt: string | null, connectedAt: string | null, endedAt: string | null, billedSeconds: number | null, elapsedSeconds: number | null, chargedTokens: number, heldTokens: number, lowBalance: boolean, spendingCap: number | null, spendingCapWarning: boolean, refundedTokens: number, nextBoundaryAt: string | null, fan: { id: string, displayName: string, handle: string }, creator: { id: string, displayName: string, handle: string } } };

export type ActiveCallQueryVariables = Exact<{ [key: string]: never; }>;


export type ActiveCallQuery = { activeCall: { id: string, kind: CallKind, state: CallState, endReason: EndReason | null, myRole: CallRole, pricePerMinute: number, rtcProvider: string, createdAt: string, ringDeadline: string, answeredAt: string | null, connectedAt: string | null, endedAt: string | null, billedSeconds: number | null, elapsedSeconds: number | null, chargedTokens: number, heldTokens: number, lowBalance: boolean, spendingCap: number | null, spendingCapWarning: boolean, refundedTokens: number, nextBoundaryAt: string | null, fan: { id: string, displayName: string, handle: string }, creator: { id: string, displayName: string, handle: string } } | null };

export type CancelCallMutationVariables = Exact<{
  callId: string | number;
}>;


export type CancelCallMutation = { cancelCall: { id: string, kind: CallKind, state: CallState, endReason: EndReason | null, myRole: CallRole, pricePerMinute: number, rtcProvider: string, createdAt: string, ringDeadline: string, answeredAt: string | null, connectedAt: string | null, endedAt: string | null, billedSeconds: number | null, elapsedSeconds: number | null, chargedTokens: number, heldTokens: number, lowBalance: boolean, spendingCap: number | null, spendingCapWarning: boolean, refundedTokens: number, nextBoundaryAt: string | null, fan: { id: string, displayName: string, handle: string }, creator: { id: string, displayName: string, handle: string } } };

export type AnswerCallMutationVariables = Exact<{
  callId: string | number;
}>;


export type AnswerCallMutation = { answerCall: { call: { id: string, kind: CallKind, state: CallState, endReason: EndReason | null, myRole: CallRole, pricePerMinute: number, rtcProvider: string, createdAt: string, ringDeadline: string, answeredAt: string | null, connectedAt: string | null, endedAt: string | null, billedSeconds: number | null, elapsedSeconds: number | null, chargedTokens: number, heldTokens: number, lowBalance: boolean, spendingCap: number | null, spendingCapWarning: boolean, refundedTokens: number, nextBoundaryAt: string | null, fan: { id: string, displayName: string, handle: string }, creator: { id: string, displayName: string, handle: string } }, credentials: { provider: string, appId: string | null, channel: string, token: string | null, uid: number, expiresAt: string } } };

export type DeclineCallMutationVariables = Exact<{
  callId: string | number;
}>;


export type DeclineCallMutation = { declineCall: { id: string, kind: CallKind, state: CallState, endReason: EndReason | null, myRole: CallRole, pricePerMinute: number, rtcProvider: string, createdAt: string, ringDeadline: string, answeredAt: string | null, connectedAt: string | null, endedAt: string | null, billedSeconds: number | null, elapsedSeconds: number | null, chargedTokens: number, heldTokens: number, lowBalance: boolean, spendingCap: number | null, spendingCapWarning: boolean, refundedTokens: number, nextBoundaryAt: string | null, fan: { id: string, displayName: string, handle: string }, creator: { id: string, displayName: string, handle: string } } };

export type EndCallMutationVariables = Exact<{
  callId: string | number;
}>;


export type EndCallMutation = { endCall: { id: string, kind: CallKind, state: CallState, endReason: EndReason | null, myRole: CallRole, pricePerMinute: number, rtcProvider: string, createdAt: string, ringDeadline: string, answeredAt: string | null, connectedAt: string | null, endedAt: string | null, billedSeconds: number | null, elapsedSeconds: number | null, chargedTokens: number, heldTokens: number, lowBalance: boolean, spendingCap: number | null, spendingCapWarning: boolean, refundedTokens: number, nextBoundaryAt: string | null, fan: { id: string, displayName: string, handle: string }, creator: { id: string, displayName: string, handle: string } } };

export type ReportMediaStateMutationVariables = Exact<{
  callId: string | number;
  media: MediaStateInput;
}>;


export type ReportMediaStateMutation = { reportMediaState: { id: string, kind: CallKind, state: CallState, endReason: EndReason | null, myRole: CallRole, pricePerMinute: number, rtcProvider: string, createdAt: string, ringDeadline: string, answeredAt: string | null, connectedAt: string | null, endedAt: string | null, billedSeconds: number | null, elapsedSeconds: number | null, chargedTokens: number, heldTokens: number, lowBalance: boolean, spendingCap: number | null, spendingCapWarning: boolean, refundedTokens: number, nextBoundaryAt: string | null, fan: { id: string, displayName: string, handle: string }, creator: { id: string, displayName: string, handle: string } } };

export type RenewRtcCredentialsMutationVariables = Exact<{
  callId: string | number;
}>;


export type RenewRtcCredentialsMutation = { renewRtcCredentials: { provider: string, appId: string | null, channel: string, token: string | null, uid: number, expiresAt: string } };

export type SendRtcSignalMutationVariables = Exact<{
  callId: string | number;
  signal: RtcSignalInput;
}>;


export type SendRtcSignalMutation = { sendRtcSignal: boolean };

export type RtcSignalsSubscriptionVariables = Exact<{
  callId: string | number;
}>;


export type RtcSignalsSubscription = { rtcSignals: { from: CallRole, type: RtcSignalType, payload: string } };

export type IncomingCallSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type IncomingCallSubscription = { incomingCall: { id: string, kind: CallKind, state: CallState, endReason: EndReason | null, myRole: CallRole, pricePerMinute: number, rtcProvider: string, createdAt: string, ringDeadline: string, answeredAt: string | null, connectedAt: string | null, endedAt: string | null, billedSeconds: number | null, elapsedSeconds: number | null, chargedTokens: number, heldTokens: number, lowBalance: boolean, spendingCap: number | null, spendingCapWarning: boolean, refundedTokens: number, nextBoundaryAt: string | null, fan: { id: string, displayName: string, handle: string }, creator: { id: string, displayName: string, handle: string } } };

export type CallUpdatedSubscriptionVariables = Exact<{
  callId: string | number;
}>;


export type CallUpdatedSubscription = { callUpdated: { id: string, kind: CallKind, state: CallState, endReason: EndReason | null, myRole: CallRole, pricePerMinute: number, rtcProvider: string, createdAt: string, ringDeadline: string, answeredAt: string | null, connectedAt: string | null, endedAt: string | null, billedSeconds: number | null, elapsedSeconds: number | null, chargedTokens: number, heldTokens: number, lowBalance: boolean, spendingCap: number | null, spendingCapWarning: boolean, refundedTokens: number, nextBoundaryAt: string | null, fan: { id: string, displayName: string, handle: string }, creator: { id: string, displayName: string, handle: string } } };

export type RedeemCallLinkMutationVariables = Exact<{
  callId: string | number;
  token: string;
}>;


export type RedeemCallLinkMutation = { redeemCallLink: { auth: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, account: { id: string, email: string | null, displayName: string, handle: string, role: Role, status: AccountStatus, emailVerified: boolean | null } }, call: { id: string, kind: CallKind, state: CallState, endReason: EndReason | null, myRole: CallRole, pricePerMinute: number, rtcProvider: string, createdAt: string, ringDeadline: string, answeredAt: string | null, connectedAt: string | null, endedAt: string | null, billedSeconds: number | null, elapsedSeconds: number | null, chargedTokens: number, heldTokens: number, lowBalance: boolean, spendingCap: number | null, spendingCapWarning: boolean, refundedTokens: number, nextBoundaryAt: string | null, fan: { id: string, displayName: string, handle: string }, creator: { id: string, displayName: string, handle: string } } } };

export type CallChatMessageFieldsFragment = { id: string, callId: string, body: string, mine: boolean, createdAt: string, sender: { id: string, displayName: string } };

export type CallChatMessagesQueryVariables = Exact<{
  callId: string | number;
}>;


export type CallChatMessagesQuery = { callChatMessages: Array<{ id: string, callId: string, body: string, mine: boolean, createdAt: string, sender: { id: string, displayName: string } }> };

export type SendCallChatMessageMutationVariables = Exact<{
  callId: string | number;
  text: string;
}>;


export type SendCallChatMessageMutation = { sendCallChatMessage: { id: string, callId: string, body: string, mine: boolean, createdAt: string, sender: { id: string, displayName: string } } };

export type CallChatMessageAddedSubscriptionVariables = Exact<{
  callId: string | number;
}>;


export type CallChatMessageAddedSubscription = { callChatMessageAdded: { id: string, callId: string, body: string, mine: boolean, createdAt: string, sender: { id: string, displayName: string } } };

export type ReportCallMutationVariables = Exact<{
  callId: string | number;
  reason: ReportReason;
  note: string;
}>;


export type ReportCallMutation = { reportCall: { id: string, status: ReportStatus } };

export type AvailabilityFieldsFragment = { status: AvailabilityStatus, until: string | null, nextAvailableAt: string | null, online: boolean, reachability: Reachability };

export type CreatorCardFieldsFragment = { id: string, handle: string, displayName: string, avatarUrl: string | null, tags: Array<string>, languages: Array<string>, ratingAverage: number | null, ratingCount: number, callsEnabled: boolean, pricePerMinute: number | null, photo: { id: string, url: string, srcset: string, width: number, height: number } | null, availability: { status: AvailabilityStatus, until: string | null, nextAvailableAt: string | null, online: boolean, reachability: Reachability } };

export type CreatorProfileFieldsFragment = { bio: string, timeZone: string, joinedAt: string, usuallyAnswersWithinSeconds: number | null, id: string, handle: string, displayName: string, avatarUrl: string | null, tags: Array<string>, languages: Array<string>, ratingAverage: number | null, ratingCount: number, callsEnabled: boolean, pricePerMinute: number | null, gallery: Array<{ id: string, url: string, srcset: string, width: number, height: number }>, viewerFavourite: { favourite: boolean, notify: boolean } | null, schedule: Array<{ weekday: number, start: string, end: string }>, photo: { id: string, url: string, srcset: string, width: number, height: number } | null, availability: { status: AvailabilityStatus, until: string | null, nextAvailableAt: string | null, online: boolean, reachability: Reachability } };

export type CreatorsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: CreatorFilter | null | undefined;
  sort?: CreatorSort | null | undefined;
}>;


export type CreatorsQuery = { creators: { edges: Array<{ cursor: string, node: { id: string, handle: string, displayName: string, avatarUrl: string | null, tags: Array<string>, languages: Array<string>, ratingAverage: number | null, ratingCount: number, callsEnabled: boolean, pricePerMinute: number | null, photo: { id: string, url: string, srcset: string, width: number, height: number } | null, availability: { status: AvailabilityStatus, until: string | null, nextAvailableAt: string | null, online: boolean, reachability: Reachability } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreatorByHandleQueryVariables = Exact<{
  handle: string;
}>;


export type CreatorByHandleQuery = { creator: { bio: string, timeZone: string, joinedAt: string, usuallyAnswersWithinSeconds: number | null, id: string, handle: string, displayName: string, avatarUrl: string | null, tags: Array<string>, languages: Array<string>, ratingAverage: number | null, ratingCount: number, callsEnabled: boolean, pricePerMinute: number | null, gallery: Array<{ id: string, url: string, srcset: string, width: number, height: number }>, viewerFavourite: { favourite: boolean, notify: boolean } | null, schedule: Array<{ weekday: number, start: string, end: string }>, photo: { id: string, url: string, srcset: string, width: number, height: number } | null, availability: { status: AvailabilityStatus, until: string | null, nextAvailableAt: string | null, online: boolean, reachability: Reachability } } | null };

export type CreatorByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CreatorByIdQuery = { creator: { bio: string, timeZone: string, joinedAt: string, usuallyAnswersWithinSeconds: number | null, id: string, handle: string, displayName: string, avatarUrl: string | null, tags: Array<string>, languages: Array<string>, ratingAverage: number | null, ratingCount: number, callsEnabled: boolean, pricePerMinute: number | null, gallery: Array<{ id: string, url: string, srcset: string, width: number, height: number }>, viewerFavourite: { favourite: boolean, notify: boolean } | null, schedule: Array<{ weekday: number, start: string, end: string }>, photo: { id: string, url: string, srcset: string, width: number, height: number } | null, availability: { status: AvailabilityStatus, until: string | null, nextAvailableAt: string | null, online: boolean, reachability: Reachability } } | null };

export type CreatorAvailabilityChangedSubscriptionVariables = Exact<{
  creatorIds: Array<string | number> | string | number;
}>;


export type CreatorAvailabilityChangedSubscription = { creatorAvailabilityChanged: { creatorId: string, availability: { status: AvailabilityStatus, until: string | null, nextAvailableAt: string | null, online: boolean, reachability: Reachability } } };

export type CreatorUpdatedSubscriptionVariables = Exact<{
  creatorId: string | number;
}>;


export type CreatorUpdatedSubscription = { creatorUpdated: { bio: string, timeZone: string, id: string, handle: string, displayName: string, avatarUrl: string | null, tags: Array<string>, languages: Array<string>, ratingAverage: number | null, ratingCount: number, callsEnabled: boolean, pricePerMinute: number | null, schedule: Array<{ weekday: number, start: string, end: string }>, photo: { id: string, url: string, srcset: string, width: number, height: number } | null, availability: { status: AvailabilityStatus, until: string | null, nextAvailableAt: string | null, online: boolean, reachability: Reachability } } | null };

export type CreatorReviewsQueryVariables = Exact<{
  creatorId: string | number;
  first: number;
}>;


export type CreatorReviewsQuery = { reviews: { edges: Array<{ node: { id: string, rating: number, text: string, fanDisplayName: string, createdAt: string, reply: string | null } }> } };

export type CreatorSettingsFieldsFragment = { pricePerMinute: number | null, minPricePerMinute: number, maxPricePerMinute: number, phoneVerified: boolean, phoneLastTwoDigits: string | null, pausedUntil: string | null, pausedIndefinitely: boolean, creator: { bio: string, timeZone: string, joinedAt: string, usuallyAnswersWithinSeconds: number | null, id: string, handle: string, displayName: string, avatarUrl: string | null, tags: Array<string>, languages: Array<string>, ratingAverage: number | null, ratingCount: number, callsEnabled: boolean, pricePerMinute: number | null, gallery: Array<{ id: string, url: string, srcset: string, width: number, height: number }>, viewerFavourite: { favourite: boolean, notify: boolean } | null, schedule: Array<{ weekday: number, start: string, end: string }>, photo: { id: string, url: string, srcset: string, width: number, height: number } | null, availability: { status: AvailabilityStatus, until: string | null, nextAvailableAt: string | null, online: boolean, reachability: Reachability } }, pendingPhoneVerification: { phoneLastTwoDigits: string, expiresAt: string, attemptsLeft: number, sendsLeft: number } | null };

export type MyCreatorSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCreatorSettingsQuery = { myCreatorSettings: { pricePerMinute: number | null, minPricePerMinute: number, maxPricePerMinute: number, phoneVerified: boolean, phoneLastTwoDigits: string | null, pausedUntil: string | null, pausedIndefinitely: boolean, creator: { bio: string, timeZone: string, joinedAt: string, usuallyAnswersWithinSeconds: number | null, id: string, handle: string, displayName: string, avatarUrl: string | null, tags: Array<string>, languages: Array<string>, ratingAverage: number | null, ratingCount: number, callsEnabled: boolean, pricePerMinute: number | null, gallery: Array<{ id: string, url: string, srcset: string, width: number, height: number }>, viewerFavourite: { favourite: boolean, notify: boolean } | null, schedule: Array<{ weekday: number, start: string, end: string }>, photo: { id: string, url: string, srcset: string, width: number, height: number } | null, availability: { status: AvailabilityStatus, until: string | null, nextAvailableAt: string | null, online: boolean, reachability: Reachability } }, pendingPhoneVerification: { phoneLastTwoDigits: string, expiresAt: string, attemptsLeft: number, sendsLeft: number } | null } };

export type EnableCallsMutationVariables = Exact<{
  pricePerMinute: number;
}>;


export type EnableCallsMutation = { enableCalls: { pricePerMinute: number | null, minPricePerMinute: number, maxPricePerMinute: number, phoneVerified: boolean, phoneLastTwoDigits: string | null, pausedUntil: string | null, pausedIndefinitely: boolean, creator: { bio: string, timeZone: string, joinedAt: string, usuallyAnswersWithinSeconds: number | null, id: string, handle: string, displayName: string, avatarUrl: string | null, tags: Array<string>, languages: Array<string>, ratingAverage: number | null, ratingCount: number, callsEnabled: boolean, pricePerMinute: number | null, gallery: Array<{ id: string, url: string, srcset: string, width: number, height: number }>, viewerFavourite: { favourite: boolean, notify: boolean } | null, schedule: Array<{ weekday: number, start: string, end: string }>, photo: { id: string, url: string, srcset: string, width: number, height: number } | null, availability: { status: AvailabilityStatus, until: string | null, nextAvailableAt: string | null, online: boolean, reachability: Reachability } }, pendingPhoneVerification: { phoneLastTwoDigits: string, expiresAt: string, attemptsLeft: number, sendsLeft: number } | null } };

export type UpdateCallSettingsMutationVariables = Exact<{
  pricePerMinute: number;
}>;


export type UpdateCallSettingsMutation = { updateCallSettings: { pricePerMinute: number | null, minPricePerMinute: number, maxPricePerMinute: number, phoneVerified: boolean, phoneLastTwoDigits: string | null, pausedUntil: string | null, pausedIndefinitely: boolean, creator: { bio: string, timeZone: string, joinedAt: string, usuallyAnswersWithinSeconds: number | null, id: string, handle: string, displayName: string, avatarUrl: string | null, tags: Array<string>, languages: Array<string>, ratingAverage: number | null, ratingCount: number, callsEnabled: boolean, pricePerMinute: number | null, gallery: Array<{ id: string, url: string, srcset: string, width: number, height: number }>, viewerFavourite: { favourite: boolean, notify: boolean } | null, schedule: Array<{ weekday: number, start: string, end: string }>, photo: { id: string, url: string, srcset: string, width: number, height: number } | null, availability: { status: AvailabilityStatus, until: string | null, nextAvailableAt: string | null, online: boolean, reachability: Reachability } }, pendingPhoneVerification: { phoneLastTwoDigits: string, expiresAt: string, attemptsLeft: number, sendsLeft: number } | null } };

export type DisableCallsMutationVariables = Exact<{ [key: string]: never; }>;


export type DisableCallsMutation = { disableCalls: { pricePerMinute: number | null, minPricePerMinute: number, maxPricePerMinute: number, phoneVerified: boolean, phoneLastTwoDigits: string | null, pausedUntil: string | null, pausedIndefinitely: boolean, creator: { bio: string, timeZone: string, joinedAt: string, usuallyAnswersWithinSeconds: number | null, id: string, handle: string, displayName: string, avatarUrl: string | null, tags: Array<string>, languages: Array<string>, ratingAverage: number | null, ratingCount: number, callsEnabled: boolean, pricePerMinute: number | null, gallery: Array<{ id: string, url: string, srcset: string, width: number, height: number }>, viewerFavourite: { favourite: boolean, notify: boolean } | null, schedule: Array<{ weekday: number, start: string, end: string }>, photo: { id: string, url: string, srcset: string, width: number, height: number } | null, availability: { status: AvailabilityStatus, until: string | null, nextAvailableAt: string | null, online: boolean, reachability: Reachability } }, pendingPhoneVerification: { phoneLastTwoDigits: string, expiresAt: string, attemptsLeft: number, sendsLeft: number } | null } };

export type StartPhoneVerificationMutationVariables = Exact<{
  phone: string;
}>;


export type StartPhoneVerificationMutation = { startPhoneVerification: { phoneLastTwoDigits: string, expiresAt: string, attemptsLeft: number, sendsLeft: number } };

export type ConfirmPhoneVerificationMutationVariables = Exact<{
  code: string;
}>;


export type ConfirmPhoneVerificationMutation = { confirmPhoneVerification: { pricePerMinute: number | null, minPricePerMinute: number, maxPricePerMinute: number, phoneVerified: boolean, phoneLastTwoDigits: string | null, pausedUntil: string | null, pausedIndefinitely: boolean, creator: { bio: string, timeZone: string, joinedAt: string, usuallyAnswersWithinSeconds: number | null, id: string, handle: string, displayName: string, avatarUrl: string | null, tags: Array<string>, languages: Array<string>, ratingAverage: number | null, ratingCount: number, callsEnabled: boolean, pricePerMinute: number | null, gallery: Array<{ id: string, url: string, srcset: string, width: number, height: number }>, viewerFavourite: { favourite: boolean, notify: boolean } | null, schedule: Array<{ weekday: number, start: string, end: string }>, photo: { id: string, url: string, srcset: string, width: number, height: number } | null, availability: { status: AvailabilityStatus, until: string | null, nextAvailableAt: string | null, online: boolean, reachability: Reachability } }, pendingPhoneVerification: { phoneLastTwoDigits: string, expiresAt: string, attemptsLeft: number, sendsLeft: number } | null } };

export type SetAvailabilityScheduleMutationVariables = Exact<{
  timeZone: string;
  slots: Array<ScheduleSlotInput> | ScheduleSlotInput;
}>;


export type SetAvailabilityScheduleMutation = { setAvailabilitySchedule: { pricePerMinute: number | null, minPricePerMinute: number, maxPricePerMinute: number, phoneVerified: boolean, phoneLastTwoDigits: string | null, pausedUntil: string | null, pausedIndefinitely: boolean, creator: { bio: string, timeZone: string, joinedAt: string, usuallyAnswersWithinSeconds: number | null, id: string, handle: string, displayName: string, avatarUrl: string | null, tags: Array<string>, languages: Array<string>, ratingAverage: number | null, ratingCount: number, callsEnabled: boolean, pricePerMinute: number | null, gallery: Array<{ id: string, url: string, srcset: string, width: number, height: number }>, viewerFavourite: { favourite: boolean, notify: boolean } | null, schedule: Array<{ weekday: number, start: string, end: string }>, photo: { id: string, url: string, srcset: string, width: number, height: number } | null, availability: { status: AvailabilityStatus, until: string | null, nextAvailableAt: string | null, online: boolean, reachability: Reachability } }, pendingPhoneVerification: { phoneLastTwoDigits: string, expiresAt: string, attemptsLeft: number, sendsLeft: number } | null } };

export type PauseCallsMutationVariables = Exact<{
  minutes?: number | null | undefined;
  untilResumed?: boolean | null | undefined;
}>;


export type PauseCallsMutation = { pauseCalls: { pricePerMinute: number | null, minPricePerMinute: number, maxPricePerMinute: number, phoneVerified: boolean, phoneLastTwoDigits: string | null, pausedUntil: string | null, pausedIndefinitely: boolean, creator: { bio: string, timeZone: string, joinedAt: string, usuallyAnswersWithinSeconds: number | null, id: string, handle: string, displayName: string, avatarUrl: string | null, tags: Array<string>, languages: Array<string>, ratingAverage: number | null, ratingCount: number, callsEnabled: boolean, pricePerMinute: number | null, gallery: Array<{ id: string, url: string, srcset: string, width: number, height: number }>, viewerFavourite: { favourite: boolean, notify: boolean } | null, schedule: Array<{ weekday: number, start: string, end: string }>, photo: { id: string, url: string, srcset: string, width: number, height: number } | null, availability: { status: AvailabilityStatus, until: string | null, nextAvailableAt: string | null, online: boolean, reachability: Reachability } }, pendingPhoneVerification: { phoneLastTwoDigits: string, expiresAt: string, attemptsLeft: number, sendsLeft: number } | null } };

export type ResumeCallsMutationVariables = Exact<{ [key: string]: never; }>;


export type ResumeCallsMutation = { resumeCalls: { pricePerMinute: number | null, minPricePerMinute: number, maxPricePerMinute: number, phoneVerified: boolean, phoneLastTwoDigits: string | null, pausedUntil: string | null, pausedIndefinitely: boolean, creator: { bio: string, timeZone: string, joinedAt: string, usuallyAnswersWithinSeconds: number | null, id: string, handle: string, displayName: string, avatarUrl: string | null, tags: Array<string>, languages: Array<string>, ratingAverage: number | null, ratingCount: number, callsEnabled: boolean, pricePerMinute: number | null, gallery: Array<{ id: string, url: string, srcset: string, width: number, height: number }>, viewerFavourite: { favourite: boolean, notify: boolean } | null, schedule: Array<{ weekday: number, start: string, end: string }>, photo: { id: string, url: string, srcset: string, width: number, height: number } | null, availability: { status: AvailabilityStatus, until: string | null, nextAvailableAt: string | null, online: boolean, reachability: Reachability } }, pendingPhoneVerification: { phoneLastTwoDigits: string, expiresAt: string, attemptsLeft: number, sendsLeft: number } | null } };

export type UpdateCreatorProfileMutationVariables = Exact<{
  input: UpdateCreatorProfileInput;
}>;


export type UpdateCreatorProfileMutation = { updateCreatorProfile: { pricePerMinute: number | null, minPricePerMinute: number, maxPricePerMinute: number, phoneVerified: boolean, phoneLastTwoDigits: string | null, pausedUntil: string | null, pausedIndefinitely: boolean, creator: { bio: string, timeZone: string, joinedAt: string, usuallyAnswersWithinSeconds: number | null, id: string, handle: string, displayName: string, avatarUrl: string | null, tags: Array<string>, languages: Array<string>, ratingAverage: number | null, ratingCount: number, callsEnabled: boolean, pricePerMinute: number | null, gallery: Array<{ id: string, url: string, srcset: string, width: number, height: number }>, viewerFavourite: { favourite: boolean, notify: boolean } | null, schedule: Array<{ weekday: number, start: string, end: string }>, photo: { id: string, url: string, srcset: string, width: number, height: number } | null, availability: { status: AvailabilityStatus, until: string | null, nextAvailableAt: string | null, online: boolean, reachability: Reachability } }, pendingPhoneVerification: { phoneLastTwoDigits: string, expiresAt: string, attemptsLeft: number, sendsLeft: number } | null } };

export type DevOutboxQueryVariables = Exact<{ [key: string]: never; }>;


export type DevOutboxQuery = { devOutbox: Array<{ id: string, to: string, body: string, purpose: string, sentAt: string }> };

export type FavouriteCreatorMutationVariables = Exact<{
  creatorId: string | number;
  notify?: boolean | null | undefined;
}>;


export type FavouriteCreatorMutation = { favouriteCreator: { notify: boolean, creator: { id: string } } };

export type UnfavouriteCreatorMutationVariables = Exact<{
  creatorId: string | number;
}>;


export type UnfavouriteCreatorMutation = { unfavouriteCreator: boolean };

export type MyFavouritesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyFavouritesQuery = { myFavourites: Array<{ notify: boolean, creator: { id: string, handle: string, displayName: string, avatarUrl: string | null, tags: Array<string>, languages: Array<string>, ratingAverage: number | null, ratingCount: number, callsEnabled: boolean, pricePerMinute: number | null, photo: { id: string, url: string, srcset: string, width: number, height: number } | null, availability: { status: AvailabilityStatus, until: string | null, nextAvailableAt: string | null, online: boolean, reachability: Reachability } } }> };

export type AvailabilityAlertAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AvailabilityAlertAddedSubscription = { availabilityAlertAdded: { id: string, online: boolean, creator: { id: string, handle: string, displayName: string, avatarUrl: string | null } | null } | null };

export type PushPublicKeyQueryVariables = Exact<{ [key: string]: never; }>;


export type PushPublicKeyQuery = { pushPublicKey: string | null };

export type RegisterPushSubscriptionMutationVariables = Exact<{
  subscription: PushSubscriptionInput;
}>;


export type RegisterPushSubscriptionMutation = { registerPushSubscription: boolean };

export type LeaveReviewMutationVariables = Exact<{
  callId: string | number;
  rating: number;
  text?: string | null | undefined;
}>;


export type LeaveReviewMutation = { leaveReview: { id: string, rating: number, text: string } };

export type ReviewOfCallQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewOfCallQuery = { call: { id: string, reviewable: boolean, review: { id: string, rating: number, text: string } | null } };

export type MyPhotosQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPhotosQuery = { myPhotos: { profile: { id: string, url: string, srcset: string } | null, gallery: Array<{ id: string, url: string, srcset: string }> } };

export type PlacePhotoMutationVariables = Exact<{
  uploadId: string | number;
}>;


export type PlacePhotoMutation = { placePhoto: { profile: { id: string, url: string, srcset: string } | null, gallery: Array<{ id: string, url: string, srcset: string }> } };

export type RemoveMyPhotoMutationVariables = Exact<{
  photoId: string | number;
}>;


export type RemoveMyPhotoMutation = { removeMyPhoto: { profile: { id: string, url: string, srcset: string } | null, gallery: Array<{ id: string, url: string, srcset: string }> } };

export type ReportPhotoMutationVariables = Exact<{
  photoId: string | number;
  reason: ReportReason;
  note: string;
}>;


export type ReportPhotoMutation = { reportPhoto: { id: string, status: ReportStatus } };

export type AccountFieldsFragment = { id: string, email: string | null, displayName: string, handle: string, role: Role, status: AccountStatus, emailVerified: boolean | null };

export type SessionFieldsFragment = { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, account: { id: string, email: string | null, displayName: string, handle: string, role: Role, status: AccountStatus, emailVerified: boolean | null } };

export type LogInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LogInMutation = { logIn: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, account: { id: string, email: string | null, displayName: string, handle: string, role: Role, status: AccountStatus, emailVerified: boolean | null } } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { email: string, message: string } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, account: { id: string, email: string | null, displayName: string, handle: string, role: Role, status: AccountStatus, emailVerified: boolean | null } } };

export type LogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogOutMutation = { logOut: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string | null, displayName: string, handle: string, role: Role, status: AccountStatus, emailVerified: boolean | null } | null };

export type AccountUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AccountUpdatedSubscription = { accountUpdated: { id: string, email: string | null, displayName: string, handle: string, role: Role, status: AccountStatus, emailVerified: boolean | null } };

export type ChatLockFieldsFragment = { id: string, conversationId: string, price: number, description: string, state: ChatLockState, createdAt: string, resolvedAt: string | null };

export type CallInvitationFieldsFragment = { id: string, conversationId: string, kind: CallKind, pricePerMinute: number, state: CallInvitationState, expiresAt: string, callId: string | null };

export type MessageFieldsFragment = { id: string, conversationId: string, kind: MessageKind, systemType: SystemMessageType | null, body: string, mine: boolean, createdAt: string, sender: { id: string, displayName: string } | null, sentOnBehalfBy: { id: string, displayName: string } | null, call: { callId: string, kind: string, state: string, startedAt: string, durationSeconds: number, tokens: number } | null, lock: { id: string, conversationId: string, price: number, description: string, state: ChatLockState, createdAt: string, resolvedAt: string | null } | null, invitation: { id: string, conversationId: string, kind: CallKind, pricePerMinute: number, state: CallInvitationState, expiresAt: string, callId: string | null } | null };

export type ConversationFieldsFragment = { id: string, unreadCount: number, lastMessageAt: string | null, creatorInChat: boolean, other: { id: string, displayName: string, handle: string }, creator: { id: string, displayName: string, handle: string }, fan: { id: string, displayName: string, handle: string }, creatorAvailability: { status: AvailabilityStatus, until: string | null, nextAvailableAt: string | null, online: boolean, reachability: Reachability } | null, openLock: { id: string, conversationId: string, price: number, description: string, state: ChatLockState, createdAt: string, resolvedAt: string | null } | null, lastMessage: { id: string, conversationId: string, kind: MessageKind, systemType: SystemMessageType | null, body: string, mine: boolean, createdAt: string, sender: { id: string, displayName: string } | null, sentOnBehalfBy: { id: string, displayName: string } | null, call: { callId: string, kind: string, state: string, startedAt: string, durationSeconds: number, tokens: number } | null, lock: { id: string, conversationId: string, price: number, description: string, state: ChatLockState, createdAt: string, resolvedAt: string | null } | null, invitation: { id: string, conversationId: string, kind: CallKind, pricePerMinute: number, state: CallInvitationState, expiresAt: string, callId: string | null } | null } | null };

export type ConversationsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ConversationsQuery = { conversations: { edges: Array<{ node: { id: string, unreadCount: number, lastMessageAt: string | null, creatorInChat: boolean, other: { id: string, displayName: string, handle: string }, creator: { id: string, displayName: string, handle: string }, fan: { id: string, displayName: string, handle: string }, creatorAvailability: { status: AvailabilityStatus, until: string | null, nextAvailableAt: string | null, online: boolean, reachability: Reachability } | null, openLock: { id: string, conversationId: string, price: number, description: string, state: ChatLockState, createdAt: string, resolvedAt: string | null } | null, lastMessage: { id: string, conversationId: string, kind: MessageKind, systemType: SystemMessageType | null, body: string, mine: boolean, createdAt: string, sender: { id: string, displayName: string } | null, sentOnBehalfBy: { id: string, displayName: string } | null, call: { callId: string, kind: string, state: string, startedAt: string, durationSeconds: number, tokens: number } | null, lock: { id: string, conversationId: string, price: number, description: string, state: ChatLockState, createdAt: string, resolvedAt: string | null } | null, invitation: { id: string, conversationId: string, kind: CallKind, pricePerMinute: number, state: CallInvitationState, expiresAt: string, callId: string | null } | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConversationQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ConversationQuery = { conversation: { id: string, unreadCount: number, lastMessageAt: string | null, creatorInChat: boolean, messages: { edges: Array<{ node: { id: string, conversationId: string, kind: MessageKind, systemType: SystemMessageType | null, body: string, mine: boolean, createdAt: string, sender: { id: string, displayName: string } | null, sentOnBehalfBy: { id: string, displayName: string } | null, call: { callId: string, kind: string, state: string, startedAt: string, durationSeconds: number, tokens: number } | null, lock: { id: string, conversationId: string, price: number, description: string, state: ChatLockState, createdAt: string, resolvedAt: string | null } | null, invitation: { id: string, conversationId: string, kind: CallKind, pricePerMinute: number, state: CallInvitationState, expiresAt: string, callId: string | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, other: { id: string, displayName: string, handle: string }, creator: { id: string, displayName: string, handle: string }, fan: { id: string, displayName: string, handle: string }, creatorAvailability: { status: AvailabilityStatus, until: string | null, nextAvailableAt: string | null, online: boolean, reachability: Reachability } | null, openLock: { id: string, conversationId: string, price: number, description: string, state: ChatLockState, createdAt: string, resolvedAt: string | null } | null, lastMessage: { id: string, conversationId: string, kind: MessageKind, systemType: SystemMessageType | null, body: string, mine: boolean, createdAt: string, sender: { id: string, displayName: string } | null, sentOnBehalfBy: { id: string, displayName: string } | null, call: { callId: string, kind: string, state: string, startedAt: string, durationSeconds: number, tokens: number } | null, lock: { id: string, conversationId: string, price: number, description: string, state: ChatLockState, createdAt: string, resolvedAt: string | null } | null, invitation: { id: string, conversationId: string, kind: CallKind, pricePerMinute: number, state: CallInvitationState, expiresAt: string, callId: string | null } | null } | null } };

export type ConversationWithCreatorQueryVariables = Exact<{
  creatorId: string | number;
}>;


export type ConversationWithCreatorQuery = { conversationWithCreator: { id: string } | null };

export type SendMessageMutationVariables = Exact<{
  text: string;
  conversationId?: string | number | null | undefined;
  creatorId?: string | number | null | undefined;
}>;


export type SendMessageMutation = { sendMessage:
    | { __typename: 'ChatLocked', openLock: { id: string, conversationId: string, price: number, description: string, state: ChatLockState, createdAt: string, resolvedAt: string | null } }
    | { __typename: 'Message', id: string, conversationId: string, kind: MessageKind, systemType: SystemMessageType | null, body: string, mine: boolean, createdAt: string, sender: { id: string, displayName: string } | null, sentOnBehalfBy: { id: string, displayName: string } | null, call: { callId: string, kind: string, state: string, startedAt: string, durationSeconds: number, tokens: number } | null, lock: { id: string, conversationId: string, price: number, description: string, state: ChatLockState, createdAt: string, resolvedAt: string | null } | null, invitation: { id: string, conversationId: string, kind: CallKind, pricePerMinute: number, state: CallInvitationState, expiresAt: string, callId: string | null } | null }
    | { __typename: 'RecipientUnavailable', message: string }
   };

export type MarkConversationReadMutationVariables = Exact<{
  conversationId: string | number;
}>;


export type MarkConversationReadMutation = { markConversationRead: { id: string, unreadCount: number } };

export type MessageAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MessageAddedSubscription = { messageAdded: { id: string, conversationId: string, kind: MessageKind, systemType: SystemMessageType | null, body: string, mine: boolean, createdAt: string, sender: { id: string, displayName: string } | null, sentOnBehalfBy: { id: string, displayName: string } | null, call: { callId: string, kind: string, state: string, startedAt: string, durationSeconds: number, tokens: number } | null, lock: { id: string, conversationId: string, price: number, description: string, state: ChatLockState, createdAt: string, resolvedAt: string | null } | null, invitation: { id: string, conversationId: string, kind: CallKind, pricePerMinute: number, state: CallInvitationState, expiresAt: string, callId: string | null } | null } };

export type LockChatMutationVariables = Exact<{
  conversationId: string | number;
  price: number;
  description: string;
}>;


export type LockChatMutation = { lockChat: { id: string, conversationId: string, price: number, description: string, state: ChatLockState, createdAt: string, resolvedAt: string | null } };

export type UnlockChatMutationVariables = Exact<{
  lockId: string | number;
}>;


export type UnlockChatMutation = { unlockChat:
    | { __typename: 'ChatLock', id: string, conversationId: string, price: number, description: string, state: ChatLockState, createdAt: string, resolvedAt: string | null }
    | { __typename: 'UnlockNeedsTokens', available: number, needed: number, required: number }
   };

export type WithdrawChatLockMutationVariables = Exact<{
  lockId: string | number;
}>;


export type WithdrawChatLockMutation = { withdrawChatLock: { id: string, conversationId: string, price: number, description: string, state: ChatLockState, createdAt: string, resolvedAt: string | null } };

export type BlockAccountMutationVariables = Exact<{
  accountId: string | number;
}>;


export type BlockAccountMutation = { blockAccount: boolean };

export type ReportConversationMutationVariables = Exact<{
  conversationId: string | number;
  reason: ReportReason;
  note: string;
}>;


export type ReportConversationMutation = { reportConversation: { id: string, status: ReportStatus } };

export type ChatPresenceSubscriptionVariables = Exact<{
  conversationId: string | number;
}>;


export type ChatPresenceSubscription = { chatPresence: { conversationId: string, creatorInChat: boolean } };

export type InviteToCallMutationVariables = Exact<{
  conversationId: string | number;
  kind?: CallKind | null | undefined;
}>;


export type InviteToCallMutation = { inviteToCall:
    | { __typename: 'CallInvitation', id: string, conversationId: string, kind: CallKind, pricePerMinute: number, state: CallInvitationState, expiresAt: string, callId: string | null }
    | { __typename: 'CallInvitationRefused', reason: CallInvitationRefusal, message: string }
   };

export type ApiKeyFieldsFragment = { id: string, prefix: string, scopes: Array<ApiScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null };

export type PartnerAppFieldsFragment = { id: string, name: string, website: string | null, allowedOrigins: Array<string>, createdAt: string, keys: Array<{ id: string, prefix: string, scopes: Array<ApiScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type PartnerAppsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerAppsQuery = { partnerApps: Array<{ id: string, name: string, website: string | null, allowedOrigins: Array<string>, createdAt: string, keys: Array<{ id: string, prefix: string, scopes: Array<ApiScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> }> };

export type PartnerAppUsageQueryVariables = Exact<{
  appId: string | number;
  days: number;
}>;


export type PartnerAppUsageQuery = { partnerAppUsage: Array<{ keyId: string, day: string, requests: number, points: number, errors: number, rateLimited: number }> };

export type RegisterPartnerAppMutationVariables = Exact<{
  input: PartnerAppInput;
}>;


export type RegisterPartnerAppMutation = { registerPartnerApp: { id: string, name: string, website: string | null, allowedOrigins: Array<string>, createdAt: string, keys: Array<{ id: string, prefix: string, scopes: Array<ApiScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> } };

export type UpdatePartnerAppMutationVariables = Exact<{
  appId: string | number;
  input: PartnerAppInput;
}>;


export type UpdatePartnerAppMutation = { updatePartnerApp: { id: string, name: string, website: string | null, allowedOrigins: Array<string>, createdAt: string, keys: Array<{ id: string, prefix: string, scopes: Array<ApiScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> } };

export type CreateApiKeyMutationVariables = Exact<{
  appId: string | number;
  scopes: Array<ApiScope> | ApiScope;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, prefix: string, scopes: Array<ApiScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } } };

export type RevokeApiKeyMutationVariables = Exact<{
  keyId: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { id: string, prefix: string, scopes: Array<ApiScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } };

export type PayoutFieldsFragment = { id: string, tokens: number, status: PayoutStatus, reason: string | null, provider: string, createdAt: string, amount: { amountCents: number, currency: string } };

export type MyPayoutsQueryVariables = Exact<{
  first: number;
}>;


export type MyPayoutsQuery = { payouts: { edges: Array<{ node: { id: string, tokens: number, status: PayoutStatus, reason: string | null, provider: string, createdAt: string, amount: { amountCents: number, currency: string } } }> } };

export type RequestPayoutMutationVariables = Exact<{
  tokens: number;
}>;


export type RequestPayoutMutation = { requestPayout: { id: string, tokens: number, status: PayoutStatus, reason: string | null, provider: string, createdAt: string, amount: { amountCents: number, currency: string } } };

export type PayoutOnboardingLinkMutationVariables = Exact<{ [key: string]: never; }>;


export type PayoutOnboardingLinkMutation = { payoutOnboardingLink: { url: string, testMode: boolean } };

export type ActivityItemFieldsFragment = { id: string, kind: ActivityKind, total: number, refunded: number, startedAt: string, updatedAt: string, transferCount: number, value: Array<{ amountCents: number, currency: string }>, counterpart: { id: string, displayName: string } | null, call: { id: string, kind: CallKind, billedSeconds: number | null, chargedTokens: number, connectedAt: string | null, endReason: EndReason | null } | null };

export type WalletActivityQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type WalletActivityQuery = { walletActivity: { edges: Array<{ node: { id: string, kind: ActivityKind, total: number, refunded: number, startedAt: string, updatedAt: string, transferCount: number, value: Array<{ amountCents: number, currency: string }>, counterpart: { id: string, displayName: string } | null, call: { id: string, kind: CallKind, billedSeconds: number | null, chargedTokens: number, connectedAt: string | null, endReason: EndReason | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ActivityTransfersQueryVariables = Exact<{
  id: string;
}>;


export type ActivityTransfersQuery = { activityItem: { id: string, transfers: Array<{ id: string, kind: TransferKind, memo: string | null, amount: number, reserved: number, createdAt: string }> } | null };

export type WalletActivityCsvQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type WalletActivityCsvQuery = { walletActivityCsv: string };

export type WalletBalanceQueryVariables = Exact<{ [key: string]: never; }>;


export type WalletBalanceQuery = { wallet: { available: number, held: number, frozen: boolean } };

export type TokenPacksQueryVariables = Exact<{ [key: string]: never; }>;


export type TokenPacksQuery = { tokenPacks: Array<{ id: string, tokens: number, priceCents: number, currency: string }> };

export type PurchaseTokensMutationVariables = Exact<{
  packId: string | number;
}>;


export type PurchaseTokensMutation = { purchaseTokens: { checkoutUrl: string | null, testMode: boolean, purchase: { id: string, status: PurchaseStatus, tokens: number } } };

export type PurchaseQueryVariables = Exact<{
  id: string | number;
}>;


export type PurchaseQuery = { purchase: { id: string, status: PurchaseStatus, tokens: number } };

export type WalletChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type WalletChangedSubscription = { walletChanged: { available: number, held: number, earnings: number, frozen: boolean } };

export type EarningsBalanceQueryVariables = Exact<{ [key: string]: never; }>;


export type EarningsBalanceQuery = { earnings: { balance: number } };

export type SpendingLimitsFieldsFragment = { perCallCap: number | null, dailyLimit: number | null, excludedUntil: string | null, spentToday: number };

export type SpendingLimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type SpendingLimitsQuery = { spendingLimits: { perCallCap: number | null, dailyLimit: number | null, excludedUntil: string | null, spentToday: number } };

export type SetSpendingLimitsMutationVariables = Exact<{
  limits: SpendingLimitsInput;
}>;


export type SetSpendingLimitsMutation = { setSpendingLimits: { perCallCap: number | null, dailyLimit: number | null, excludedUntil: string | null, spentToday: number } };

export type SendTipMutationVariables = Exact<{
  creatorId: string | number;
  amount: number;
  callId?: string | number | null | undefined;
}>;


export type SendTipMutation = { sendTip: { id: string, total: number } };

export type EarningsSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type EarningsSummaryQuery = { earningsSummary: { balance: number, pending: number, available: number, inPayout: number, paidOut: number, payoutMinimum: number, holdingDays: number, paidOutValue: Array<{ amountCents: number, currency: string }>, tokenValue: Array<{ amountCents: number, currency: string }>, pendingValue: Array<{ amountCents: number, currency: string }>, availableValue: Array<{ amountCents: number, currency: string }> } };

export type ReceiptQueryVariables = Exact<{
  id: string | number;
}>;


export type ReceiptQuery = { purchase: { id: string, packId: string, tokens: number, status: PurchaseStatus, createdAt: string, amountCents: number, currency: string, provider: string, refundedCents: number } };

export type TipReceivedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TipReceivedSubscription = { tipReceived: { id: string, kind: ActivityKind, total: number, refunded: number, startedAt: string, updatedAt: string, transferCount: number, value: Array<{ amountCents: number, currency: string }>, counterpart: { id: string, displayName: string } | null, call: { id: string, kind: CallKind, billedSeconds: number | null, chargedTokens: number, connectedAt: string | null, endReason: EndReason | null } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AgencyMembershipFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"AgencyMembershipFields"}) as unknown as TypedDocumentString<AgencyMembershipFieldsFragment, unknown>;
export const AgencyRowFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"AgencyRowFields"}) as unknown as TypedDocumentString<AgencyRowFieldsFragment, unknown>;
export const CallFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"CallFields"}) as unknown as TypedDocumentString<CallFieldsFragment, unknown>;
export const RtcCredentialsFieldsFragmentDoc = new TypedDocumentString(`
    fragment RtcCredentialsFields on RtcCredentialsView {
  provider
  appId
  channel
  token
  uid
  expiresAt
}
    `, {"fragmentName":"RtcCredentialsFields"}) as unknown as TypedDocumentString<RtcCredentialsFieldsFragment, unknown>;
export const CallChatMessageFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"CallChatMessageFields"}) as unknown as TypedDocumentString<CallChatMessageFieldsFragment, unknown>;
export const AvailabilityFieldsFragmentDoc = new TypedDocumentString(`
    fragment AvailabilityFields on CreatorAvailability {
  status
  until
  nextAvailableAt
  online
  reachability
}
    `, {"fragmentName":"AvailabilityFields"}) as unknown as TypedDocumentString<AvailabilityFieldsFragment, unknown>;
export const CreatorCardFieldsFragmentDoc = new TypedDocumentString(`
    fragment CreatorCardFields on Creator {
  id
  handle
  displayName
  avatarUrl
  photo {
    id
    url
    srcset
    width
    height
  }
  tags
  languages
  ratingAverage
  ratingCount
  callsEnabled
  pricePerMinute
  availability {
    ...AvailabilityFields
  }
}
    fragment AvailabilityFields on CreatorAvailability {
  status
  until
  nextAvailableAt
  online
  reachability
}`, {"fragmentName":"CreatorCardFields"}) as unknown as TypedDocumentString<CreatorCardFieldsFragment, unknown>;
export const CreatorProfileFieldsFragmentDoc = new TypedDocumentString(`
    fragment CreatorProfileFields on Creator {
  ...CreatorCardFields
  bio
  timeZone
  joinedAt
  usuallyAnswersWithinSeconds
  gallery {
    id
    url
    srcset
    width
    height
  }
  viewerFavourite {
    favourite
    notify
  }
  schedule {
    weekday
    start
    end
  }
}
    fragment AvailabilityFields on CreatorAvailability {
  status
  until
  nextAvailableAt
  online
  reachability
}
fragment CreatorCardFields on Creator {
  id
  handle
  displayName
  avatarUrl
  photo {
    id
    url
    srcset
    width
    height
  }
  tags
  languages
  ratingAverage
  ratingCount
  callsEnabled
  pricePerMinute
  availability {
    ...AvailabilityFields
  }
}`, {"fragmentName":"CreatorProfileFields"}) as unknown as TypedDocumentString<CreatorProfileFieldsFragment, unknown>;
export const CreatorSettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment CreatorSettingsFields on CreatorSettings {
  creator {
    ...CreatorProfileFields
  }
  pricePerMinute
  minPricePerMinute
  maxPricePerMinute
  phoneVerified
  phoneLastTwoDigits
  pendingPhoneVerification {
    phoneLastTwoDigits
    expiresAt
    attemptsLeft
    sendsLeft
  }
  pausedUntil
  pausedIndefinitely
}
    fragment AvailabilityFields on CreatorAvailability {
  status
  until
  nextAvailableAt
  online
  reachability
}
fragment CreatorCardFields on Creator {
  id
  handle
  displayName
  avatarUrl
  photo {
    id
    url
    srcset
    width
    height
  }
  tags
  languages
  ratingAverage
  ratingCount
  callsEnabled
  pricePerMinute
  availability {
    ...AvailabilityFields
  }
}
fragment CreatorProfileFields on Creator {
  ...CreatorCardFields
  bio
  timeZone
  joinedAt
  usuallyAnswersWithinSeconds
  gallery {
    id
    url
    srcset
    width
    height
  }
  viewerFavourite {
    favourite
    notify
  }
  schedule {
    weekday
    start
    end
  }
}`, {"fragmentName":"CreatorSettingsFields"}) as unknown as TypedDocumentString<CreatorSettingsFieldsFragment, unknown>;
export const AccountFieldsFragmentDoc = new TypedDocumentString(`
    fragment AccountFields on Account {
  id
  email
  displayName
  handle
  role
  status
  emailVerified
}
    `, {"fragmentName":"AccountFields"}) as unknown as TypedDocumentString<AccountFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  account {
    ...AccountFields
  }
}
    fragment AccountFields on Account {
  id
  email
  displayName
  handle
  role
  status
  emailVerified
}`, {"fragmentName":"SessionFields"}) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
export const ChatLockFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChatLockFields on ChatLock {
  id
  conversationId
  price
  description
  state
  createdAt
  resolvedAt
}
    `, {"fragmentName":"ChatLockFields"}) as unknown as TypedDocumentString<ChatLockFieldsFragment, unknown>;
export const CallInvitationFieldsFragmentDoc = new TypedDocumentString(`
    fragment CallInvitationFields on CallInvitation {
  id
  conversationId
  kind
  pricePerMinute
  state
  expiresAt
  callId
}
    `, {"fragmentName":"CallInvitationFields"}) as unknown as TypedDocumentString<CallInvitationFieldsFragment, unknown>;
export const MessageFieldsFragmentDoc = new TypedDocumentString(`
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
    fragment ChatLockFields on ChatLock {
  id
  conversationId
  price
  description
  state
  createdAt
  resolvedAt
}
fragment CallInvitationFields on CallInvitation {
  id
  conversationId
  kind
  pricePerMinute
  state
  expiresAt
  callId
}`, {"fragmentName":"MessageFields"}) as unknown as TypedDocumentString<MessageFieldsFragment, unknown>;
export const ConversationFieldsFragmentDoc = new TypedDocumentString(`
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
    fragment AvailabilityFields on CreatorAvailability {
  status
  until
  nextAvailableAt
  online
  reachability
}
fragment ChatLockFields on ChatLock {
  id
  conversationId
  price
  description
  state
  createdAt
  resolvedAt
}
fragment CallInvitationFields on CallInvitation {
  id
  conversationId
  kind
  pricePerMinute
  state
  expiresAt
  callId
}
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
}`, {"fragmentName":"ConversationFields"}) as unknown as TypedDocumentString<ConversationFieldsFragment, unknown>;
export const ApiKeyFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApiKeyFields on ApiKey {
  id
  prefix
  scopes
  createdAt
  lastUsedAt
  revokedAt
}
    `, {"fragmentName":"ApiKeyFields"}) as unknown as TypedDocumentString<ApiKeyFieldsFragment, unknown>;
export const PartnerAppFieldsFragmentDoc = new TypedDocumentString(`
    fragment PartnerAppFields on PartnerApp {
  id
  name
  website
  allowedOrigins
  createdAt
  keys {
    ...ApiKeyFields
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  prefix
  scopes
  createdAt
  lastUsedAt
  revokedAt
}`, {"fragmentName":"PartnerAppFields"}) as unknown as TypedDocumentString<PartnerAppFieldsFragment, unknown>;
export const PayoutFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"PayoutFields"}) as unknown as TypedDocumentString<PayoutFieldsFragment, unknown>;
export const ActivityItemFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"ActivityItemFields"}) as unknown as TypedDocumentString<ActivityItemFieldsFragment, unknown>;
export const SpendingLimitsFieldsFragmentDoc = new TypedDocumentString(`
    fragment SpendingLimitsFields on SpendingLimits {
  perCallCap
  dailyLimit
  excludedUntil
  spentToday
}
    `, {"fragmentName":"SpendingLimitsFields"}) as unknown as TypedDocumentString<SpendingLimitsFieldsFragment, unknown>;
export const VerifyEmailDocument = new TypedDocumentString(`
    mutation VerifyEmail($token: String!) {
  verifyEmail(token: $token) {
    ...AccountFields
  }
}
    fragment AccountFields on Account {
  id
  email
  displayName
  handle
  role
  status
  emailVerified
}`) as unknown as TypedDocumentString<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const ResendVerificationEmailDocument = new TypedDocumentString(`
    mutation ResendVerificationEmail {
  resendVerificationEmail
}
    `) as unknown as TypedDocumentString<ResendVerificationEmailMutation, ResendVerificationEmailMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($token: String!, $newPassword: String!) {
  resetPassword(token: $token, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const AccountSettingsDocument = new TypedDocumentString(`
    query AccountSettings {
  me {
    ...AccountFields
    notificationPreferences {
      missedCalls
      messages
      productNews
    }
  }
}
    fragment AccountFields on Account {
  id
  email
  displayName
  handle
  role
  status
  emailVerified
}`) as unknown as TypedDocumentString<AccountSettingsQuery, AccountSettingsQueryVariables>;
export const UpdateDisplayNameDocument = new TypedDocumentString(`
    mutation UpdateDisplayName($displayName: String!) {
  updateDisplayName(displayName: $displayName) {
    ...AccountFields
  }
}
    fragment AccountFields on Account {
  id
  email
  displayName
  handle
  role
  status
  emailVerified
}`) as unknown as TypedDocumentString<UpdateDisplayNameMutation, UpdateDisplayNameMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const RequestEmailChangeDocument = new TypedDocumentString(`
    mutation RequestEmailChange($newEmail: String!, $currentPassword: String!) {
  requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword) {
    pendingEmail
    message
  }
}
    `) as unknown as TypedDocumentString<RequestEmailChangeMutation, RequestEmailChangeMutationVariables>;
export const UpdateNotificationPreferencesDocument = new TypedDocumentString(`
    mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) {
    id
    notificationPreferences {
      missedCalls
      messages
      productNews
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateNotificationPreferencesMutation, UpdateNotificationPreferencesMutationVariables>;
export const MyDataExportDocument = new TypedDocumentString(`
    query MyDataExport {
  myDataExport
}
    `) as unknown as TypedDocumentString<MyDataExportQuery, MyDataExportQueryVariables>;
export const DeleteMyAccountDocument = new TypedDocumentString(`
    mutation DeleteMyAccount($password: String!, $acceptLosses: Boolean!) {
  deleteMyAccount(password: $password, acceptLosses: $acceptLosses) {
    __typename
    ... on AccountDeleted {
      deletedAt
    }
    ... on DeletionNeedsConfirmation {
      earnings
      walletTokens
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteMyAccountMutation, DeleteMyAccountMutationVariables>;
export const DevEmailOutboxDocument = new TypedDocumentString(`
    query DevEmailOutbox {
  devEmailOutbox(first: 20) {
    id
    to
    subject
    text
    sentAt
  }
}
    `) as unknown as TypedDocumentString<DevEmailOutboxQuery, DevEmailOutboxQueryVariables>;
export const MyAgencyDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<MyAgencyQuery, MyAgencyQueryVariables>;
export const CreateAgencyDocument = new TypedDocumentString(`
    mutation CreateAgency($name: String!) {
  createAgency(name: $name) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateAgencyMutation, CreateAgencyMutationVariables>;
export const InviteCreatorToAgencyDocument = new TypedDocumentString(`
    mutation InviteCreatorToAgency($handle: String!, $shareBps: Int!) {
  inviteCreatorToAgency(handle: $handle, shareBps: $shareBps) {
    ...AgencyMembershipFields
  }
}
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
}`) as unknown as TypedDocumentString<InviteCreatorToAgencyMutation, InviteCreatorToAgencyMutationVariables>;
export const EndAgencyMembershipDocument = new TypedDocumentString(`
    mutation EndAgencyMembership($membershipId: ID!) {
  endAgencyMembership(membershipId: $membershipId) {
    ...AgencyMembershipFields
  }
}
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
}`) as unknown as TypedDocumentString<EndAgencyMembershipMutation, EndAgencyMembershipMutationVariables>;
export const RespondToAgencyInvitationDocument = new TypedDocumentString(`
    mutation RespondToAgencyInvitation($membershipId: ID!, $accept: Boolean!) {
  respondToAgencyInvitation(membershipId: $membershipId, accept: $accept) {
    ...AgencyMembershipFields
  }
}
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
}`) as unknown as TypedDocumentString<RespondToAgencyInvitationMutation, RespondToAgencyInvitationMutationVariables>;
export const MyAgencyMembershipsDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<MyAgencyMembershipsQuery, MyAgencyMembershipsQueryVariables>;
export const AgencyPanelDocument = new TypedDocumentString(`
    query AgencyPanel {
  agencyPanel {
    ...AgencyRowFields
  }
}
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
}`) as unknown as TypedDocumentString<AgencyPanelQuery, AgencyPanelQueryVariables>;
export const SetAgencyCreatorsOnlineDocument = new TypedDocumentString(`
    mutation SetAgencyCreatorsOnline($online: Boolean!, $creatorIds: [ID!]) {
  setAgencyCreatorsOnline(online: $online, creatorIds: $creatorIds) {
    ...AgencyRowFields
  }
}
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
}`) as unknown as TypedDocumentString<SetAgencyCreatorsOnlineMutation, SetAgencyCreatorsOnlineMutationVariables>;
export const AgencyPanelEventsDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<AgencyPanelEventsSubscription, AgencyPanelEventsSubscriptionVariables>;
export const AgencyConversationsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<AgencyConversationsQuery, AgencyConversationsQueryVariables>;
export const AgencyMessagesDocument = new TypedDocumentString(`
    query AgencyMessages($creatorId: ID!, $conversationId: ID!) {
  agencyMessages(
    creatorId: $creatorId
    conversationId: $conversationId
    first: 50
  ) {
    edges {
      node {
        ...MessageFields
      }
    }
  }
}
    fragment ChatLockFields on ChatLock {
  id
  conversationId
  price
  description
  state
  createdAt
  resolvedAt
}
fragment CallInvitationFields on CallInvitation {
  id
  conversationId
  kind
  pricePerMinute
  state
  expiresAt
  callId
}
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
}`) as unknown as TypedDocumentString<AgencyMessagesQuery, AgencyMessagesQueryVariables>;
export const AgencySendMessageDocument = new TypedDocumentString(`
    mutation AgencySendMessage($creatorId: ID!, $conversationId: ID!, $text: String!) {
  agencySendMessage(
    creatorId: $creatorId
    conversationId: $conversationId
    text: $text
  ) {
    __typename
    ... on Message {
      ...MessageFields
    }
    ... on RecipientUnavailable {
      message
    }
  }
}
    fragment ChatLockFields on ChatLock {
  id
  conversationId
  price
  description
  state
  createdAt
  resolvedAt
}
fragment CallInvitationFields on CallInvitation {
  id
  conversationId
  kind
  pricePerMinute
  state
  expiresAt
  callId
}
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
}`) as unknown as TypedDocumentString<AgencySendMessageMutation, AgencySendMessageMutationVariables>;
export const AgencyLockChatDocument = new TypedDocumentString(`
    mutation AgencyLockChat($creatorId: ID!, $conversationId: ID!, $price: Int!, $description: String!) {
  agencyLockChat(
    creatorId: $creatorId
    conversationId: $conversationId
    price: $price
    description: $description
  ) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<AgencyLockChatMutation, AgencyLockChatMutationVariables>;
export const AgencyMarkConversationReadDocument = new TypedDocumentString(`
    mutation AgencyMarkConversationRead($creatorId: ID!, $conversationId: ID!) {
  agencyMarkConversationRead(
    creatorId: $creatorId
    conversationId: $conversationId
  ) {
    id
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<AgencyMarkConversationReadMutation, AgencyMarkConversationReadMutationVariables>;
export const AgencyDeclineCallDocument = new TypedDocumentString(`
    mutation AgencyDeclineCall($creatorId: ID!, $callId: ID!, $message: String) {
  agencyDeclineCall(creatorId: $creatorId, callId: $callId, message: $message)
}
    `) as unknown as TypedDocumentString<AgencyDeclineCallMutation, AgencyDeclineCallMutationVariables>;
export const AgencyChatPresenceDocument = new TypedDocumentString(`
    subscription AgencyChatPresence($creatorId: ID!, $conversationId: ID!) {
  agencyChatPresence(creatorId: $creatorId, conversationId: $conversationId) {
    conversationId
    creatorInChat
  }
}
    `) as unknown as TypedDocumentString<AgencyChatPresenceSubscription, AgencyChatPresenceSubscriptionVariables>;
export const StartCallDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<StartCallMutation, StartCallMutationVariables>;
export const AcceptCallInvitationDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<AcceptCallInvitationMutation, AcceptCallInvitationMutationVariables>;
export const CallDocument = new TypedDocumentString(`
    query Call($id: ID!) {
  call(id: $id) {
    ...CallFields
  }
}
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
}`) as unknown as TypedDocumentString<CallQuery, CallQueryVariables>;
export const ActiveCallDocument = new TypedDocumentString(`
    query ActiveCall {
  activeCall {
    ...CallFields
  }
}
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
}`) as unknown as TypedDocumentString<ActiveCallQuery, ActiveCallQueryVariables>;
export const CancelCallDocument = new TypedDocumentString(`
    mutation CancelCall($callId: ID!) {
  cancelCall(callId: $callId) {
    ...CallFields
  }
}
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
}`) as unknown as TypedDocumentString<CancelCallMutation, CancelCallMutationVariables>;
export const AnswerCallDocument = new TypedDocumentString(`
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
fragment RtcCredentialsFields on RtcCredentialsView {
  provider
  appId
  channel
  token
  uid
  expiresAt
}`) as unknown as TypedDocumentString<AnswerCallMutation, AnswerCallMutationVariables>;
export const DeclineCallDocument = new TypedDocumentString(`
    mutation DeclineCall($callId: ID!) {
  declineCall(callId: $callId) {
    ...CallFields
  }
}
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
}`) as unknown as TypedDocumentString<DeclineCallMutation, DeclineCallMutationVariables>;
export const EndCallDocument = new TypedDocumentString(`
    mutation EndCall($callId: ID!) {
  endCall(callId: $callId) {
    ...CallFields
  }
}
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
}`) as unknown as TypedDocumentString<EndCallMutation, EndCallMutationVariables>;
export const ReportMediaStateDocument = new TypedDocumentString(`
    mutation ReportMediaState($callId: ID!, $media: MediaStateInput!) {
  reportMediaState(callId: $callId, media: $media) {
    ...CallFields
  }
}
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
}`) as unknown as TypedDocumentString<ReportMediaStateMutation, ReportMediaStateMutationVariables>;
export const RenewRtcCredentialsDocument = new TypedDocumentString(`
    mutation RenewRtcCredentials($callId: ID!) {
  renewRtcCredentials(callId: $callId) {
    ...RtcCredentialsFields
  }
}
    fragment RtcCredentialsFields on RtcCredentialsView {
  provider
  appId
  channel
  token
  uid
  expiresAt
}`) as unknown as TypedDocumentString<RenewRtcCredentialsMutation, RenewRtcCredentialsMutationVariables>;
export const SendRtcSignalDocument = new TypedDocumentString(`
    mutation SendRtcSignal($callId: ID!, $signal: RtcSignalInput!) {
  sendRtcSignal(callId: $callId, signal: $signal)
}
    `) as unknown as TypedDocumentString<SendRtcSignalMutation, SendRtcSignalMutationVariables>;
export const RtcSignalsDocument = new TypedDocumentString(`
    subscription RtcSignals($callId: ID!) {
  rtcSignals(callId: $callId) {
    from
    type
    payload
  }
}
    `) as unknown as TypedDocumentString<RtcSignalsSubscription, RtcSignalsSubscriptionVariables>;
export const IncomingCallDocument = new TypedDocumentString(`
    subscription IncomingCall {
  incomingCall {
    ...CallFields
  }
}
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
}`) as unknown as TypedDocumentString<IncomingCallSubscription, IncomingCallSubscriptionVariables>;
export const CallUpdatedDocument = new TypedDocumentString(`
    subscription CallUpdated($callId: ID!) {
  callUpdated(callId: $callId) {
    ...CallFields
  }
}
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
}`) as unknown as TypedDocumentString<CallUpdatedSubscription, CallUpdatedSubscriptionVariables>;
export const RedeemCallLinkDocument = new TypedDocumentString(`
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
fragment AccountFields on Account {
  id
  email
  displayName
  handle
  role
  status
  emailVerified
}
fragment SessionFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  account {
    ...AccountFields
  }
}`) as unknown as TypedDocumentString<RedeemCallLinkMutation, RedeemCallLinkMutationVariables>;
export const CallChatMessagesDocument = new TypedDocumentString(`
    query CallChatMessages($callId: ID!) {
  callChatMessages(callId: $callId) {
    ...CallChatMessageFields
  }
}
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
}`) as unknown as TypedDocumentString<CallChatMessagesQuery, CallChatMessagesQueryVariables>;
export const SendCallChatMessageDocument = new TypedDocumentString(`
    mutation SendCallChatMessage($callId: ID!, $text: String!) {
  sendCallChatMessage(callId: $callId, text: $text) {
    ...CallChatMessageFields
  }
}
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
}`) as unknown as TypedDocumentString<SendCallChatMessageMutation, SendCallChatMessageMutationVariables>;
export const CallChatMessageAddedDocument = new TypedDocumentString(`
    subscription CallChatMessageAdded($callId: ID!) {
  callChatMessageAdded(callId: $callId) {
    ...CallChatMessageFields
  }
}
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
}`) as unknown as TypedDocumentString<CallChatMessageAddedSubscription, CallChatMessageAddedSubscriptionVariables>;
export const ReportCallDocument = new TypedDocumentString(`
    mutation ReportCall($callId: ID!, $reason: ReportReason!, $note: String!) {
  reportCall(callId: $callId, reason: $reason, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReportCallMutation, ReportCallMutationVariables>;
export const CreatorsDocument = new TypedDocumentString(`
    query Creators($first: Int!, $after: String, $filter: CreatorFilter, $sort: CreatorSort) {
  creators(first: $first, after: $after, filter: $filter, sort: $sort) {
    edges {
      cursor
      node {
        ...CreatorCardFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment AvailabilityFields on CreatorAvailability {
  status
  until
  nextAvailableAt
  online
  reachability
}
fragment CreatorCardFields on Creator {
  id
  handle
  displayName
  avatarUrl
  photo {
    id
    url
    srcset
    width
    height
  }
  tags
  languages
  ratingAverage
  ratingCount
  callsEnabled
  pricePerMinute
  availability {
    ...AvailabilityFields
  }
}`) as unknown as TypedDocumentString<CreatorsQuery, CreatorsQueryVariables>;
export const CreatorByHandleDocument = new TypedDocumentString(`
    query CreatorByHandle($handle: String!) {
  creator(handle: $handle) {
    ...CreatorProfileFields
  }
}
    fragment AvailabilityFields on CreatorAvailability {
  status
  until
  nextAvailableAt
  online
  reachability
}
fragment CreatorCardFields on Creator {
  id
  handle
  displayName
  avatarUrl
  photo {
    id
    url
    srcset
    width
    height
  }
  tags
  languages
  ratingAverage
  ratingCount
  callsEnabled
  pricePerMinute
  availability {
    ...AvailabilityFields
  }
}
fragment CreatorProfileFields on Creator {
  ...CreatorCardFields
  bio
  timeZone
  joinedAt
  usuallyAnswersWithinSeconds
  gallery {
    id
    url
    srcset
    width
    height
  }
  viewerFavourite {
    favourite
    notify
  }
  schedule {
    weekday
    start
    end
  }
}`) as unknown as TypedDocumentString<CreatorByHandleQuery, CreatorByHandleQueryVariables>;
export const CreatorByIdDocument = new TypedDocumentString(`
    query CreatorById($id: ID!) {
  creator(id: $id) {
    ...CreatorProfileFields
  }
}
    fragment AvailabilityFields on CreatorAvailability {
  status
  until
  nextAvailableAt
  online
  reachability
}
fragment CreatorCardFields on Creator {
  id
  handle
  displayName
  avatarUrl
  photo {
    id
    url
    srcset
    width
    height
  }
  tags
  languages
  ratingAverage
  ratingCount
  callsEnabled
  pricePerMinute
  availability {
    ...AvailabilityFields
  }
}
fragment CreatorProfileFields on Creator {
  ...CreatorCardFields
  bio
  timeZone
  joinedAt
  usuallyAnswersWithinSeconds
  gallery {
    id
    url
    srcset
    width
    height
  }
  viewerFavourite {
    favourite
    notify
  }
  schedule {
    weekday
    start
    end
  }
}`) as unknown as TypedDocumentString<CreatorByIdQuery, CreatorByIdQueryVariables>;
export const CreatorAvailabilityChangedDocument = new TypedDocumentString(`
    subscription CreatorAvailabilityChanged($creatorIds: [ID!]!) {
  creatorAvailabilityChanged(creatorIds: $creatorIds) {
    creatorId
    availability {
      ...AvailabilityFields
    }
  }
}
    fragment AvailabilityFields on CreatorAvailability {
  status
  until
  nextAvailableAt
  online
  reachability
}`) as unknown as TypedDocumentString<CreatorAvailabilityChangedSubscription, CreatorAvailabilityChangedSubscriptionVariables>;
export const CreatorUpdatedDocument = new TypedDocumentString(`
    subscription CreatorUpdated($creatorId: ID!) {
  creatorUpdated(creatorId: $creatorId) {
    ...CreatorCardFields
    bio
    timeZone
    schedule {
      weekday
      start
      end
    }
  }
}
    fragment AvailabilityFields on CreatorAvailability {
  status
  until
  nextAvailableAt
  online
  reachability
}
fragment CreatorCardFields on Creator {
  id
  handle
  displayName
  avatarUrl
  photo {
    id
    url
    srcset
    width
    height
  }
  tags
  languages
  ratingAverage
  ratingCount
  callsEnabled
  pricePerMinute
  availability {
    ...AvailabilityFields
  }
}`) as unknown as TypedDocumentString<CreatorUpdatedSubscription, CreatorUpdatedSubscriptionVariables>;
export const CreatorReviewsDocument = new TypedDocumentString(`
    query CreatorReviews($creatorId: ID!, $first: Int!) {
  reviews(creatorId: $creatorId, first: $first) {
    edges {
      node {
        id
        rating
        text
        fanDisplayName
        createdAt
        reply
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CreatorReviewsQuery, CreatorReviewsQueryVariables>;
export const MyCreatorSettingsDocument = new TypedDocumentString(`
    query MyCreatorSettings {
  myCreatorSettings {
    ...CreatorSettingsFields
  }
}
    fragment AvailabilityFields on CreatorAvailability {
  status
  until
  nextAvailableAt
  online
  reachability
}
fragment CreatorCardFields on Creator {
  id
  handle
  displayName
  avatarUrl
  photo {
    id
    url
    srcset
    width
    height
  }
  tags
  languages
  ratingAverage
  ratingCount
  callsEnabled
  pricePerMinute
  availability {
    ...AvailabilityFields
  }
}
fragment CreatorProfileFields on Creator {
  ...CreatorCardFields
  bio
  timeZone
  joinedAt
  usuallyAnswersWithinSeconds
  gallery {
    id
    url
    srcset
    width
    height
  }
  viewerFavourite {
    favourite
    notify
  }
  schedule {
    weekday
    start
    end
  }
}
fragment CreatorSettingsFields on CreatorSettings {
  creator {
    ...CreatorProfileFields
  }
  pricePerMinute
  minPricePerMinute
  maxPricePerMinute
  phoneVerified
  phoneLastTwoDigits
  pendingPhoneVerification {
    phoneLastTwoDigits
    expiresAt
    attemptsLeft
    sendsLeft
  }
  pausedUntil
  pausedIndefinitely
}`) as unknown as TypedDocumentString<MyCreatorSettingsQuery, MyCreatorSettingsQueryVariables>;
export const EnableCallsDocument = new TypedDocumentString(`
    mutation EnableCalls($pricePerMinute: Int!) {
  enableCalls(pricePerMinute: $pricePerMinute) {
    ...CreatorSettingsFields
  }
}
    fragment AvailabilityFields on CreatorAvailability {
  status
  until
  nextAvailableAt
  online
  reachability
}
fragment CreatorCardFields on Creator {
  id
  handle
  displayName
  avatarUrl
  photo {
    id
    url
    srcset
    width
    height
  }
  tags
  languages
  ratingAverage
  ratingCount
  callsEnabled
  pricePerMinute
  availability {
    ...AvailabilityFields
  }
}
fragment CreatorProfileFields on Creator {
  ...CreatorCardFields
  bio
  timeZone
  joinedAt
  usuallyAnswersWithinSeconds
  gallery {
    id
    url
    srcset
    width
    height
  }
  viewerFavourite {
    favourite
    notify
  }
  schedule {
    weekday
    start
    end
  }
}
fragment CreatorSettingsFields on CreatorSettings {
  creator {
    ...CreatorProfileFields
  }
  pricePerMinute
  minPricePerMinute
  maxPricePerMinute
  phoneVerified
  phoneLastTwoDigits
  pendingPhoneVerification {
    phoneLastTwoDigits
    expiresAt
    attemptsLeft
    sendsLeft
  }
  pausedUntil
  pausedIndefinitely
}`) as unknown as TypedDocumentString<EnableCallsMutation, EnableCallsMutationVariables>;
export const UpdateCallSettingsDocument = new TypedDocumentString(`
    mutation UpdateCallSettings($pricePerMinute: Int!) {
  updateCallSettings(pricePerMinute: $pricePerMinute) {
    ...CreatorSettingsFields
  }
}
    fragment AvailabilityFields on CreatorAvailability {
  status
  until
  nextAvailableAt
  online
  reachability
}
fragment CreatorCardFields on Creator {
  id
  handle
  displayName
  avatarUrl
  photo {
    id
    url
    srcset
    width
    height
  }
  tags
  languages
  ratingAverage
  ratingCount
  callsEnabled
  pricePerMinute
  availability {
    ...AvailabilityFields
  }
}
fragment CreatorProfileFields on Creator {
  ...CreatorCardFields
  bio
  timeZone
  joinedAt
  usuallyAnswersWithinSeconds
  gallery {
    id
    url
    srcset
    width
    height
  }
  viewerFavourite {
    favourite
    notify
  }
  schedule {
    weekday
    start
    end
  }
}
fragment CreatorSettingsFields on CreatorSettings {
  creator {
    ...CreatorProfileFields
  }
  pricePerMinute
  minPricePerMinute
  maxPricePerMinute
  phoneVerified
  phoneLastTwoDigits
  pendingPhoneVerification {
    phoneLastTwoDigits
    expiresAt
    attemptsLeft
    sendsLeft
  }
  pausedUntil
  pausedIndefinitely
}`) as unknown as TypedDocumentString<UpdateCallSettingsMutation, UpdateCallSettingsMutationVariables>;
export const DisableCallsDocument = new TypedDocumentString(`
    mutation DisableCalls {
  disableCalls {
    ...CreatorSettingsFields
  }
}
    fragment AvailabilityFields on CreatorAvailability {
  status
  until
  nextAvailableAt
  online
  reachability
}
fragment CreatorCardFields on Creator {
  id
  handle
  displayName
  avatarUrl
  photo {
    id
    url
    srcset
    width
    height
  }
  tags
  languages
  ratingAverage
  ratingCount
  callsEnabled
  pricePerMinute
  availability {
    ...AvailabilityFields
  }
}
fragment CreatorProfileFields on Creator {
  ...CreatorCardFields
  bio
  timeZone
  joinedAt
  usuallyAnswersWithinSeconds
  gallery {
    id
    url
    srcset
    width
    height
  }
  viewerFavourite {
    favourite
    notify
  }
  schedule {
    weekday
    start
    end
  }
}
fragment CreatorSettingsFields on CreatorSettings {
  creator {
    ...CreatorProfileFields
  }
  pricePerMinute
  minPricePerMinute
  maxPricePerMinute
  phoneVerified
  phoneLastTwoDigits
  pendingPhoneVerification {
    phoneLastTwoDigits
    expiresAt
    attemptsLeft
    sendsLeft
  }
  pausedUntil
  pausedIndefinitely
}`) as unknown as TypedDocumentString<DisableCallsMutation, DisableCallsMutationVariables>;
export const StartPhoneVerificationDocument = new TypedDocumentString(`
    mutation StartPhoneVerification($phone: String!) {
  startPhoneVerification(phone: $phone) {
    phoneLastTwoDigits
    expiresAt
    attemptsLeft
    sendsLeft
  }
}
    `) as unknown as TypedDocumentString<StartPhoneVerificationMutation, StartPhoneVerificationMutationVariables>;
export const ConfirmPhoneVerificationDocument = new TypedDocumentString(`
    mutation ConfirmPhoneVerification($code: String!) {
  confirmPhoneVerification(code: $code) {
    ...CreatorSettingsFields
  }
}
    fragment AvailabilityFields on CreatorAvailability {
  status
  until
  nextAvailableAt
  online
  reachability
}
fragment CreatorCardFields on Creator {
  id
  handle
  displayName
  avatarUrl
  photo {
    id
    url
    srcset
    width
    height
  }
  tags
  languages
  ratingAverage
  ratingCount
  callsEnabled
  pricePerMinute
  availability {
    ...AvailabilityFields
  }
}
fragment CreatorProfileFields on Creator {
  ...CreatorCardFields
  bio
  timeZone
  joinedAt
  usuallyAnswersWithinSeconds
  gallery {
    id
    url
    srcset
    width
    height
  }
  viewerFavourite {
    favourite
    notify
  }
  schedule {
    weekday
    start
    end
  }
}
fragment CreatorSettingsFields on CreatorSettings {
  creator {
    ...CreatorProfileFields
  }
  pricePerMinute
  minPricePerMinute
  maxPricePerMinute
  phoneVerified
  phoneLastTwoDigits
  pendingPhoneVerification {
    phoneLastTwoDigits
    expiresAt
    attemptsLeft
    sendsLeft
  }
  pausedUntil
  pausedIndefinitely
}`) as unknown as TypedDocumentString<ConfirmPhoneVerificationMutation, ConfirmPhoneVerificationMutationVariables>;
export const SetAvailabilityScheduleDocument = new TypedDocumentString(`
    mutation SetAvailabilitySchedule($timeZone: String!, $slots: [ScheduleSlotInput!]!) {
  setAvailabilitySchedule(timeZone: $timeZone, slots: $slots) {
    ...CreatorSettingsFields
  }
}
    fragment AvailabilityFields on CreatorAvailability {
  status
  until
  nextAvailableAt
  online
  reachability
}
fragment CreatorCardFields on Creator {
  id
  handle
  displayName
  avatarUrl
  photo {
    id
    url
    srcset
    width
    height
  }
  tags
  languages
  ratingAverage
  ratingCount
  callsEnabled
  pricePerMinute
  availability {
    ...AvailabilityFields
  }
}
fragment CreatorProfileFields on Creator {
  ...CreatorCardFields
  bio
  timeZone
  joinedAt
  usuallyAnswersWithinSeconds
  gallery {
    id
    url
    srcset
    width
    height
  }
  viewerFavourite {
    favourite
    notify
  }
  schedule {
    weekday
    start
    end
  }
}
fragment CreatorSettingsFields on CreatorSettings {
  creator {
    ...CreatorProfileFields
  }
  pricePerMinute
  minPricePerMinute
  maxPricePerMinute
  phoneVerified
  phoneLastTwoDigits
  pendingPhoneVerification {
    phoneLastTwoDigits
    expiresAt
    attemptsLeft
    sendsLeft
  }
  pausedUntil
  pausedIndefinitely
}`) as unknown as TypedDocumentString<SetAvailabilityScheduleMutation, SetAvailabilityScheduleMutationVariables>;
export const PauseCallsDocument = new TypedDocumentString(`
    mutation PauseCalls($minutes: Int, $untilResumed: Boolean) {
  pauseCalls(minutes: $minutes, untilResumed: $untilResumed) {
    ...CreatorSettingsFields
  }
}
    fragment AvailabilityFields on CreatorAvailability {
  status
  until
  nextAvailableAt
  online
  reachability
}
fragment CreatorCardFields on Creator {
  id
  handle
  displayName
  avatarUrl
  photo {
    id
    url
    srcset
    width
    height
  }
  tags
  languages
  ratingAverage
  ratingCount
  callsEnabled
  pricePerMinute
  availability {
    ...AvailabilityFields
  }
}
fragment CreatorProfileFields on Creator {
  ...CreatorCardFields
  bio
  timeZone
  joinedAt
  usuallyAnswersWithinSeconds
  gallery {
    id
    url
    srcset
    width
    height
  }
  viewerFavourite {
    favourite
    notify
  }
  schedule {
    weekday
    start
    end
  }
}
fragment CreatorSettingsFields on CreatorSettings {
  creator {
    ...CreatorProfileFields
  }
  pricePerMinute
  minPricePerMinute
  maxPricePerMinute
  phoneVerified
  phoneLastTwoDigits
  pendingPhoneVerification {
    phoneLastTwoDigits
    expiresAt
    attemptsLeft
    sendsLeft
  }
  pausedUntil
  pausedIndefinitely
}`) as unknown as TypedDocumentString<PauseCallsMutation, PauseCallsMutationVariables>;
export const ResumeCallsDocument = new TypedDocumentString(`
    mutation ResumeCalls {
  resumeCalls {
    ...CreatorSettingsFields
  }
}
    fragment AvailabilityFields on CreatorAvailability {
  status
  until
  nextAvailableAt
  online
  reachability
}
fragment CreatorCardFields on Creator {
  id
  handle
  displayName
  avatarUrl
  photo {
    id
    url
    srcset
    width
    height
  }
  tags
  languages
  ratingAverage
  ratingCount
  callsEnabled
  pricePerMinute
  availability {
    ...AvailabilityFields
  }
}
fragment CreatorProfileFields on Creator {
  ...CreatorCardFields
  bio
  timeZone
  joinedAt
  usuallyAnswersWithinSeconds
  gallery {
    id
    url
    srcset
    width
    height
  }
  viewerFavourite {
    favourite
    notify
  }
  schedule {
    weekday
    start
    end
  }
}
fragment CreatorSettingsFields on CreatorSettings {
  creator {
    ...CreatorProfileFields
  }
  pricePerMinute
  minPricePerMinute
  maxPricePerMinute
  phoneVerified
  phoneLastTwoDigits
  pendingPhoneVerification {
    phoneLastTwoDigits
    expiresAt
    attemptsLeft
    sendsLeft
  }
  pausedUntil
  pausedIndefinitely
}`) as unknown as TypedDocumentString<ResumeCallsMutation, ResumeCallsMutationVariables>;
export const UpdateCreatorProfileDocument = new TypedDocumentString(`
    mutation UpdateCreatorProfile($input: UpdateCreatorProfileInput!) {
  updateCreatorProfile(input: $input) {
    ...CreatorSettingsFields
  }
}
    fragment AvailabilityFields on CreatorAvailability {
  status
  until
  nextAvailableAt
  online
  reachability
}
fragment CreatorCardFields on Creator {
  id
  handle
  displayName
  avatarUrl
  photo {
    id
    url
    srcset
    width
    height
  }
  tags
  languages
  ratingAverage
  ratingCount
  callsEnabled
  pricePerMinute
  availability {
    ...AvailabilityFields
  }
}
fragment CreatorProfileFields on Creator {
  ...CreatorCardFields
  bio
  timeZone
  joinedAt
  usuallyAnswersWithinSeconds
  gallery {
    id
    url
    srcset
    width
    height
  }
  viewerFavourite {
    favourite
    notify
  }
  schedule {
    weekday
    start
    end
  }
}
fragment CreatorSettingsFields on CreatorSettings {
  creator {
    ...CreatorProfileFields
  }
  pricePerMinute
  minPricePerMinute
  maxPricePerMinute
  phoneVerified
  phoneLastTwoDigits
  pendingPhoneVerification {
    phoneLastTwoDigits
    expiresAt
    attemptsLeft
    sendsLeft
  }
  pausedUntil
  pausedIndefinitely
}`) as unknown as TypedDocumentString<UpdateCreatorProfileMutation, UpdateCreatorProfileMutationVariables>;
export const DevOutboxDocument = new TypedDocumentString(`
    query DevOutbox {
  devOutbox(first: 30) {
    id
    to
    body
    purpose
    sentAt
  }
}
    `) as unknown as TypedDocumentString<DevOutboxQuery, DevOutboxQueryVariables>;
export const FavouriteCreatorDocument = new TypedDocumentString(`
    mutation FavouriteCreator($creatorId: ID!, $notify: Boolean) {
  favouriteCreator(creatorId: $creatorId, notify: $notify) {
    notify
    creator {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FavouriteCreatorMutation, FavouriteCreatorMutationVariables>;
export const UnfavouriteCreatorDocument = new TypedDocumentString(`
    mutation UnfavouriteCreator($creatorId: ID!) {
  unfavouriteCreator(creatorId: $creatorId)
}
    `) as unknown as TypedDocumentString<UnfavouriteCreatorMutation, UnfavouriteCreatorMutationVariables>;
export const MyFavouritesDocument = new TypedDocumentString(`
    query MyFavourites {
  myFavourites {
    notify
    creator {
      ...CreatorCardFields
    }
  }
}
    fragment AvailabilityFields on CreatorAvailability {
  status
  until
  nextAvailableAt
  online
  reachability
}
fragment CreatorCardFields on Creator {
  id
  handle
  displayName
  avatarUrl
  photo {
    id
    url
    srcset
    width
    height
  }
  tags
  languages
  ratingAverage
  ratingCount
  callsEnabled
  pricePerMinute
  availability {
    ...AvailabilityFields
  }
}`) as unknown as TypedDocumentString<MyFavouritesQuery, MyFavouritesQueryVariables>;
export const AvailabilityAlertAddedDocument = new TypedDocumentString(`
    subscription AvailabilityAlertAdded {
  availabilityAlertAdded {
    id
    online
    creator {
      id
      handle
      displayName
      avatarUrl
    }
  }
}
    `) as unknown as TypedDocumentString<AvailabilityAlertAddedSubscription, AvailabilityAlertAddedSubscriptionVariables>;
export const PushPublicKeyDocument = new TypedDocumentString(`
    query PushPublicKey {
  pushPublicKey
}
    `) as unknown as TypedDocumentString<PushPublicKeyQuery, PushPublicKeyQueryVariables>;
export const RegisterPushSubscriptionDocument = new TypedDocumentString(`
    mutation RegisterPushSubscription($subscription: PushSubscriptionInput!) {
  registerPushSubscription(subscription: $subscription)
}
    `) as unknown as TypedDocumentString<RegisterPushSubscriptionMutation, RegisterPushSubscriptionMutationVariables>;
export const LeaveReviewDocument = new TypedDocumentString(`
    mutation LeaveReview($callId: ID!, $rating: Int!, $text: String) {
  leaveReview(callId: $callId, rating: $rating, text: $text) {
    id
    rating
    text
  }
}
    `) as unknown as TypedDocumentString<LeaveReviewMutation, LeaveReviewMutationVariables>;
export const ReviewOfCallDocument = new TypedDocumentString(`
    query ReviewOfCall($id: ID!) {
  call(id: $id) {
    id
    reviewable
    review {
      id
      rating
      text
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewOfCallQuery, ReviewOfCallQueryVariables>;
export const MyPhotosDocument = new TypedDocumentString(`
    query MyPhotos {
  myPhotos {
    profile {
      id
      url
      srcset
    }
    gallery {
      id
      url
      srcset
    }
  }
}
    `) as unknown as TypedDocumentString<MyPhotosQuery, MyPhotosQueryVariables>;
export const PlacePhotoDocument = new TypedDocumentString(`
    mutation PlacePhoto($uploadId: ID!) {
  placePhoto(uploadId: $uploadId) {
    profile {
      id
      url
      srcset
    }
    gallery {
      id
      url
      srcset
    }
  }
}
    `) as unknown as TypedDocumentString<PlacePhotoMutation, PlacePhotoMutationVariables>;
export const RemoveMyPhotoDocument = new TypedDocumentString(`
    mutation RemoveMyPhoto($photoId: ID!) {
  removeMyPhoto(photoId: $photoId) {
    profile {
      id
      url
      srcset
    }
    gallery {
      id
      url
      srcset
    }
  }
}
    `) as unknown as TypedDocumentString<RemoveMyPhotoMutation, RemoveMyPhotoMutationVariables>;
export const ReportPhotoDocument = new TypedDocumentString(`
    mutation ReportPhoto($photoId: ID!, $reason: ReportReason!, $note: String!) {
  reportPhoto(photoId: $photoId, reason: $reason, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReportPhotoMutation, ReportPhotoMutationVariables>;
export const LogInDocument = new TypedDocumentString(`
    mutation LogIn($email: String!, $password: String!) {
  logIn(email: $email, password: $password) {
    ...SessionFields
  }
}
    fragment AccountFields on Account {
  id
  email
  displayName
  handle
  role
  status
  emailVerified
}
fragment SessionFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  account {
    ...AccountFields
  }
}`) as unknown as TypedDocumentString<LogInMutation, LogInMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    email
    message
  }
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    ...SessionFields
  }
}
    fragment AccountFields on Account {
  id
  email
  displayName
  handle
  role
  status
  emailVerified
}
fragment SessionFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  account {
    ...AccountFields
  }
}`) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogOutDocument = new TypedDocumentString(`
    mutation LogOut {
  logOut
}
    `) as unknown as TypedDocumentString<LogOutMutation, LogOutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...AccountFields
  }
}
    fragment AccountFields on Account {
  id
  email
  displayName
  handle
  role
  status
  emailVerified
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const AccountUpdatedDocument = new TypedDocumentString(`
    subscription AccountUpdated {
  accountUpdated {
    ...AccountFields
  }
}
    fragment AccountFields on Account {
  id
  email
  displayName
  handle
  role
  status
  emailVerified
}`) as unknown as TypedDocumentString<AccountUpdatedSubscription, AccountUpdatedSubscriptionVariables>;
export const ConversationsDocument = new TypedDocumentString(`
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
    fragment AvailabilityFields on CreatorAvailability {
  status
  until
  nextAvailableAt
  online
  reachability
}
fragment ChatLockFields on ChatLock {
  id
  conversationId
  price
  description
  state
  createdAt
  resolvedAt
}
fragment CallInvitationFields on CallInvitation {
  id
  conversationId
  kind
  pricePerMinute
  state
  expiresAt
  callId
}
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
}`) as unknown as TypedDocumentString<ConversationsQuery, ConversationsQueryVariables>;
export const ConversationDocument = new TypedDocumentString(`
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
    fragment AvailabilityFields on CreatorAvailability {
  status
  until
  nextAvailableAt
  online
  reachability
}
fragment ChatLockFields on ChatLock {
  id
  conversationId
  price
  description
  state
  createdAt
  resolvedAt
}
fragment CallInvitationFields on CallInvitation {
  id
  conversationId
  kind
  pricePerMinute
  state
  expiresAt
  callId
}
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
}`) as unknown as TypedDocumentString<ConversationQuery, ConversationQueryVariables>;
export const ConversationWithCreatorDocument = new TypedDocumentString(`
    query ConversationWithCreator($creatorId: ID!) {
  conversationWithCreator(creatorId: $creatorId) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConversationWithCreatorQuery, ConversationWithCreatorQueryVariables>;
export const SendMessageDocument = new TypedDocumentString(`
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
    fragment ChatLockFields on ChatLock {
  id
  conversationId
  price
  description
  state
  createdAt
  resolvedAt
}
fragment CallInvitationFields on CallInvitation {
  id
  conversationId
  kind
  pricePerMinute
  state
  expiresAt
  callId
}
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
}`) as unknown as TypedDocumentString<SendMessageMutation, SendMessageMutationVariables>;
export const MarkConversationReadDocument = new TypedDocumentString(`
    mutation MarkConversationRead($conversationId: ID!) {
  markConversationRead(conversationId: $conversationId) {
    id
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<MarkConversationReadMutation, MarkConversationReadMutationVariables>;
export const MessageAddedDocument = new TypedDocumentString(`
    subscription MessageAdded {
  messageAdded {
    ...MessageFields
  }
}
    fragment ChatLockFields on ChatLock {
  id
  conversationId
  price
  description
  state
  createdAt
  resolvedAt
}
fragment CallInvitationFields on CallInvitation {
  id
  conversationId
  kind
  pricePerMinute
  state
  expiresAt
  callId
}
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
}`) as unknown as TypedDocumentString<MessageAddedSubscription, MessageAddedSubscriptionVariables>;
export const LockChatDocument = new TypedDocumentString(`
    mutation LockChat($conversationId: ID!, $price: Int!, $description: String!) {
  lockChat(
    conversationId: $conversationId
    price: $price
    description: $description
  ) {
    ...ChatLockFields
  }
}
    fragment ChatLockFields on ChatLock {
  id
  conversationId
  price
  description
  state
  createdAt
  resolvedAt
}`) as unknown as TypedDocumentString<LockChatMutation, LockChatMutationVariables>;
export const UnlockChatDocument = new TypedDocumentString(`
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
    fragment ChatLockFields on ChatLock {
  id
  conversationId
  price
  description
  state
  createdAt
  resolvedAt
}`) as unknown as TypedDocumentString<UnlockChatMutation, UnlockChatMutationVariables>;
export const WithdrawChatLockDocument = new TypedDocumentString(`
    mutation WithdrawChatLock($lockId: ID!) {
  withdrawChatLock(lockId: $lockId) {
    ...ChatLockFields
  }
}
    fragment ChatLockFields on ChatLock {
  id
  conversationId
  price
  description
  state
  createdAt
  resolvedAt
}`) as unknown as TypedDocumentString<WithdrawChatLockMutation, WithdrawChatLockMutationVariables>;
export const BlockAccountDocument = new TypedDocumentString(`
    mutation BlockAccount($accountId: ID!) {
  blockAccount(accountId: $accountId)
}
    `) as unknown as TypedDocumentString<BlockAccountMutation, BlockAccountMutationVariables>;
export const ReportConversationDocument = new TypedDocumentString(`
    mutation ReportConversation($conversationId: ID!, $reason: ReportReason!, $note: String!) {
  reportConversation(
    conversationId: $conversationId
    reason: $reason
    note: $note
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReportConversationMutation, ReportConversationMutationVariables>;
export const ChatPresenceDocument = new TypedDocumentString(`
    subscription ChatPresence($conversationId: ID!) {
  chatPresence(conversationId: $conversationId) {
    conversationId
    creatorInChat
  }
}
    `) as unknown as TypedDocumentString<ChatPresenceSubscription, ChatPresenceSubscriptionVariables>;
export const InviteToCallDocument = new TypedDocumentString(`
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
    fragment CallInvitationFields on CallInvitation {
  id
  conversationId
  kind
  pricePerMinute
  state
  expiresAt
  callId
}`) as unknown as TypedDocumentString<InviteToCallMutation, InviteToCallMutationVariables>;
export const PartnerAppsDocument = new TypedDocumentString(`
    query PartnerApps {
  partnerApps {
    ...PartnerAppFields
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  prefix
  scopes
  createdAt
  lastUsedAt
  revokedAt
}
fragment PartnerAppFields on PartnerApp {
  id
  name
  website
  allowedOrigins
  createdAt
  keys {
    ...ApiKeyFields
  }
}`) as unknown as TypedDocumentString<PartnerAppsQuery, PartnerAppsQueryVariables>;
export const PartnerAppUsageDocument = new TypedDocumentString(`
    query PartnerAppUsage($appId: ID!, $days: Int!) {
  partnerAppUsage(appId: $appId, days: $days) {
    keyId
    day
    requests
    points
    errors
    rateLimited
  }
}
    `) as unknown as TypedDocumentString<PartnerAppUsageQuery, PartnerAppUsageQueryVariables>;
export const RegisterPartnerAppDocument = new TypedDocumentString(`
    mutation RegisterPartnerApp($input: PartnerAppInput!) {
  registerPartnerApp(input: $input) {
    ...PartnerAppFields
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  prefix
  scopes
  createdAt
  lastUsedAt
  revokedAt
}
fragment PartnerAppFields on PartnerApp {
  id
  name
  website
  allowedOrigins
  createdAt
  keys {
    ...ApiKeyFields
  }
}`) as unknown as TypedDocumentString<RegisterPartnerAppMutation, RegisterPartnerAppMutationVariables>;
export const UpdatePartnerAppDocument = new TypedDocumentString(`
    mutation UpdatePartnerApp($appId: ID!, $input: PartnerAppInput!) {
  updatePartnerApp(appId: $appId, input: $input) {
    ...PartnerAppFields
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  prefix
  scopes
  createdAt
  lastUsedAt
  revokedAt
}
fragment PartnerAppFields on PartnerApp {
  id
  name
  website
  allowedOrigins
  createdAt
  keys {
    ...ApiKeyFields
  }
}`) as unknown as TypedDocumentString<UpdatePartnerAppMutation, UpdatePartnerAppMutationVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($appId: ID!, $scopes: [ApiScope!]!) {
  createApiKey(appId: $appId, scopes: $scopes) {
    secret
    apiKey {
      ...ApiKeyFields
    }
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  prefix
  scopes
  createdAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($keyId: ID!) {
  revokeApiKey(keyId: $keyId) {
    ...ApiKeyFields
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  prefix
  scopes
  createdAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const MyPayoutsDocument = new TypedDocumentString(`
    query MyPayouts($first: Int!) {
  payouts(first: $first) {
    edges {
      node {
        ...PayoutFields
      }
    }
  }
}
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
}`) as unknown as TypedDocumentString<MyPayoutsQuery, MyPayoutsQueryVariables>;
export const RequestPayoutDocument = new TypedDocumentString(`
    mutation RequestPayout($tokens: Int!) {
  requestPayout(tokens: $tokens) {
    ...PayoutFields
  }
}
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
}`) as unknown as TypedDocumentString<RequestPayoutMutation, RequestPayoutMutationVariables>;
export const PayoutOnboardingLinkDocument = new TypedDocumentString(`
    mutation PayoutOnboardingLink {
  payoutOnboardingLink {
    url
    testMode
  }
}
    `) as unknown as TypedDocumentString<PayoutOnboardingLinkMutation, PayoutOnboardingLinkMutationVariables>;
export const WalletActivityDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<WalletActivityQuery, WalletActivityQueryVariables>;
export const ActivityTransfersDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ActivityTransfersQuery, ActivityTransfersQueryVariables>;
export const WalletActivityCsvDocument = new TypedDocumentString(`
    query WalletActivityCsv($from: DateTimeISO!, $to: DateTimeISO!) {
  walletActivityCsv(from: $from, to: $to)
}
    `) as unknown as TypedDocumentString<WalletActivityCsvQuery, WalletActivityCsvQueryVariables>;
export const WalletBalanceDocument = new TypedDocumentString(`
    query WalletBalance {
  wallet {
    available
    held
    frozen
  }
}
    `) as unknown as TypedDocumentString<WalletBalanceQuery, WalletBalanceQueryVariables>;
export const TokenPacksDocument = new TypedDocumentString(`
    query TokenPacks {
  tokenPacks {
    id
    tokens
    priceCents
    currency
  }
}
    `) as unknown as TypedDocumentString<TokenPacksQuery, TokenPacksQueryVariables>;
export const PurchaseTokensDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PurchaseTokensMutation, PurchaseTokensMutationVariables>;
export const PurchaseDocument = new TypedDocumentString(`
    query Purchase($id: ID!) {
  purchase(id: $id) {
    id
    status
    tokens
  }
}
    `) as unknown as TypedDocumentString<PurchaseQuery, PurchaseQueryVariables>;
export const WalletChangedDocument = new TypedDocumentString(`
    subscription WalletChanged {
  walletChanged {
    available
    held
    earnings
    frozen
  }
}
    `) as unknown as TypedDocumentString<WalletChangedSubscription, WalletChangedSubscriptionVariables>;
export const EarningsBalanceDocument = new TypedDocumentString(`
    query EarningsBalance {
  earnings {
    balance
  }
}
    `) as unknown as TypedDocumentString<EarningsBalanceQuery, EarningsBalanceQueryVariables>;
export const SpendingLimitsDocument = new TypedDocumentString(`
    query SpendingLimits {
  spendingLimits {
    ...SpendingLimitsFields
  }
}
    fragment SpendingLimitsFields on SpendingLimits {
  perCallCap
  dailyLimit
  excludedUntil
  spentToday
}`) as unknown as TypedDocumentString<SpendingLimitsQuery, SpendingLimitsQueryVariables>;
export const SetSpendingLimitsDocument = new TypedDocumentString(`
    mutation SetSpendingLimits($limits: SpendingLimitsInput!) {
  setSpendingLimits(limits: $limits) {
    ...SpendingLimitsFields
  }
}
    fragment SpendingLimitsFields on SpendingLimits {
  perCallCap
  dailyLimit
  excludedUntil
  spentToday
}`) as unknown as TypedDocumentString<SetSpendingLimitsMutation, SetSpendingLimitsMutationVariables>;
export const SendTipDocument = new TypedDocumentString(`
    mutation SendTip($creatorId: ID!, $amount: Int!, $callId: ID) {
  sendTip(creatorId: $creatorId, amount: $amount, callId: $callId) {
    id
    total
  }
}
    `) as unknown as TypedDocumentString<SendTipMutation, SendTipMutationVariables>;
export const EarningsSummaryDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<EarningsSummaryQuery, EarningsSummaryQueryVariables>;
export const ReceiptDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ReceiptQuery, ReceiptQueryVariables>;
export const TipReceivedDocument = new TypedDocumentString(`
    subscription TipReceived {
  tipReceived {
    ...ActivityItemFields
  }
}
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
}`) as unknown as TypedDocumentString<TipReceivedSubscription, TipReceivedSubscriptionVariables>;