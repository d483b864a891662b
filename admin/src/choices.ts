import type { AccountStatus, PayoutStatus, ReportReason, ReportStatus, Role } from './graphql/generated/graphql';

// The API's enums in moderators' words, for filters, chips and select inputs.

interface Choice<T extends string> {
  id: T;
  name: string;
}

export const REPORT_REASONS: Choice<ReportReason>[] = [
  { id: 'HARASSMENT', name: 'Harassment' },
  { id: 'UNDERAGE', name: 'Appears under 18' },
  { id: 'NON_CONSENSUAL', name: 'Non-consensual' },
  { id: 'SPAM_OR_SCAM', name: 'Spam or scam' },
  { id: 'HATE', name: 'Hate speech' },
  { id: 'VIOLENCE', name: 'Violence or self-harm' },
  { id: 'NOT_AS_DESCRIBED', name: 'Not as described' },
  { id: 'OTHER', name: 'Other' },
];

export const REPORT_STATUSES: Choice<ReportStatus>[] = [
  { id: 'OPEN', name: 'Open' },
  { id: 'RESOLVED', name: 'Resolved' },
  { id: 'DISMISSED', name: 'Dismissed' },
];

export const ROLES: Choice<Role>[] = [
  { id: 'FAN', name: 'Fan' },
  { id: 'CREATOR', name: 'Creator' },
  { id: 'AGENCY', name: 'Agency' },
  { id: 'MODERATOR', name: 'Moderator' },
  { id: 'ADMIN', name: 'Admin' },
];

export const MEMBERSHIP_STATES: Choice<string>[] = [
  { id: 'INVITED', name: 'Invited' },
  { id: 'ACTIVE', name: 'Active' },
  { id: 'DECLINED', name: 'Declined' },
  { id: 'CANCELLED', name: 'Withdrawn' },
  { id: 'ENDED', name: 'Ended' },
];

export const PAYOUT_STATUSES: Choice<PayoutStatus>[] = [
  { id: 'REQUESTED', name: 'Waiting for review' },
  { id: 'PROCESSING', name: 'Being paid' },
  { id: 'PAID', name: 'Paid' },
  { id: 'REJECTED', name: 'Rejected' },
  { id: 'FAILED', name: 'Failed' },
];

export const ACCOUNT_STATUSES: Choice<AccountStatus>[] = [
  { id: 'ACTIVE', name: 'Active' },
  { id: 'SUSPENDED', name: 'Suspended' },
  { id: 'DELETED', name: 'Deleted by owner' },
];

export const AUDIT_ACTIONS: Choice<string>[] = [
  { id: 'TERMINATE_CALL', name: 'Terminated a call' },
  { id: 'REFUND_CALL', name: 'Refunded a call' },
  { id: 'SUSPEND_ACCOUNT', name: 'Suspended an account' },
  { id: 'REINSTATE_ACCOUNT', name: 'Reinstated an account' },
  { id: 'RESOLVE_REPORT', name: 'Resolved a report' },
  { id: 'DISMISS_REPORT', name: 'Dismissed a report' },
  { id: 'REMOVE_PHOTO', name: 'Removed a photo' },
  { id: 'HIDE_REVIEW', name: 'Hid a review' },
  { id: 'END_AGENCY_MEMBERSHIP', name: 'Ended an agency membership' },
];

/** Call states in which a call is live (and can be terminated); the API lists only these by default. */
export const LIVE_CALL_STATES = ['RINGING', 'CONNECTING', 'ONGOING'];
export const isLiveCall = (state: string | undefined): boolean => !!state && LIVE_CALL_STATES.includes(state);

export const END_REASONS: Record<string, string> = {
  FAN_HUNG_UP: 'Fan hung up',
  CREATOR_HUNG_UP: 'Creator hung up',
  FUNDS_EXHAUSTED: 'Fan ran out of tokens',
  MODERATOR_TERMINATED: 'Terminated by a moderator',
  FAN_DISCONNECTED: 'Fan disconnected',
  CREATOR_DISCONNECTED: 'Creator disconnected',
  ACCOUNT_SUSPENDED: 'Account suspended',
};

export function nameOf(choices: Choice<string>[], id: string | null | undefined): string {
  return choices.find((c) => c.id === id)?.name ?? id ?? '';
}

/** "SUSPEND_ACCOUNT" → "Suspend account", for values the panel has no words for. */
export const humanise = (value: string): string => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');
