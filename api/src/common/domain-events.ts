import type { RequestContext } from './context';

/**
 * Typed in-process domain events. A lower module publishes what happened (each module declares its events in
 * `<module>.events.ts`); a higher module subscribes, so nothing calls up the layers. Subscribers run inside the
 * publishing transaction, awaited in the order they subscribed: a subscriber that throws fails the publisher's
 * transaction. (Subscription events for clients are another thing: hints on the pub/sub, after commit.)
 */
export type EventHandler<P> = (ctx: RequestContext, payload: P) => Promise<void>;

export interface EventPublisher<M> {
  publish<K extends keyof M & string>(ctx: RequestContext, name: K, payload: M[K]): Promise<void>;
}

export interface EventSubscriber<M> {
  subscribe<K extends keyof M & string>(name: K, handler: EventHandler<M[K]>): void;
}

/** One bus per process, typed with the union of every module's events by the composition root. */
export class DomainEvents<M> implements EventPublisher<M>, EventSubscriber<M> {
  private readonly handlers = new Map<keyof M, EventHandler<never>[]>();

  subscribe<K extends keyof M & string>(name: K, handler: EventHandler<M[K]>): void {
    const list = this.handlers.get(name) ?? [];
    list.push(handler as EventHandler<never>);
    this.handlers.set(name, list);
  }

  async publish<K extends keyof M & string>(ctx: RequestContext, name: K, payload: M[K]): Promise<void> {
    if (!ctx.inTransaction) throw new Error(`The domain event ${name} must be published inside a transaction.`);
    for (const handler of this.handlers.get(name) ?? []) await (handler as EventHandler<M[K]>)(ctx, payload);
  }
}
