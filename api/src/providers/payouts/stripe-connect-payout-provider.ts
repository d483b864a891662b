import type Stripe from 'stripe';
import { verifyStripeWebhook } from '../stripe-webhook';
import {
  invalidTransfer,
  PayoutProviderError,
  PayoutWebhookError,
  type ConnectedAccountRequest,
  type ConnectedAccountStatus,
  type PayoutEvent,
  type PayoutProvider,
  type TransferRequest,
  type TransferResult,
} from './payout-provider';

export interface StripeConnectOptions {
  secretKey: string;
  /** Signing secret of the Connect webhook endpoint (a Connect endpoint has its own, separate from the account one). */
  webhookSecret: string;
  /** The platform's country: accounts elsewhere get the recipient service agreement, which cross-border payouts need. */
  platformCountry: string;
  /** Another API base (a local fake in tests); Stripe's own by default. */
  apiUrl?: string;
}

// Refusals about the destination account: the owner must finish onboarding (or support must look at it).
const ACCOUNT_NOT_READY = new Set([
  'account_invalid',
  'account_closed',
  'no_account',
  'transfers_not_allowed',
  'capability_not_active',
  'insufficient_capabilities_for_transfer',
  'resource_missing',
]);

/**
 * Payouts with Stripe Connect: Express accounts onboarded through Stripe-hosted links, and transfers from the
 * platform balance to them (separate charges and transfers). Stripe pays each account's bank on its own payout
 * schedule; those bank payouts are reported as webhook events, not awaited here.
 */
export class StripeConnectPayoutProvider implements PayoutProvider {
  readonly name = 'stripe' as const;
  readonly testMode: boolean;
  readonly client: Stripe;

  /** Loads the Stripe SDK only now, so a process without Stripe configured never loads it. */
  static async create(options: StripeConnectOptions): Promise<StripeConnectPayoutProvider> {
    // The ESM build's declarations differ from the CommonJS ones this file is typed with; the class is the same API.
    const { default: StripeClient } = (await import('stripe')) as unknown as { default: typeof Stripe };
    return new StripeConnectPayoutProvider(options, StripeClient);
  }

  private constructor(
    private readonly options: StripeConnectOptions,
    private readonly sdk: typeof Stripe,
  ) {
    const base = options.apiUrl ? new URL(options.apiUrl) : null;
    this.client = new sdk(options.secretKey, {
      maxNetworkRetries: 2,
      ...(base ? { host: base.hostname, port: Number(base.port || 80), protocol: base.protocol.replace(':', '') as 'http' | 'https' } : {}),
    });
    this.testMode = options.secretKey.startsWith('sk_test_');
  }

  async createConnectedAccount(request: ConnectedAccountRequest): Promise<{ connectedAccountId: string }> {
    const country = request.country.toUpperCase();
    if (!/^[A-Z]{2}$/.test(country)) throw new PayoutProviderError('FAILED', `Not an ISO country code: ${request.country}`);
    const account = await this.call('create a connected account', () =>
      this.client.accounts.create(
        {
          type: 'express',
          country,
          email: request.email,
          business_type: 'individual',
          capabilities: { transfers: { requested: true } },
          ...(country !== this.options.platformCountry ? { tos_acceptance: { service_agreement: 'recipient' as const } } : {}),
          metadata: { ownerId: request.ownerId },
        },
        // A retried request (a double click, a timeout) never opens a second account for the same owner.
        { idempotencyKey: `connect-account:${request.ownerId}` },
      ),
    );
    return { connectedAccountId: account.id };
  }

  async onboardingLink(connectedAccountId: string, urls: { returnUrl: string; refreshUrl: string }): Promise<{ url: string; expiresAt: Date }> {
    const link = await this.call('create an onboarding link', () =>
      this.client.accountLinks.create({ account: connectedAccountId, type: 'account_onboarding', return_url: urls.returnUrl, refresh_url: urls.refreshUrl }),
    );
    return { url: link.url, expiresAt: new Date(link.expires_at * 1000) };
  }

  async accountStatus(connectedAccountId: string): Promise<ConnectedAccountStatus> {
    return statusOf(await this.call('read a connected account', () => this.client.accounts.retrieve(connectedAccountId)));
  }

