import { DateTime, IANAZone } from 'luxon';

/**
 * Creators' weekly schedule maths, pure: no clock, no database.
 *
 * A slot is local wall time in the creator's IANA zone, so "Monday 09:00–17:00" follows the creator's clock
 * through DST changes. A slot whose end is at or before its start runs past midnight into the next weekday
 * (Sunday 22:00–02:00 ends on Monday); "24:00" may end a slot and means the next day's midnight.
 *
 * DST choices (wall time → instant):
 * - Spring-forward gap (a wall time that does not exist, e.g. Europe/Berlin 2026-03-29 02:00–03:00): the time
 *   means the first valid instant after the gap (03:00 CEST). So 01:00–04:00 that night lasts 2 real hours,
 *   and a slot lying wholly inside the gap (02:00–02:30) has no window that night.
 * - Fall-back overlap (a wall time that occurs twice, e.g. Europe/Berlin 2026-10-25 02:00–03:00): the time
 *   means its FIRST occurrence, for starts and ends alike. So 01:00–04:00 that night lasts 4 real hours,
 *   01:00–02:30 lasts 1.5, and two slots that touch at 02:30 still touch.
 * luxon's `DateTime.fromObject` is not used to resolve wall times: it shifts gap times by the gap's length
 * (02:30 → 03:30) and picks the second occurrence of a repeated time, neither of which is what we promise.
 * We ask luxon's zone for its offsets and resolve the wall time ourselves.
 */

export interface ScheduleSlot {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** "HH:MM", local wall time. */
  start: string;
  /** "HH:MM" or "24:00"; at or before `start` means the slot ends on the next day. */
  end: string;
}

export interface WeeklySchedule {
  /** IANA time zone, e.g. "Europe/Berlin". */
  timeZone: string;
  slots: ScheduleSlot[];
}

export interface ScheduleError {
  /** Path of the offending input, e.g. `timeZone` or `slots[1].start`. */
  field: string;
  message: string;
}

export interface Availability {
  open: boolean;
  /** While open: when the current (merged) window closes; null when the schedule never closes. */
  windowEnd: Date | null;
  /** While closed: when the next window opens. */
  nextWindowStart: Date | null;
}

export const MAX_SLOTS = 50;

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
const MINUTES_PER_DAY = 1440;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = MINUTES_PER_DAY * MS_PER_MINUTE;

const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Minutes from Monday 00:00 of the slot's week; the end may pass the week's end (Sunday into Monday). */
function weekInterval(slot: ScheduleSlot): [number, number] {
  const start = minutesOf(slot.start);
  const end = minutesOf(slot.end);
  const dayStart = (slot.weekday - 1) * MINUTES_PER_DAY;
  return [dayStart + start, dayStart + end + (end <= start ? MINUTES_PER_DAY : 0)];
}

/** The week is a circle: Sunday night's slot may run into Monday morning's, so also compare a week apart. */
function overlapsOnWeek(a: [number, number], b: [number, number]): boolean {
  return [-MINUTES_PER_WEEK, 0, MINUTES_PER_WEEK].some((shift) => a[0] < b[1] + shift && b[0] + shift < a[1]);
}

