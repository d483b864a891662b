/** A creator (or agency) who is to receive payouts: our account id, their email and ISO country code. */
export interface ConnectedAccountRequest {
  ownerId: string;
  email: string;
  /** ISO 3166-1 alpha-2, upper case (e.g. US, GB, DE). */
  country: string;
}

export interface ConnectedAccountStatus {
  connectedAccountId: string;
  /** The owner finished the provider's onboarding form. */
  detailsSubmitted: boolean;
  /** Transfers to the account can be made. */
  transfersActive: boolean;
  /** The account can pay out to its bank. */
  payoutsEnabled: boolean;
  /** What the provider still needs from the owner (fields such as `individual.id_number`). */
  requirementsDue: string[];
  /** Why the account is disabled, when it is. */
  disabledReason: string | null;
}

/** Moves `amountCents` of our balance to the connected account, once per `payoutId`. */
export interface TransferRequest {
  payoutId: string;
  connectedAccountId: string;
  amountCents: number;
  /** ISO 4217, lower case (usd, eur). */
  currency: string;
  description?: string;
}

/**
 * SENT: the money is in the connected account's balance (a Stripe transfer succeeds or fails when it is created;
 * from there the provider pays the owner's bank on the account's schedule). REFUSED: nothing moved; the reason says
 * whether the owner (ACCOUNT_NOT_READY), the platform (INSUFFICIENT_PLATFORM_BALANCE) or the request (INVALID) must change.
 */
export type TransferResult =
  { status: 'SENT'; transferId: string } | { status: 'REFUSED'; reason: 'ACCOUNT_NOT_READY' | 'INSUFFICIENT_PLATFORM_BALANCE' | 'INVALID'; message: string };

/**
 * What a verified provider webhook means for us. Stripe Connect sends no `transfer.paid` or `transfer.failed`
 * (those belonged to the pre-2017 transfers API): a transfer is confirmed by `transfer.created` and undone by
 * `transfer.reversed`; the connected account's own bank payouts report `payout.paid` / `payout.failed` with the
 * account in `event.account`; onboarding progress arrives as `account.updated`.
 */
export type PayoutEvent =
  | { type: 'TRANSFER_SENT'; eventId: string; payoutId: string; transferId: string; connectedAccountId: string; amountCents: number; currency: string }
  | {
      type: 'TRANSFER_REVERSED';
      eventId: string;
      payoutId: string;
      transferId: string;
      connectedAccountId: string;
      /** Total reversed so far (Stripe reports the cumulative amount). */
      amountReversedCents: number;
      fullyReversed: boolean;
    }
  | { type: 'BANK_PAYOUT_PAID'; eventId: string; connectedAccountId: string; bankPayoutId: string; amountCents: number; currency: string; arrivalDate: Date }
  | {
      type: 'BANK_PAYOUT_FAILED';
      eventId: string;
      connectedAccountId: string;
      bankPayoutId: string;
      amountCents: number;
      currency: string;
      failureCode: string | null;
      failureMessage: string | null;
    }
  | { type: 'ACCOUNT_UPDATED'; eventId: string; status: ConnectedAccountStatus };

/**
 * One interface for paying creators. Stripe Connect (Express accounts) is the real implementation, the dev
 * double pays at once. Implementations talk to the outside world: never call them inside a transaction, and
 * record `transferId` before acting on it. Retrying `transfer` with the same payoutId is safe (idempotent).
 */
export interface PayoutProvider {
  readonly name: 'stripe' | 'dev';
  /** Payouts through it are not real money; the UI says so. */
  readonly testMode: boolean;
  createConnectedAccount(request: ConnectedAccountRequest): Promise<{ connectedAccountId: string }>;
  /** A single-use link to the provider's onboarding form; `refreshUrl` is where an expired link sends the owner (to ask for a new one). */
  onboardingLink(connectedAccountId: string, urls: { returnUrl: string; refreshUrl: string }): Promise<{ url: string; expiresAt: Date }>;
  accountStatus(connectedAccountId: string): Promise<ConnectedAccountStatus>;
  transfer(request: TransferRequest): Promise<TransferResult>;
  /** Verifies and reads a webhook; throws PayoutWebhookError when the signature is wrong, returns null for events we do not use. */
  parseWebhook(rawBody: Buffer, signature: string | undefined): PayoutEvent | null;
}

/** The provider failed (UNAVAILABLE: try again; FAILED: a request or configuration problem). */
export class PayoutProviderError extends Error {
  constructor(
    readonly reason: 'UNAVAILABLE' | 'FAILED',
    message: string,
  ) {
    super(message);
    this.name = 'PayoutProviderError';
  }
}

/** A webhook whose signature is missing, wrong or too old: answer 400 and do nothing. */
export class PayoutWebhookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PayoutWebhookError';
  }
}

/** Checks a transfer request before it reaches a provider. */
export function invalidTransfer(request: TransferRequest): string | null {
  if (!Number.isSafeInteger(request.amountCents) || request.amountCents <= 0) return 'The amount must be a positive whole number of cents.';
  if (!/^[a-z]{3}$/.test(request.currency)) return 'The currency must be a lower-case ISO 4217 code.';
  if (!request.payoutId || !request.connectedAccountId) return 'A payout id and a connected account are required.';
  return null;
}
