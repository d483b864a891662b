/**
 * Integer token arithmetic for per-minute call billing with per-second fairness (DESIGN §5). Pure functions:
 * no ledger, no clock (the commission split is the ledger's: ledger/commission.ts). Anything that is not a sane amount throws RangeError, because a wrong number here is
 * money moved wrongly.
 */

const SECOND_MS = 1_000;
const SECONDS_PER_MINUTE = 60;

export interface TimeGap {
  from: Date;
  to: Date;
}

export interface CallCharge {
  fullMinutes: number;
  lastMinuteSeconds: number;
  total: number;
}

/** What the last, partial minute costs: pro rata by the second, rounded up to a whole token. */
export function finalMinuteCharge(pricePerMinute: number, billedSecondsInMinute: number): number {
  assertNonNegativeInteger(pricePerMinute, 'pricePerMinute');
  assertNonNegativeInteger(billedSecondsInMinute, 'billedSecondsInMinute');
  if (billedSecondsInMinute > SECONDS_PER_MINUTE) {
    throw new RangeError(`billedSecondsInMinute must be between 0 and ${SECONDS_PER_MINUTE}.`);
  }
  return ceilDiv(BigInt(pricePerMinute) * BigInt(billedSecondsInMinute), BigInt(SECONDS_PER_MINUTE));
}

/**
 * Seconds of a call the fan pays for: connected time minus the time either party was missing. Gaps may
 * overlap and may reach outside the call; they are clipped to it and merged. The remainder is counted in
 * milliseconds and rounded up to whole seconds only at the end: a started second is paid.
 */
export function billableSeconds(connectedAt: Date, endedAt: Date, gaps: readonly TimeGap[]): number {
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

  const billedMs = Math.max(0, end - start - missingMs);
  return ceilDiv(BigInt(billedMs), BigInt(SECOND_MS));
}

/** What a call of `billedSeconds` costs: full minutes at the price, then the last minute pro rata. */
export function callCharge(pricePerMinute: number, billedSeconds: number): CallCharge {
  assertNonNegativeInteger(pricePerMinute, 'pricePerMinute');
  assertNonNegativeInteger(billedSeconds, 'billedSeconds');
  const fullMinutes = Math.floor(billedSeconds / SECONDS_PER_MINUTE);
  const lastMinuteSeconds = billedSeconds % SECONDS_PER_MINUTE;
  const total = fullMinutes * pricePerMinute + finalMinuteCharge(pricePerMinute, lastMinuteSeconds);
  if (!Number.isSafeInteger(total)) throw new RangeError('The call charge is too large to count exactly.');
  return { fullMinutes, lastMinuteSeconds, total };
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
