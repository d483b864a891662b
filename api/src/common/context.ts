import type { EntityManager } from 'typeorm';
import type { App } from '../app';
import type { Account } from '../modules/identity/account.entity';
import { unauthenticated } from './errors';

/** The signed-in account behind a request, and the session (device) it signed in with. */
export interface Viewer {
  readonly account: Account;
  readonly sessionId: string;
}

/**
 * What every resolver and service receives first: who is asking, the request id for the logs, and the
 * database handle. Inside `transaction()` the handle is the transaction's, so every write of a request
 * joins one transaction, and `afterCommit` callbacks (subscription events) run only once it committed.
 */
export class RequestContext {
  constructor(
    readonly app: App,
    readonly requestId: string,
    readonly ip: string,
    readonly viewer: Viewer | null,
    private readonly manager?: EntityManager,
    private readonly committed?: (() => void)[],
  ) {}

  /** The entity manager of the current transaction, or of the data source outside one. */
  get em(): EntityManager {
    return this.manager ?? this.app.db.dataSource.manager;
  }

  get log() {
    return this.app.log.child({ requestId: this.requestId });
  }

  get inTransaction(): boolean {
    return this.manager !== undefined;
  }

  /** Runs `work` in one transaction (joining the current one if there is one). */
  async transaction<T>(work: (ctx: RequestContext) => Promise<T>): Promise<T> {
    if (this.manager) return work(this);
    const committed: (() => void)[] = [];
    const result = await this.app.db.dataSource.transaction((manager) =>
      work(new RequestContext(this.app, this.requestId, this.ip, this.viewer, manager, committed)),
    );
    for (const callback of committed) {
      try {
        callback();
      } catch (err) {
        this.log.error({ err }, 'after-commit callback failed');
      }
    }
    return result;
  }

  /** Runs `callback` once the current transaction commits (at once outside a transaction). */
  afterCommit(callback: () => void): void {
    if (this.committed) this.committed.push(callback);
    else callback();
  }

  requireViewer(): Viewer {
    if (!this.viewer) throw unauthenticated();
    return this.viewer;
  }

  /** The same request outside any transaction (for work after commit). */
  detached(): RequestContext {
    return new RequestContext(this.app, this.requestId, this.ip, this.viewer);
  }

  /** The same request seen as another viewer (used by system jobs acting for nobody). */
  withViewer(viewer: Viewer | null): RequestContext {
    return new RequestContext(this.app, this.requestId, this.ip, viewer, this.manager, this.committed);
  }
}
