const BPS_PER_WHOLE = 10_000;

/**
 * Splits `amount` tokens between creator and platform. The platform's share is rounded down, so any odd token
 * goes to the creator, and the two always add up to `amount`.
 */
export function commissionSplit(amount: number, commissionBps: number): { creator: number; platform: number } {
  assertNonNegativeInteger(amount, 'amount');
  assertNonNegativeInteger(commissionBps, 'commissionBps');
  if (commissionBps > BPS_PER_WHOLE) throw new RangeError(`commissionBps must be at most ${BPS_PER_WHOLE}.`);
  // BigInt so amount * bps stays exact however large the amount.
  const platform = Number((BigInt(amount) * BigInt(commissionBps)) / BigInt(BPS_PER_WHOLE));
  return { creator: amount - platform, platform };
}

/**
 * Splits `amount` three ways when the creator belongs to an agency: the platform's commission first (as in
 * commissionSplit), then the agency's share (`agencyShareBps`) of what is left for the creator, and the creator
 * keeps the rest. Each share is rounded down, so odd tokens stay with the creator; the three always add up to
 * `amount`, so a transfer built from them balances and no token is created or lost.
 */
export function revenueSplit(amount: number, commissionBps: number, agencyShareBps: number): { platform: number; agency: number; creator: number } {
  assertNonNegativeInteger(agencyShareBps, 'agencyShareBps');
  if (agencyShareBps > BPS_PER_WHOLE) throw new RangeError(`agencyShareBps must be at most ${BPS_PER_WHOLE}.`);
  const { creator: creatorPart, platform } = commissionSplit(amount, commissionBps);
  const agency = Number((BigInt(creatorPart) * BigInt(agencyShareBps)) / BigInt(BPS_PER_WHOLE));
  return { platform, agency, creator: creatorPart - agency };
}

/**
 * The legs that refund `refund` more tokens of a payment whose settlements paid `paid.creator` to the creator
 * and `paid.platform` to the platform, of which `paid.refunded` was refunded before. Proportions are
 * cumulative, so several partial refunds add up to exactly the shares paid.
 */
export function refundShares(paid: { creator: number; platform: number; refunded: number }, refund: number): { fromCreator: number; fromPlatform: number } {
  const total = paid.platform + paid.creator;
  const platformBefore = Math.floor((paid.refunded * paid.platform) / total);
  const platformAfter = Math.floor(((paid.refunded + refund) * paid.platform) / total);
  const fromPlatform = platformAfter - platformBefore;
  return { fromCreator: refund - fromPlatform, fromPlatform };
}

function assertNonNegativeInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative whole number, got ${value}.`);
  }
}
