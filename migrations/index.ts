import { Identity1763683200000 } from './1763683200000-identity';
import { Ledger1763683300000 } from './1763683300000-ledger';
import { Creators1763683400000 } from './1763683400000-creators';
import { Calls1763683500000 } from './1763683500000-calls';
import { Messaging1763683600000 } from './1763683600000-messaging';
import { Moderation1763683700000 } from './1763683700000-moderation';
import { EmailOutbox1763683800000 } from './1763683800000-email-outbox';
import { CallLinkSessions1763688000000 } from './1763688000000-call-link-sessions';
import { LedgerPost1763689000000 } from './1763689000000-ledger-post';
import { Discovery1763690000000 } from './1763690000000-discovery';
import { AccountLifecycle1763691000000 } from './1763691000000-account-lifecycle';
import { Partners1763695000000 } from './1763695000000-partners';
import { SpendingLimits1763696000000 } from './1763696000000-spending-limits';
import { Agencies1763697000000 } from './1763697000000-agencies';
import { Payouts1763698100000 } from './1763698100000-payouts';
import { CallInvitations1763698200000 } from './1763698200000-call-invitations';
import { LedgerPostGenericPlan1763699000000 } from './1763699000000-ledger-post-generic-plan';
import { LedgerPostIndexScans1763699100000 } from './1763699100000-ledger-post-index-scans';

/** Every migration in the order it applies; the only way the database schema changes. */
export const migrations = [
  Identity1763683200000,
  Ledger1763683300000,
  Creators1763683400000,
  Calls1763683500000,
  Messaging1763683600000,
  Moderation1763683700000,
  EmailOutbox1763683800000,
  CallLinkSessions1763688000000,
  LedgerPost1763689000000,
  Discovery1763690000000,
  AccountLifecycle1763691000000,
  Partners1763695000000,
  SpendingLimits1763696000000,
  Agencies1763697000000,
  Payouts1763698100000,
  CallInvitations1763698200000,
  LedgerPostGenericPlan1763699000000,
  LedgerPostIndexScans1763699100000,
];
