import type { CheckoutRequest, CheckoutResult, PaymentProvider } from './payment-provider';

/** The embedded default's processor: a purchase completes at once, and is marked test mode. */
export class DevPaymentProvider implements PaymentProvider {
  readonly name = 'dev' as const;
  readonly testMode = true;

  async createCheckout(request: CheckoutRequest): Promise<CheckoutResult> {
    return { sessionId: `dev_${request.purchaseId}`, checkoutUrl: null, completed: true };
  }
}
