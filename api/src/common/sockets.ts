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

/** Open graphql-ws sockets by account and session, so a log-out or a suspension can close them at once. */
export class SocketRegistry {
  private readonly entries = new Set<Entry>();
  private readonly listeners: ((change: SocketChange) => void)[] = [];

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
