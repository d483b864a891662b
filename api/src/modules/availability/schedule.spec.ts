import { availabilityAt, nextBoundary, nextWindowStart, validateSchedule, type ScheduleSlot, type WeeklySchedule } from './schedule';

const MON = 1,
  TUE = 2,
  WED = 3,
  THU = 4,
  SAT = 6,
  SUN = 7;
const HOUR = 3_600_000;

const slot = (weekday: number, start: string, end: string): ScheduleSlot => ({ weekday, start, end });

/** A schedule built through validation, as the service will build it. */
function scheduleOf(timeZone: string, slots: ScheduleSlot[]): WeeklySchedule {
  const result = validateSchedule({ timeZone, slots });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.schedule;
}

function errorsOf(timeZone: string, slots: ScheduleSlot[]) {
  const result = validateSchedule({ timeZone, slots });
  if (result.ok) throw new Error('expected the schedule to be refused');
  return result.errors;
}

const at = (iso: string): Date => new Date(iso);
const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

/** The end of the window holding `instant`, which must be open. */
function windowAround(schedule: WeeklySchedule, instant: string) {
  const { open, windowEnd } = availabilityAt(schedule, at(instant));
  expect(open).toBe(true);
  return { end: iso(windowEnd) };
}

describe('validateSchedule', () => {
  it('accepts a valid schedule and returns its slots sorted by weekday, then start', () => {
    const result = validateSchedule({
      timeZone: 'Europe/Berlin',
      slots: [slot(WED, '18:00', '20:00'), slot(MON, '14:00', '17:00'), slot(MON, '09:00', '12:00')],
    });
    expect(result).toEqual({
      ok: true,
      schedule: {
        timeZone: 'Europe/Berlin',
        slots: [slot(MON, '09:00', '12:00'), slot(MON, '14:00', '17:00'), slot(WED, '18:00', '20:00')],
      },
    });
  });

  it('keeps only the slot fields when normalising', () => {
    const extra = { ...slot(MON, '09:00', '10:00'), id: 'x' } as ScheduleSlot;
    expect(scheduleOf('UTC', [extra]).slots[0]).toStrictEqual(slot(MON, '09:00', '10:00'));
  });

  it('accepts an empty schedule', () => {
    expect(validateSchedule({ timeZone: 'America/New_York', slots: [] })).toEqual({
      ok: true,
      schedule: { timeZone: 'America/New_York', slots: [] },
    });
  });

  it('refuses an unknown time zone', () => {
    expect(errorsOf('Mars/Base', [])).toEqual([{ field: 'timeZone', message: 'Unknown time zone "Mars/Base".' }]);
  });

  it.each([0, 8, 1.5])('refuses weekday %p', (weekday) => {
    expect(errorsOf('UTC', [slot(MON, '08:00', '09:00'), slot(weekday, '09:00', '10:00')])).toEqual([
      {
        field: 'slots[1].weekday',
        message: `Weekday must be a whole number from 1 (Monday) to 7 (Sunday), not ${weekday}.`,
      },
    ]);
  });

  it('refuses a start that is not a time of day', () => {
    expect(errorsOf('UTC', [slot(MON, '25:00', '26:00')])).toEqual([
      { field: 'slots[0].start', message: '"25:00" is not a time of day (HH:MM).' },
      { field: 'slots[0].end', message: '"26:00" is not a time of day (HH:MM).' },
    ]);
  });

  it.each(['9:00', '09:60', '09:00:00', ''])('refuses the badly written time %p', (time) => {
    expect(errorsOf('UTC', [slot(MON, '08:00', time)])).toEqual([{ field: 'slots[0].end', message: `${JSON.stringify(time)} is not a time of day (HH:MM).` }]);
  });

  it('accepts "24:00" as an end but not as a start', () => {
    expect(scheduleOf('UTC', [slot(MON, '20:00', '24:00')]).slots).toEqual([slot(MON, '20:00', '24:00')]);
    expect(errorsOf('UTC', [slot(MON, '24:00', '02:00')])).toEqual([
      { field: 'slots[0].start', message: '"24:00" can only end a slot; start at "00:00" instead.' },
    ]);
  });

  it('refuses a zero-length slot', () => {
    expect(errorsOf('UTC', [slot(TUE, '10:00', '10:00')])).toEqual([
      { field: 'slots[0].end', message: 'Slot 1 (Tuesday 10:00–10:00) starts and ends at the same time.' },
    ]);
  });

  it('accepts 50 slots and refuses 51', () => {
    const fifty = Array.from({ length: 50 }, (_, i) => slot((i % 7) + 1, `0${Math.floor(i / 7)}:00`, `0${Math.floor(i / 7)}:30`));
    expect(scheduleOf('UTC', fifty).slots).toHaveLength(50);
    expect(errorsOf('UTC', [...fifty, slot(SUN, '12:00', '13:00')])).toEqual([
      { field: 'slots', message: 'A weekly schedule can have at most 50 slots; this one has 51.' },
    ]);
  });

  it('refuses overlapping slots on the same day, naming both', () => {
    expect(errorsOf('UTC', [slot(TUE, '09:00', '11:00'), slot(TUE, '10:00', '12:00')])).toEqual([
      { field: 'slots[1]', message: 'Slot 2 (Tuesday 10:00–12:00) overlaps slot 1 (Tuesday 09:00–11:00).' },
    ]);
  });

  it('refuses a slot overlapping one that runs past midnight', () => {
    expect(errorsOf('UTC', [slot(TUE, '01:00', '03:00'), slot(MON, '22:00', '02:00')])).toEqual([
      { field: 'slots[1]', message: 'Slot 2 (Monday 22:00–02:00) overlaps slot 1 (Tuesday 01:00–03:00).' },
    ]);
  });

  it('refuses Sunday-night slots overlapping Monday morning (the week wraps)', () => {
    expect(errorsOf('UTC', [slot(SUN, '22:00', '02:00'), slot(MON, '01:00', '03:00')])).toEqual([
      { field: 'slots[1]', message: 'Slot 2 (Monday 01:00–03:00) overlaps slot 1 (Sunday 22:00–02:00).' },
    ]);
  });

  it('accepts slots that only touch, including across midnight and Sunday→Monday', () => {
    const slots = [
      slot(MON, '09:00', '10:00'),
      slot(MON, '10:00', '11:00'),
      slot(TUE, '20:00', '24:00'),
      slot(WED, '00:00', '02:00'),
      slot(SUN, '22:00', '00:00'),
      slot(MON, '00:00', '01:00'),
    ];
    expect(validateSchedule({ timeZone: 'UTC', slots }).ok).toBe(true);
  });

  it('reports every problem at once', () => {
    const errors = errorsOf('Nowhere/Land', [slot(9, '08:00', '09:00'), slot(MON, '08:00', '08:00')]);
    expect(errors.map((e) => e.field)).toEqual(['timeZone', 'slots[0].weekday', 'slots[1].end']);
  });
});

