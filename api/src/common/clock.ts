/** Where time comes from, so billing, ringing and schedule logic can run on a controlled clock in tests. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that only moves when told to. */
export class ManualClock implements Clock {
  private current: number;
  constructor(start: Date | string = '2026-01-05T12:00:00Z') {
    this.current = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current += ms;
  }
  set(to: Date | string): void {
    this.current = new Date(to).getTime();
  }
}

/**
 * Test only (CLOCK_SPEEDUP): time that runs `factor` times faster than the wall clock from `anchor` on,
 * now = anchor + (wall − anchor) · factor. It depends on nothing but the anchor, the factor and the wall
 * clock, so every process given the same anchor — a test and each API it restarts — reads the same time.
 */
export class SpeedClock implements Clock {
  constructor(
    readonly factor: number,
    readonly anchor: Date,
    private readonly wall: () => number = Date.now,
  ) {
    if (!(factor >= 1) || Number.isNaN(anchor.getTime())) throw new RangeError('SpeedClock needs a factor of at least 1 and a valid anchor.');
  }
  now(): Date {
    const anchor = this.anchor.getTime();
    return new Date(anchor + (this.wall() - anchor) * this.factor);
  }
  /** How many wall-clock milliseconds `ms` of this clock's time take. */
  wallMs(ms: number): number {
    return ms / this.factor;
  }
}
