/** A checkout to start for one purchase of one token pack. */
export interface CheckoutRequest {
  purchaseId: string;
  accountId: string;
  email: string;
  pack: { id: string; name: string; tokens: number; priceCents: number; currency: string };
  successUrl: string;
  cancelUrl: string;
}

export interface CheckoutResult {
  /** The provider's id of the checkout (a Stripe Checkout Session id). */
  sessionId: string;
  /** Where to send the buyer to pay; null when the purchase completed at once (dev provider). */
  checkoutUrl: string | null;
  /** True when the provider took the payment already and tokens may be granted now. */
  completed: boolean;
}

/**
 * One interface for every payment processor. Stripe is the reference implementation; since Stripe does
 * not accept adult businesses, a high-risk processor (CCBill, Segpay, Verotel…) plugs in here the same way.
 */
export interface PaymentProvider {
  readonly name: 'stripe' | 'dev';
  /** Purchases through it are not real money; the UI says so. */
  readonly testMode: boolean;
  createCheckout(request: CheckoutRequest): Promise<CheckoutResult>;
}