// Ordinary weeks: Europe/Berlin in January is UTC+1. 2026-01-12 is a Monday.
describe('availabilityAt on ordinary days', () => {
  const week = scheduleOf('Europe/Berlin', [slot(MON, '09:00', '17:00'), slot(WED, '18:00', '20:00')]);

  it('is open inside a slot, closing at its end', () => {
    expect(availabilityAt(week, at('2026-01-12T09:00:00Z'))).toEqual({
      open: true,
      windowEnd: at('2026-01-12T16:00:00Z'),
      nextWindowStart: null,
    });
  });

  it('opens exactly at the start and closes exactly at the end', () => {
    expect(availabilityAt(week, at('2026-01-12T08:00:00Z')).open).toBe(true);
    expect(availabilityAt(week, at('2026-01-12T07:59:59.999Z')).open).toBe(false);
    expect(availabilityAt(week, at('2026-01-12T16:00:00Z'))).toEqual({
      open: false,
      windowEnd: null,
      nextWindowStart: at('2026-01-14T17:00:00Z'),
    });
  });

  it('is closed before the first slot of the day, opening at it', () => {
    expect(availabilityAt(week, at('2026-01-12T06:00:00Z'))).toEqual({
      open: false,
      windowEnd: null,
      nextWindowStart: at('2026-01-12T08:00:00Z'),
    });
  });

  it('after the last slot of the week, opens next Monday', () => {
    expect(iso(availabilityAt(week, at('2026-01-15T12:00:00Z')).nextWindowStart)).toBe('2026-01-19T08:00:00.000Z');
  });

  it('reads the instant in the creator’s zone, not UTC', () => {
    // Monday 23:30 UTC is already Tuesday 08:30 in Tokyo.
    const tuesdayMorning = [slot(TUE, '08:00', '09:00')];
    expect(availabilityAt(scheduleOf('Asia/Tokyo', tuesdayMorning), at('2026-01-12T23:30:00Z')).open).toBe(true);
    expect(availabilityAt(scheduleOf('UTC', tuesdayMorning), at('2026-01-12T23:30:00Z')).open).toBe(false);
  });
});

