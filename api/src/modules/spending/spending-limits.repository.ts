import type { RequestContext } from '../../common/context';
import type { Limits } from './spending-rules';

/** A fan's limits row, with the live call whose cap counts against the daily limit. */
export interface LimitsRow extends Limits {
  liveCallReference: string | null;
  liveCallCap: number | null;
}

/** The `spending_limit` table. */
export class SpendingLimitsRepository {
  /** The fan's limits; `lock` holds the row for this transaction, so two spends of one fan check one after the other. */
  async find(ctx: RequestContext, accountId: string, lock = false): Promise<LimitsRow | null> {
    const [row]: RawRow[] = await ctx.em.query(`SELECT * FROM spending_limit WHERE account_id = $1${lock ? ' FOR UPDATE' : ''}`, [accountId]);
    return row ? toRow(row) : null;
  }

  async save(ctx: RequestContext, accountId: string, limits: Limits, at: Date): Promise<void> {
    await ctx.em.query(
      `INSERT INTO spending_limit (account_id, per_call_cap, daily_limit, excluded_until, updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (account_id) DO UPDATE SET per_call_cap = $2, daily_limit = $3, excluded_until = $4, updated_at = $5`,
      [accountId, limits.perCallCap, limits.dailyLimit, limits.excludedUntil, at],
    );
  }

  async setLiveCall(ctx: RequestContext, accountId: string, reference: string | null, cap: number | null): Promise<void> {
    await ctx.em.query(`UPDATE spending_limit SET live_call_reference = $2, live_call_cap = $3 WHERE account_id = $1`, [accountId, reference, cap]);
  }
}

interface RawRow {
  per_call_cap: number | null;
  daily_limit: number | null;
  excluded_until: string | null;
  live_call_reference: string | null;
  live_call_cap: number | null;
}

function toRow(r: RawRow): LimitsRow {
  return {
    perCallCap: r.per_call_cap,
    dailyLimit: r.daily_limit,
    excludedUntil: r.excluded_until ? new Date(r.excluded_until) : null,
    liveCallReference: r.live_call_reference,
    liveCallCap: r.live_call_cap,
  };
}