const describeSlot = (slot: ScheduleSlot, index: number): string => `slot ${index + 1} (${WEEKDAYS[slot.weekday - 1]} ${slot.start}–${slot.end})`;

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function validateSchedule(input: {
  timeZone: string;
  slots: ScheduleSlot[];
}): { ok: true; schedule: WeeklySchedule } | { ok: false; errors: ScheduleError[] } {
  const errors: ScheduleError[] = [];
  if (!IANAZone.isValidZone(input.timeZone)) {
    errors.push({ field: 'timeZone', message: `Unknown time zone ${JSON.stringify(input.timeZone)}.` });
  }
  // Checked first and alone so an oversized input costs no per-slot work (overlaps are quadratic).
  if (input.slots.length > MAX_SLOTS) {
    errors.push({
      field: 'slots',
      message: `A weekly schedule can have at most ${MAX_SLOTS} slots; this one has ${input.slots.length}.`,
    });
    return { ok: false, errors };
  }

  const wellFormed: number[] = [];
  input.slots.forEach((slot, i) => {
    const before = errors.length;
    if (!Number.isInteger(slot.weekday) || slot.weekday < 1 || slot.weekday > 7) {
      errors.push({
        field: `slots[${i}].weekday`,
        message: `Weekday must be a whole number from 1 (Monday) to 7 (Sunday), not ${JSON.stringify(slot.weekday)}.`,
      });
    }
    if (slot.start === '24:00') {
      errors.push({ field: `slots[${i}].start`, message: '"24:00" can only end a slot; start at "00:00" instead.' });
    } else if (typeof slot.start !== 'string' || !TIME_OF_DAY.test(slot.start)) {
      errors.push({ field: `slots[${i}].start`, message: `${JSON.stringify(slot.start)} is not a time of day (HH:MM).` });
    }
    if (typeof slot.end !== 'string' || !(TIME_OF_DAY.test(slot.end) || slot.end === '24:00')) {
      errors.push({ field: `slots[${i}].end`, message: `${JSON.stringify(slot.end)} is not a time of day (HH:MM).` });
    }
    if (errors.length > before) return;
    if (slot.start === slot.end) {
      errors.push({
        field: `slots[${i}].end`,
        message: `${capitalised(describeSlot(slot, i))} starts and ends at the same time.`,
      });
      return;
    }
    wellFormed.push(i);
  });

  const intervals = new Map(wellFormed.map((i) => [i, weekInterval(input.slots[i])]));
  for (const [n, j] of wellFormed.entries()) {
    for (const i of wellFormed.slice(0, n)) {
      if (overlapsOnWeek(intervals.get(i)!, intervals.get(j)!)) {
        errors.push({
          field: `slots[${j}]`,
          message: `${capitalised(describeSlot(input.slots[j], j))} overlaps ${describeSlot(input.slots[i], i)}.`,
        });
      }
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  const slots = input.slots
    .map(({ weekday, start, end }) => ({ weekday, start, end }))
    .sort((a, b) => a.weekday - b.weekday || minutesOf(a.start) - minutesOf(b.start));
  return { ok: true, schedule: { timeZone: input.timeZone, slots } };
}

/**
 * The instant at which the zone's clocks show `wallMs` (a wall time written as if it were UTC milliseconds),
 * following the DST choices in the header comment.
 */
function wallTimeToInstant(zone: IANAZone, wallMs: number): number {
  // The offsets a day either side bracket any single transition near this wall time.
  const offsetBefore = zone.offset(wallMs - MS_PER_DAY);
  const offsetAfter = zone.offset(wallMs + MS_PER_DAY);
  const occurrences = [offsetBefore, offsetAfter]
    .map((offset) => wallMs - offset * MS_PER_MINUTE)
    .filter((instant) => zone.offset(instant) * MS_PER_MINUTE === wallMs - instant);
  if (occurrences.length > 0) return Math.min(...occurrences);

  // In a gap: the clocks jumped over this wall time. Find the jump, the first instant on the new offset.
  let lo = wallMs - offsetAfter * MS_PER_MINUTE; // still on the old offset
  let hi = wallMs - offsetBefore * MS_PER_MINUTE; // already on the new offset
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (zone.offset(mid) === offsetBefore) lo = mid;
    else hi = mid;
  }
  return hi;
}

interface Window {
  start: number;
  end: number;
}

/**
 * Windows (epoch ms, [start, end), overlapping or touching ones merged) of slots starting on the local
 * calendar days from the day before `instant`'s local date to `days` days after it. Starting a day early
 * catches a slot from yesterday still running past midnight; no slot lasts more than a day.
 */
function windowsAround(schedule: WeeklySchedule, zone: IANAZone, instant: Date, days: number): Window[] {
  const today = DateTime.fromJSDate(instant, { zone });
  // Calendar arithmetic in UTC: whole days, untouched by the zone's DST.
  const firstDay = DateTime.utc(today.year, today.month, today.day).minus({ days: 1 });
  const windows: Window[] = [];
  for (let k = 0; k <= days + 1; k++) {
    const day = firstDay.plus({ days: k });
    for (const slot of schedule.slots) {
      if (slot.weekday !== day.weekday) continue;
      const start = minutesOf(slot.start);
      const end = minutesOf(slot.end);
      const endDay = end <= start ? 1 : 0;
      // Date.UTC rolls minute 1440 ("24:00") over to the next day's midnight.
      const startAt = wallTimeToInstant(zone, Date.UTC(day.year, day.month - 1, day.day, 0, start));
      const endAt = wallTimeToInstant(zone, Date.UTC(day.year, day.month - 1, day.day + endDay, 0, end));
      if (endAt > startAt) windows.push({ start: startAt, end: endAt }); // empty when wholly inside a gap
    }
  }
  windows.sort((a, b) => a.start - b.start);
  const merged: Window[] = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last && w.start <= last.end) last.end = Math.max(last.end, w.end);
    else merged.push({ ...w });
  }
  return merged;
}

