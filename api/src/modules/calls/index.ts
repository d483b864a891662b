// The calls module: the call lifecycle (tables `call`, `call_gap`), driven by the pure state machine, billed
// through the billing module. Its repository is availability's BusyCreators; it publishes CallFinished.
export { CallKind, type Call } from './call';
export { CallState, EndReason, isLive, RING_TIMEOUT_MS, MEDIA_TIMEOUT_MS, PARTY_MISSING_MS, type CallParty } from './call-state';
export { CallRepository, type CallListFilter } from './call.repository';
export { CallLifecycle, CALL_TIMERS, HEARTBEAT_GRACE_MS } from './call-lifecycle';
export { CallsService, type CallSettings, type StartCallOutcome } from './calls.service';
export { CallsResolver, startCallResult } from './calls.resolver';
export { CallView, CallConnection, CreatorBusy, CreatorUnavailable, InsufficientTokens } from './call.types';
export type { CallEvents } from './calls.events';
