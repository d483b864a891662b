import type { RequestContext } from '../../common/context';
import type { PurchaseStatus, TokenPack } from './payments.types';

/** A purchase as stored. */
export interface PurchaseRecord {
  id: string;
  accountId: string;
  packId: string;
  tokens: number;
  amountCents: number;
  currency: string;
  provider: string;
  status: PurchaseStatus;
  refundedCents: number;
  createdAt: Date;
}

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

/** The `token_pack`, `purchase` and `payment_event` tables. */
export class PaymentsRepository {
  async activePacks(ctx: RequestContext): Promise<TokenPack[]> {
    const rows: { id: string; tokens: number; price_cents: number; currency: string }[] = await ctx.em.query(
      `SELECT id, tokens, price_cents, currency FROM token_pack WHERE active ORDER BY sort, id`,
    );
    return rows.map((r) => ({ id: r.id, tokens: r.tokens, priceCents: r.price_cents, currency: r.currency }));
  }

  async activePack(ctx: RequestContext, id: string): Promise<TokenPack | null> {
    const [r] = await ctx.em.query(`SELECT id, tokens, price_cents, currency FROM token_pack WHERE id = $1 AND active`, [id]);
    return r ? { id: r.id, tokens: r.tokens, priceCents: r.price_cents, currency: r.currency } : null;
  }

  async insertPurchase(ctx: RequestContext, accountId: string, pack: TokenPack, provider: string): Promise<PurchaseRecord> {
    const [row] = await ctx.em.query(
      `INSERT INTO purchase (account_id, pack_id, tokens, amount_cents, currency, provider, status)
       VALUES ($1, $2, $3, $4, $5, $6, 'PENDING') RETURNING *`,
      [accountId, pack.id, pack.tokens, pack.priceCents, pack.currency, provider],
    );
    return toPurchase(row);
  }

  async setProviderSession(ctx: RequestContext, purchaseId: string, sessionId: string): Promise<void> {
    await ctx.em.query(`UPDATE purchase SET provider_session_id = $2 WHERE id = $1`, [purchaseId, sessionId]);
  }

  /** The purchase; `lock` holds it for this transaction. */
  async find(ctx: RequestContext, id: string, lock = false): Promise<PurchaseRecord | null> {
    const [row] = await ctx.em.query(`SELECT * FROM purchase WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return row ? toPurchase(row) : null;
  }

  /** The Stripe purchase paid by this payment, locked for this transaction. */
  async lockByStripePayment(ctx: RequestContext, paymentId: string): Promise<PurchaseRecord | null> {
    const [row] = await ctx.em.query(`SELECT * FROM purchase WHERE provider = 'stripe' AND provider_payment_id = $1 FOR UPDATE`, [paymentId]);
    return row ? toPurchase(row) : null;
  }

  /** Marks a purchase granted (once) and returns it. */
  async markGranted(ctx: RequestContext, id: string, paymentId: string | null): Promise<PurchaseRecord> {
    // TypeORM answers `UPDATE … RETURNING` with [rows, count].
    const [rows] = await ctx.em.query(
      `UPDATE purchase SET status = CASE WHEN status = 'PENDING' THEN 'COMPLETED' ELSE status END,
              completed_at = coalesce(completed_at, now()), provider_payment_id = coalesce(provider_payment_id, $2)
        WHERE id = $1 RETURNING *`,
      [id, paymentId],
    );
    return toPurchase(rows[0]);
  }

  async setRefunded(ctx: RequestContext, id: string, status: PurchaseStatus, refundedCents: number): Promise<void> {
    await ctx.em.query(`UPDATE purchase SET status = $2, refunded_cents = $3 WHERE id = $1`, [id, status, refundedCents]);
  }

  /** Records a provider's event id; false when it was recorded before (a redelivery). */
  async recordEvent(ctx: RequestContext, provider: string, eventId: string, type: string): Promise<boolean> {
    const fresh = await ctx.em.query(`INSERT INTO payment_event (provider, event_id, type) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING event_id`, [
      provider,
      eventId,
      type,
    ]);
    return fresh.length > 0;
  }
}

function toPurchase(row: PurchaseRow): PurchaseRecord {
  return {
    id: row.id,
    accountId: row.account_id,
    packId: row.pack_id,
    tokens: row.tokens,
    amountCents: row.amount_cents,
    currency: row.currency,
    provider: row.provider,
    status: row.status,
    refundedCents: row.refunded_cents,
    createdAt: new Date(row.created_at),
  };
}
