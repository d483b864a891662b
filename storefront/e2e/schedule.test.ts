import { instantOf, slotsInViewerZone } from '../src/schedule';

// Weekly hours as a fan reads them: the creator's wall times, placed on their coming dates in the creator's
// zone, read back in the fan's zone (which may move them to another day, or across midnight).

describe('storefront: weekly hours in the viewer’s time zone', () => {
  it('finds the instant of a wall time, on both sides of a DST change', () => {
    expect(instantOf(2026, 3, 28, 12 * 60, 'Europe/Berlin').toISOString()).toBe('2026-03-28T11:00:00.000Z'); // CET
    expect(instantOf(2026, 3, 30, 12 * 60, 'Europe/Berlin').toISOString()).toBe('2026-03-30T10:00:00.000Z'); // CEST
    expect(instantOf(2026, 1, 5, 23 * 60 + 30, 'America/New_York').toISOString()).toBe('2026-01-06T04:30:00.000Z');
  });

  it('moves slots to the viewer’s day and hour, across midnight too', () => {
    const slots = [
      { weekday: 1, start: '18:00', end: '22:00' },
      { weekday: 5, start: '23:00', end: '02:00' },
    ];
    // Tokyo (UTC+9) to Kolkata (UTC+5:30): neither has DST.
    expect(slotsInViewerZone(slots, 'Asia/Tokyo', 'Asia/Kolkata', new Date('2026-06-03T00:00:00Z'))).toEqual([
      { weekday: 1, start: '14:30', end: '18:30' },
      { weekday: 5, start: '19:30', end: '22:30' },
    ]);
    // Tokyo Monday 08:00 is Sunday 19:00 in New York (summer): the slot moves to the day before.
    expect(slotsInViewerZone([{ weekday: 1, start: '08:00', end: '10:00' }], 'Asia/Tokyo', 'America/New_York', new Date('2026-06-03T00:00:00Z'))).toEqual([
      { weekday: 7, start: '19:00', end: '21:00' },
    ]);
  });

  it('keeps the week’s own offsets: Berlin evening hours read in New York in the weeks the two DST calendars differ', () => {
    const monday = [{ weekday: 1, start: '18:00', end: '20:00' }];
    // 16 March 2026: New York is already on summer time, Berlin not yet: 5 hours apart instead of 6.
    expect(slotsInViewerZone(monday, 'Europe/Berlin', 'America/New_York', new Date('2026-03-13T12:00:00Z'))).toEqual([
      { weekday: 1, start: '13:00', end: '15:00' },
    ]);
    expect(slotsInViewerZone(monday, 'Europe/Berlin', 'America/New_York', new Date('2026-04-08T12:00:00Z'))).toEqual([
      { weekday: 1, start: '12:00', end: '14:00' },
    ]);
  });

  it('shows a slot that ends at midnight as ending at 24:00', () => {
    expect(slotsInViewerZone([{ weekday: 3, start: '20:00', end: '24:00' }], 'UTC', 'UTC', new Date('2026-06-01T00:00:00Z'))).toEqual([
      { weekday: 3, start: '20:00', end: '24:00' },
    ]);
  });
});
