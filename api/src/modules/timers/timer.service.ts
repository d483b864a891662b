import type { Clock } from '../../common/clock';
import { isDeadlock } from '../../db/errors';
import type { ContextFactory, RequestContext } from '../../common/context';
import type { Logger } from '../../common/logger';
import type { UnitOfWork } from '../../common/unit-of-work';
import type { TimerRecord, TimerRepository } from './timer.repository';

/** A due timer as its handler sees it. */
export type DueTimer = TimerRecord;

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
 * needs it committed). Every process polls every TIMER_POLL_MS with TIMER_WORKERS workers, each on its own
 * connection: a worker claims the oldest due row with `FOR UPDATE SKIP LOCKED` (so with several workers and
 * processes each timer fires in exactly one of them) and fires it in a transaction together with the row's
 * deletion — or its re-arming in place, when the handler schedules the same (kind, key) again. Up to
 * TIMER_BATCH timers fire one after another in one transaction, which shares its commit. A handler that
 * throws rolls its transaction back: its timer is retried with a backoff, the others of the batch fire again
 * at once in a new transaction (handlers leave every outside effect to after-commit callbacks, which a
 * rollback drops). A timer scheduled to fall due
 * before the next poll also gets an in-process wake-up, a hint only: the poll is what guarantees it fires.
 */
export class TimerService {
  private readonly handlers = new Map<string, TimerHandler>();
  private started = false;
  private pollHandle?: NodeJS.Timeout;
  private readonly wakeHandles = new Set<NodeJS.Timeout>();
  /** Runs of this process (each with its workers) happen one after another. */
  private queue: Promise<unknown> = Promise.resolve();
  /** The timer each firing transaction (by request id) fires, and whether its handler re-armed it. */
  private readonly firing = new Map<string, { kind: string; key: string; rearmed: boolean }>();
  /** Timers whose handler just failed, until their failure is recorded: no other worker may claim them meanwhile. */
  private readonly failing = new Set<string>();

