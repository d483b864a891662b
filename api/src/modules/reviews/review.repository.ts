import type { RequestContext } from '../../common/context';

export interface ReviewRecord {
  id: string;
  callId: string;
  fanId: string;
  creatorId: string;
  rating: number;
  text: string;
  createdAt: Date;
  reply: string | null;
  repliedAt: Date | null;
  hiddenAt: Date | null;
}

interface ReviewRow {
  id: string;
  call_id: string;
  fan_id: string;
  creator_id: string;
  rating: number;
  text: string;
  created_at: Date;
  reply: string | null;
  replied_at: Date | null;
  hidden_at: Date | null;
}

/** The `review` table. */
export class ReviewRepository {
  async insert(ctx: RequestContext, r: Pick<ReviewRecord, 'callId' | 'fanId' | 'creatorId' | 'rating' | 'text' | 'createdAt'>): Promise<ReviewRecord> {
    const [row] = await ctx.em.query(`INSERT INTO review (call_id, fan_id, creator_id, rating, text, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`, [
      r.callId,
      r.fanId,
      r.creatorId,
      r.rating,
      r.text,
      r.createdAt,
    ]);
    return toRecord(row);
  }

  async find(ctx: RequestContext, id: string, lock = false): Promise<ReviewRecord | null> {
    const [row] = await ctx.em.query(`SELECT * FROM review WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return row ? toRecord(row) : null;
  }

  async findByCalls(ctx: RequestContext, callIds: readonly string[]): Promise<ReviewRecord[]> {
    if (!callIds.length) return [];
    return ((await ctx.em.query(`SELECT * FROM review WHERE call_id = ANY ($1::uuid[])`, [[...callIds]])) as ReviewRow[]).map(toRecord);
  }

  async setReply(ctx: RequestContext, id: string, reply: string, at: Date): Promise<void> {
    await ctx.em.query(`UPDATE review SET reply = $2, replied_at = $3 WHERE id = $1`, [id, reply, at]);
  }

  async hide(ctx: RequestContext, id: string, by: string, reason: string, at: Date): Promise<void> {
    await ctx.em.query(`UPDATE review SET hidden_at = $2, hidden_by = $3, hidden_reason = $4 WHERE id = $1`, [id, at, by, reason]);
  }

  /** Visible reviews of a creator, newest first, after the keyset (created_at, id), leaving out `excludedAccounts`. */
  async pageOf(ctx: RequestContext, creatorId: string, excludedAccounts: string[], after: [string, string] | null, limit: number): Promise<ReviewRecord[]> {
    const params: unknown[] = [creatorId, excludedAccounts, limit];
    let keyset = '';
    if (after) {
      params.push(after[0], after[1]);
      keyset = ` AND (created_at, id) < ($4::timestamptz, $5::uuid)`;
    }
    const rows = (await ctx.em.query(
      `SELECT * FROM review WHERE creator_id = $1 AND hidden_at IS NULL AND NOT (fan_id = ANY ($2::uuid[]))${keyset}
       ORDER BY created_at DESC, id DESC LIMIT $3`,
      params,
    )) as ReviewRow[];
    return rows.map(toRecord);
  }

  /** Count and average of a creator's visible reviews. */
  async summaryOf(ctx: RequestContext, creatorId: string): Promise<{ count: number; average: number | null }> {
    const [row] = await ctx.em.query(`SELECT count(*)::int AS n, round(avg(rating), 2)::text AS avg FROM review WHERE creator_id = $1 AND hidden_at IS NULL`, [
      creatorId,
    ]);
    return { count: row.n, average: row.avg == null ? null : Number(row.avg) };
  }
}

function toRecord(row: ReviewRow): ReviewRecord {
  return {
    id: row.id,
    callId: row.call_id,
    fanId: row.fan_id,
    creatorId: row.creator_id,
    rating: row.rating,
    text: row.text,
    createdAt: new Date(row.created_at),
    reply: row.reply,
    repliedAt: row.replied_at ? new Date(row.replied_at) : null,
    hiddenAt: row.hidden_at ? new Date(row.hidden_at) : null,
  };
}
