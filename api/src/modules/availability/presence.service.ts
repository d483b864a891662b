import type { SocketChange, SocketRegistry } from '../../common/sockets';
import { Role } from '../identity';
import type { PresenceListener, PresenceStore } from './presence-store';

/** The source of a creator's own live connections to this process. */
const SOCKETS = 'sockets';
/** The demo's "a few online at start". */
const PIN = 'pin';
const holderSource = (holderKey: string) => `holder:${holderKey}`;

/**
 * Whether a creator is online: while any of their sessions holds a live graphql-ws connection, or a holder (an
 * agency's live panel, seed 002) holds them online, and for PRESENCE_GRACE_MS after the last of these lets go,
 * so a page reload does not flicker. A holder holds only while one of its connections lives (`connectHolder`),
 * and for the same grace after the last one goes; then everything it held goes offline at once.
 *
 * Each of these is a *source* kept in a PresenceStore: this process's memory in the single-process and embedded
 * mode, Redis with REDIS_URL, where a creator connected to any process is online on all and the sources of a
 * killed process expire after the grace (see RedisPresenceStore).
 */
export class PresenceService {
  /** Creators each holder holds online, kept by the process the holder's connection lives on. */
  private readonly holds = new Map<string, Set<string>>();
  /** Live connections per holder, and holders whose last connection went, still holding until their grace ends. */
  private readonly holderConnections = new Map<string, number>();
  private readonly holderGrace = new Map<string, NodeJS.Timeout>();

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
   * `holderKey` also holds these creators online. Without a live connection of the holder (see connectHolder)
   * the hold lasts only the grace, so a hold can never outlive the panel that asked for it.
   */
  async holdOnline(holderKey: string, creatorIds: readonly string[]): Promise<void> {
    const held = this.holds.get(holderKey) ?? new Set<string>();
    this.holds.set(holderKey, held);
    const added = creatorIds.filter((id) => !held.has(id));
    for (const id of added) held.add(id);
    if (!this.holderConnections.has(holderKey) && !this.holderGrace.has(holderKey)) this.releaseAfterGrace(holderKey);
    const source = holderSource(holderKey);
    await Promise.all(added.map((id) => this.store.hold(id, source)));
  }

  /** `holderKey` stops holding these creators, at once; each goes offline unless something else keeps them online. */
  async stopHolding(holderKey: string, creatorIds: readonly string[]): Promise<void> {
    const held = this.holds.get(holderKey);
    if (!held) return;
    const removed = creatorIds.filter((id) => held.delete(id));
    if (held.size === 0) this.holds.delete(holderKey);
    const source = holderSource(holderKey);
    await Promise.all(removed.map((id) => this.store.drop(id, source)));
  }

  /** `holderKey` lets go of every creator it holds: after the grace, as for a dropped socket, unless told `immediately`. */
  async release(holderKey: string, options: { immediately?: boolean } = {}): Promise<void> {
    const pending = this.holderGrace.get(holderKey);
    if (pending) clearTimeout(pending);
    this.holderGrace.delete(holderKey);
    const held = this.holds.get(holderKey);
    if (!held) return;
    this.holds.delete(holderKey);
    const source = holderSource(holderKey);
    await Promise.all([...held].map((id) => (options.immediately ? this.store.drop(id, source) : this.letGo(id, source))));
  }

  /** The creators `holderKey` holds online now. */
  heldBy(holderKey: string): string[] {
    return [...(this.holds.get(holderKey) ?? [])];
  }

  /** Stops the store's timers (on shutdown). */
  stop(): void {
    for (const handle of this.holderGrace.values()) clearTimeout(handle);
    this.holderGrace.clear();
    this.store.stop();
    for (const store of this.alsoStop) store.stop();
  }

  private releaseAfterGrace(holderKey: string): void {
    if (this.graceMs === 0) {
      void this.release(holderKey, { immediately: true });
      return;
    }
    const handle = setTimeout(() => {
      this.holderGrace.delete(holderKey);
      if (!this.holderConnections.has(holderKey)) void this.release(holderKey, { immediately: true });
    }, this.graceMs);
    handle.unref?.();
    this.holderGrace.set(holderKey, handle);
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
