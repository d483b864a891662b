/** A creator came online (true) or went offline (false). */
export type PresenceListener = (creatorId: string, online: boolean) => void;

/**
 * Where presence is kept. A creator is online while at least one *source* holds them: this process's sockets of
 * theirs, an agency panel holding them, a demo pin. A source holds either while it lives (`hold` without a
 * duration) or for a while longer (`hold` with `forMs`: the grace after a last socket drops); `drop` lets go at
 * once. The store says when a creator comes online or goes offline, once per change: with several processes
 * sharing one store, on one of them only.
 */
export interface PresenceStore {
  hold(creatorId: string, source: string, forMs?: number): Promise<void>;
  drop(creatorId: string, source: string): Promise<void>;
  isOnline(creatorId: string): boolean;
  onlineCreatorIds(): string[];
  onChange(listener: PresenceListener): void;
  /** Stops timers (on shutdown); sources held by this process then expire by themselves where that applies. */
  stop(): void;
}

/** Calls each listener, never letting one's failure reach the caller (presence must never break a connection). */
export function emitTo(listeners: readonly PresenceListener[], creatorId: string, online: boolean): void {
  for (const listener of listeners) {
    try {
      listener(creatorId, online);
    } catch {
      // listeners log their own failures
    }
  }
}

/**
 * Presence in this process's memory: the single-process and embedded mode. Sources held for a while end on a
 * plain setTimeout (after a restart every socket is gone and creators count as offline until they reconnect).
 */
export class MemoryPresenceStore implements PresenceStore {
  /** Sources per online creator, each with the timer that ends it (none while it lives). */
  private readonly sources = new Map<string, Map<string, NodeJS.Timeout | null>>();
  private readonly listeners: PresenceListener[] = [];

  async hold(creatorId: string, source: string, forMs?: number): Promise<void> {
    let held = this.sources.get(creatorId);
    const cameOnline = !held;
    if (!held) this.sources.set(creatorId, (held = new Map()));
    const previous = held.get(source);
    if (previous) clearTimeout(previous);
    let timer: NodeJS.Timeout | null = null;
    if (forMs !== undefined) {
      timer = setTimeout(() => {
        if (this.sources.get(creatorId)?.get(source) === timer) void this.drop(creatorId, source);
      }, forMs);
      timer.unref?.();
    }
    held.set(source, timer);
    if (cameOnline) emitTo(this.listeners, creatorId, true);
  }

  async drop(creatorId: string, source: string): Promise<void> {
    const held = this.sources.get(creatorId);
    if (!held?.has(source)) return;
    const timer = held.get(source);
    if (timer) clearTimeout(timer);
    held.delete(source);
    if (held.size) return;
    this.sources.delete(creatorId);
    emitTo(this.listeners, creatorId, false);
  }

  isOnline(creatorId: string): boolean {
    return this.sources.has(creatorId);
  }

  onlineCreatorIds(): string[] {
    return [...this.sources.keys()];
  }

  onChange(listener: PresenceListener): void {
    this.listeners.push(listener);
  }

  stop(): void {
    for (const held of this.sources.values()) for (const timer of held.values()) if (timer) clearTimeout(timer);
  }
}