  async transfer(request: TransferRequest): Promise<TransferResult> {
    const invalid = invalidTransfer(request);
    if (invalid) return { status: 'REFUSED', reason: 'INVALID', message: invalid };
    try {
      const transfer = await this.client.transfers.create(
        {
          amount: request.amountCents,
          currency: request.currency,
          destination: request.connectedAccountId,
          transfer_group: `payout:${request.payoutId}`,
          metadata: { payoutId: request.payoutId },
          ...(request.description ? { description: request.description } : {}),
        },
        // Stripe keeps idempotency keys for 24 hours: a retry within that time returns the same transfer.
        { idempotencyKey: `payout:${request.payoutId}` },
      );
      return { status: 'SENT', transferId: transfer.id };
    } catch (err) {
      if (err instanceof this.sdk.errors.StripeInvalidRequestError || err instanceof this.sdk.errors.StripePermissionError) {
        const code = err.code ?? '';
        if (code === 'balance_insufficient') return { status: 'REFUSED', reason: 'INSUFFICIENT_PLATFORM_BALANCE', message: err.message };
        if (ACCOUNT_NOT_READY.has(code) || err.param === 'destination') return { status: 'REFUSED', reason: 'ACCOUNT_NOT_READY', message: err.message };
        return { status: 'REFUSED', reason: 'INVALID', message: `${code || err.type}: ${err.message}` };
      }
      throw providerError(this.sdk, 'make a transfer', err);
    }
  }

  parseWebhook(rawBody: Buffer, signature: string | undefined): PayoutEvent | null {
    if (!signature) throw new PayoutWebhookError('Missing Stripe-Signature header.');
    let event: Stripe.Event;
    try {
      event = verifyStripeWebhook(this.client, rawBody, signature, this.options.webhookSecret);
    } catch (err) {
      throw new PayoutWebhookError((err as Error).message);
    }
    return payoutEventOf(event);
  }

  private async call<T>(what: string, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (err) {
      throw providerError(this.sdk, what, err);
    }
  }
}

function providerError(sdk: typeof Stripe, what: string, err: unknown): PayoutProviderError {
  const temporary =
    err instanceof sdk.errors.StripeConnectionError ||
    err instanceof sdk.errors.StripeAPIError ||
    err instanceof sdk.errors.StripeRateLimitError ||
    err instanceof sdk.errors.StripeIdempotencyError;
  return new PayoutProviderError(temporary ? 'UNAVAILABLE' : 'FAILED', `Stripe could not ${what}: ${(err as Error).message}`);
}

function statusOf(account: Stripe.Account): ConnectedAccountStatus {
  const due = [...(account.requirements?.currently_due ?? []), ...(account.requirements?.past_due ?? [])];
  return {
    connectedAccountId: account.id,
    detailsSubmitted: account.details_submitted ?? false,
    transfersActive: account.capabilities?.transfers === 'active',
    payoutsEnabled: account.payouts_enabled ?? false,
    requirementsDue: [...new Set(due)].sort(),
    disabledReason: account.requirements?.disabled_reason ?? null,
  };
}

const idOf = (value: string | { id: string } | null | undefined): string => (typeof value === 'string' ? value : (value?.id ?? ''));

/** Maps the Stripe events a payout flow uses; transfers without our payoutId and platform-own payouts are not ours. */
export function payoutEventOf(event: Stripe.Event): PayoutEvent | null {
  switch (event.type) {
    case 'transfer.created':
    case 'transfer.reversed': {
      const transfer = event.data.object;
      const payoutId = transfer.metadata?.payoutId;
      if (!payoutId) return null;
      const common = { eventId: event.id, payoutId, transferId: transfer.id, connectedAccountId: idOf(transfer.destination) };
      if (event.type === 'transfer.created') return { type: 'TRANSFER_SENT', ...common, amountCents: transfer.amount, currency: transfer.currency };
      return { type: 'TRANSFER_REVERSED', ...common, amountReversedCents: transfer.amount_reversed, fullyReversed: transfer.reversed };
    }
    case 'payout.paid':
    case 'payout.failed': {
      // A payout event without `account` is the platform paying out its own balance.
      if (!event.account) return null;
      const payout = event.data.object;
      const common = { eventId: event.id, connectedAccountId: event.account, bankPayoutId: payout.id, amountCents: payout.amount, currency: payout.currency };
      if (event.type === 'payout.paid') return { type: 'BANK_PAYOUT_PAID', ...common, arrivalDate: new Date(payout.arrival_date * 1000) };
      return { type: 'BANK_PAYOUT_FAILED', ...common, failureCode: payout.failure_code ?? null, failureMessage: payout.failure_message ?? null };
    }
    case 'account.updated':
      return { type: 'ACCOUNT_UPDATED', eventId: event.id, status: statusOf(event.data.object) };
    default:
      return null;
  }
}