/** True when the slots cover every minute of the week in wall time, so the creator is never outside them. */
function coversWholeWeek(schedule: WeeklySchedule): boolean {
  const covered = new Uint8Array(MINUTES_PER_WEEK);
  for (const slot of schedule.slots) {
    const [start, end] = weekInterval(slot);
    for (let m = start; m < end; m++) covered[m % MINUTES_PER_WEEK] = 1;
  }
  return covered.every((c) => c === 1);
}

interface Situation {
  current: Window | undefined;
  next: Window | undefined;
}

/** The window holding `instant` and the first window starting after it; undefined when there is none. */
function situationAt(schedule: WeeklySchedule, instant: Date): Situation {
  const zone = IANAZone.create(schedule.timeZone);
  const t = instant.getTime();
  const today = DateTime.fromJSDate(instant, { zone });
  let found: Situation = { current: undefined, next: undefined };
  // Usually settled within 8 days. A DST gap swallowing the only uncovered hour merges two weeks into one
  // window, hence the widening; the answer is final only once nothing later could still merge into it.
  for (let days = 8; days <= 64; days *= 2) {
    const windows = windowsAround(schedule, zone, instant, days);
    const horizonDay = DateTime.utc(today.year, today.month, today.day).plus({ days: days + 1 });
    const horizon = wallTimeToInstant(zone, horizonDay.toMillis());
    found = {
      current: windows.find((w) => w.start <= t && t < w.end),
      next: windows.find((w) => w.start > t),
    };
    if ((!found.current || found.current.end < horizon) && found.next && found.next.start < horizon) break;
  }
  return found;
}

/** No schedule (or one covering the whole week) means the creator can be called at any time. */
export function availabilityAt(schedule: WeeklySchedule | null, instant: Date): Availability {
  if (!schedule || schedule.slots.length === 0 || coversWholeWeek(schedule)) {
    return { open: true, windowEnd: null, nextWindowStart: null };
  }
  const { current, next } = situationAt(schedule, instant);
  if (current) return { open: true, windowEnd: new Date(current.end), nextWindowStart: null };
  return { open: false, windowEnd: null, nextWindowStart: next ? new Date(next.start) : null };
}

/**
 * The start of the first window opening strictly after `instant`: while closed, when the creator becomes
 * available; while open, the opening after the current window. Null when the schedule never closes.
 */
export function nextWindowStart(schedule: WeeklySchedule | null, instant: Date): Date | null {
  if (!schedule || schedule.slots.length === 0 || coversWholeWeek(schedule)) return null;
  const { next } = situationAt(schedule, instant);
  return next ? new Date(next.start) : null;
}

/** The next instant strictly after `instant` at which open/closed flips; null when it never does. */
export function nextBoundary(schedule: WeeklySchedule | null, instant: Date): Date | null {
  const { open, windowEnd, nextWindowStart: opensAt } = availabilityAt(schedule, instant);
  return open ? windowEnd : opensAt;
}
