import type { RequestContext } from '../../common/context';
import { countStaffList, readStaffList, type ListArgs, type StaffListQuery } from '../../common/staff-list';
import type { PayoutStatus } from './payouts.rules';

/** A payout as stored. */
export interface PayoutRecord {
  id: string;
  ownerId: string;
  earningsKind: 'CREATOR_EARNINGS' | 'AGENCY_EARNINGS';
  tokens: number;
  amountCents: number;
  currency: string;
  status: PayoutStatus;
  provider: string;
  connectedAccountId: string | null;
  transferId: string | null;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  reason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

interface PayoutRow {
  id: string;
  owner_id: string;
  earnings_kind: 'CREATOR_EARNINGS' | 'AGENCY_EARNINGS';
  tokens: number;
  amount_cents: number;
  currency: string;
  status: PayoutStatus;
  provider: string;
  connected_account_id: string | null;
  transfer_id: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
  reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface PayoutListFilter {
  ids?: string[];
  status?: PayoutStatus;
  ownerId?: string;
}

/** The `payout`, `payout_account` and `payout_event` tables. */
export class PayoutsRepository {
  /** Serializes an owner's payout requests for this transaction (the available figure is read, then spent). */
  async lockOwner(ctx: RequestContext, ownerId: string): Promise<void> {
    await ctx.em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`payout-owner:${ownerId}`]);
  }

  async insert(
    ctx: RequestContext,
    p: Omit<PayoutRecord, 'reviewedBy' | 'reviewedAt' | 'reason' | 'transferId' | 'connectedAccountId' | 'updatedAt'>,
  ): Promise<void> {
    await ctx.em.query(
      `INSERT INTO payout (id, owner_id, earnings_kind, tokens, amount_cents, currency, status, provider, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)`,
      [p.id, p.ownerId, p.earningsKind, p.tokens, p.amountCents, p.currency, p.status, p.provider, p.createdAt],
    );
  }

  /** The payout; `lock` holds it for this transaction. */
  async find(ctx: RequestContext, id: string, lock = false): Promise<PayoutRecord | null> {
    const [row] = await ctx.em.query(`SELECT * FROM payout WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return row ? toPayout(row) : null;
  }

  async update(
    ctx: RequestContext,
    id: string,
    p: { status: PayoutStatus; at: Date; reviewedBy?: string; reason?: string | null; transferId?: string; connectedAccountId?: string },
  ): Promise<void> {
    await ctx.em.query(
      `UPDATE payout SET status = $2, updated_at = $3,
              reviewed_by = coalesce($4, reviewed_by), reviewed_at = CASE WHEN $4::uuid IS NULL THEN reviewed_at ELSE $3 END,
              reason = coalesce($5, reason), transfer_id = coalesce($6, transfer_id), connected_account_id = coalesce($7, connected_account_id)
        WHERE id = $1`,
      [id, p.status, p.at, p.reviewedBy ?? null, p.reason ?? null, p.transferId ?? null, p.connectedAccountId ?? null],
    );
  }

  /** An owner's payouts, newest first, strictly before (createdAt, id) `after`. */
  async ofOwner(ctx: RequestContext, ownerId: string, after: [string, string] | null, limit: number): Promise<PayoutRecord[]> {
    const rows: PayoutRow[] = await ctx.em.query(
      `SELECT * FROM payout WHERE owner_id = $1 ${after ? 'AND (created_at, id) < ($3::timestamptz, $4::uuid)' : ''}
        ORDER BY created_at DESC, id DESC LIMIT $2`,
      after ? [ownerId, limit, after[0], after[1]] : [ownerId, limit],
    );
    return rows.map(toPayout);
  }

  /** Tokens of an owner's payouts the provider confirmed. */
  async paidOut(ctx: RequestContext, ownerId: string): Promise<number> {
    const [row] = await ctx.em.query(`SELECT coalesce(sum(tokens), 0)::int AS n FROM payout WHERE owner_id = $1 AND status = 'PAID'`, [ownerId]);
    return row.n;
  }

  async list(ctx: RequestContext, filter: PayoutListFilter, args: ListArgs): Promise<PayoutRecord[]> {
    return (await readStaffList<PayoutRow>(ctx.em, listQuery(filter), args)).map(toPayout);
  }

  count(ctx: RequestContext, filter: PayoutListFilter): Promise<number> {
    return countStaffList(ctx.em, listQuery(filter));
  }

  async connectedAccount(ctx: RequestContext, ownerId: string, provider: string): Promise<string | null> {
    const [row] = await ctx.em.query(`SELECT connected_account_id FROM payout_account WHERE owner_id = $1 AND provider = $2`, [ownerId, provider]);
    return row?.connected_account_id ?? null;
  }

  async saveConnectedAccount(ctx: RequestContext, ownerId: string, provider: string, connectedAccountId: string): Promise<void> {
    await ctx.em.query(
      `INSERT INTO payout_account (owner_id, provider, connected_account_id) VALUES ($1, $2, $3)
       ON CONFLICT (owner_id, provider) DO UPDATE SET connected_account_id = excluded.connected_account_id`,
      [ownerId, provider, connectedAccountId],
    );
  }

  /** Records a provider's event id; false when it was recorded before (a redelivery). */
  async recordEvent(ctx: RequestContext, provider: string, eventId: string, type: string): Promise<boolean> {
    const fresh = await ctx.em.query(`INSERT INTO payout_event (provider, event_id, type) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING event_id`, [
      provider,
      eventId,
      type,
    ]);
    return fresh.length > 0;
  }
}

function listQuery(filter: PayoutListFilter): StaffListQuery {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.ids) {
    params.push(filter.ids);
    where.push(`p.id = ANY($${params.length}::uuid[])`);
  }
  if (filter.status) {
    params.push(filter.status);
    where.push(`p.status = $${params.length}`);
  }
  if (filter.ownerId) {
    params.push(filter.ownerId);
    where.push(`p.owner_id = $${params.length}`);
  }
  return {
    from: 'FROM payout p',
    where,
    params,
    columns: 'p.*',
    sortable: { createdAt: 'p.created_at', updatedAt: 'p.updated_at', tokens: 'p.tokens', status: 'p.status' },
  };
}

function toPayout(row: PayoutRow): PayoutRecord {
  return {
    id: row.id,
    ownerId: row.owner_id,
    earningsKind: row.earnings_kind,
    tokens: row.tokens,
    amountCents: row.amount_cents,
    currency: row.currency,
    status: row.status,
    provider: row.provider,
    connectedAccountId: row.connected_account_id,
    transferId: row.transfer_id,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at ? new Date(row.reviewed_at) : null,
    reason: row.reason,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}
