import type { Clock } from '../../common/clock';
import type { Config } from '../../config';
import { DevPayoutProvider } from './dev-payout-provider';
import type { PayoutProvider } from './payout-provider';
import { StripeConnectPayoutProvider } from './stripe-connect-payout-provider';

export type { ConnectedAccountRequest, ConnectedAccountStatus, PayoutEvent, PayoutProvider, TransferRequest, TransferResult } from './payout-provider';
export { PayoutProviderError, PayoutWebhookError } from './payout-provider';

/** Stripe Connect when the Stripe key and the Connect webhook secret are set; the dev double outside production; else none. */
export async function createPayoutProvider(config: Config, clock: Clock): Promise<PayoutProvider | null> {
  if (config.STRIPE_SECRET_KEY && config.STRIPE_CONNECT_WEBHOOK_SECRET) {
    return StripeConnectPayoutProvider.create({
      secretKey: config.STRIPE_SECRET_KEY,
      webhookSecret: config.STRIPE_CONNECT_WEBHOOK_SECRET,
      platformCountry: config.STRIPE_CONNECT_COUNTRY,
      apiUrl: config.STRIPE_API_URL,
    });
  }
  return config.production ? null : new DevPayoutProvider(clock);
}
