import { ManualClock, SpeedClock } from './clock';

describe('ManualClock', () => {
  it('moves only when told to', () => {
    const clock = new ManualClock('2026-03-29T00:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-03-29T00:00:00.000Z');
    clock.advance(90_000);
    expect(clock.now().toISOString()).toBe('2026-03-29T00:01:30.000Z');
  });
});

describe('SpeedClock', () => {
  it('runs faster than the wall clock from its anchor, the same for every process that shares the anchor', () => {
    let wall = Date.parse('2026-03-29T00:00:00Z');
    const anchor = new Date(wall);
    const clock = new SpeedClock(10, anchor, () => wall);
    const other = new SpeedClock(10, anchor, () => wall);
    wall += 1_500;
    expect(clock.now().toISOString()).toBe('2026-03-29T00:00:15.000Z');
    expect(other.now().getTime()).toBe(clock.now().getTime());
    expect(clock.wallMs(60_000)).toBe(6_000);
    expect(() => new SpeedClock(0.5, anchor)).toThrow(RangeError);
  });
});
