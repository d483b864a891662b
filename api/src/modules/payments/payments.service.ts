import type Stripe from 'stripe';
import type { RequestContext } from '../../common/context';
import { AppError, badInput, ErrorCode, notFound } from '../../common/errors';
import { isUuid } from '../../common/ids';
import type { PaymentProvider } from '../../providers/payments/payment-provider';
import { StripePaymentProvider } from '../../providers/payments/stripe-payment-provider';
import { requireVerifiedEmail } from '../identity';
import { AccountKind, TransferKind, type LedgerService } from '../ledger';
import type { PaymentsRepository, PurchaseRecord } from './payments.repository';
import { PurchaseStatus, type Purchase, type PurchaseResult, type TokenPack } from './payments.types';

/** A webhook the service refuses (unknown purchase, amount mismatch): answered 400 and logged. */
export class RefusedPaymentEvent extends Error {}

/**
 * A signed event that can never apply, however often it is delivered (it names no purchase, or a malformed
 * one): acknowledged (200) and logged, so the provider does not retry a poison event forever.
 */
export class MalformedPaymentEvent extends RefusedPaymentEvent {}

/** Token packs, purchases and the payment provider's events. Tokens move only through the ledger. */
export class PaymentsService {
  constructor(
    private readonly purchases: PaymentsRepository,
    private readonly ledger: LedgerService,
    private readonly provider: PaymentProvider | null,
    private readonly publicUrl: string,
  ) {}

  get stripe(): StripePaymentProvider | null {
    return this.provider instanceof StripePaymentProvider ? this.provider : null;
  }

  tokenPacks(ctx: RequestContext): Promise<TokenPack[]> {
    return this.purchases.activePacks(ctx);
  }

  /**
   * In the mutation's one transaction: the purchase row, the provider's checkout, and (when the provider
   * completed at once) the tokens. A provider that refuses rolls the purchase back: a refused payment leaves
   * no trace.
   */
  async purchaseTokens(ctx: RequestContext, packId: string): Promise<PurchaseResult> {
    const viewer = ctx.requireViewer();
    requireVerifiedEmail(ctx);
    if (!this.provider) throw new AppError(ErrorCode.FORBIDDEN, 'Token purchases are not available: no payment provider is configured.');
    const pack = await this.purchases.activePack(ctx, packId);
    if (!pack) throw badInput(`There is no token pack "${packId}".`, 'packId');
    const row = await this.purchases.insertPurchase(ctx, viewer.account.id, pack, this.provider.name);
    const base = this.publicUrl.replace(/\/$/, '');
    const checkout = await this.provider.createCheckout({
      purchaseId: row.id,
      accountId: viewer.account.id,
      email: viewer.account.email,
      pack: { id: pack.id, name: `${pack.tokens} Minutely tokens`, tokens: pack.tokens, priceCents: pack.priceCents, currency: pack.currency },
      successUrl: `${base}/wallet?purchase=${row.id}`,
      cancelUrl: `${base}/wallet?purchase=${row.id}&cancelled=1`,
    });
    await this.purchases.setProviderSession(ctx, row.id, checkout.sessionId);
    const purchase = checkout.completed ? await this.grant(ctx, row.id, null) : toPurchase(row);
    return { purchase, checkoutUrl: checkout.checkoutUrl, testMode: this.provider.testMode };
  }

  /** The signed-in fan's purchase, for the page a checkout returns to. */
  async purchase(ctx: RequestContext, id: string): Promise<Purchase> {
    const viewer = ctx.requireViewer();
    const row = await this.purchases.find(ctx, id);
    if (!row || row.accountId !== viewer.account.id) throw notFound('Purchase');
    return toPurchase(row);
  }

  /**
   * Credits a purchase's tokens once (the ledger key is per purchase), after checking that what was paid is
   * what the pack costs. In the caller's transaction.
   */
  async grant(
    ctx: RequestContext,
    purchaseId: string,
    paid: { amountCents: number | null; currency: string | null; paymentId: string | null } | null,
  ): Promise<Purchase> {
    const row = await this.purchases.find(ctx, purchaseId, true);
    if (!row) throw new RefusedPaymentEvent(`unknown purchase ${purchaseId}`);
    if (paid && (paid.amountCents !== row.amountCents || paid.currency?.toLowerCase() !== row.currency)) {
      throw new RefusedPaymentEvent(
        `amount mismatch for purchase ${purchaseId}: paid ${paid.amountCents} ${paid.currency}, pack costs ${row.amountCents} ${row.currency}`,
      );
    }
    await this.ledger.transfer(ctx, {
      key: `purchase:${row.id}:grant`,
      kind: TransferKind.PURCHASE,
      reference: `purchase:${row.id}`,
      memo: `${row.tokens} tokens (${row.packId} pack)`,
      legs: [
        { account: { platform: AccountKind.PROVIDER_CLEARING }, amount: -row.tokens },
        { account: { ownerId: row.accountId, kind: AccountKind.FAN_WALLET }, amount: row.tokens },
      ],
    });
    return toPurchase(await this.purchases.markGranted(ctx, row.id, paid?.paymentId ?? null));
  }

