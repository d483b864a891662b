/**
 * `npm run bench:read` — the public read path: the creators listing exactly as the storefront asks for it
 * (50 creators with their availability), next to a bare Apollo Server 5 `{ hello }` measured in the same run.
 *
 * Both servers run as their own processes with NODE_ENV=production; autocannon (BENCH_CONNECTIONS, default 10)
 * loads one, then the other, BENCH_ROUNDS (default 3) times, BENCH_SECONDS (default 5) each, so slow drift of
 * the machine hits both alike. Prints each round and the ratio of the medians as `N.NN × bare Apollo`.
 * PostgreSQL by default (DATABASE_URL, a scratch database is created); BENCH_EMBEDDED=1 measures the embedded
 * PGlite database instead.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';

const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const EMBEDDED = process.env.BENCH_EMBEDDED === '1';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const CREATORS = 50;
const API_MAIN = join(__dirname, '..', 'api', 'src', 'main.js');
const BARE_MAIN = join(__dirname, 'bare-apollo.js');

const LISTING = {
  query: `query Creators($first: Int!, $after: String, $filter: CreatorFilter) {
    creators(first: $first, after: $after, filter: $filter) {
      edges { cursor node { id handle displayName avatarUrl tags callsEnabled pricePerMinute availability { status until nextAvailableAt online } } }
      pageInfo { hasNextPage endCursor }
    }
  }`,
  variables: { first: CREATORS },
};

async function admin<T>(url: string, work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Starts a server process and waits until `readyUrl` answers 200. */
async function start(main: string, env: Record<string, string>, readyUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [main], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  child.stderr!.on('data', (d) => (output += d));
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
    if (child.exitCode !== null) throw new Error(`${main} exited with ${child.exitCode}:\n${output}`);
    if (
      await fetch(readyUrl).then(
        (r) => r.ok,
        () => false,
      )
    )
      return child;
  }
  child.kill();
  throw new Error(`${main} did not become ready:\n${output}`);
}

async function load(url: string, body: unknown): Promise<number> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    connections: CONNECTIONS,
    duration: SECONDS,
  });
  if (result.non2xx || result.errors) throw new Error(`${url}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  return result.requests.average;
}

async function main(): Promise<void> {
  const db = `minutely_bench_read_${Date.now()}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'minutely-bench-read-'));
  let databaseUrl = '';
  if (!EMBEDDED) {
    await admin(ADMIN_URL, (c) => c.query(`CREATE DATABASE ${db}`));
    const url = new URL(ADMIN_URL);
    url.pathname = `/${db}`;
    databaseUrl = url.toString();
  }
  const env = {
    NODE_ENV: 'production',
    JWT_SECRET: randomUUID() + randomUUID(),
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    SEED_DEMO: 'false',
    // One load generator on one IP: the per-IP budget of signed-out clients (partners' abuse guard) would refuse it.
    ANONYMOUS_BUDGET_POINTS: '10000000',
    COST_BUDGET_WINDOW_SECONDS: '1',
  };
  const children: ChildProcess[] = [];
  try {
    // The API applies its migrations on start; then 50 creators are added, with profiles, half paused.
    const startApi = () => start(API_MAIN, { ...env, PORT: '4601' }, 'http://127.0.0.1:4601/readyz');
    let api = await startApi();
    const seed = `
      INSERT INTO account (id, email, password_hash, display_name, handle, role)
      SELECT gen_random_uuid(), 'creator' || i || '@bench.test', 'x', 'Creator ' || i, 'creator_' || i, 'CREATOR' FROM generate_series(1, ${CREATORS}) AS i;
      INSERT INTO creator_profile (account_id, calls_enabled, price_per_minute, bio, tags, phone_e164, phone_verified_at)
      SELECT id, true, 20 + (row_number() OVER ()) % 30, 'A bench creator', ARRAY['tarot', 'chat'], '+4915112345678', now() FROM account WHERE role = 'CREATOR'`;
    if (EMBEDDED) {
      // Only one process may open the embedded database: stop the API, seed its data directory, start it again.
      await new Promise((resolve) => {
        api.once('exit', resolve);
        api.kill('SIGTERM');
      });
      const { PGlite } = await import('@electric-sql/pglite');
      const pglite = new PGlite(join(dataDir, 'pglite'));
      await pglite.exec(seed);
      await pglite.close();
      api = await startApi();
    } else {
      await admin(databaseUrl, async (c) => {
        for (const statement of seed.split(';')) await c.query(statement);
      });
    }
    children.push(api);
    const bare = await start(BARE_MAIN, { NODE_ENV: 'production', PORT: '4602' }, 'http://127.0.0.1:4602/healthz');
    children.push(bare);

    const listingUrl = 'http://127.0.0.1:4601/graphql';
    const bareUrl = 'http://127.0.0.1:4602/graphql';
    const check = (await (
      await fetch(listingUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(LISTING) })
    ).json()) as {
      data?: { creators: { edges: unknown[] } };
    };
    if (check.data?.creators.edges.length !== CREATORS) throw new Error(`the listing answered ${JSON.stringify(check).slice(0, 300)}`);

    console.log(
      `read benchmark: ${CREATORS} creators with availability vs bare Apollo { hello }, ${CONNECTIONS} connections, ${ROUNDS} × ${SECONDS} s each, ${EMBEDDED ? 'embedded PGlite' : 'PostgreSQL'}`,
    );
    await load(listingUrl, LISTING); // warm up both
    await load(bareUrl, { query: '{ hello }' });
    const listing: number[] = [];
    const hello: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      listing.push(await load(listingUrl, LISTING));
      hello.push(await load(bareUrl, { query: '{ hello }' }));
      console.log(`round ${round}: listing ${listing.at(-1)!.toFixed(0).padStart(6)} req/s   bare Apollo ${hello.at(-1)!.toFixed(0).padStart(6)} req/s`);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    console.log(
      `creators listing: ${median(listing).toFixed(0)} req/s = ${(median(listing) / median(hello)).toFixed(2)} × bare Apollo (${median(hello).toFixed(0)} req/s)`,
    );
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    if (!EMBEDDED) await admin(ADMIN_URL, (c) => c.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
