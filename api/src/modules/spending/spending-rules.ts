/**
 * Responsible-spending arithmetic (pure): a fan's limits, what they spent in the last 24 hours and what a live
 * call may still take, against a new spend. Every amount is whole tokens.
 */

/** The rolling window a daily limit counts over. */
export const DAILY_WINDOW_MS = 24 * 60 * 60 * 1000;
/** Limits and caps a fan may set, at most. */
export const LIMIT_MAX = 10_000_000;
/** Longest self-exclusion, in days (five years). */
export const EXCLUSION_MAX_DAYS = 5 * 366;

export interface Limits {
  perCallCap: number | null;
  dailyLimit: number | null;
  excludedUntil: Date | null;
}

export const NO_LIMITS: Limits = { perCallCap: null, dailyLimit: null, excludedUntil: null };

export type SpendRefusal =
  | { reason: 'SELF_EXCLUDED'; until: Date }
  | { reason: 'DAILY_LIMIT'; limit: number; remaining: number }
  | { reason: 'CALL_CAP'; limit: number; remaining: number };

/** Whether a spend of `amount` may go ahead, given what was spent in the window and is committed to a live call. */
export function refusalOf(limits: Limits, now: Date, spentInWindow: number, committed: number, amount: number): SpendRefusal | null {
  if (limits.excludedUntil && limits.excludedUntil > now) return { reason: 'SELF_EXCLUDED', until: limits.excludedUntil };
  if (limits.dailyLimit !== null) {
    const remaining = Math.max(0, limits.dailyLimit - spentInWindow - committed);
    if (amount > remaining) return { reason: 'DAILY_LIMIT', limit: limits.dailyLimit, remaining };
  }
  return null;
}

/** The most a new call may cost (the per-call cap and what is left of the daily limit), or null: no cap. */
export function callCapOf(limits: Limits, spentInWindow: number, committed: number): number | null {
  const daily = limits.dailyLimit === null ? null : Math.max(0, limits.dailyLimit - spentInWindow - committed);
  if (limits.perCallCap === null) return daily;
  return daily === null ? limits.perCallCap : Math.min(limits.perCallCap, daily);
}

/**
 * How long a call at `pricePerMinute` can be billed before it costs more than `cap`: the longest time whose
 * charge ⌈price × ms / 60,000⌉ stays within the cap.
 */
export function capMilliseconds(cap: number, pricePerMinute: number): number {
  if (!Number.isSafeInteger(cap) || cap < 0) throw new RangeError(`cap must be a non-negative whole number, got ${cap}.`);
  if (!Number.isSafeInteger(pricePerMinute) || pricePerMinute <= 0) throw new RangeError(`pricePerMinute must be positive, got ${pricePerMinute}.`);
  return Math.floor((cap * 60_000) / pricePerMinute);
}

/**
 * A change of limits: a lower limit applies at once; a self-exclusion can be set or lengthened, never shortened
 * or lifted before it ends (that is what makes it one).
 */
export function invalidChange(current: Limits, next: Limits, now: Date): string | null {
  for (const [name, value] of [
    ['perCallCap', next.perCallCap],
    ['dailyLimit', next.dailyLimit],
  ] as const) {
    if (value !== null && (!Number.isSafeInteger(value) || value <= 0 || value > LIMIT_MAX))
      return `${name} must be a whole number of tokens from 1 to ${LIMIT_MAX}, or null.`;
  }
  const active = current.excludedUntil && current.excludedUntil > now ? current.excludedUntil : null;
  if (active && (!next.excludedUntil || next.excludedUntil < active))
    return `You excluded yourself from spending until ${active.toISOString()}; that cannot be shortened.`;
  if (active && (next.perCallCap !== current.perCallCap || next.dailyLimit !== current.dailyLimit)) {
    const raised = (was: number | null, now_: number | null) => was !== null && (now_ === null || now_ > was);
    if (raised(current.perCallCap, next.perCallCap) || raised(current.dailyLimit, next.dailyLimit))
      return 'Limits cannot be raised or removed during a self-exclusion.';
  }
  return null;
}