  /**
   * Applies one verified Stripe event exactly once per event id, in the webhook's transaction; a refused event
   * changes nothing and can be delivered again. Returns what happened, for the log.
   */
  async handleStripeEvent(ctx: RequestContext, event: Stripe.Event): Promise<string> {
    if (!(await this.purchases.recordEvent(ctx, 'stripe', event.id, event.type))) return 'duplicate event ignored';
    switch (event.type) {
      case 'checkout.session.completed':
      case 'checkout.session.async_payment_succeeded': {
        const session = event.data.object as Stripe.Checkout.Session;
        if (event.type === 'checkout.session.completed' && session.payment_status !== 'paid') return 'awaiting asynchronous payment';
        const purchaseId = session.metadata?.purchaseId ?? session.client_reference_id;
        if (!purchaseId || !isUuid(purchaseId)) throw new MalformedPaymentEvent(`session ${session.id} names no valid purchase id`);
        const paymentId = typeof session.payment_intent === 'string' ? session.payment_intent : (session.payment_intent?.id ?? null);
        const purchase = await this.grant(ctx, purchaseId, { amountCents: session.amount_total, currency: session.currency, paymentId });
        return `granted purchase ${purchase.id}`;
      }
      case 'charge.refunded': {
        const charge = event.data.object as Stripe.Charge;
        return this.reverse(ctx, paymentIdOf(charge.payment_intent), 'refund', charge.amount_refunded);
      }
      case 'charge.dispute.created': {
        const dispute = event.data.object as Stripe.Dispute;
        return this.reverse(ctx, paymentIdOf(dispute.payment_intent), 'dispute', null);
      }
      default:
        return `ignored ${event.type}`;
    }
  }

  /**
   * Takes tokens back for a refund (the refunded share, cumulative) or a dispute (everything not yet taken
   * back, and the wallet is frozen). Spent tokens take the wallet below zero, which freezes it.
   */
  private async reverse(ctx: RequestContext, paymentId: string | null, why: 'refund' | 'dispute', refundedCents: number | null): Promise<string> {
    if (!paymentId) throw new RefusedPaymentEvent(`${why} without a payment intent`);
    const row = await this.purchases.lockByStripePayment(ctx, paymentId);
    if (!row) throw new RefusedPaymentEvent(`${why} for unknown payment ${paymentId}`);
    if (row.status === PurchaseStatus.PENDING) throw new RefusedPaymentEvent(`${why} for purchase ${row.id} that was never granted`);
    const takenBack = Math.round((row.tokens * row.refundedCents) / row.amountCents);
    const totalRefunded = why === 'dispute' ? row.amountCents : Math.min(row.amountCents, refundedCents ?? 0);
    const target = why === 'dispute' ? row.tokens : Math.round((row.tokens * totalRefunded) / row.amountCents);
    const tokens = target - takenBack;
    if (tokens > 0) {
      await this.ledger.transfer(ctx, {
        key: `purchase:${row.id}:${why}:${totalRefunded}`,
        kind: why === 'dispute' ? TransferKind.CHARGEBACK : TransferKind.PURCHASE_REFUND,
        reference: `purchase:${row.id}`,
        memo: why === 'dispute' ? 'Payment disputed' : 'Payment refunded',
        allowOverdraft: true,
        allowFrozen: true,
        legs: [
          { account: { ownerId: row.accountId, kind: AccountKind.FAN_WALLET }, amount: -tokens },
          { account: { platform: AccountKind.PROVIDER_CLEARING }, amount: tokens },
        ],
      });
    }
    const status = why === 'dispute' ? PurchaseStatus.DISPUTED : totalRefunded >= row.amountCents ? PurchaseStatus.REFUNDED : PurchaseStatus.PARTIALLY_REFUNDED;
    await this.purchases.setRefunded(ctx, row.id, status, totalRefunded);
    // A disputed payment freezes the wallet until support has looked at it.
    if (why === 'dispute') await this.ledger.freezeWallet(ctx, row.accountId);
    return `${why}: took back ${tokens} tokens of purchase ${row.id}`;
  }
}

function paymentIdOf(value: string | { id: string } | null | undefined): string | null {
  return typeof value === 'string' ? value : (value?.id ?? null);
}

function toPurchase(row: PurchaseRecord): Purchase {
  return {
    id: row.id,
    packId: row.packId,
    tokens: row.tokens,
    status: row.status,
    createdAt: row.createdAt,
    amountCents: row.amountCents,
    currency: row.currency,
    provider: row.provider,
    refundedCents: row.refundedCents,
  };
}
