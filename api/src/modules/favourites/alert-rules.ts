/** At most one availability alert per creator per fan within this time. */
export const ALERT_INTERVAL_MS = 6 * 3600_000;

export interface SeenAvailability {
  available: boolean;
  online: boolean;
}

/**
 * Whether a change of a creator's availability is the moment to alert: they became callable (a pause ended, a
 * window opened, calls came back on, a call ended), or came online while callable. Never when nothing changed.
 */
export function becameAvailable(prev: SeenAvailability | null, next: SeenAvailability): boolean {
  if (!next.available) return false;
  if (!prev || !prev.available) return true;
  return next.online && !prev.online;
}
