import type { SocketChange, SocketRegistry } from '../../common/sockets';
import { Role } from '../identity';

/**
 * Whether a creator is online: while any of their sessions holds a live graphql-ws connection to this
 * process, and for PRESENCE_GRACE_MS after the last one drops, so a page reload does not flicker. A holder (an
 * agency's live panel, seed 002) may also hold creators online: while one of its connections lives, and for the
 * same grace after the last one goes, then everything it held goes offline at once.
 *
 * Presence is in memory and per process, like the sockets it watches; so is the grace timer (a plain
 * setTimeout is enough: after a restart every socket is gone and creators count as offline until they
 * reconnect). With several API processes each one knows only its own sockets; sharing presence through
 * Redis is for the scale-out mode.
 */
export class PresenceService {
  /** Open sockets per creator. */
  private readonly open = new Map<string, number>();
  /** Creators whose last socket dropped, still online until their grace ends. */
  private readonly grace = new Map<string, NodeJS.Timeout>();
  private readonly listeners: ((creatorId: string, online: boolean) => void)[] = [];
  /** Creators each holder holds online, and the holders holding each creator. */
  private readonly holds = new Map<string, Set<string>>();
  private readonly holders = new Map<string, Set<string>>();
  /** Live connections per holder, and holders whose last connection went, still holding until their grace ends. */
  private readonly holderConnections = new Map<string, number>();
  private readonly holderGrace = new Map<string, NodeJS.Timeout>();

  constructor(
    sockets: SocketRegistry,
    private readonly graceMs: number,
  ) {
    sockets.onChange((change) => this.socketsChanged(change));
  }

  /** Creators shown online without a connection: the demo's "a few online at start" (never set outside demo seeding). */
  private readonly pinned = new Set<string>();

  isOnline(creatorId: string): boolean {
    return this.open.has(creatorId) || this.grace.has(creatorId) || this.pinned.has(creatorId) || this.holders.has(creatorId);
  }

  /**
   * A live connection of `holderKey` (an agency panel's socket) opened: what the holder holds stays online while
   * it lives. Returns what to call when that connection closes: after the grace, unless another connection of
   * the holder opens meanwhile, the holder lets go of everything it holds.
   */
  connectHolder(holderKey: string): () => void {
    this.holderConnections.set(holderKey, (this.holderConnections.get(holderKey) ?? 0) + 1);
    const pending = this.holderGrace.get(holderKey);
    if (pending) {
      clearTimeout(pending);
      this.holderGrace.delete(holderKey);
    }
    let closed = false;
    return () => {
      if (closed) return;
      closed = true;
      const left = (this.holderConnections.get(holderKey) ?? 1) - 1;
      if (left > 0) this.holderConnections.set(holderKey, left);
      else {
        this.holderConnections.delete(holderKey);
        this.releaseAfterGrace(holderKey);
      }
    };
  }

  /**
   * `holderKey` holds these creators online. Without a live connection of the holder (see connectHolder) the hold
   * lasts only the grace, so a hold can never outlive the panel that asked for it.
   */
  holdOnline(holderKey: string, creatorIds: readonly string[]): void {
    const held = this.holds.get(holderKey) ?? new Set<string>();
    this.holds.set(holderKey, held);
    for (const creatorId of creatorIds) {
      if (held.has(creatorId)) continue;
      const wasOnline = this.isOnline(creatorId);
      held.add(creatorId);
      this.holders.set(creatorId, (this.holders.get(creatorId) ?? new Set()).add(holderKey));
      if (!wasOnline) this.emit(creatorId, true);
    }
    if (!this.holderConnections.has(holderKey) && !this.holderGrace.has(holderKey)) this.releaseAfterGrace(holderKey);
  }

  /** `holderKey` stops holding these creators (at once); each goes offline unless something else keeps them online. */
  stopHolding(holderKey: string, creatorIds: readonly string[]): void {
    const held = this.holds.get(holderKey);
    if (!held) return;
    for (const creatorId of creatorIds) {
      if (!held.delete(creatorId)) continue;
      const holders = this.holders.get(creatorId)!;
      holders.delete(holderKey);
      if (holders.size === 0) this.holders.delete(creatorId);
      if (!this.isOnline(creatorId)) this.emit(creatorId, false);
    }
    if (held.size === 0) this.holds.delete(holderKey);
  }

  /** `holderKey` lets go of every creator it holds, at once. */
  release(holderKey: string): void {
    const pending = this.holderGrace.get(holderKey);
    if (pending) clearTimeout(pending);
    this.holderGrace.delete(holderKey);
    this.stopHolding(holderKey, [...(this.holds.get(holderKey) ?? [])]);
  }

  /** The creators `holderKey` holds online now. */
  heldBy(holderKey: string): string[] {
    return [...(this.holds.get(holderKey) ?? [])];
  }

  private releaseAfterGrace(holderKey: string): void {
    if (this.graceMs === 0) {
      this.release(holderKey);
      return;
    }
    const handle = setTimeout(() => {
      this.holderGrace.delete(holderKey);
      if (!this.holderConnections.has(holderKey)) this.release(holderKey);
    }, this.graceMs);
    handle.unref?.();
    this.holderGrace.set(holderKey, handle);
  }

  /** Demo data only: shows the creator online until the process stops, as if they had Minutely open. */
  pinOnline(creatorId: string): void {
    if (this.pinned.has(creatorId) || this.isOnline(creatorId)) {
      this.pinned.add(creatorId);
      return;
    }
    this.pinned.add(creatorId);
    this.emit(creatorId, true);
  }

  /** Every creator online now (open sockets or within their grace). */
  onlineCreatorIds(): string[] {
    return [...new Set([...this.open.keys(), ...this.grace.keys(), ...this.pinned, ...this.holders.keys()])];
  }

  /** Calls `listener` each time a creator comes online or goes offline. */
  onChange(listener: (creatorId: string, online: boolean) => void): void {
    this.listeners.push(listener);
  }

  /** Forgets the grace timers (on shutdown). */
  stop(): void {
    for (const handle of [...this.grace.values(), ...this.holderGrace.values()]) clearTimeout(handle);
    this.grace.clear();
    this.holderGrace.clear();
  }

  private socketsChanged({ accountId, role, opened, count }: SocketChange): void {
    if (role !== Role.CREATOR) return;
    if (count > 0) {
      const wasOnline = this.isOnline(accountId);
      this.open.set(accountId, count);
      const pending = this.grace.get(accountId);
      if (pending) {
        clearTimeout(pending); // back within the grace: never went offline
        this.grace.delete(accountId);
      } else if (opened && count === 1 && !wasOnline) {
        this.emit(accountId, true);
      }
      return;
    }
    this.open.delete(accountId);
    if (this.graceMs === 0) {
      if (!this.isOnline(accountId)) this.emit(accountId, false);
      return;
    }
    const handle = setTimeout(() => {
      this.grace.delete(accountId);
      if (!this.isOnline(accountId)) this.emit(accountId, false);
    }, this.graceMs);
    handle.unref?.();
    this.grace.set(accountId, handle);
  }

  private emit(creatorId: string, online: boolean): void {
    for (const listener of this.listeners) {
      try {
        listener(creatorId, online);
      } catch {
        // listeners log their own failures; presence must never break a connection
      }
    }
  }
}
