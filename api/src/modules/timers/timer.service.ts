import { randomUUID } from 'node:crypto';
import type { App } from '../../app';
import { RequestContext } from '../../common/context';

/** A due timer as its handler sees it. */
export interface DueTimer {
  id: string;
  kind: string;
  key: string;
  dueAt: Date;
  payload: Record<string, unknown>;
  /** Failed runs so far (0 on the first run). */
  attempts: number;
}

export interface TimerSpec {
  /** What the timer is for, e.g. `pause-end`; one handler per kind. */
  kind: string;
  /** Which thing it is about, e.g. a creator id; (kind, key) is unique. */
  key: string;
  dueAt: Date;
  payload?: Record<string, unknown>;
}

/**
 * Runs inside the transaction that deletes the timer: its writes and the deletion commit together, so a timer
 * fires exactly once. Use `ctx` (never the data source) for every query: the embedded database has a single
 * connection. Do no slow outside work here; queue it with `ctx.afterCommit`.
 */
export type TimerHandler = (ctx: RequestContext, timer: DueTimer) => Promise<void>;

interface TimerRow {
  id: string;
  kind: string;
  key: string;
  due_at: Date;
  payload: Record<string, unknown>;
  attempts: number;
}

/**
 * `unlessFiring: true` leaves a timer alone while a batch fires it. The batch holds the timer's row for the
 * whole batch and its handler may wait for a row the caller holds (a call): touching the timer then deadlocks.
 * Only for timers whose handler re-reads the state it acts on, so it sees what the caller commits.
 */
export interface FiringOption {
  unlessFiring?: boolean;
}

const BATCH = 100;
const MAX_BACKOFF_MS = 15 * 60_000;

/** Retry delay after the n-th failure: 5 s, 10 s, 20 s … capped at 15 minutes. */
export const backoffMs = (attempts: number): number => Math.min(MAX_BACKOFF_MS, 5_000 * 2 ** Math.max(0, attempts - 1));

/**
 * Durable timers: deadlines kept in the `timer` table, so a restart neither loses nor repeats them.
 *
 * `schedule`/`cancel` write in the caller's transaction (a deadline exists exactly when the change that
 * needs it committed). Every process polls every TIMER_POLL_MS and claims due rows with
 * `FOR UPDATE SKIP LOCKED`, so with several processes each timer fires in one of them. Each handler runs in
 * a savepoint of the claiming transaction together with the row's deletion; a handler that throws rolls
 * back alone and its timer is retried with a backoff. A timer scheduled to fall due before the next poll
 * also gets an in-process wake-up, a hint only: the poll is what guarantees it fires.
 */
export class TimerService {
  private readonly handlers = new Map<string, TimerHandler>();
  private app?: App;
  private started = false;
  private pollHandle?: NodeJS.Timeout;
  private readonly wakeHandles = new Set<NodeJS.Timeout>();
  /** Batches of this process run one after another. */
  private queue: Promise<unknown> = Promise.resolve();

  /** Gives the service the app its handlers' contexts are made from (the app is built after its services). */
  attach(app: App): void {
    this.app = app;
  }

  register(kind: string, handler: TimerHandler): void {
    if (this.handlers.has(kind)) throw new Error(`A handler for timer kind "${kind}" is already registered`);
    this.handlers.set(kind, handler);
  }

  /**
   * Creates the timer, or moves it when (kind, key) exists: its due time and payload are replaced.
   * `unlessFiring`: see FiringOption.
   */
  async schedule(ctx: RequestContext, spec: TimerSpec, options: FiringOption = {}): Promise<void> {
    if (options.unlessFiring && (await this.isFiring(ctx, spec.kind, spec.key))) return;
    await ctx.em.query(
      `INSERT INTO timer (kind, key, due_at, payload) VALUES ($1, $2, $3, $4::jsonb)
       ON CONFLICT (kind, key) DO UPDATE SET due_at = EXCLUDED.due_at, payload = EXCLUDED.payload, attempts = 0, last_error = NULL`,
      [spec.kind, spec.key, spec.dueAt, JSON.stringify(spec.payload ?? {})],
    );
    ctx.afterCommit(() => this.wakeAt(spec.dueAt));
  }

  /** Deletes the timer if it exists; true when there was one. `unlessFiring`: see FiringOption. */
  async cancel(ctx: RequestContext, kind: string, key: string, options: FiringOption = {}): Promise<boolean> {
    const rows: unknown[] = await ctx.em.query(
      options.unlessFiring
        ? `DELETE FROM timer WHERE id IN (SELECT id FROM timer WHERE kind = $1 AND key = $2 FOR UPDATE SKIP LOCKED) RETURNING id`
        : `DELETE FROM timer WHERE kind = $1 AND key = $2 RETURNING id`,
      [kind, key],
    );
    return rowsOf(rows).length > 0;
  }

  /** True when a batch (of any process) has claimed the timer and is firing it right now: its row is locked. */
  private async isFiring(ctx: RequestContext, kind: string, key: string): Promise<boolean> {
    const [row] = rowsOf(await ctx.em.query(`SELECT id FROM timer WHERE kind = $1 AND key = $2`, [kind, key])) as { id: string }[];
    if (!row) return false;
    return rowsOf(await ctx.em.query(`SELECT id FROM timer WHERE id = $1 FOR UPDATE SKIP LOCKED`, [row.id])).length === 0;
  }

