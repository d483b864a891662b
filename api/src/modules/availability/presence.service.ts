import type { SocketChange, SocketRegistry } from '../../common/sockets';
import { Role } from '../identity';

/**
 * Whether a creator is online: while any of their sessions holds a live graphql-ws connection to this
 * process, and for PRESENCE_GRACE_MS after the last one drops, so a page reload does not flicker.
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

  constructor(
    sockets: SocketRegistry,
    private readonly graceMs: number,
  ) {
    sockets.onChange((change) => this.socketsChanged(change));
  }

  /** Creators shown online without a connection: the demo's "a few online at start" (never set outside demo seeding). */
  private readonly pinned = new Set<string>();

  isOnline(creatorId: string): boolean {
    return this.open.has(creatorId) || this.grace.has(creatorId) || this.pinned.has(creatorId);
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
    return [...new Set([...this.open.keys(), ...this.grace.keys(), ...this.pinned])];
  }

  /** Calls `listener` each time a creator comes online or goes offline. */
  onChange(listener: (creatorId: string, online: boolean) => void): void {
    this.listeners.push(listener);
  }

  /** Forgets the grace timers (on shutdown). */
  stop(): void {
    for (const handle of this.grace.values()) clearTimeout(handle);
    this.grace.clear();
  }

  private socketsChanged({ accountId, role, opened, count }: SocketChange): void {
    if (role !== Role.CREATOR) return;
    if (count > 0) {
      this.open.set(accountId, count);
      const pending = this.grace.get(accountId);
      if (pending) {
        clearTimeout(pending); // back within the grace: never went offline
        this.grace.delete(accountId);
      } else if (opened && count === 1) {
        this.emit(accountId, true);
      }
      return;
    }
    this.open.delete(accountId);
    if (this.graceMs === 0) {
      this.emit(accountId, false);
      return;
    }
    const handle = setTimeout(() => {
      this.grace.delete(accountId);
      if (!this.open.has(accountId)) this.emit(accountId, false);
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
