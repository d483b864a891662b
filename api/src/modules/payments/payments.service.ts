import type Stripe from 'stripe';
import type { RequestContext } from '../../common/context';
import { AppError, badInput, ErrorCode, notFound } from '../../common/errors';
import type { PaymentProvider } from '../../providers/payments/payment-provider';
import { StripePaymentProvider } from '../../providers/payments/stripe-payment-provider';
import { AccountKind, TransferKind } from '../ledger/ledger.model';
import { PurchaseStatus, type Purchase, type PurchaseResult, type TokenPack } from './payments.types';

interface PurchaseRow {
  id: string;
  account_id: string;
  pack_id: string;
  tokens: number;
  amount_cents: number;
  currency: string;
  provider: string;
  status: PurchaseStatus;
  refunded_cents: number;
  created_at: string;
}

/** A webhook the service refuses (unknown purchase, amount mismatch): answered 400 and logged. */
export class RefusedPaymentEvent extends Error {}

/** Token packs, purchases and the payment provider's events. Tokens move only through the ledger. */
export class PaymentsService {
  constructor(private readonly provider: PaymentProvider | null) {}

  get stripe(): StripePaymentProvider | null {
    return this.provider instanceof StripePaymentProvider ? this.provider : null;
  }

  async tokenPacks(ctx: RequestContext): Promise<TokenPack[]> {
    const rows = await ctx.em.query(`SELECT id, tokens, price_cents, currency FROM token_pack WHERE active ORDER BY sort, id`);
    return rows.map((r: { id: string; tokens: number; price_cents: number; currency: string }) => ({
      id: r.id,
      tokens: r.tokens,
      priceCents: r.price_cents,
      currency: r.currency,
    }));
  }

  async purchaseTokens(ctx: RequestContext, packId: string): Promise<PurchaseResult> {
    const viewer = ctx.requireViewer();
    if (!this.provider) throw new AppError(ErrorCode.FORBIDDEN, 'Token purchases are not available: no payment provider is configured.');
    const [pack] = await ctx.em.query(`SELECT id, tokens, price_cents, currency FROM token_pack WHERE id = $1 AND active`, [packId]);
    if (!pack) throw badInput(`There is no token pack "${packId}".`, 'packId');
    const [row] = await ctx.em.query(
      `INSERT INTO purchase (account_id, pack_id, tokens, amount_cents, currency, provider, status)
       VALUES ($1, $2, $3, $4, $5, $6, 'PENDING') RETURNING *`,
      [viewer.account.id, pack.id, pack.tokens, pack.price_cents, pack.currency, this.provider.name],
    );
    const base = ctx.app.config.PUBLIC_URL.replace(/\/$/, '');
    const checkout = await this.provider.createCheckout({
      purchaseId: row.id,
      accountId: viewer.account.id,
      email: viewer.account.email,
      pack: { id: pack.id, name: `${pack.tokens} Minutely tokens`, tokens: pack.tokens, priceCents: pack.price_cents, currency: pack.currency },
      successUrl: `${base}/wallet?purchase=${row.id}`,
      cancelUrl: `${base}/wallet?purchase=${row.id}&cancelled=1`,
    });
    await ctx.em.query(`UPDATE purchase SET provider_session_id = $2 WHERE id = $1`, [row.id, checkout.sessionId]);
    const purchase = checkout.completed ? await this.grant(ctx, row.id, null) : toPurchase(row);
    return { purchase, checkoutUrl: checkout.checkoutUrl, testMode: this.provider.testMode };
  }

  /** The signed-in fan's purchase, for the page a checkout returns to. */
  async purchase(ctx: RequestContext, id: string): Promise<Purchase> {
    const viewer = ctx.requireViewer();
    const [row] = await ctx.em.query(`SELECT * FROM purchase WHERE id = $1`, [id]);
    if (!row || row.account_id !== viewer.account.id) throw notFound('Purchase');
    return toPurchase(row);
  }

  /**
   * Credits a purchase's tokens once (the ledger key is per purchase), after checking that what was paid is
   * what the pack costs.
   */
  async grant(
    ctx: RequestContext,
    purchaseId: string,
    paid: { amountCents: number | null; currency: string | null; paymentId: string | null } | null,
  ): Promise<Purchase> {
    return ctx.transaction(async (tx) => {
      const [row]: PurchaseRow[] = await tx.em.query(`SELECT * FROM purchase WHERE id = $1 FOR UPDATE`, [purchaseId]);
      if (!row) throw new RefusedPaymentEvent(`unknown purchase ${purchaseId}`);
      if (paid && (paid.amountCents !== row.amount_cents || paid.currency?.toLowerCase() !== row.currency)) {
        throw new RefusedPaymentEvent(
          `amount mismatch for purchase ${purchaseId}: paid ${paid.amountCents} ${paid.currency}, pack costs ${row.amount_cents} ${row.currency}`,
        );
      }
      await tx.app.ledger.transfer(tx, {
        key: `purchase:${row.id}:grant`,
        kind: TransferKind.PURCHASE,
        reference: `purchase:${row.id}`,
        memo: `${row.tokens} tokens (${row.pack_id} pack)`,
        legs: [
          { account: { platform: AccountKind.PROVIDER_CLEARING }, amount: -row.tokens },
          { account: { ownerId: row.account_id, kind: AccountKind.FAN_WALLET }, amount: row.tokens },
        ],
      });
      await tx.em.query(
        `UPDATE purchase SET status = CASE WHEN status = 'PENDING' THEN 'COMPLETED' ELSE status END,
                completed_at = coalesce(completed_at, now()), provider_payment_id = coalesce(provider_payment_id, $2)
          WHERE id = $1`,
        [row.id, paid?.paymentId ?? null],
      );
      const [updated]: PurchaseRow[] = await tx.em.query(`SELECT * FROM purchase WHERE id = $1`, [row.id]);
      return toPurchase(updated);
    });
  }

