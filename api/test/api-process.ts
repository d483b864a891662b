import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** The built API entry point the crash test runs as a separate process (`node scripts/build.mjs` makes it). */
export const API_MAIN = join(__dirname, '..', 'dist', 'api', 'src', 'main.js');
const WARM_STANDBY = join(__dirname, 'warm-standby.cjs');

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const gone = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/**
 * The API as its own operating-system process (`node api/dist/api/src/main.js`), killed with SIGKILL and
 * restarted on the same port and database, as a crash and a supervisor would do it. The next process waits
 * ready with its code loaded (see warm-standby.cjs), so a restart costs what main() does, not module loading.
 * Keeps the error lines the processes logged.
 */
export class ApiProcess {
  readonly url: string;
  private current?: ChildProcess;
  private standby?: ChildProcess;
  /** Wall-clock instant (Date.now()) the current process answered /readyz; 0 while down. */
  readyAtWall = 0;
  readonly restartMs: number[] = [];
  readonly errorLines: string[] = [];

  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
    /** Keep a standby process ready for the next restart (the crash test); a process that is never restarted needs none. */
    private readonly options: { standby: boolean } = { standby: true },
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  get up(): boolean {
    return this.readyAtWall > 0;
  }

  /** Lets the standby process run main() and resolves once /readyz answers 200; returns how long that took (wall ms). */
  async start(): Promise<number> {
    if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: run \`node scripts/build.mjs\` first (npm test does).`);
    const child = this.standby ?? this.spawn();
    this.standby = undefined;
    this.current = child;
    const started = Date.now();
    child.stdin!.end('g');
    for (;;) {
      if (gone(child)) throw new Error(`the API exited (${child.exitCode ?? child.signalCode}) while starting:\n${this.errorLines.slice(-5).join('\n')}`);
      if (Date.now() - started > 60_000) throw new Error('the API did not become ready within 60 s');
      const ready = await fetch(`${this.url}/readyz`, { signal: AbortSignal.timeout(1000) }).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) break;
      await sleep(20);
    }
    this.readyAtWall = Date.now();
    if (this.options.standby) this.standby = this.spawn();
    const took = this.readyAtWall - started;
    this.restartMs.push(took);
    return took;
  }

  /** SIGKILL: no shutdown hook runs, transactions in flight are cut off. */
  async kill(): Promise<void> {
    this.readyAtWall = 0;
    await killHard(this.current);
  }

  /** Kills the running process and the standby. */
  async close(): Promise<void> {
    await this.kill();
    await killHard(this.standby);
    this.standby = undefined;
  }

  private spawn(): ChildProcess {
    const { NODE_OPTIONS: _jestFlags, ...inherited } = process.env;
    const child = spawn(process.execPath, ['--require', WARM_STANDBY, API_MAIN], {
      env: { ...inherited, ...this.env, PORT: String(this.port) },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const keepErrors = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        // pino levels: 50 error, 60 fatal; what is not JSON came from node itself (warnings, crashes).
        if (/"level":(50|60)/.test(line) || (line.trim() && !line.startsWith('{') && !/DeprecationWarning|trace-deprecation/.test(line))) {
          this.errorLines.push(line.slice(0, 2000));
        }
      }
    };
    child.stdout!.on('data', keepErrors);
    child.stderr!.on('data', keepErrors);
    child.stdin!.on('error', () => undefined); // a standby killed before it was told to start
    // CRASH_TEST_API_LOG=<file> keeps every line the processes wrote, for a post-mortem.
    const logFile = process.env.CRASH_TEST_API_LOG;
    if (logFile) {
      appendFileSync(logFile, `--- API process ${child.pid} spawned at ${new Date().toISOString()}\n`);
      const keep = (chunk: Buffer) => appendFileSync(logFile, chunk);
      child.stdout!.on('data', keep);
      child.stderr!.on('data', keep);
    }
    return child;
  }
}

async function killHard(child: ChildProcess | undefined): Promise<void> {
  if (!child || gone(child)) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}