  constructor(
    private readonly timers: TimerRepository,
    private readonly uow: UnitOfWork,
    private readonly contexts: ContextFactory,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly pollMs: number,
    private readonly workers = 1,
    private readonly batch = 1,
  ) {}

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
    await this.timers.upsert(ctx, { kind: spec.kind, key: spec.key, dueAt: spec.dueAt, payload: spec.payload ?? {} });
    const firing = this.firing.get(ctx.requestId);
    if (firing && firing.kind === spec.kind && firing.key === spec.key) firing.rearmed = true;
    ctx.afterCommit(() => this.wakeAt(spec.dueAt));
  }

  /** Deletes the timer if it exists; true when there was one. `unlessFiring`: see FiringOption. */
  cancel(ctx: RequestContext, kind: string, key: string, options: FiringOption = {}): Promise<boolean> {
    return this.timers.delete(ctx, kind, key, !!options.unlessFiring);
  }

  /** True when a batch (of any process) has claimed the timer and is firing it right now: its row is locked. */
  private async isFiring(ctx: RequestContext, kind: string, key: string): Promise<boolean> {
    const timer = await this.timers.find(ctx, kind, key);
    return !!timer && (await this.timers.isLocked(ctx, timer.id));
  }

  /** The timer of (kind, key), or null when there is none. */
  find(ctx: RequestContext, kind: string, key: string): Promise<DueTimer | null> {
    return this.timers.find(ctx, kind, key);
  }

  /** When the timer is due, or null when there is none. */
  async dueAt(ctx: RequestContext, kind: string, key: string): Promise<Date | null> {
    return (await this.timers.find(ctx, kind, key))?.dueAt ?? null;
  }

  /**
   * Fires up to `limit` timers due at `now` (default: the clock) and returns how many fired.
   * Tests call it directly on a ManualClock; `start()` calls it on every poll.
   */
  async runDue(now?: Date, limit = BATCH): Promise<number> {
    return (await this.enqueueRun(now, limit)).fired;
  }

  /** Polls every TIMER_POLL_MS, firing what is due at once (so timers overdue after a restart fire on the first poll). */
  start(): void {
    if (this.started) return;
    this.started = true;
    const poll = async () => {
      this.pollHandle = undefined;
      await this.drain();
      if (this.started) this.pollHandle = setTimeout(poll, this.pollMs);
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
      while (this.started && (await this.enqueueRun(undefined, BATCH)).claimed === BATCH);
    } catch (err) {
      this.log.error({ err }, 'timer poll failed');
    }
  }

  private enqueueRun(now: Date | undefined, limit: number): Promise<{ claimed: number; fired: number }> {
    const run = this.queue.then(() => this.fireDue(now ?? this.clock.now(), limit));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private wakeAt(dueAt: Date): void {
    if (!this.started) return;
    const delay = dueAt.getTime() - this.clock.now().getTime();
    if (delay >= this.pollMs) return; // the regular poll is soon enough
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

  /**
   * The workers claim and fire due timers until none is due or `limit` were claimed. Each worker fires up to
   * `batch` timers in one transaction: the commit (and its disk flush) is shared by the batch.
   */
  private async fireDue(now: Date, limit: number): Promise<{ claimed: number; fired: number }> {
    let claimed = 0;
    let fired = 0;
    let drained = false;
    const slots = {
      take: () => !drained && claimed < limit && ++claimed > 0,
      giveBack: () => void claimed--,
    };
    const worker = async () => {
      while (!drained && claimed < limit) {
        const run = await this.fireBatch(now, slots);
        fired += run.fired;
        if (run.drained) drained = true;
      }
    };
    await Promise.all(Array.from({ length: this.workers }, worker));
    return { claimed, fired };
  }

  /**
   * One transaction: claims the oldest due timer and fires it, then the next, up to `batch` (while `slots`
   * has room), each handler followed by its timer's deletion (or in-place re-arming). A timer is claimed only when
   * the one before it has fired, so the batch never holds a timer it has not fired yet. A handler that throws
   * rolls the whole batch back: its timer is retried with a backoff, the others are claimed again at once.
   */
  private async fireBatch(now: Date, slots: { take(): boolean; giveBack(): void }): Promise<{ fired: number; drained: boolean }> {
    const ctx = this.contexts.system('timers');
    let current: DueTimer | null = null;
    let fired = 0;
    let drained = false;
    try {
      await this.uow.run(ctx, async (tx) => {
        const passedOver: string[] = [];
        for (let n = 0; n < this.batch && slots.take(); n++) {
          const claimed = await this.timers.claimNext(tx, now, [...this.failing, ...passedOver]);
          if (!claimed) {
            slots.giveBack();
            drained = true;
            return;
          }
          if (this.failing.has(claimed.id)) {
            // Another worker's handler failed on it after this claim's exclusions were read and before its
            // failure is recorded: leave it to that worker (holding the row only delays the recording).
            passedOver.push(claimed.id);
            slots.giveBack();
            n--;
            continue;
          }
          current = claimed;
          const firing = { kind: claimed.kind, key: claimed.key, rearmed: false };
          this.firing.set(tx.requestId, firing);
          try {
            const handler = this.handlers.get(claimed.kind);
            if (!handler) throw new Error(`no handler registered for timer kind "${claimed.kind}"`);
            await handler(tx, claimed);
          } catch (err) {
            this.failing.add(claimed.id); // before the rollback lets go of the row
            throw err;
          }
          if (!firing.rearmed) await this.timers.deleteById(tx, claimed.id);
          fired++;
          current = null;
        }
      });
    } catch (err) {
      const failed = current as DueTimer | null;
      if (!failed) throw err; // a claim, a deletion or the commit failed: the poll reports it
      if (isDeadlock(err)) {
        // Two batches waited on each other (PostgreSQL chose this one): not the handler's fault, fire it again now.
        this.failing.delete(failed.id);
        ctx.log.warn({ timer: { kind: failed.kind, key: failed.key } }, 'timer batch rolled back to break a deadlock; firing it again');
        return { fired: 0, drained: false };
      }
      const attempts = failed.attempts + 1;
      const retryAt = new Date(now.getTime() + backoffMs(attempts));
      try {
        await this.timers.recordFailure(ctx, failed.id, attempts, String((err as Error)?.message ?? err), retryAt);
      } finally {
        this.failing.delete(failed.id);
      }
      ctx.log.error({ err, timer: { kind: failed.kind, key: failed.key, attempts }, retryAt }, 'timer handler failed; will retry');
      return { fired: 0, drained: false };
    } finally {
      this.firing.delete(ctx.requestId);
    }
    return { fired, drained };
  }
}
