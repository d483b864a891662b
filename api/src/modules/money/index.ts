// The money module: money as people read it — activity items per business event (over the ledger, calls and
// identity) and their CSV export. Owns no table.
export { ActivityService } from './activity.service';
export { ActivityResolver } from './activity.resolver';
export { ActivityItem, ActivityKind } from './activity.types';
