import type { Clock } from '../../common/clock';
import {
  invalidTransfer,
  PayoutProviderError,
  type ConnectedAccountRequest,
  type ConnectedAccountStatus,
  type PayoutEvent,
  type PayoutProvider,
  type TransferRequest,
  type TransferResult,
} from './payout-provider';

/**
 * The embedded default's payouts: every account is onboarded at once (the onboarding link is the return URL),
 * and a transfer is SENT on the spot with an id derived from the payout, so a retry gives the same answer.
 * Nothing is paid, and the UI says so (testMode).
 */
export class DevPayoutProvider implements PayoutProvider {
  readonly name = 'dev' as const;
  readonly testMode = true;

  constructor(private readonly clock: Clock) {}

  async createConnectedAccount(request: ConnectedAccountRequest): Promise<{ connectedAccountId: string }> {
    return { connectedAccountId: `dev_acct_${request.ownerId}` };
  }

  async onboardingLink(_connectedAccountId: string, urls: { returnUrl: string; refreshUrl: string }): Promise<{ url: string; expiresAt: Date }> {
    return { url: urls.returnUrl, expiresAt: new Date(this.clock.now().getTime() + 5 * 60_000) };
  }

  async accountStatus(connectedAccountId: string): Promise<ConnectedAccountStatus> {
    return { connectedAccountId, detailsSubmitted: true, transfersActive: true, payoutsEnabled: true, requirementsDue: [], disabledReason: null };
  }

  async transfer(request: TransferRequest): Promise<TransferResult> {
    const invalid = invalidTransfer(request);
    if (invalid) return { status: 'REFUSED', reason: 'INVALID', message: invalid };
    return { status: 'SENT', transferId: `dev_tr_${request.payoutId}` };
  }

  parseWebhook(): PayoutEvent | null {
    throw new PayoutProviderError('FAILED', 'The dev payout provider sends no webhooks.');
  }
}