  /**
   * Applies one verified Stripe event exactly once per event id; a refused event changes nothing and can
   * be delivered again. Returns what happened, for the log.
   */
  async handleStripeEvent(ctx: RequestContext, event: Stripe.Event): Promise<string> {
    return ctx.transaction(async (tx) => {
      const fresh = await tx.em.query(
        `INSERT INTO payment_event (provider, event_id, type) VALUES ('stripe', $1, $2) ON CONFLICT DO NOTHING RETURNING event_id`,
        [event.id, event.type],
      );
      if (!fresh.length) return 'duplicate event ignored';
      switch (event.type) {
        case 'checkout.session.completed':
        case 'checkout.session.async_payment_succeeded': {
          const session = event.data.object as Stripe.Checkout.Session;
          if (event.type === 'checkout.session.completed' && session.payment_status !== 'paid') return 'awaiting asynchronous payment';
          const purchaseId = session.metadata?.purchaseId ?? session.client_reference_id;
          if (!purchaseId || !/^[0-9a-f-]{36}$/.test(purchaseId)) throw new RefusedPaymentEvent(`session ${session.id} names no purchase`);
          const paymentId = typeof session.payment_intent === 'string' ? session.payment_intent : (session.payment_intent?.id ?? null);
          const purchase = await this.grant(tx, purchaseId, { amountCents: session.amount_total, currency: session.currency, paymentId });
          return `granted purchase ${purchase.id}`;
        }
        case 'charge.refunded': {
          const charge = event.data.object as Stripe.Charge;
          return this.reverse(tx, paymentIdOf(charge.payment_intent), 'refund', charge.amount_refunded);
        }
        case 'charge.dispute.created': {
          const dispute = event.data.object as Stripe.Dispute;
          return this.reverse(tx, paymentIdOf(dispute.payment_intent), 'dispute', null);
        }
        default:
          return `ignored ${event.type}`;
      }
    });
  }

  /**
   * Takes tokens back for a refund (the refunded share, cumulative) or a dispute (everything not yet taken
   * back, and the wallet is frozen). Spent tokens take the wallet below zero, which freezes it.
   */
  private async reverse(ctx: RequestContext, paymentId: string | null, why: 'refund' | 'dispute', refundedCents: number | null): Promise<string> {
    if (!paymentId) throw new RefusedPaymentEvent(`${why} without a payment intent`);
    const [row]: PurchaseRow[] = await ctx.em.query(`SELECT * FROM purchase WHERE provider = 'stripe' AND provider_payment_id = $1 FOR UPDATE`, [paymentId]);
    if (!row) throw new RefusedPaymentEvent(`${why} for unknown payment ${paymentId}`);
    if (row.status === PurchaseStatus.PENDING) throw new RefusedPaymentEvent(`${why} for purchase ${row.id} that was never granted`);
    const takenBack = Math.round((row.tokens * row.refunded_cents) / row.amount_cents);
    const totalRefunded = why === 'dispute' ? row.amount_cents : Math.min(row.amount_cents, refundedCents ?? 0);
    const target = why === 'dispute' ? row.tokens : Math.round((row.tokens * totalRefunded) / row.amount_cents);
    const tokens = target - takenBack;
    if (tokens > 0) {
      await ctx.app.ledger.transfer(ctx, {
        key: `purchase:${row.id}:${why}:${totalRefunded}`,
        kind: why === 'dispute' ? TransferKind.CHARGEBACK : TransferKind.PURCHASE_REFUND,
        reference: `purchase:${row.id}`,
        memo: why === 'dispute' ? 'Payment disputed' : 'Payment refunded',
        allowOverdraft: true,
        allowFrozen: true,
        legs: [
          { account: { ownerId: row.account_id, kind: AccountKind.FAN_WALLET }, amount: -tokens },
          { account: { platform: AccountKind.PROVIDER_CLEARING }, amount: tokens },
        ],
      });
    }
    const status =
      why === 'dispute' ? PurchaseStatus.DISPUTED : totalRefunded >= row.amount_cents ? PurchaseStatus.REFUNDED : PurchaseStatus.PARTIALLY_REFUNDED;
    await ctx.em.query(`UPDATE purchase SET status = $2, refunded_cents = $3 WHERE id = $1`, [row.id, status, totalRefunded]);
    if (why === 'dispute') {
      // A disputed payment freezes the wallet until support has looked at it.
      await ctx.em.query(`UPDATE ledger_account SET frozen = true WHERE owner_id = $1 AND kind = 'FAN_WALLET'`, [row.account_id]);
    }
    return `${why}: took back ${tokens} tokens of purchase ${row.id}`;
  }
}

function paymentIdOf(value: string | { id: string } | null | undefined): string | null {
  return typeof value === 'string' ? value : (value?.id ?? null);
}

function toPurchase(row: PurchaseRow): Purchase {
  return { id: row.id, packId: row.pack_id, tokens: row.tokens, status: row.status, createdAt: new Date(row.created_at) };
}
