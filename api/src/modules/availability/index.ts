// The availability module: whether a creator can be called now (no tables of its own: it reads creators'
// settings through the AvailabilitySettingsSource port and busy creators through the BusyCreators port).
export { availabilityOf, AvailabilityStatus, type Availability, type AvailabilitySettings } from './availability';
export {
  AvailabilityService,
  MAX_WATCHED_CREATORS,
  PAUSE_END,
  SCHEDULE_BOUNDARY,
  type AvailabilitySettingsSource,
  type AvailabilitySubject,
  type BusyCreators,
} from './availability.service';
export { PresenceService } from './presence.service';
export { MemoryPresenceStore, type PresenceStore } from './presence-store';
export { RedisPresenceStore } from './redis-presence-store';
export type { AvailabilityEvents } from './availability.events';
export { Reachability } from './availability.types';
export { CreatorAvailabilityChange, CreatorAvailabilityView } from './availability.types';
export { availabilityAt, MAX_SLOTS, nextBoundary, nextWindowStart, validateSchedule, type ScheduleSlot, type WeeklySchedule } from './schedule';
export { AvailabilityResolver } from './availability.resolver';
