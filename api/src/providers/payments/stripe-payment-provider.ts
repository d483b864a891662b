import type Stripe from 'stripe';
import { verifyStripeWebhook } from '../stripe-webhook';
import type { CheckoutRequest, CheckoutResult, PaymentProvider } from './payment-provider';

export interface StripeOptions {
  secretKey: string;
  webhookSecret: string;
  /** Another API base (a local fake in tests); Stripe's own by default. */
  apiUrl?: string;
}

/** Stripe Checkout. Tokens are granted only from the signature-verified webhook, never from the redirect. */
export class StripePaymentProvider implements PaymentProvider {
  readonly name = 'stripe' as const;
  readonly testMode: boolean;
  readonly client: Stripe;

  private constructor(
    private readonly options: StripeOptions,
    StripeClient: typeof Stripe,
  ) {
    const base = options.apiUrl ? new URL(options.apiUrl) : null;
    this.client = new StripeClient(options.secretKey, {
      maxNetworkRetries: 2,
      ...(base ? { host: base.hostname, port: Number(base.port || 80), protocol: base.protocol.replace(':', '') as 'http' | 'https' } : {}),
    });
    this.testMode = options.secretKey.startsWith('sk_test_');
  }

  /** Loads the Stripe SDK only now: a process without Stripe keys never does. */
  static async create(options: StripeOptions): Promise<StripePaymentProvider> {
    // The ESM build's declarations differ from the CommonJS ones this file is typed with; the class is the same API.
    const { default: StripeClient } = (await import('stripe')) as unknown as { default: typeof Stripe };
    return new StripePaymentProvider(options, StripeClient);
  }

  async createCheckout(request: CheckoutRequest): Promise<CheckoutResult> {
    const session = await this.client.checkout.sessions.create(
      {
        mode: 'payment',
        client_reference_id: request.purchaseId,
        customer_email: request.email,
        line_items: [
          {
            quantity: 1,
            price_data: {
              currency: request.pack.currency,
              unit_amount: request.pack.priceCents,
              product_data: { name: request.pack.name },
            },
          },
        ],
        metadata: { purchaseId: request.purchaseId, packId: request.pack.id, accountId: request.accountId },
        payment_intent_data: { metadata: { purchaseId: request.purchaseId } },
        success_url: request.successUrl,
        cancel_url: request.cancelUrl,
      },
      // The same purchase never opens two sessions, even when the request is retried.
      { idempotencyKey: `purchase:${request.purchaseId}` },
    );
    return { sessionId: session.id, checkoutUrl: session.url, completed: false };
  }

  /** Verifies the signature over the raw body; throws when it is missing, wrong or older than 5 minutes. */
  verifyWebhook(rawBody: Buffer, signature: string | undefined): Stripe.Event {
    return verifyStripeWebhook(this.client, rawBody, signature, this.options.webhookSecret);
  }
}