  /** When the timer is due, or null when there is none. */
  async dueAt(ctx: RequestContext, kind: string, key: string): Promise<Date | null> {
    const [row] = (await ctx.em.query(`SELECT due_at FROM timer WHERE kind = $1 AND key = $2`, [kind, key])) as { due_at: Date }[];
    return row ? new Date(row.due_at) : null;
  }

  /**
   * Fires up to `limit` timers due at `now` (default: the app clock) and returns how many fired.
   * Tests call it directly on a ManualClock; `start()` calls it on every poll.
   */
  async runDue(now?: Date, limit = BATCH): Promise<number> {
    return (await this.enqueueBatch(now, limit)).fired;
  }

  /** Polls every TIMER_POLL_MS, firing what is due at once (so timers overdue after a restart fire on the first poll). */
  start(): void {
    if (this.started) return;
    this.started = true;
    const poll = async () => {
      this.pollHandle = undefined;
      await this.drain();
      if (this.started) this.pollHandle = setTimeout(poll, this.requireApp().config.TIMER_POLL_MS);
    };
    void poll();
  }

  /** Stops polling and waits for a batch in flight to finish. */
  async stop(): Promise<void> {
    this.started = false;
    if (this.pollHandle) clearTimeout(this.pollHandle);
    this.pollHandle = undefined;
    for (const handle of this.wakeHandles) clearTimeout(handle);
    this.wakeHandles.clear();
    await this.queue;
  }

  /** Runs batches until fewer than a full batch were due. */
  private async drain(): Promise<void> {
    try {
      while (this.started && (await this.enqueueBatch(undefined, BATCH)).claimed === BATCH);
    } catch (err) {
      this.app?.log.error({ err }, 'timer poll failed');
    }
  }

  private enqueueBatch(now: Date | undefined, limit: number): Promise<{ claimed: number; fired: number }> {
    const run = this.queue.then(() => this.fireBatch(now ?? this.requireApp().clock.now(), limit));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private wakeAt(dueAt: Date): void {
    if (!this.started || !this.app) return;
    const delay = dueAt.getTime() - this.app.clock.now().getTime();
    if (delay >= this.app.config.TIMER_POLL_MS) return; // the regular poll is soon enough
    const handle = setTimeout(
      () => {
        this.wakeHandles.delete(handle);
        if (this.started) void this.drain();
      },
      Math.max(0, delay),
    );
    handle.unref?.();
    this.wakeHandles.add(handle);
  }

  private async fireBatch(now: Date, limit: number): Promise<{ claimed: number; fired: number }> {
    const app = this.requireApp();
    const requestId = `timers-${randomUUID()}`;
    const log = app.log.child({ requestId });
    const committed: (() => void)[] = [];
    let fired = 0;
    let claimed = 0;
    await app.db.dataSource.transaction(async (em) => {
      const rows = rowsOf(
        await em.query(
          `SELECT id, kind, key, due_at, payload, attempts FROM timer
           WHERE due_at <= $1 ORDER BY due_at, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
          [now, limit],
        ),
      ) as TimerRow[];
      claimed = rows.length;
      for (const row of rows) {
        const timer: DueTimer = { id: row.id, kind: row.kind, key: row.key, dueAt: new Date(row.due_at), payload: row.payload ?? {}, attempts: row.attempts };
        const handler = this.handlers.get(timer.kind);
        const callbacks: (() => void)[] = [];
        try {
          if (!handler) throw new Error(`no handler registered for timer kind "${timer.kind}"`);
          // A savepoint: the deletion and the handler's writes stand or fall together, without the batch.
          // Deleting first lets a handler re-arm the same (kind, key) for its next occurrence.
          await em.transaction(async (savepoint) => {
            await savepoint.query(`DELETE FROM timer WHERE id = $1`, [timer.id]);
            await handler(new RequestContext(app, requestId, 'local', null, savepoint, callbacks), timer);
          });
          committed.push(...callbacks);
          fired++;
        } catch (err) {
          const attempts = timer.attempts + 1;
          const retryAt = new Date(now.getTime() + backoffMs(attempts));
          await em.query(`UPDATE timer SET attempts = $2, last_error = $3, due_at = $4 WHERE id = $1`, [
            timer.id,
            attempts,
            String((err as Error)?.message ?? err).slice(0, 1000),
            retryAt,
          ]);
          log.error({ err, timer: { kind: timer.kind, key: timer.key, attempts }, retryAt }, 'timer handler failed; will retry');
        }
      }
    });
    for (const callback of committed) {
      try {
        callback();
      } catch (err) {
        log.error({ err }, 'after-commit callback of a timer failed');
      }
    }
    return { claimed, fired };
  }

  private requireApp(): App {
    if (!this.app) throw new Error('TimerService used before attach(app)');
    return this.app;
  }
}

/** `DELETE … RETURNING` through TypeORM's postgres driver answers [rows, count]; SELECT answers rows. */
function rowsOf(result: unknown): unknown[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0];
  return result as unknown[];
}
