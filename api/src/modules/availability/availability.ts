import { availabilityAt, nextWindowStart, type WeeklySchedule } from './schedule';

/** DESIGN §3: the one availability value shown everywhere. */
export enum AvailabilityStatus {
  AVAILABLE = 'AVAILABLE',
  BUSY = 'BUSY',
  PAUSED = 'PAUSED',
  AWAY = 'AWAY',
  OFF = 'OFF',
}

/** What availability is computed from: the creator's call settings. */
export interface AvailabilitySettings {
  callsEnabled: boolean;
  pausedUntil: Date | null;
  pausedIndefinitely: boolean;
  /** Null (or no slots) means any time. */
  schedule: WeeklySchedule | null;
}

export interface Availability {
  status: AvailabilityStatus;
  /** When the current status is expected to end: the pause's end, the window's close, the next opening; null when open-ended. */
  until: Date | null;
  /** When a fan can next call (PAUSED, AWAY); null when they can now, when unknown (BUSY) or never (OFF, paused until resumed). */
  nextAvailableAt: Date | null;
  online: boolean;
}

/**
 * The single computation of a creator's availability, pure. Precedence: calls off, then a pause, then the
 * schedule, then being in a call; a creator may be called when AVAILABLE, online or not (an SMS reaches them).
 */
export function availabilityOf(settings: AvailabilitySettings, { now, online, busy }: { now: Date; online: boolean; busy: boolean }): Availability {
  if (!settings.callsEnabled) return { status: AvailabilityStatus.OFF, until: null, nextAvailableAt: null, online };
  if (settings.pausedIndefinitely) return { status: AvailabilityStatus.PAUSED, until: null, nextAvailableAt: null, online };
  if (settings.pausedUntil && settings.pausedUntil > now) {
    const atEnd = availabilityAt(settings.schedule, settings.pausedUntil);
    const resumesAt = atEnd.open ? settings.pausedUntil : nextWindowStart(settings.schedule, settings.pausedUntil);
    return { status: AvailabilityStatus.PAUSED, until: settings.pausedUntil, nextAvailableAt: resumesAt, online };
  }
  const window = availabilityAt(settings.schedule, now);
  if (!window.open) {
    return { status: AvailabilityStatus.AWAY, until: window.nextWindowStart, nextAvailableAt: window.nextWindowStart, online };
  }
  if (busy) return { status: AvailabilityStatus.BUSY, until: null, nextAvailableAt: null, online };
  return { status: AvailabilityStatus.AVAILABLE, until: window.windowEnd, nextAvailableAt: null, online };
}
