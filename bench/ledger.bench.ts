/**
 * `npm run bench:ledger` — ledger transfers per second against PostgreSQL, next to this machine's pgbench
 * simple-update TPS measured in the same run:
 *   (a) every transfer debits one fan wallet (the worst case: one hot row by design),
 *   (b) random fan → creator payments with the commission leg across 1,000 wallets,
 *   (c) as (b) with the platform revenue account on a single row, to show what sharding it buys.
 * pgbench and (b) alternate for BENCH_ROUNDS rounds (default 3) so that a change in the machine's load falls on
 * both alike; each round prints its ratio and the result is the median round.
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
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
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

/** Runs `WORKERS` loops of `transfer` for `seconds`; returns completed transfers per second. */
async function measure(app: App, next: (i: number) => { fan: string; creator: string }, seconds = SECONDS): Promise<number> {
  const ctx = app.contexts.system('bench');
  const deadline = Date.now() + seconds * 1000;
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

/** A pgbench database initialised once; `run()` measures simple-update (-N) TPS for SECONDS. */
async function withPgbench<T>(work: (run: () => number) => Promise<T>): Promise<T> {
  const db = `minutely_pgbench_${Date.now()}`;
  await admin((c) => c.query(`CREATE DATABASE ${db}`));
  try {
    const url = new URL(ADMIN_URL);
    const conn = ['-h', url.hostname, '-p', url.port || '5432', '-U', decodeURIComponent(url.username || 'postgres')];
    execFileSync('pgbench', [...conn, '-i', '-s', '10', '-q', db], { stdio: 'ignore' });
    return await work(() => {
      const out = execFileSync('pgbench', [...conn, '-N', '-c', String(WORKERS), '-j', '2', '-T', String(SECONDS), db], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const match = out.match(/tps = ([\d.]+) \(without initial connection time\)/) ?? out.match(/tps = ([\d.]+)/);
      if (!match) throw new Error(`could not read pgbench output:\n${out}`);
      return Number(match[1]);
    });
  } finally {
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`));
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const rand = (n: number) => Math.floor(Math.random() * n);
  console.log(`ledger benchmark: ${WORKERS} concurrent workers, ${SECONDS} s per case, ${ROUNDS} interleaved rounds, PostgreSQL at ${new URL(ADMIN_URL).host}`);
  const rounds: { pgbench: number; spread: number }[] = [];
  const single = await withPgbench((pgbench) =>
    withScratchApp(16, async (app, fans, creators) => {
      const spread = () => ({ fan: fans[rand(fans.length)], creator: creators[rand(creators.length)] });
      await measure(app, spread, 1); // warm-up: every pool connection has planned the transfer once
      for (let r = 1; r <= ROUNDS; r++) {
        const round = { pgbench: pgbench(), spread: await measure(app, spread) };
        console.log(
          `round ${r}: pgbench ${round.pgbench.toFixed(0)} /s, (b) ${round.spread.toFixed(0)} /s = ${(round.spread / round.pgbench).toFixed(2)} × pgbench`,
        );
        rounds.push(round);
      }
      return measure(app, () => ({ fan: fans[0], creator: creators[rand(creators.length)] }));
    }),
  );
  const oneRow = await withScratchApp(1, (app, fans, creators) =>
    measure(app, () => ({ fan: fans[rand(fans.length)], creator: creators[rand(creators.length)] })),
  );
  const pgbench = median(rounds.map((r) => r.pgbench));
  const spread = median(rounds.map((r) => r.spread));
  const ratio = median(rounds.map((r) => r.spread / r.pgbench));
  const row = (label: string, tps: number, ratioOf = tps / pgbench) =>
    console.log(`${label.padEnd(62)} ${tps.toFixed(0).padStart(7)} /s   ${ratioOf.toFixed(2)} × pgbench`);
  console.log('');
  row('pgbench simple-update (-N), the machine baseline (median)', pgbench);
  row('(a) transfers all debiting one fan wallet', single);
  row('(b) random fan → creator payments, 1,000 wallets (median round)', spread, ratio);
  row('(c) as (b) with platform revenue on one row', oneRow);
  console.log(`\nsharding the revenue account: ${(spread / oneRow).toFixed(2)} × the single-row throughput`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
