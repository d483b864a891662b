import { billableSeconds, callCharge, finalMinuteCharge } from './call-billing';

const T0 = new Date('2026-03-29T20:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const gap = (fromMs: number, toMs: number) => ({ from: at(fromMs), to: at(toMs) });

describe('finalMinuteCharge', () => {
  it.each([
    // price, seconds, charge
    [25, 0, 0],
    [25, 1, 1],
    [25, 12, 5],
    [25, 13, 6],
    [25, 59, 25],
    [25, 60, 25],
    [60, 1, 1],
    [60, 30, 30],
    [61, 1, 2],
    [1, 1, 1],
    [1, 59, 1],
    [0, 30, 0],
    [120, 45, 90],
  ])('price %i for %i s costs %i', (price, seconds, charge) => {
    expect(finalMinuteCharge(price, seconds)).toBe(charge);
  });

  it('never charges more than the full minute nor less than the exact pro rata', () => {
    for (const price of [1, 7, 25, 59, 60, 61, 99, 250]) {
      for (let s = 0; s <= 60; s++) {
        const charge = finalMinuteCharge(price, s);
        expect(charge).toBeLessThanOrEqual(price);
        expect(charge * 60).toBeGreaterThanOrEqual(price * s);
        expect((charge - 1) * 60).toBeLessThan(price * s);
      }
    }
  });

  it.each([
    [25, -1],
    [25, 61],
    [25, 1.5],
    [25, NaN],
    [-1, 30],
    [2.5, 30],
  ])('refuses price %p with %p s', (price, seconds) => {
    expect(() => finalMinuteCharge(price, seconds)).toThrow(RangeError);
  });
});

describe('billableSeconds', () => {
  it.each([
    ['no time at all', 0, 0],
    ['exactly one second', 1000, 1],
    ['a started second is paid', 1001, 2],
    ['one millisecond', 1, 1],
    ['61 s', 61_000, 61],
    ['119.4 s', 119_400, 120],
    ['exactly 120 s', 120_000, 120],
  ])('%s', (_name, durationMs, seconds) => {
    expect(billableSeconds(T0, at(durationMs), [])).toBe(seconds);
  });

  it('subtracts a gap inside the call', () => {
    expect(billableSeconds(T0, at(120_000), [gap(30_000, 50_000)])).toBe(100);
  });

  it('rounds up only once, after subtracting in milliseconds', () => {
    // 90.6 s connected, 10.3 s + 0.2 s missing => 80.1 s => 81 s (not 91 - 10 - 1 = 80, nor 91 - 11 = 80).
    expect(billableSeconds(T0, at(90_600), [gap(1_000, 11_300), gap(20_000, 20_200)])).toBe(81);
  });

  it('merges overlapping gaps instead of counting the overlap twice', () => {
    // fan gone 10–40 s, creator gone 30–50 s: 40 s missing, not 50.
    expect(billableSeconds(T0, at(100_000), [gap(10_000, 40_000), gap(30_000, 50_000)])).toBe(60);
  });

  it('merges nested, touching, duplicated and unsorted gaps', () => {
    const gaps = [gap(60_000, 70_000), gap(10_000, 40_000), gap(15_000, 20_000), gap(40_000, 45_000), gap(10_000, 40_000)];
    // missing 10–45 s and 60–70 s => 45 s of 100 s.
    expect(billableSeconds(T0, at(100_000), gaps)).toBe(55);
  });

  it('clips gaps that start before the call or run past its end', () => {
    expect(billableSeconds(T0, at(100_000), [gap(-20_000, 10_000), gap(90_000, 200_000)])).toBe(80);
  });

  it('ignores gaps entirely outside the call and empty gaps', () => {
    expect(billableSeconds(T0, at(100_000), [gap(-50_000, -10_000), gap(100_000, 150_000), gap(30_000, 30_000)])).toBe(100);
  });

  it('is zero, never negative, when the gaps cover the whole call', () => {
    expect(billableSeconds(T0, at(100_000), [gap(-1, 100_001)])).toBe(0);
    expect(billableSeconds(T0, at(100_000), [gap(0, 60_000), gap(50_000, 100_000)])).toBe(0);
  });

  it('does not change its input', () => {
    const gaps = [gap(60_000, 70_000), gap(10_000, 40_000)];
    const copy = structuredClone(gaps);
    billableSeconds(T0, at(100_000), gaps);
    expect(gaps).toEqual(copy);
  });

  it('agrees with a millisecond-by-millisecond count on random gaps', () => {
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      const duration = random(20_000);
      const gaps = Array.from({ length: random(5) }, () => {
        const from = random(26_000) - 3_000;
        return gap(from, from + random(8_000));
      });
      let billedMs = 0;
      for (let t = 0; t < duration; t++) {
        if (!gaps.some((g) => g.from.getTime() - T0.getTime() <= t && t < g.to.getTime() - T0.getTime())) billedMs++;
      }
      expect(billableSeconds(T0, at(duration), gaps)).toBe(Math.ceil(billedMs / 1000));
    }
  });

  it('refuses a call that ends before it connected, a reversed gap and invalid dates', () => {
    expect(() => billableSeconds(at(1), T0, [])).toThrow(RangeError);
    expect(() => billableSeconds(T0, at(10_000), [gap(5_000, 4_000)])).toThrow(RangeError);
    expect(() => billableSeconds(new Date('nope'), at(10_000), [])).toThrow(RangeError);
    expect(() => billableSeconds(T0, at(10_000), [{ from: new Date('nope'), to: at(1) }])).toThrow(RangeError);
  });
});

