/** DESIGN: a review follows a completed call of at least a minute, once, within 14 days. */
export const MIN_BILLED_SECONDS = 60;
export const REVIEW_WINDOW_MS = 14 * 24 * 3600_000;
export const MAX_REVIEW_TEXT = 1000;
export const MAX_REPLY_TEXT = 1000;

export interface ReviewableCall {
  fanId: string;
  state: string;
  billedSeconds: number | null;
  endedAt: Date | null;
}

/** Why `viewerId` may not review this call now, or null when they may (the once-per-call rule is the database's). */
export function reviewRefusal(call: ReviewableCall, viewerId: string, now: Date): string | null {
  if (call.fanId !== viewerId) return 'Only the fan who made the call can review it.';
  if (call.state !== 'ENDED' || !call.endedAt) return 'A call can be reviewed once it has ended.';
  if ((call.billedSeconds ?? 0) < MIN_BILLED_SECONDS) return `Only calls of at least ${MIN_BILLED_SECONDS} billed seconds can be reviewed.`;
  if (now.getTime() - call.endedAt.getTime() > REVIEW_WINDOW_MS) return 'Calls can be reviewed within 14 days of their end.';
  return null;
}

/** A rating and text as stored, or why not. */
export function checkedReview(
  rating: number,
  text: string | null | undefined,
): { ok: true; rating: number; text: string } | { ok: false; field: string; message: string } {
  if (!Number.isInteger(rating) || rating < 1 || rating > 5)
    return { ok: false, field: 'rating', message: 'rating must be a whole number of stars from 1 to 5.' };
  const trimmed = (text ?? '').trim();
  if (trimmed.length > MAX_REVIEW_TEXT) return { ok: false, field: 'text', message: `text must be at most ${MAX_REVIEW_TEXT} characters.` };
  return { ok: true, rating, text: trimmed };
}

/** The average of ratings with two decimals, or null for none. */
export function averageRating(ratings: readonly number[]): number | null {
  if (ratings.length === 0) return null;
  return Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 100) / 100;
}
