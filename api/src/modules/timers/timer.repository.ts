import type { RequestContext } from '../../common/context';

/** A timer row as its handler and the service see it. */
export interface TimerRecord {
  id: string;
  kind: string;
  key: string;
  dueAt: Date;
  payload: Record<string, unknown>;
  /** Failed runs so far (0 on the first run). */
  attempts: number;
}

interface TimerRow {
  id: string;
  kind: string;
  key: string;
  due_at: Date;
  payload: Record<string, unknown> | null;
  attempts: number;
}

/** The `timer` table. */
export class TimerRepository {
  /** Creates the timer, or moves it when (kind, key) exists: its due time and payload are replaced. */
  async upsert(ctx: RequestContext, spec: { kind: string; key: string; dueAt: Date; payload: Record<string, unknown> }): Promise<void> {
    await ctx.em.query(
      `INSERT INTO timer (kind, key, due_at, payload) VALUES ($1, $2, $3, $4::jsonb)
       ON CONFLICT (kind, key) DO UPDATE SET due_at = EXCLUDED.due_at, payload = EXCLUDED.payload, attempts = 0, last_error = NULL`,
      [spec.kind, spec.key, spec.dueAt, JSON.stringify(spec.payload)],
    );
  }

  /** Deletes the timer; `skipLocked` leaves it alone while a batch holds it. True when one was deleted. */
  async delete(ctx: RequestContext, kind: string, key: string, skipLocked: boolean): Promise<boolean> {
    const rows: unknown[] = await ctx.em.query(
      skipLocked
        ? `DELETE FROM timer WHERE id IN (SELECT id FROM timer WHERE kind = $1 AND key = $2 FOR UPDATE SKIP LOCKED) RETURNING id`
        : `DELETE FROM timer WHERE kind = $1 AND key = $2 RETURNING id`,
      [kind, key],
    );
    return rowsOf(rows).length > 0;
  }

  async deleteById(ctx: RequestContext, id: string): Promise<void> {
    await ctx.em.query(`DELETE FROM timer WHERE id = $1`, [id]);
  }

  async find(ctx: RequestContext, kind: string, key: string): Promise<TimerRecord | null> {
    const [row] = rowsOf(
      await ctx.em.query(`SELECT id, kind, key, due_at, payload, attempts FROM timer WHERE kind = $1 AND key = $2`, [kind, key]),
    ) as TimerRow[];
    return row ? toRecord(row) : null;
  }

  /** True when the row is locked by another transaction (a batch firing it). */
  async isLocked(ctx: RequestContext, id: string): Promise<boolean> {
    return rowsOf(await ctx.em.query(`SELECT id FROM timer WHERE id = $1 FOR UPDATE SKIP LOCKED`, [id])).length === 0;
  }

  /** Claims the oldest timer due at `now` that no other worker holds and is not `excluded`, or null. */
  async claimNext(ctx: RequestContext, now: Date, excluded: string[]): Promise<TimerRecord | null> {
    const [row] = rowsOf(
      await ctx.em.query(
        `SELECT id, kind, key, due_at, payload, attempts FROM timer
         WHERE due_at <= $1 AND id <> ALL ($2::uuid[]) ORDER BY due_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [now, excluded],
      ),
    ) as TimerRow[];
    return row ? toRecord(row) : null;
  }

  async recordFailure(ctx: RequestContext, id: string, attempts: number, error: string, retryAt: Date): Promise<void> {
    await ctx.em.query(`UPDATE timer SET attempts = $2, last_error = $3, due_at = $4 WHERE id = $1`, [id, attempts, error.slice(0, 1000), retryAt]);
  }
}

function toRecord(row: TimerRow): TimerRecord {
  return { id: row.id, kind: row.kind, key: row.key, dueAt: new Date(row.due_at), payload: row.payload ?? {}, attempts: row.attempts };
}

/** `DELETE … RETURNING` through TypeORM's postgres driver answers [rows, count]; SELECT answers rows. */
function rowsOf(result: unknown): unknown[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0];
  return result as unknown[];
}
