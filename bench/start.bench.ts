/**
 * `npm run bench:start`: how long `npm start` takes until the API answers /readyz 200, on an existing data
 * directory (embedded PGlite, demo data already seeded, nothing to build). Runs `npm start` (the build check,
 * then `node api/dist/api/src/main.js`) and the bare `node …/main.js` several times each, alternating, and
 * prints each run and the median. The first start on a fresh directory (initdb, migrations, demo seeding) is
 * done once beforehand and not counted.
 *
 *   BENCH_START_RUNS=5 BENCH_START_DATA_DIR=/tmp/minutely-start npm run bench:start
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir, cpus } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
/** BENCH_START_MAIN=<another checkout>/api/dist/api/src/main.js compares with another build (its `node main.js` only). */
const MAIN = process.env.BENCH_START_MAIN ?? join(root, 'api', 'dist', 'api', 'src', 'main.js');
const RUNS = Number(process.env.BENCH_START_RUNS ?? 5);
const DATA_DIR = process.env.BENCH_START_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'minutely-start-'));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts the command, polls /readyz every 10 ms, and returns the milliseconds from spawn to the first 200. */
async function timeToReady(command: string, args: string[], timeoutMs = 120_000): Promise<number> {
  const port = await freePort();
  const { NODE_OPTIONS: _flags, NODE_ENV: _mode, ...inherited } = process.env; // as `npm start` from a plain shell
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: root,
    env: { ...inherited, DATA_DIR, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true, // its own process group, so npm's child goes too
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${command} exited with ${child.exitCode} before it was ready`);
      if (performance.now() - started > timeoutMs) throw new Error(`${command} not ready within ${timeoutMs} ms`);
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(1000) }).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    await stop(child);
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid!, 'SIGTERM'); // a clean shutdown, so the data directory stays as a real restart finds it
  await exited;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

async function main(): Promise<void> {
  console.log(
    `data directory ${DATA_DIR}; ${cpus().length} CPUs (${cpus()[0]?.model}); load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const first = await timeToReady(process.execPath, [MAIN], 600_000);
  console.log(`first start (initdb, migrations, demo data; not counted): ${first.toFixed(0)} ms`);
  const npm: number[] = [];
  const node: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    npm.push(await timeToReady('npm', ['start', '--silent']));
    node.push(await timeToReady(process.execPath, [MAIN]));
    console.log(`run ${i + 1}: npm start ${npm[i].toFixed(0)} ms, node main.js ${node[i].toFixed(0)} ms`);
  }
  console.log(`npm start ready in ${median(npm).toFixed(0)} ms (median of ${RUNS}); node main.js ${median(node).toFixed(0)} ms`);
  console.log(
    `load average after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
