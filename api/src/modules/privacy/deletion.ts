/** What deleting an account gives up, from its balances; each needs the owner's explicit confirmation. */
export interface DeletionLosses {
  /** Creator earnings not paid out yet. */
  earnings: number;
  /** Unspent fan tokens (held tokens belong to a live call, which blocks deletion anyway). */
  walletTokens: number;
}

const tokens = (n: number) => `${n} token${n === 1 ? '' : 's'}`;

/** The sentence a person reads before confirming, or null when nothing is lost. Pure, unit-tested. */
export function deletionWarning(losses: DeletionLosses): string | null {
  const parts: string[] = [];
  if (losses.earnings > 0) {
    parts.push(
      `You have ${tokens(losses.earnings)} of earnings that have not been paid out. Request a payout first: once the account is deleted they can no longer be paid to you, and they stay in the anonymized bookkeeping records.`,
    );
  }
  if (losses.walletTokens > 0) {
    parts.push(`Your wallet still holds ${tokens(losses.walletTokens)}; they are forfeited when the account is deleted and cannot be refunded afterwards.`);
  }
  return parts.length ? parts.join(' ') : null;
}
