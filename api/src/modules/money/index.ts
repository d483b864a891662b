// The money module: money as people read it — activity items per business event (over the ledger, calls and
// identity) and their CSV export — tips, and creators' payouts. Owns `payout`, `payout_account` and `payout_event`
// (a tip lives in the ledger, `tip:<id>`; a payout's tokens too, `payout:<id>`).
export { ActivityService } from './activity.service';
export { ActivityResolver } from './activity.resolver';
export { ActivityItem, ActivityKind } from './activity.types';
export { TipsService, type TipSettings } from './tips.service';
export { TipsResolver } from './tips.resolver';
export { EarningsService, type EarningsSettings } from './earnings.service';
export { EarningsSummaryResolver } from './earnings.resolver';
export { parseTokenValues } from './token-value';
export { PayoutsRepository } from './payouts.repository';
export { PayoutsService, IgnoredPayoutEvent, type PayoutSettings } from './payouts.service';
export { PayoutsResolver } from './payouts.resolver';
export { PayoutsStaffResolver } from './payouts-staff.resolver';
export { PayoutStatus } from './payouts.rules';