describe('availabilityAt over midnight', () => {
  const nights = scheduleOf('Europe/Berlin', [slot(SUN, '22:00', '02:00')]);

  it('is open after midnight in a slot that began the evening before', () => {
    expect(availabilityAt(nights, at('2026-01-12T00:00:00Z'))).toEqual({
      open: true,
      windowEnd: at('2026-01-12T01:00:00Z'),
      nextWindowStart: null,
    });
  });

  it('is open before midnight, closing the next morning', () => {
    expect(windowAround(nights, '2026-01-11T21:30:00Z').end).toBe('2026-01-12T01:00:00.000Z');
  });

  it('when closed, opens on Sunday evening', () => {
    expect(iso(availabilityAt(nights, at('2026-01-10T22:30:00Z')).nextWindowStart)).toBe('2026-01-11T21:00:00.000Z');
  });
});

describe('availabilityAt merging back-to-back slots', () => {
  it('treats Monday 20:00–24:00 and Tuesday 00:00–02:00 as one window', () => {
    const s = scheduleOf('Europe/Berlin', [slot(MON, '20:00', '24:00'), slot(TUE, '00:00', '02:00')]);
    expect(windowAround(s, '2026-01-12T20:00:00Z').end).toBe('2026-01-13T01:00:00.000Z');
  });

  it('chains several touching slots within a day', () => {
    const s = scheduleOf('UTC', [slot(MON, '11:00', '12:00'), slot(MON, '09:00', '10:00'), slot(MON, '10:00', '11:00')]);
    expect(windowAround(s, '2026-01-12T09:15:00Z').end).toBe('2026-01-12T12:00:00.000Z');
  });

  it('does not merge slots with a gap between them', () => {
    const s = scheduleOf('UTC', [slot(MON, '09:00', '10:00'), slot(MON, '10:01', '11:00')]);
    expect(windowAround(s, '2026-01-12T09:15:00Z').end).toBe('2026-01-12T10:00:00.000Z');
  });
});

describe('schedules that never close', () => {
  const always = { open: true, windowEnd: null, nextWindowStart: null };

  it('no schedule means always open', () => {
    expect(availabilityAt(null, at('2026-01-12T03:00:00Z'))).toEqual(always);
    expect(nextBoundary(null, at('2026-01-12T03:00:00Z'))).toBeNull();
    expect(nextWindowStart(null, at('2026-01-12T03:00:00Z'))).toBeNull();
  });

  it('a schedule without slots means always open', () => {
    expect(availabilityAt(scheduleOf('Europe/Berlin', []), at('2026-01-12T03:00:00Z'))).toEqual(always);
  });

  it('a schedule covering the whole week never closes', () => {
    const allWeek = scheduleOf(
      'Europe/Berlin',
      [MON, TUE, WED, THU, 5, SAT, SUN].map((d) => slot(d, '00:00', '24:00')),
    );
    expect(availabilityAt(allWeek, at('2026-03-29T01:30:00Z'))).toEqual(always);
    expect(nextBoundary(allWeek, at('2026-03-29T01:30:00Z'))).toBeNull();
  });
});

describe('nextWindowStart', () => {
  const week = scheduleOf('Europe/Berlin', [slot(MON, '09:00', '17:00'), slot(WED, '18:00', '20:00')]);

  it('while closed, is when the creator becomes available', () => {
    expect(iso(nextWindowStart(week, at('2026-01-12T06:00:00Z')))).toBe('2026-01-12T08:00:00.000Z');
  });

  it('while open, is the opening after the current window', () => {
    expect(iso(nextWindowStart(week, at('2026-01-12T10:00:00Z')))).toBe('2026-01-14T17:00:00.000Z');
  });
});

