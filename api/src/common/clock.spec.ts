import { ManualClock } from './clock';

describe('ManualClock', () => {
  it('moves only when told to', () => {
    const clock = new ManualClock('2026-03-29T00:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-03-29T00:00:00.000Z');
    clock.advance(90_000);
    expect(clock.now().toISOString()).toBe('2026-03-29T00:01:30.000Z');
  });
});
