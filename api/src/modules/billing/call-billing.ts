/**
 * Integer token arithmetic for per-minute call billing with per-second fairness (DESIGN §5). Pure functions:
 * no ledger, no clock. Anything that is not a sane amount throws RangeError, because a wrong number here is
 * money moved wrongly.
 */

const MINUTE_MS = 60_000;
const SECOND_MS = 1_000;
const SECONDS_PER_MINUTE = 60;
const BPS_PER_WHOLE = 10_000;

export type BillingStep = 'reserve' | 'settle' | 'release';

export interface TimeGap {
  from: Date;
  to: Date;
}

export interface CallCharge {
  fullMinutes: number;
  lastMinuteSeconds: number;
  total: number;
}

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

/** The first `minutes` minute boundaries after the call connected: connectedAt + 60 s, + 120 s, ... */
export function minuteBoundaries(connectedAt: Date, minutes: number): Date[] {
  const start = timeOf(connectedAt, 'connectedAt');
  assertNonNegativeInteger(minutes, 'minutes');
  return Array.from({ length: minutes }, (_, i) => new Date(start + (i + 1) * MINUTE_MS));
}

/** Zero-based index of the minute running at `at`; a boundary instant belongs to the minute it starts. */
export function minuteIndexAt(connectedAt: Date, at: Date): number {
  const start = timeOf(connectedAt, 'connectedAt');
  const now = timeOf(at, 'at');
  if (now < start) throw new RangeError('at must not be before connectedAt.');
  return Math.floor((now - start) / MINUTE_MS);
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

/** The ledger idempotency key of one billing step of one minute of a call: `call:<id>:m<index>:<step>`. */
export function idempotencyKey(callId: string, step: BillingStep, minuteIndex: number): string {
  // A ':' in the id could make two different steps share a key.
  if (callId.length === 0 || callId.includes(':')) throw new RangeError('callId must be non-empty and without ":".');
  if (step !== 'reserve' && step !== 'settle' && step !== 'release') throw new RangeError(`Unknown step ${step}.`);
  assertNonNegativeInteger(minuteIndex, 'minuteIndex');
  return `call:${callId}:m${minuteIndex}:${step}`;
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