describe('nextBoundary', () => {
  it('walks every open/close flip of a week, merging across midnight', () => {
    const s = scheduleOf('Europe/Berlin', [slot(MON, '09:00', '17:00'), slot(TUE, '20:00', '24:00'), slot(WED, '00:00', '02:00'), slot(SUN, '22:00', '01:00')]);
    const flips: string[] = [];
    let t: Date | null = at('2026-01-12T00:00:00Z'); // Monday 01:00 local: the Sunday-night window just closed
    for (let i = 0; i < 7 && t; i++) {
      t = nextBoundary(s, t);
      if (t) flips.push(t.toISOString());
    }
    expect(flips).toEqual([
      '2026-01-12T08:00:00.000Z', // Mon 09:00 opens
      '2026-01-12T16:00:00.000Z', // Mon 17:00 closes
      '2026-01-13T19:00:00.000Z', // Tue 20:00 opens
      '2026-01-14T01:00:00.000Z', // Wed 02:00 closes (Tue 20:00–24:00 merged with Wed 00:00–02:00)
      '2026-01-18T21:00:00.000Z', // Sun 22:00 opens
      '2026-01-19T00:00:00.000Z', // Mon 01:00 closes
      '2026-01-19T08:00:00.000Z', // Mon 09:00 opens again
    ]);
  });

  it('is strictly after the instant given, even on a boundary', () => {
    const s = scheduleOf('UTC', [slot(MON, '09:00', '10:00')]);
    expect(iso(nextBoundary(s, at('2026-01-12T09:00:00Z')))).toBe('2026-01-12T10:00:00.000Z');
    expect(iso(nextBoundary(s, at('2026-01-12T10:00:00Z')))).toBe('2026-01-19T09:00:00.000Z');
  });

  it('follows the creator’s wall clock through the spring change in Berlin', () => {
    const daily = scheduleOf(
      'Europe/Berlin',
      [SAT, SUN].map((d) => slot(d, '09:00', '17:00')),
    );
    const flips: string[] = [];
    let t: Date | null = at('2026-03-28T00:00:00Z');
    for (let i = 0; i < 4 && t; i++) {
      t = nextBoundary(daily, t);
      if (t) flips.push(t.toISOString());
    }
    expect(flips).toEqual([
      '2026-03-28T08:00:00.000Z', // Saturday, CET (UTC+1)
      '2026-03-28T16:00:00.000Z',
      '2026-03-29T07:00:00.000Z', // Sunday, CEST (UTC+2)
      '2026-03-29T15:00:00.000Z',
    ]);
  });
});

const hoursBetween = (a: Date, b: Date | null): number => (b!.getTime() - a.getTime()) / HOUR;

// Europe/Berlin: 2026-03-29 02:00 CET → 03:00 CEST (at 01:00Z); 2026-10-25 03:00 CEST → 02:00 CET (at 01:00Z).
describe('DST in Europe/Berlin', () => {
  it('spring: 01:00–04:00 runs from 00:00Z to 02:00Z, 2 real hours', () => {
    const s = scheduleOf('Europe/Berlin', [slot(SUN, '01:00', '04:00')]);
    const { nextWindowStart: opens } = availabilityAt(s, at('2026-03-28T23:00:00Z'));
    expect(iso(opens)).toBe('2026-03-29T00:00:00.000Z');
    const { windowEnd } = availabilityAt(s, opens!);
    expect(iso(windowEnd)).toBe('2026-03-29T02:00:00.000Z');
    expect(hoursBetween(opens!, windowEnd)).toBe(2);
  });

  it('spring: a start inside the gap opens at 03:00 CEST, the first instant after it', () => {
    const s = scheduleOf('Europe/Berlin', [slot(SUN, '02:30', '05:00')]);
    expect(availabilityAt(s, at('2026-03-29T00:30:00Z'))).toEqual({
      open: false,
      windowEnd: null,
      nextWindowStart: at('2026-03-29T01:00:00Z'),
    });
    expect(iso(availabilityAt(s, at('2026-03-29T01:00:00Z')).windowEnd)).toBe('2026-03-29T03:00:00.000Z');
  });

  it('spring: a slot wholly inside the gap has no window that night', () => {
    const s = scheduleOf('Europe/Berlin', [slot(SUN, '02:00', '02:30')]);
    expect(availabilityAt(s, at('2026-03-29T01:00:00Z')).open).toBe(false);
    expect(iso(nextWindowStart(s, at('2026-03-29T00:00:00Z')))).toBe('2026-04-05T00:00:00.000Z');
  });

  it('spring: a week open except the hour the clocks skip stays open for two weeks', () => {
    const s = scheduleOf('Europe/Berlin', [
      ...[MON, TUE, WED, THU, 5, SAT].map((d) => slot(d, '00:00', '24:00')),
      slot(SUN, '00:00', '02:00'),
      slot(SUN, '03:00', '24:00'),
    ]);
    expect(iso(availabilityAt(s, at('2026-03-25T12:00:00Z')).windowEnd)).toBe('2026-04-05T00:00:00.000Z');
    expect(iso(nextWindowStart(s, at('2026-03-25T12:00:00Z')))).toBe('2026-04-05T01:00:00.000Z');
  });

  it('autumn: 01:00–04:00 runs from 23:00Z to 03:00Z, 4 real hours', () => {
    const s = scheduleOf('Europe/Berlin', [slot(SUN, '01:00', '04:00')]);
    const opens = nextWindowStart(s, at('2026-10-24T12:00:00Z'));
    expect(iso(opens)).toBe('2026-10-24T23:00:00.000Z');
    const { windowEnd } = availabilityAt(s, opens!);
    expect(iso(windowEnd)).toBe('2026-10-25T03:00:00.000Z');
    expect(hoursBetween(opens!, windowEnd)).toBe(4);
  });

  it('autumn: a start of 02:30 means its first occurrence (CEST), and stays open through the repeat', () => {
    const s = scheduleOf('Europe/Berlin', [slot(SUN, '02:30', '05:00')]);
    expect(iso(availabilityAt(s, at('2026-10-25T00:00:00Z')).nextWindowStart)).toBe('2026-10-25T00:30:00.000Z');
    // 01:15Z is the second 02:15 (CET): still inside the window that opened at the first 02:30.
    expect(availabilityAt(s, at('2026-10-25T01:15:00Z'))).toEqual({
      open: true,
      windowEnd: at('2026-10-25T04:00:00Z'),
      nextWindowStart: null,
    });
  });

  it('autumn: an end of 02:30 also means its first occurrence, so touching slots still touch', () => {
    const alone = scheduleOf('Europe/Berlin', [slot(SUN, '01:00', '02:30')]);
    expect(iso(availabilityAt(alone, at('2026-10-24T23:00:00Z')).windowEnd)).toBe('2026-10-25T00:30:00.000Z');
    const pair = scheduleOf('Europe/Berlin', [slot(SUN, '01:00', '02:30'), slot(SUN, '02:30', '04:00')]);
    expect(iso(availabilityAt(pair, at('2026-10-24T23:00:00Z')).windowEnd)).toBe('2026-10-25T03:00:00.000Z');
  });
});

