import type { SocketChange, SocketRegistry } from '../../common/sockets';
import { Role } from '../identity';
import type { PresenceListener, PresenceStore } from './presence-store';

/** The source of a creator's own live connections to this process. */
const SOCKETS = 'sockets';
/** The demo's "a few online at start". */
const PIN = 'pin';
const holderSource = (holderKey: string) => `holder:${holderKey}`;

/**
 * Whether a creator is online: while any of their sessions holds a live graphql-ws connection, or something else
 * holds them online (an agency panel open on their behalf: `holdOnline`), and for PRESENCE_GRACE_MS after the
 * last of these lets go, so a page reload does not flicker.
 *
 * Each of these is a *source* kept in a PresenceStore: this process's memory in the single-process and embedded
 * mode, Redis with REDIS_URL, where a creator connected to any process is online on all and the sources of a
 * killed process expire after the grace (see RedisPresenceStore).
 */
export class PresenceService {
  /** Creators each holder holds online (`holdOnline`), kept by the process the holder lives on. */
  private readonly holders = new Map<string, Set<string>>();

  constructor(
    sockets: SocketRegistry,
    private readonly graceMs: number,
    private readonly store: PresenceStore,
    /** This process's socket source name: unique per process when the store is shared. */
    private readonly socketSource = SOCKETS,
    /** Stores that stop with this one (the shared connections of SocketRegistry.share). */
    private readonly alsoStop: readonly Pick<PresenceStore, 'stop'>[] = [],
  ) {
    sockets.onChange((change) => this.socketsChanged(change));
  }

  isOnline(creatorId: string): boolean {
    return this.store.isOnline(creatorId);
  }

  /** Every creator online now (live sources or within their grace). */
  onlineCreatorIds(): string[] {
    return this.store.onlineCreatorIds();
  }

  /** Calls `listener` each time a creator comes online or goes offline (once, on one process, when shared). */
  onChange(listener: PresenceListener): void {
    this.store.onChange(listener);
  }

  /** Demo data only: shows the creator online until the process stops, as if they had Minutely open. */
  pinOnline(creatorId: string): Promise<void> {
    return this.store.hold(creatorId, PIN);
  }

  /**
   * Holds these creators online on behalf of `holderKey` (say, an agency panel's open socket) until `release`;
   * a second call replaces the set held under that key. Creators no longer in the set let go after the grace.
   */
  async holdOnline(holderKey: string, creatorIds: readonly string[]): Promise<void> {
    const next = new Set(creatorIds);
    const previous = this.holders.get(holderKey) ?? new Set<string>();
    if (next.size) this.holders.set(holderKey, next);
    else this.holders.delete(holderKey);
    const source = holderSource(holderKey);
    await Promise.all([
      ...[...next].map((id) => this.store.hold(id, source)),
      ...[...previous].filter((id) => !next.has(id)).map((id) => this.letGo(id, source)),
    ]);
  }

  /** Lets go of every creator `holderKey` holds: after the grace, as for a dropped socket, unless told `immediately`. */
  async release(holderKey: string, options: { immediately?: boolean } = {}): Promise<void> {
    const held = this.holders.get(holderKey);
    if (!held) return;
    this.holders.delete(holderKey);
    const source = holderSource(holderKey);
    await Promise.all([...held].map((id) => (options.immediately ? this.store.drop(id, source) : this.letGo(id, source))));
  }

  /** Stops the store's timers (on shutdown). */
  stop(): void {
    this.store.stop();
    for (const store of this.alsoStop) store.stop();
  }

  private socketsChanged({ accountId, role, count }: SocketChange): void {
    if (role !== Role.CREATOR) return;
    // Each change is sent at once and in order (one connection to Redis keeps that order).
    void (count > 0 ? this.store.hold(accountId, this.socketSource) : this.letGo(accountId, this.socketSource));
  }

  private letGo(creatorId: string, source: string): Promise<void> {
    return this.graceMs > 0 ? this.store.hold(creatorId, source, this.graceMs) : this.store.drop(creatorId, source);
  }
}
