import type { DataSource } from 'typeorm';
import type { AfterCommit, RequestContext } from './context';
import type { Logger } from './logger';

/**
 * Opens transactions. Mutations get one at the edge (TransactionMiddleware), system jobs at theirs (timers,
 * webhooks); services join the ambient one and never open their own.
 */
export class UnitOfWork {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Runs `work` in one transaction: it joins the ambient transaction when `ctx` is in one, else it is
   * BEGIN … COMMIT, after which the after-commit callbacks run (their errors are logged, never thrown).
   */
  async run<T>(ctx: RequestContext, work: (tx: RequestContext) => Promise<T>): Promise<T> {
    if (ctx.inTransaction) return work(ctx);
    const queue: AfterCommit[] = [];
    const result = await this.dataSource.transaction((em) => work(ctx.joining(em, queue)));
    runAfterCommit(queue, ctx.log);
    return result;
  }

  /**
   * Runs `work` in a SAVEPOINT of the ambient transaction (a transaction of its own outside one), for the few
   * places that must survive a refusal inside a larger transaction. Work rolled back to the savepoint also
   * drops its after-commit callbacks; work that stands hands them to the enclosing transaction.
   */
  async savepoint<T>(ctx: RequestContext, work: (tx: RequestContext) => Promise<T>): Promise<T> {
    if (!ctx.inTransaction) return this.run(ctx, work);
    const queue: AfterCommit[] = [];
    // TypeORM turns a nested transaction into SAVEPOINT … RELEASE (ROLLBACK TO on error).
    const result = await ctx.em.transaction((em) => work(ctx.joining(em, queue)));
    for (const callback of queue) ctx.afterCommit(callback);
    return result;
  }
}

/** Runs after-commit callbacks in order; one that throws is logged and the others still run. */
export function runAfterCommit(queue: readonly AfterCommit[], log: Logger): void {
  for (const callback of queue) {
    try {
      callback();
    } catch (err) {
      log.error({ err }, 'after-commit callback failed');
    }
  }
}
