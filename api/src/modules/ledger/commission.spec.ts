import { commissionSplit } from './commission';

describe('commissionSplit', () => {
  it.each([
    // amount, bps, platform, creator
    [100, 2000, 20, 80],
    [25, 2000, 5, 20],
    [26, 2000, 5, 21],
    [1, 2000, 0, 1],
    [4, 2000, 0, 4],
    [5, 2000, 1, 4],
    [9, 2000, 1, 8],
    [99, 2000, 19, 80],
    [0, 2000, 0, 0],
    [7, 0, 0, 7],
    [7, 10_000, 7, 0],
    [333, 1234, 41, 292],
    [Number.MAX_SAFE_INTEGER, 2000, 1801439850948198, 7205759403792793],
  ])('%i tokens at %i bps: platform %i, creator %i', (amount, bps, platform, creator) => {
    expect(commissionSplit(amount, bps)).toEqual({ creator, platform });
  });

  it('always adds up to the amount and rounds the platform down', () => {
    for (const bps of [0, 1, 1500, 2000, 2500, 3333, 9999, 10_000]) {
      for (let amount = 0; amount <= 1000; amount++) {
        const { creator, platform } = commissionSplit(amount, bps);
        expect(creator + platform).toBe(amount);
        expect(platform).toBe(Math.floor((amount * bps) / 10_000));
        expect(Number.isInteger(creator) && creator >= 0).toBe(true);
      }
    }
  });

  it.each([
    [-1, 2000],
    [1.5, 2000],
    [NaN, 2000],
    [Infinity, 2000],
    [Number.MAX_SAFE_INTEGER + 1, 2000],
    [100, -1],
    [100, 20.5],
    [100, 10_001],
  ])('refuses amount %p with bps %p', (amount, bps) => {
    expect(() => commissionSplit(amount, bps)).toThrow(RangeError);
  });
});
