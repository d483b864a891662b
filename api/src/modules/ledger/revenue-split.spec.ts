import fc from 'fast-check';
import { commissionSplit, refundShares, revenueSplit } from './commission';

describe('revenueSplit (platform, agency, creator)', () => {
  it.each([
    // amount, commission bps, agency bps, platform, agency, creator
    [100, 2000, 3000, 20, 24, 56],
    [1, 2000, 5000, 0, 0, 1],
    [7, 2000, 5000, 1, 3, 3],
    [10, 0, 10_000, 0, 10, 0],
    [10, 10_000, 5000, 10, 0, 0],
    [333, 1234, 2500, 41, 73, 219],
    [0, 2000, 3000, 0, 0, 0],
  ])('%i tokens at %i bps commission and %i bps agency share: %i / %i / %i', (amount, commission, share, platform, agency, creator) => {
    expect(revenueSplit(amount, commission, share)).toEqual({ platform, agency, creator });
  });

  it('never creates or loses a token, rounds each share down and takes the platform share as commissionSplit does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (amount, commissionBps, shareBps) => {
          const { platform, agency, creator } = revenueSplit(amount, commissionBps, shareBps);
          expect(platform + agency + creator).toBe(amount);
          for (const part of [platform, agency, creator]) expect(Number.isSafeInteger(part) && part >= 0).toBe(true);
          expect(platform).toBe(commissionSplit(amount, commissionBps).platform);
          const creatorPart = amount - platform;
          expect(BigInt(agency)).toBe((BigInt(creatorPart) * BigInt(shareBps)) / 10_000n);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('with no agency share is the two-way split', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 10_000 }), (amount, bps) => {
        const { platform, creator } = commissionSplit(amount, bps);
        expect(revenueSplit(amount, bps, 0)).toEqual({ platform, agency: 0, creator });
      }),
    );
  });

  it.each([
    [100, 2000, -1],
    [100, 2000, 10_001],
    [100, 2000, 1.5],
  ])('refuses %i tokens at %i / %i bps', (amount, commission, share) => {
    expect(() => revenueSplit(amount, commission, share)).toThrow(RangeError);
  });
});

describe('refundShares with an agency share', () => {
  it('gives back exactly what each party was paid once everything is refunded, in any number of partial refunds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 8 }),
        (amount, commissionBps, shareBps, parts) => {
          const { platform, agency, creator } = revenueSplit(amount, commissionBps, shareBps);
          let refunded = 0;
          const back = { platform: 0, agency: 0, creator: 0 };
          for (const part of [...parts, amount]) {
            const refund = Math.min(part, amount - refunded);
            if (refund <= 0) break;
            const legs = refundShares({ platform, agency, creator, refunded }, refund);
            for (const taken of Object.values(legs)) expect(taken).toBeGreaterThanOrEqual(0);
            expect(legs.fromPlatform + legs.fromAgency + legs.fromCreator).toBe(refund);
            back.platform += legs.fromPlatform;
            back.agency += legs.fromAgency;
            back.creator += legs.fromCreator;
            refunded += refund;
          }
          expect(back).toEqual({ platform, agency, creator });
        },
      ),
    );
  });
});
