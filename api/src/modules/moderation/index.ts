// The moderation module: reports and the append-only audit log (tables `report`, `audit_entry`), and every
// staff action — through the calls, ledger and identity modules' public APIs.
export { ModerationRepository } from './moderation.repository';
export { ModerationService } from './moderation.service';
export { StaffViewsService } from './staff-views.service';
export { ModerationResolver } from './moderation.resolver';
export { ListMetadata } from './moderation.types';
