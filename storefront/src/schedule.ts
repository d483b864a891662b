// Weekly hours shown in the viewer's own time zone. A creator's slots are wall times in the creator's time
// zone; each is placed on its coming occurrence (so the DST offsets of this week apply) and read back in
// the viewer's zone, where it may fall on another weekday or cross midnight.

export interface WeeklySlot {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** "HH:MM" */
  start: string;
  /** "HH:MM" or "24:00"; at or before `start` means it ends the next day. */
  end: string;
}

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** ISO weekday */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const SHORT_WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The wall-clock reading of instant `at` in `timeZone`. */
export function wallTime(at: Date, timeZone: string): WallTime {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    weekday: SHORT_WEEKDAYS[parts.weekday],
  };
}

/** The instant at which `timeZone`'s clocks read the given wall time (the earlier one in a DST overlap). */
export function instantOf(year: number, month: number, day: number, minutes: number, timeZone: string): Date {
  const asUtc = Date.UTC(year, month - 1, day, 0, minutes);
  const offsetAt = (t: number) => {
    const w = wallTime(new Date(t), timeZone);
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - Math.floor(t / 60_000) * 60_000;
  };
  let guess = asUtc - offsetAt(asUtc);
  const second = offsetAt(guess);
  if (asUtc - second !== guess) guess = asUtc - second;
  return new Date(guess);
}

const toMinutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};
const hhmm = (w: WallTime) => `${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;

/** The creator's slots as the viewer reads them, sorted Monday first. */
export function slotsInViewerZone(slots: readonly WeeklySlot[], creatorZone: string, viewerZone: string, now = new Date()): WeeklySlot[] {
  const today = wallTime(now, creatorZone);
  const shown = slots.map((slot) => {
    const ahead = (slot.weekday - today.weekday + 7) % 7;
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + ahead));
    const startMinutes = toMinutes(slot.start);
    let endMinutes = toMinutes(slot.end);
    if (endMinutes <= startMinutes) endMinutes += 24 * 60;
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth() + 1;
    const d = date.getUTCDate();
    const start = wallTime(instantOf(y, m, d, startMinutes, creatorZone), viewerZone);
    const end = wallTime(instantOf(y, m, d, endMinutes, creatorZone), viewerZone);
    const endText = hhmm(end) === '00:00' && end.weekday !== start.weekday ? '24:00' : hhmm(end);
    return { weekday: start.weekday, start: hhmm(start), end: endText };
  });
  return shown.sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start));
}

/** The viewer's IANA time zone. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
