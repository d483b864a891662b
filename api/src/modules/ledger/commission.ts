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
 * The legs that refund `refund` more tokens of a payment whose settlements paid `paid.creator` to the creator,
 * `paid.platform` to the platform and `paid.agency` (if any) to the creator's agency, of which `paid.refunded`
 * was refunded before. Proportions are cumulative, so several partial refunds add up to exactly the shares paid.
 */
export function refundShares(
  paid: { creator: number; platform: number; agency?: number; refunded: number },
  refund: number,
): { fromCreator: number; fromPlatform: number; fromAgency: number } {
  // As the payment was split: the platform's part first, then the agency's part of what the creator's side got.
  const agency = paid.agency ?? 0;
  const creatorSide = paid.creator + agency;
  const total = paid.platform + creatorSide;
  const platformUpTo = (refunded: number) => Math.floor((refunded * paid.platform) / total);
  const sideBefore = paid.refunded - platformUpTo(paid.refunded);
  const sideAfter = paid.refunded + refund - platformUpTo(paid.refunded + refund);
  const agencyUpTo = (side: number) => (creatorSide === 0 ? 0 : Math.floor((side * agency) / creatorSide));
  const fromPlatform = refund - (sideAfter - sideBefore);
  const fromAgency = agencyUpTo(sideAfter) - agencyUpTo(sideBefore);
  return { fromCreator: sideAfter - sideBefore - fromAgency, fromPlatform, fromAgency };
}

function assertNonNegativeInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative whole number, got ${value}.`);
  }
}
