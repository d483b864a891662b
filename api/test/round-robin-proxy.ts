import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';

/** A backend as the proxy knows it. */
export interface Backend {
  name: string;
  port: number;
}

/**
 * A small load balancer for tests, as one would put before several API processes: each HTTP request and each
 * WebSocket connection goes to the next backend in turn (two separate turns, so a test knows where its sockets
 * land); a backend that refuses the connection (a dead process) is skipped for the next one. Sockets are piped
 * as they are, so a backend that dies cuts its WebSockets and the clients reconnect through the proxy.
 */
export class RoundRobinProxy {
  private readonly server: Server;
  private nextRequest = 0;
  private nextSocket = 0;
  /** Where each WebSocket connection went, in order. */
  readonly socketsTo: string[] = [];
  readonly requestsTo = new Map<string, number>();
  private readonly open = new Set<Socket>();
  port = 0;

  constructor(private readonly backends: Backend[]) {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => void this.forward(req, Buffer.concat(chunks), (status, headers, body) => res.writeHead(status, headers).end(body)));
    });
    this.server.on('upgrade', (req: IncomingMessage, client: Socket, head: Buffer) => this.upgrade(req, client, head));
    this.server.on('connection', (socket: Socket) => this.track(socket));
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
  }

  async close(): Promise<void> {
    for (const socket of this.open) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private track(socket: Socket): void {
    this.open.add(socket);
    socket.once('close', () => this.open.delete(socket));
  }

  /** One HTTP request to the next live backend; 502 when none answers. */
  private async forward(req: IncomingMessage, body: Buffer, reply: (status: number, headers: Record<string, string | string[]>, body: Buffer) => void) {
    for (let tried = 0; tried < this.backends.length; tried++) {
      const backend = this.backends[this.nextRequest++ % this.backends.length];
      try {
        const answer = await new Promise<{ status: number; headers: Record<string, string | string[]>; body: Buffer }>((resolve, reject) => {
          const out = request({ host: '127.0.0.1', port: backend.port, method: req.method, path: req.url, headers: req.headers, agent: false }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 502, headers: res.headers as Record<string, string | string[]>, body: Buffer.concat(chunks) }),
            );
            res.on('error', reject);
          });
          out.on('error', reject);
          out.end(body);
        });
        this.requestsTo.set(backend.name, (this.requestsTo.get(backend.name) ?? 0) + 1);
        return reply(answer.status, answer.headers, answer.body);
      } catch (err) {
        // Refused: the process is gone, try the next. Cut off mid-request: the client sees it, as through a real proxy.
        if ((err as NodeJS.ErrnoException).code !== 'ECONNREFUSED') return reply(502, {}, Buffer.from(String(err)));
      }
    }
    reply(502, {}, Buffer.from('no backend answered'));
  }

  /** A WebSocket upgrade, piped to the next backend that accepts the connection. */
  private upgrade(req: IncomingMessage, client: Socket, head: Buffer, tried = 0): void {
    if (tried >= this.backends.length) return void client.destroy();
    const backend = this.backends[this.nextSocket++ % this.backends.length];
    const upstream = connect(backend.port, '127.0.0.1');
    let connected = false;
    upstream.once('error', () => {
      if (!connected) this.upgrade(req, client, head, tried + 1);
    });
    upstream.once('connect', () => {
      connected = true;
      this.track(upstream);
      this.socketsTo.push(backend.name);
      const lines = [`${req.method} ${req.url} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head.length) upstream.write(head);
      upstream.pipe(client).pipe(upstream);
      const cut = () => {
        client.destroy();
        upstream.destroy();
      };
      upstream.once('close', cut);
      client.once('close', cut);
      client.on('error', cut);
      upstream.on('error', cut);
    });
  }
}
