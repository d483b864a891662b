import { billableMilliseconds, billableSeconds, callCharge } from './call-billing';

const T0 = new Date('2026-03-29T20:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const gap = (fromMs: number, toMs: number) => ({ from: at(fromMs), to: at(toMs) });

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

describe('billableMilliseconds', () => {
  it('counts connected time to the millisecond, gaps merged and taken out', () => {
    expect(billableMilliseconds(T0, at(90_600), [gap(1_000, 11_300), gap(20_000, 20_200)])).toBe(80_100);
    expect(billableMilliseconds(T0, at(100_000), [gap(-1, 100_001)])).toBe(0);
  });
});

describe('callCharge', () => {
  const MINUTE = 60_000;
  it.each([
    // price, connected ms, tokens
    [25, 0, 0],
    [25, 1, 1],
    [25, 2_400, 1],
    [25, 2_401, 2],
    [25, MINUTE, 25],
    [25, MINUTE + 1, 26],
    [25, 150_000, 63],
    [60, 90_000, 90],
    [7, 10 * MINUTE, 70],
    [7, 8_571, 1],
    [7, 8_572, 2],
    [59, 1_000, 1],
    [59, 30_000, 30],
    [61, 1_000, 2],
    [61, 983, 1],
    [61, 30_000, 31],
    [120, 1_000, 2],
    [120, 1_500, 3],
    [120, 45_000, 90],
    [999, 1, 1],
    [999, 1_000, 17],
    [999, 61, 2],
    [999, MINUTE + 1, 1_000],
    [0, 300_000, 0],
  ])('price %i for %i ms costs %i', (price, ms, tokens) => {
    expect(callCharge(price, ms)).toBe(tokens);
  });

  it('is the exact pro rata price rounded up once, never more, never a whole minute more', () => {
    for (const price of [1, 7, 25, 59, 60, 61, 120, 999]) {
      for (let ms = 1; ms <= 5 * MINUTE; ms += 997) {
        const tokens = callCharge(price, ms);
        // ⌈price × ms / 60 000⌉: at least the exact price, less than one token above it.
        expect(tokens * MINUTE).toBeGreaterThanOrEqual(price * ms);
        expect((tokens - 1) * MINUTE).toBeLessThan(price * ms);
        // Rounding connected time up to whole seconds first would overcharge above 60 tokens/min.
        expect(tokens).toBeLessThanOrEqual(Math.ceil((price * Math.ceil(ms / 1000)) / 60));
        expect(tokens).toBeLessThanOrEqual(price * Math.ceil(ms / MINUTE));
        expect(tokens).toBeGreaterThanOrEqual(callCharge(price, ms - 1));
      }
    }
  });

  it('charges a call cumulatively without the roundings adding up', () => {
    // Charged at every minute boundary and at the end, as the billing service does: the sum is one rounding.
    for (const price of [7, 59, 61, 120, 999]) {
      const endMs = 3 * MINUTE + 12_345;
      let charged = 0;
      for (const at of [MINUTE, 2 * MINUTE, 3 * MINUTE, endMs]) charged += callCharge(price, at) - charged;
      expect(charged).toBe(Math.ceil((price * endMs) / MINUTE));
    }
  });

  it('refuses nonsense', () => {
    expect(() => callCharge(25, -1)).toThrow(RangeError);
    expect(() => callCharge(25, 1.5)).toThrow(RangeError);
    expect(() => callCharge(-25, 60)).toThrow(RangeError);
    expect(() => callCharge(2.5, 60)).toThrow(RangeError);
    expect(() => callCharge(Number.MAX_SAFE_INTEGER, 120_000)).toThrow(RangeError);
  });
});
