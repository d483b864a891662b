import type Stripe from 'stripe';

/** How far a Stripe-Signature timestamp may be from now, either way (Stripe's own default tolerance). */
export const STRIPE_SIGNATURE_TOLERANCE_SECONDS = 300;

/**
 * Verifies a Stripe webhook's signature over the raw body. Stripe's SDK refuses timestamps older than the
 * tolerance only; one dated further into the future is refused too, so a signature leaked ahead of time (or
 * minted against a skewed clock) cannot be replayed later. Throws with the reason.
 */
export function verifyStripeWebhook(client: Stripe, rawBody: Buffer, signature: string | undefined, secret: string, now = Date.now()): Stripe.Event {
  if (!signature) throw new Error('Missing Stripe-Signature header.');
  const timestamp = Number(/(?:^|,)\s*t=(\d+)/.exec(signature)?.[1]);
  if (!Number.isSafeInteger(timestamp)) throw new Error('The Stripe-Signature header carries no timestamp.');
  if (timestamp > now / 1000 + STRIPE_SIGNATURE_TOLERANCE_SECONDS) throw new Error('The Stripe-Signature timestamp is too far in the future.');
  return client.webhooks.constructEvent(rawBody, signature, secret, STRIPE_SIGNATURE_TOLERANCE_SECONDS);
}
