// The spending module: a fan's own spending limits (table `spending_limit`) — a cap per call, a limit per 24
// hours across calls, unlocks and tips, a self-exclusion — checked by those who move the money (billing, chat
// unlocks, tips) inside their transactions.
export { SpendingLimitsRepository } from './spending-limits.repository';
export { SpendingLimitsService, SpendingRefusedError, type LimitsChange } from './spending-limits.service';
export { SpendingLimitsResolver } from './spending.resolver';
export { capMilliseconds } from './spending-rules';