// America/New_York: 2026-03-08 02:00 EST → 03:00 EDT (at 07:00Z); 2026-11-01 02:00 EDT → 01:00 EST (at 06:00Z).
describe('DST in America/New_York', () => {
  it('spring: 01:00–04:00 runs from 06:00Z to 08:00Z, 2 real hours', () => {
    const s = scheduleOf('America/New_York', [slot(SUN, '01:00', '04:00')]);
    const opens = nextWindowStart(s, at('2026-03-08T00:00:00Z'));
    expect(iso(opens)).toBe('2026-03-08T06:00:00.000Z');
    const { windowEnd } = availabilityAt(s, opens!);
    expect(iso(windowEnd)).toBe('2026-03-08T08:00:00.000Z');
    expect(hoursBetween(opens!, windowEnd)).toBe(2);
  });

  it('spring: a start of 02:15, inside the gap, opens at 03:00 EDT', () => {
    const s = scheduleOf('America/New_York', [slot(SUN, '02:15', '06:00')]);
    const opens = nextWindowStart(s, at('2026-03-08T06:30:00Z'));
    expect(iso(opens)).toBe('2026-03-08T07:00:00.000Z');
    expect(iso(availabilityAt(s, opens!).windowEnd)).toBe('2026-03-08T10:00:00.000Z');
  });

  it('autumn: 00:30–03:00 lasts 3.5 real hours', () => {
    const s = scheduleOf('America/New_York', [slot(SUN, '00:30', '03:00')]);
    const opens = nextWindowStart(s, at('2026-11-01T00:00:00Z'));
    expect(iso(opens)).toBe('2026-11-01T04:30:00.000Z');
    const { windowEnd } = availabilityAt(s, opens!);
    expect(iso(windowEnd)).toBe('2026-11-01T08:00:00.000Z');
    expect(hoursBetween(opens!, windowEnd)).toBe(3.5);
  });

  it('autumn: a start of 01:30 means its first occurrence (EDT)', () => {
    const s = scheduleOf('America/New_York', [slot(SUN, '01:30', '03:00')]);
    expect(iso(nextWindowStart(s, at('2026-11-01T05:00:00Z')))).toBe('2026-11-01T05:30:00.000Z');
    // 06:15Z is the second 01:15 (EST), after the window opened.
    expect(availabilityAt(s, at('2026-11-01T06:15:00Z')).open).toBe(true);
  });

  it('autumn: Saturday 23:00–02:00 runs into the change and lasts 4 real hours', () => {
    const s = scheduleOf('America/New_York', [slot(SAT, '23:00', '02:00')]);
    const opens = nextWindowStart(s, at('2026-10-31T12:00:00Z'));
    expect(iso(opens)).toBe('2026-11-01T03:00:00.000Z');
    const { windowEnd } = availabilityAt(s, opens!);
    expect(iso(windowEnd)).toBe('2026-11-01T07:00:00.000Z');
    expect(hoursBetween(opens!, windowEnd)).toBe(4);
  });
});
