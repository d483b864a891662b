import type { WebSocket } from 'ws';

interface Entry {
  socket: WebSocket;
  accountId: string;
  sessionId: string;
}

/** Open graphql-ws sockets by account and session, so a log-out or a suspension can close them at once. */
export class SocketRegistry {
  private readonly entries = new Set<Entry>();

  add(socket: WebSocket, accountId: string, sessionId: string): void {
    const entry = { socket, accountId, sessionId };
    this.entries.add(entry);
    socket.once('close', () => this.entries.delete(entry));
  }

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
