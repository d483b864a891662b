import { AppError, badInput, ErrorCode } from '../../common/errors';

/** Where a payout request is. */
export enum PayoutStatus {
  /** Asked for; the tokens wait in the owner's payout clearing for staff. */
  REQUESTED = 'REQUESTED',
  /** Approved; the transfer was sent to the payout provider, which has not confirmed it yet. */
  PROCESSING = 'PROCESSING',
  /** The provider confirmed the transfer: the money left Minutely for the owner's account. */
  PAID = 'PAID',
  /** Staff rejected it; the tokens went back to the earnings. */
  REJECTED = 'REJECTED',
  /** The provider failed or reversed the transfer; the tokens went back to the earnings. */
  FAILED = 'FAILED',
}

/** A refusal of a payout request, or null when it may go ahead. Checked before anything moves. */
export function payoutRefusal(tokens: number, available: number, minimum: number): AppError | null {
  if (!Number.isSafeInteger(tokens) || tokens <= 0) return badInput('tokens must be a whole, positive number of tokens.', 'tokens');
  if (tokens < minimum) return new AppError(ErrorCode.PAYOUT_BELOW_MINIMUM, `A payout must be at least ${minimum} tokens.`, { minimum });
  if (tokens > available) {
    return new AppError(ErrorCode.PAYOUT_EXCEEDS_AVAILABLE, `Only ${available} tokens are available for a payout now (earnings past the holding period).`, {
      available,
    });
  }
  return null;
}

/**
 * How the ledger moves when a payout changes status: SETTLE takes the clearing out of Minutely (to provider
 * clearing), RETURN gives the clearing back to the earnings, RETURN_PAID gives back a payout that had been
 * settled (a reversed transfer: the money came back to Minutely's provider balance).
 */
export type PayoutMove = 'SETTLE' | 'RETURN' | 'RETURN_PAID';

/** What the provider said about a payout's transfer. */
export type ProviderAnswer = 'SENT' | 'REVERSED';

/**
 * The next status and ledger move for a provider answer, or null when it changes nothing (a replay, or an
 * answer about a payout that can no longer take it).
 */
export function afterProviderAnswer(status: PayoutStatus, answer: ProviderAnswer): { status: PayoutStatus; move: PayoutMove } | null {
  if (answer === 'SENT') {
    // A confirmation may overtake the approval's commit (REQUESTED): the money moved all the same.
    return status === PayoutStatus.REQUESTED || status === PayoutStatus.PROCESSING ? { status: PayoutStatus.PAID, move: 'SETTLE' } : null;
  }
  if (status === PayoutStatus.REQUESTED || status === PayoutStatus.PROCESSING) return { status: PayoutStatus.FAILED, move: 'RETURN' };
  if (status === PayoutStatus.PAID) return { status: PayoutStatus.FAILED, move: 'RETURN_PAID' };
  return null;
}
