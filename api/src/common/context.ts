import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Clock } from './clock';
import { unauthenticated } from './errors';
import type { Logger } from './logger';

/**
 * The signed-in account as the request knows it. The identity module's account satisfies it; `role` and
 * `status` are that module's enums, seen here as strings so `common/` depends on no module.
 */
export interface ViewerAccount {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly handle: string;
  readonly role: string;
  readonly status: string;
  readonly createdAt: Date;
  /** When the current email address was verified; null (or absent for system viewers) until then. */
  readonly emailVerifiedAt?: Date | null;
}

/** The signed-in account behind a request, and the session (device) it signed in with. */
export interface Viewer {
  readonly account: ViewerAccount;
  readonly sessionId: string;
  /**
   * Set when the session was opened by an SMS call link: the one call it may answer. Such a session reaches only
   * the fields marked for it (see call-link.ts); anything else asks for a normal log-in.
   */
  readonly callScope?: string | null;
}

/** Work to do once the transaction commits (subscription events, texts, media calls); never rolled back. */
export type AfterCommit = () => void;

interface Facts {
  readonly requestId: string;
  readonly ip: string;
  readonly viewer: Viewer | null;
  readonly clock: Clock;
  readonly log: Logger;
  readonly em: EntityManager;
  /** The after-commit queue of the transaction `em` belongs to; null outside a transaction. */
  readonly afterCommit: AfterCommit[] | null;
}

/**
 * What every resolver and service receives first: request facts only — who is asking, the request id and a
 * logger carrying it, the clock, and the database handle. Inside a unit of work `em` is the transaction's, so
 * every write of a request joins one transaction, and `afterCommit` callbacks run only once it committed.
 * Services are never reached through it: they are given to whoever needs them, in their constructors.
 */
export class RequestContext {
  private logger?: Logger;

  constructor(private readonly facts: Facts) {}

  get requestId(): string {
    return this.facts.requestId;
  }

  get ip(): string {
    return this.facts.ip;
  }

  get viewer(): Viewer | null {
    return this.facts.viewer;
  }

  get clock(): Clock {
    return this.facts.clock;
  }

  /** A child logger: every line it writes carries the request id. */
  get log(): Logger {
    return (this.logger ??= this.facts.log.child({ requestId: this.facts.requestId }));
  }

  /** The entity manager of the current transaction, or the root manager outside one. */
  get em(): EntityManager {
    return this.facts.em;
  }

  get inTransaction(): boolean {
    return this.facts.afterCommit !== null;
  }

  /** Runs `callback` once the current transaction commits (at once outside a transaction). */
  afterCommit(callback: AfterCommit): void {
    if (this.facts.afterCommit) this.facts.afterCommit.push(callback);
    else callback();
  }

  requireViewer(): Viewer {
    if (!this.facts.viewer) throw unauthenticated();
    return this.facts.viewer;
  }

  /** The same request (and transaction) seen as another viewer. */
  withViewer(viewer: Viewer | null): RequestContext {
    return new RequestContext({ ...this.facts, viewer });
  }

  /** The same request inside a transaction (or savepoint): only the unit of work calls this. */
  joining(em: EntityManager, afterCommit: AfterCommit[]): RequestContext {
    return new RequestContext({ ...this.facts, em, afterCommit });
  }
}

/**
 * Makes request contexts at the edges: HTTP and WebSocket requests (server.ts), system jobs (timers,
 * presence, webhooks) and tests. Contexts start outside any transaction; a unit of work opens one.
 */
export class ContextFactory {
  constructor(private readonly base: { em: EntityManager; clock: Clock; log: Logger }) {}

  /** A client's request. */
  request(requestId: string, ip: string, viewer: Viewer | null = null): RequestContext {
    return new RequestContext({ ...this.base, requestId, ip, viewer, afterCommit: null });
  }

  /** Work nobody asked for over the network: `system('timers')` gets a request id such as `timers-<uuid>`. */
  system(name: string, options: { requestId?: string } = {}): RequestContext {
    return new RequestContext({ ...this.base, requestId: options.requestId ?? `${name}-${randomUUID()}`, ip: 'local', viewer: null, afterCommit: null });
  }
}
