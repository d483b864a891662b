import { callCapOf, capMilliseconds, invalidChange, NO_LIMITS, refusalOf } from './spending-rules';

const now = new Date('2026-06-01T10:00:00Z');

describe('spending limits', () => {
  it('refuse a spend during a self-exclusion, and beyond what is left of the daily limit', () => {
    const excluded = { ...NO_LIMITS, excludedUntil: new Date('2026-06-08T10:00:00Z') };
    expect(refusalOf(excluded, now, 0, 0, 1)).toEqual({ reason: 'SELF_EXCLUDED', until: excluded.excludedUntil });
    expect(refusalOf({ ...excluded, excludedUntil: now }, now, 0, 0, 1)).toBeNull();
    const daily = { ...NO_LIMITS, dailyLimit: 100 };
    expect(refusalOf(daily, now, 60, 20, 20)).toBeNull();
    expect(refusalOf(daily, now, 60, 20, 21)).toEqual({ reason: 'DAILY_LIMIT', limit: 100, remaining: 20 });
    expect(refusalOf(NO_LIMITS, now, 1e6, 1e6, 1e6)).toBeNull();
  });

  it('cap a call at the smaller of the per-call cap and what is left of the day', () => {
    expect(callCapOf(NO_LIMITS, 0, 0)).toBeNull();
    expect(callCapOf({ ...NO_LIMITS, perCallCap: 50 }, 999, 0)).toBe(50);
    expect(callCapOf({ ...NO_LIMITS, dailyLimit: 100 }, 70, 0)).toBe(30);
    expect(callCapOf({ ...NO_LIMITS, perCallCap: 50, dailyLimit: 100 }, 70, 10)).toBe(20);
    expect(callCapOf({ ...NO_LIMITS, dailyLimit: 100 }, 170, 0)).toBe(0);
  });

  it('turn a cap into the longest billable time whose charge stays within it', () => {
    expect(capMilliseconds(50, 20)).toBe(150_000); // 2.5 minutes cost exactly 50
    expect(capMilliseconds(7, 60)).toBe(7_000);
    expect(capMilliseconds(10, 7)).toBe(85_714); // ⌈7 × 85,714 / 60,000⌉ = 10; one ms more costs 11
    expect(Math.ceil((7 * 85_714) / 60_000)).toBe(10);
    expect(Math.ceil((7 * 85_715) / 60_000)).toBe(11);
    expect(() => capMilliseconds(-1, 20)).toThrow(RangeError);
  });

  it('let limits be lowered at once, never an exclusion be shortened or limits be raised during it', () => {
    expect(invalidChange(NO_LIMITS, { perCallCap: 0, dailyLimit: null, excludedUntil: null }, now)).toMatch(/perCallCap/);
    expect(invalidChange(NO_LIMITS, { perCallCap: 10, dailyLimit: 50, excludedUntil: null }, now)).toBeNull();
    const excluded = { perCallCap: 10, dailyLimit: 50, excludedUntil: new Date('2026-06-08T10:00:00Z') };
    expect(invalidChange(excluded, { ...excluded, excludedUntil: null }, now)).toMatch(/cannot be shortened/);
    expect(invalidChange(excluded, { ...excluded, excludedUntil: new Date('2026-06-07T10:00:00Z') }, now)).toMatch(/cannot be shortened/);
    expect(invalidChange(excluded, { ...excluded, excludedUntil: new Date('2026-07-08T10:00:00Z') }, now)).toBeNull();
    expect(invalidChange(excluded, { ...excluded, dailyLimit: null }, now)).toMatch(/raised/);
    expect(invalidChange(excluded, { ...excluded, dailyLimit: 20 }, now)).toBeNull();
    // Once it has ended, anything goes.
    expect(invalidChange(excluded, NO_LIMITS, new Date('2026-06-09T00:00:00Z'))).toBeNull();
  });
});
