/**
 * Integer token arithmetic of call billing (DESIGN §5): a price per minute, paid for exactly the connected
 * time. Pure functions: no ledger, no clock (the commission split is the ledger's: ledger/commission.ts).
 * Anything that is not a sane amount throws RangeError, because a wrong number here is money moved wrongly.
 */

const SECOND_MS = 1_000;
const MINUTE_MS = 60_000;

export interface TimeGap {
  from: Date;
  to: Date;
}

/**
 * Milliseconds of a call the fan pays for: connected time minus the time either party was missing. Gaps may
 * overlap and may reach outside the call; they are clipped to it and merged.
 */
export function billableMilliseconds(connectedAt: Date, endedAt: Date, gaps: readonly TimeGap[]): number {
  const start = timeOf(connectedAt, 'connectedAt');
  const end = timeOf(endedAt, 'endedAt');
  if (end < start) throw new RangeError('endedAt must not be before connectedAt.');

  const clipped = gaps
    .map((gap, i) => {
      const from = timeOf(gap.from, `gaps[${i}].from`);
      const to = timeOf(gap.to, `gaps[${i}].to`);
      if (to < from) throw new RangeError(`gaps[${i}] ends before it starts.`);
      return { from: Math.max(from, start), to: Math.min(to, end) };
    })
    .filter((gap) => gap.to > gap.from)
    .sort((a, b) => a.from - b.from);

  let missingMs = 0;
  let coveredUntil = start;
  for (const gap of clipped) {
    const from = Math.max(gap.from, coveredUntil);
    if (gap.to > from) {
      missingMs += gap.to - from;
      coveredUntil = gap.to;
    }
  }

  return Math.max(0, end - start - missingMs);
}

/** The billed time as the fan and the creator read it: whole seconds, a started second counted. */
export function billableSeconds(connectedAt: Date, endedAt: Date, gaps: readonly TimeGap[]): number {
  return ceilDiv(BigInt(billableMilliseconds(connectedAt, endedAt, gaps)), BigInt(SECOND_MS));
}

/**
 * What `billedMs` of a call cost at `pricePerMinute`: the exact pro rata price, rounded up once for the whole
 * call (charges are cumulative, so rounding never adds up): ⌈price × ms / 60,000⌉, never a whole minute more.
 */
export function callCharge(pricePerMinute: number, billedMs: number): number {
  assertNonNegativeInteger(pricePerMinute, 'pricePerMinute');
  assertNonNegativeInteger(billedMs, 'billedMs');
  const total = ceilDiv(BigInt(pricePerMinute) * BigInt(billedMs), BigInt(MINUTE_MS));
  if (!Number.isSafeInteger(total)) throw new RangeError('The call charge is too large to count exactly.');
  return total;
}

function ceilDiv(numerator: bigint, denominator: bigint): number {
  return Number((numerator + denominator - 1n) / denominator);
}

function assertNonNegativeInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative whole number, got ${value}.`);
  }
}

function timeOf(date: Date, name: string): number {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError(`${name} is not a valid date.`);
  return time;
}
