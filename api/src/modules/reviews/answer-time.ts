/** Fewer answered calls than this say nothing about how a creator usually answers. */
export const MIN_ANSWERED_CALLS = 3;

/**
 * "Usually answers within": the median time to answer of the latest answered calls, rounded up to a
 * reassuring-but-honest step (15 s under two minutes, then whole minutes); null with too few calls.
 */
export function usualAnswerSeconds(delays: readonly number[]): number | null {
  if (delays.length < MIN_ANSWERED_CALLS) return null;
  const sorted = [...delays].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const step = median < 120 ? 15 : 60;
  return Math.max(step, Math.ceil(median / step) * step);
}
