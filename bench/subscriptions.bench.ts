/**
 * `npm run bench:subscriptions` — what an open `creatorAvailabilityChanged` subscription costs the API process.
 *
 * One API process (in this process, embedded database in memory, or PostgreSQL when DATABASE_URL is set) with
 * 50 creators. BENCH_SUBSCRIPTIONS (default 1,000) subscriptions, each watching all 50 creators as the
 * storefront's listing does, are opened over 20 graphql-ws connections (so the clients' own cost is
 * negligible next to the server's), then one availability change is published and must reach every one of
 * them. Heap (after a full GC) and RSS are measured before and after; the difference per subscription is the
 * figure. Also reports any MaxListenersExceededWarning the process printed.
 * Run with `node --expose-gc` (the npm script does).
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createApp } from '../api/src/app';
import { loadConfig } from '../api/src/config';
import { startServer } from '../api/src/server';

const SUBSCRIPTIONS = Number(process.env.BENCH_SUBSCRIPTIONS ?? 1000);
const CONNECTIONS = 20;
const CREATORS = 50;

const gc = () => {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('run with node --expose-gc');
  for (let i = 0; i < 3; i++) collect();
};
const memory = () => {
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, rss: m.rss };
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  const warnings: string[] = [];
  process.on('warning', (w) => warnings.push(`${w.name}: ${w.message}`));
  const config = loadConfig({
    DATABASE_URL: process.env.DATABASE_URL,
    DATA_DIR: 'memory://',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    NODE_ENV: 'test',
    // 1,000 subscriptions from one IP: the per-IP budget of signed-out clients would refuse most of them.
    ANONYMOUS_BUDGET_POINTS: '10000000',
  });
  const app = await createApp(config);
  const server = await startServer(app, { port: 0, host: '127.0.0.1' });
  const clients: Client[] = [];
  try {
    const creators = Array.from({ length: CREATORS }, () => randomUUID());
    await app.db.dataSource.query(
      `INSERT INTO account (id, email, password_hash, display_name, handle, role)
       SELECT id, id::text || '@bench.test', 'x', 'Bench', 'b' || replace(id::text, '-', ''), 'CREATOR' FROM unnest($1::uuid[]) AS id`,
      [creators],
    );
    const url = `ws://127.0.0.1:${server.port}/graphql`;
    for (let i = 0; i < CONNECTIONS; i++) {
      const client = createClient({ url, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 });
      clients.push(client);
    }
    await sleep(500);
    const before = memory();

    let received = 0;
    const query = `subscription($ids: [ID!]!) { creatorAvailabilityChanged(creatorIds: $ids) { creatorId availability { status } } }`;
    for (let i = 0; i < SUBSCRIPTIONS; i++) {
      clients[i % CONNECTIONS].subscribe(
        { query, variables: { ids: creators } },
        { next: () => received++, error: (e) => console.error(e), complete: () => {} },
      );
    }
    await sleep(2000);
    // One change of one creator reaches every subscription (proof they are all live).
    const ctx = app.contexts.system('bench');
    await app.uow.run(ctx, (tx) => app.availability.notifyAvailabilityChanged(tx, creators[0]));
    for (let waited = 0; received < SUBSCRIPTIONS && waited < 20_000; waited += 100) await sleep(100);
    const after = memory();

    const kib = (bytes: number) => (bytes / 1024 / SUBSCRIPTIONS).toFixed(1).padStart(7);
    console.log(
      `subscriptions benchmark: ${SUBSCRIPTIONS.toLocaleString('en')} creatorAvailabilityChanged subscriptions × ${CREATORS} creators over ${CONNECTIONS} connections, ${config.DATABASE_URL ? 'PostgreSQL' : 'embedded'}`,
    );
    console.log(`delivered one change to ${received.toLocaleString('en')} of ${SUBSCRIPTIONS.toLocaleString('en')} subscriptions`);
    console.log(`heap per subscription ${kib(after.heap - before.heap)} KiB`);
    console.log(`RSS  per subscription ${kib(after.rss - before.rss)} KiB`);
    console.log(`listener warnings: ${warnings.filter((w) => w.includes('MaxListeners')).length}`);
    if (received < SUBSCRIPTIONS) process.exitCode = 1;
  } finally {
    for (const client of clients) await client.dispose();
    await server.stop();
    await app.db.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
