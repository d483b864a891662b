// The money module: money as people read it — activity items per business event (over the ledger, calls and
// identity) and their CSV export — and tips. Owns no table (a tip lives in the ledger, `tip:<id>`).
export { ActivityService } from './activity.service';
export { ActivityResolver } from './activity.resolver';
export { ActivityItem, ActivityKind } from './activity.types';
export { TipsService, type TipSettings } from './tips.service';
export { TipsResolver } from './tips.resolver';
export { EarningsService, type EarningsSettings } from './earnings.service';
export { EarningsSummaryResolver } from './earnings.resolver';
export { parseTokenValues } from './token-value';
