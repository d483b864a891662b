/**
 * `npm run bench:ledger` — ledger transfers per second against PostgreSQL, next to this machine's pgbench
 * simple-update TPS measured in the same run:
 *   (a) every transfer debits one fan wallet (the worst case: one hot row by design),
 *   (b) random fan → creator payments with the commission leg across 1,000 wallets,
 *   (c) as (b) with the platform revenue account on a single row, to show what sharding it buys.
 * Uses DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) to create scratch databases.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createApp, type App } from '../api/src/app';
import { loadConfig } from '../api/src/config';
import { AccountKind, TransferKind } from '../api/src/modules/ledger';

const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 16);
const FANS = 1000;
const CREATORS = 100;

async function admin<T>(work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function urlFor(db: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${db}`;
  return url.toString();
}

async function withScratchApp<T>(shards: number, work: (app: App, fans: string[], creators: string[]) => Promise<T>): Promise<T> {
  const db = `minutely_bench_${Date.now()}`;
  await admin((c) => c.query(`CREATE DATABASE ${db}`));
  const app = await createApp(loadConfig({ DATABASE_URL: urlFor(db), LOG_LEVEL: 'silent', LEDGER_HOT_SHARDS: String(shards) }));
  try {
    const ids = (n: number) => Array.from({ length: n }, () => randomUUID());
    const fans = ids(FANS);
    const creators = ids(CREATORS);
    const insert = (list: string[], role: string) =>
      app.db.dataSource.query(
        `INSERT INTO account (id, email, password_hash, display_name, handle, role)
         SELECT id, id::text || '@bench.test', 'x', 'Bench', replace(id::text, '-', ''), $2 FROM unnest($1::uuid[]) AS id`,
        [list, role],
      );
    await insert(fans, 'FAN');
    await insert(creators, 'CREATOR');
    const ctx = app.contexts.system('bench-setup');
    for (const fan of fans) {
      await app.ledger.transfer(ctx, {
        key: `bench:fund:${fan}`,
        kind: TransferKind.PROMOTION,
        legs: [
          { account: { platform: AccountKind.PROMOTIONS }, amount: -1_000_000 },
          { account: { ownerId: fan, kind: AccountKind.FAN_WALLET }, amount: 1_000_000 },
        ],
      });
    }
    return await work(app, fans, creators);
  } finally {
    await app.db.close();
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`));
  }
}

/** Runs `WORKERS` loops of `transfer` for `SECONDS`; returns completed transfers per second. */
async function measure(app: App, next: (i: number) => { fan: string; creator: string }): Promise<number> {
  const ctx = app.contexts.system('bench');
  const deadline = Date.now() + SECONDS * 1000;
  let done = 0;
  let seq = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      while (Date.now() < deadline) {
        const i = seq++;
        const { fan, creator } = next(i);
        await app.ledger.pay(ctx, {
          key: `bench:${i}:${randomUUID()}`,
          kind: TransferKind.CHAT_UNLOCK,
          fanId: fan,
          creatorId: creator,
          amount: 10,
          commissionBps: 2000,
        });
        done++;
      }
    }),
  );
  return done / ((Date.now() - started) / 1000);
}

async function pgbenchTps(): Promise<number> {
  const db = `minutely_pgbench_${Date.now()}`;
  await admin((c) => c.query(`CREATE DATABASE ${db}`));
  try {
    const url = new URL(ADMIN_URL);
    const conn = ['-h', url.hostname, '-p', url.port || '5432', '-U', decodeURIComponent(url.username || 'postgres')];
    execFileSync('pgbench', [...conn, '-i', '-s', '10', '-q', db], { stdio: 'ignore' });
    const out = execFileSync('pgbench', [...conn, '-N', '-c', String(WORKERS), '-j', '2', '-T', String(SECONDS), db], { encoding: 'utf8' });
    const match = out.match(/tps = ([\d.]+) \(without initial connection time\)/) ?? out.match(/tps = ([\d.]+)/);
    if (!match) throw new Error(`could not read pgbench output:\n${out}`);
    return Number(match[1]);
  } finally {
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`));
  }
}

async function main(): Promise<void> {
  const rand = (n: number) => Math.floor(Math.random() * n);
  console.log(`ledger benchmark: ${WORKERS} concurrent workers, ${SECONDS} s per case, PostgreSQL at ${new URL(ADMIN_URL).host}`);
  const pgbench = await pgbenchTps();
  const sharded = await withScratchApp(16, async (app, fans, creators) => ({
    single: await measure(app, () => ({ fan: fans[0], creator: creators[rand(creators.length)] })),
    spread: await measure(app, () => ({ fan: fans[rand(fans.length)], creator: creators[rand(creators.length)] })),
  }));
  const oneRow = await withScratchApp(1, (app, fans, creators) =>
    measure(app, () => ({ fan: fans[rand(fans.length)], creator: creators[rand(creators.length)] })),
  );
  const row = (label: string, tps: number) => console.log(`${label.padEnd(62)} ${tps.toFixed(0).padStart(7)} /s   ${(tps / pgbench).toFixed(2)} × pgbench`);
  console.log('');
  row('pgbench simple-update (-N), the machine baseline', pgbench);
  row('(a) transfers all debiting one fan wallet', sharded.single);
  row('(b) random fan → creator payments, 1,000 wallets, 16 revenue shards', sharded.spread);
  row('(c) as (b) with platform revenue on one row', oneRow);
  console.log(`\nsharding the revenue account: ${(sharded.spread / oneRow).toFixed(2)} × the single-row throughput`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
