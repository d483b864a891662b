import type { WebSocket } from 'ws';

interface Entry {
  socket: WebSocket;
  accountId: string;
  sessionId: string;
  role?: string;
}

/** A socket of an account opened or closed; `count` is how many the account has open now (presence). */
export interface SocketChange {
  accountId: string;
  role?: string;
  opened: boolean;
  count: number;
}

/**
 * Which accounts have a socket open on any API process (the scale-out mode); a presence store fits
 * (RedisPresenceStore, one source per process, no grace).
 */
export interface SharedConnections {
  hold(accountId: string, source: string): Promise<void>;
  drop(accountId: string, source: string): Promise<void>;
  isOnline(accountId: string): boolean;
}

/** Open graphql-ws sockets by account and session, so a log-out or a suspension can close them at once. */
export class SocketRegistry {
  private readonly entries = new Set<Entry>();
  private readonly listeners: ((change: SocketChange) => void)[] = [];
  private shared?: SharedConnections;

  /** Tells `connections` (as `source`, this process) about every account's sockets here, and asks it about the others. */
  share(connections: SharedConnections, source: string): void {
    this.shared = connections;
    this.onChange(({ accountId, count }) => void (count > 0 ? connections.hold(accountId, source) : connections.drop(accountId, source)));
  }

  /** Whether the account has Minutely open: a socket on this process, or on another one when they share their connections. */
  isConnected(accountId: string): boolean {
    return this.countForAccount(accountId) > 0 || (this.shared?.isOnline(accountId) ?? false);
  }

  add(socket: WebSocket, accountId: string, sessionId: string, role?: string): void {
    const entry = { socket, accountId, sessionId, role };
    this.entries.add(entry);
    this.emit({ accountId, role, opened: true, count: this.countForAccount(accountId) });
    socket.once('close', () => {
      if (this.entries.delete(entry)) this.emit({ accountId, role, opened: false, count: this.countForAccount(accountId) });
    });
  }

  /** Calls `listener` after every socket of a signed-in account opens or closes. */
  onChange(listener: (change: SocketChange) => void): void {
    this.listeners.push(listener);
  }

  private emit(change: SocketChange): void {
    for (const listener of this.listeners) listener(change);
  }

  /** Subscriptions established since start (tests wait on it: graphql-ws does not acknowledge subscribing). */
  subscriptionsStarted = 0;

  countForAccount(accountId: string): number {
    let n = 0;
    for (const e of this.entries) if (e.accountId === accountId) n++;
    return n;
  }

  closeAccount(accountId: string, code: number, reason: string): void {
    for (const e of [...this.entries]) if (e.accountId === accountId) e.socket.close(code, reason);
  }

  closeSession(sessionId: string, code: number, reason: string): void {
    for (const e of [...this.entries]) if (e.sessionId === sessionId) e.socket.close(code, reason);
  }
}