describe('callCharge', () => {
  it.each([
    // price, seconds, full minutes, last minute seconds, total
    [25, 0, 0, 0, 0],
    [25, 1, 0, 1, 1],
    [25, 59, 0, 59, 25],
    [25, 60, 1, 0, 25],
    [25, 61, 1, 1, 26],
    [25, 119, 1, 59, 50],
    [25, 120, 2, 0, 50],
    [25, 121, 2, 1, 51],
    [25, 150, 2, 30, 63],
    [60, 90, 1, 30, 90],
    [7, 600, 10, 0, 70],
    [1, 61, 1, 1, 2],
    [0, 300, 5, 0, 0],
  ])('price %i for %i s: %i full minutes + %i s = %i tokens', (price, seconds, fullMinutes, lastMinuteSeconds, total) => {
    expect(callCharge(price, seconds)).toEqual({ fullMinutes, lastMinuteSeconds, total });
  });

  it('charges full minutes plus the last minute pro rata, never more than whole minutes', () => {
    for (const price of [1, 2, 7, 10, 25, 59, 60, 61, 100, 999]) {
      for (let s = 1; s <= 600; s++) {
        const charge = callCharge(price, s);
        const rest = s % 60;
        expect(charge.fullMinutes).toBe(Math.floor(s / 60));
        expect(charge.lastMinuteSeconds).toBe(rest);
        expect(charge.total).toBe(charge.fullMinutes * price + Math.ceil((price * rest) / 60));
        // Per-second fairness: exactly the pro rata price, rounded up once for the whole call.
        expect(charge.total).toBe(Math.ceil((price * s) / 60));
        expect(charge.total).toBeLessThanOrEqual(price * Math.ceil(s / 60));
        // Every billed second costs something, and a longer call never costs less.
        expect(charge.total).toBeGreaterThan(0);
        expect(charge.total).toBeGreaterThanOrEqual(callCharge(price, s - 1).total);
      }
    }
  });

  it('refuses nonsense', () => {
    expect(() => callCharge(25, -1)).toThrow(RangeError);
    expect(() => callCharge(25, 1.5)).toThrow(RangeError);
    expect(() => callCharge(-25, 60)).toThrow(RangeError);
    expect(() => callCharge(Number.MAX_SAFE_INTEGER, 120)).toThrow(RangeError);
  });
});
