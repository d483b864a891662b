import { availabilityOf, AvailabilityStatus, type AvailabilitySettings } from './availability';

// Monday 2026-03-23 in Europe/Berlin (CET, UTC+1); the schedule is Monday 09:00–17:00 there.
const schedule = { timeZone: 'Europe/Berlin', slots: [{ weekday: 1, start: '09:00', end: '17:00' }] };
const on: AvailabilitySettings = { callsEnabled: true, pausedUntil: null, pausedIndefinitely: false, schedule: null };
const at = (iso: string) => new Date(iso);
const state = { online: false, busy: false };

describe('availabilityOf', () => {
  it('is AVAILABLE any time without a schedule, with no end', () => {
    expect(availabilityOf(on, { ...state, now: at('2026-03-23T03:00:00Z') })).toEqual({
      status: AvailabilityStatus.AVAILABLE,
      until: null,
      nextAvailableAt: null,
      online: false,
    });
  });

  it('is AVAILABLE inside a window, until the window closes', () => {
    expect(availabilityOf({ ...on, schedule }, { ...state, now: at('2026-03-23T10:00:00Z') })).toMatchObject({
      status: AvailabilityStatus.AVAILABLE,
      until: at('2026-03-23T16:00:00Z'),
    });
  });

  it('is AWAY outside the schedule, with the next opening', () => {
    expect(availabilityOf({ ...on, schedule }, { ...state, now: at('2026-03-23T17:00:00Z') })).toEqual({
      status: AvailabilityStatus.AWAY,
      until: at('2026-03-30T07:00:00Z'),
      nextAvailableAt: at('2026-03-30T07:00:00Z'),
      online: false,
    });
  });

  it('is PAUSED until the pause ends, and next available then when the schedule is open', () => {
    const pausedUntil = at('2026-03-23T10:15:00Z');
    expect(availabilityOf({ ...on, schedule, pausedUntil }, { ...state, now: at('2026-03-23T10:00:00Z') })).toEqual({
      status: AvailabilityStatus.PAUSED,
      until: pausedUntil,
      nextAvailableAt: pausedUntil,
      online: false,
    });
  });

  it('gives the next window as next availability when a pause ends outside the schedule', () => {
    const pausedUntil = at('2026-03-23T16:30:00Z');
    expect(availabilityOf({ ...on, schedule, pausedUntil }, { ...state, now: at('2026-03-23T15:45:00Z') })).toMatchObject({
      // The next Monday is after the switch to summer time: 09:00 CEST is 07:00 UTC.
      status: AvailabilityStatus.PAUSED,
      until: pausedUntil,
      nextAvailableAt: at('2026-03-30T07:00:00Z'),
    });
  });

  it('ignores a pause that has ended even before its timer fired', () => {
    expect(availabilityOf({ ...on, pausedUntil: at('2026-03-23T09:59:59Z') }, { ...state, now: at('2026-03-23T10:00:00Z') }).status).toBe(
      AvailabilityStatus.AVAILABLE,
    );
  });

  it('is PAUSED with no end when paused until resumed', () => {
    expect(availabilityOf({ ...on, pausedIndefinitely: true }, { ...state, now: at('2026-03-23T10:00:00Z') })).toMatchObject({
      status: AvailabilityStatus.PAUSED,
      until: null,
      nextAvailableAt: null,
    });
  });

  it('is OFF when calls are off, whatever else holds', () => {
    const settings = { ...on, callsEnabled: false, pausedIndefinitely: true, schedule };
    expect(availabilityOf(settings, { online: true, busy: true, now: at('2026-03-23T10:00:00Z') })).toEqual({
      status: AvailabilityStatus.OFF,
      until: null,
      nextAvailableAt: null,
      online: true,
    });
  });

  it('is BUSY in a call during open hours, and reports presence as given', () => {
    expect(availabilityOf(on, { online: true, busy: true, now: at('2026-03-23T10:00:00Z') })).toEqual({
      status: AvailabilityStatus.BUSY,
      until: null,
      nextAvailableAt: null,
      online: true,
    });
  });
});
