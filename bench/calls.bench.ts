/**
 * `npm run bench:calls` — how many concurrent calls one API process can bill, against PostgreSQL.
 *
 * BENCH_CALLS (default 2,000) calls are created ONGOING, their connections staggered across one minute, each
 * with its first minute (and the one ahead) held through the ledger and its minute-boundary timer scheduled
 * through the durable timers. Both parties count as present throughout (their last-seen is set ahead), so
 * every boundary settles a full minute and holds the next one: the steady-state work of a call. Then the
 * timers are driven by `app.timers.runDue()` in a loop, on a ManualClock, in two phases:
 *   (1) saturation: three minutes of boundaries are all due at once; settlements per second is what one
 *       process can bill, and × 60 the number of concurrent real calls it sustains (one boundary a minute each);
 *   (2) paced: the clock runs BENCH_SPEEDUP × faster than real time (by default BENCH_TARGET_CALLS, 25,000, ÷
 *       calls), so the boundaries fall due at the rate of calls × speedup real calls; lateness = when the run
 *       that settled a boundary committed − when it was due, in the accelerated timeline and in real time.
 * The timers fire on TIMER_WORKERS connections, up to TIMER_BATCH per transaction (see config). The baseline is single-connection ledger
 * transfers per second (a reserve, nothing else), what one worker could do if a boundary were one transfer.
 * Uses DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) to create a scratch database.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createApp, type App } from '../api/src/app';
import { ManualClock } from '../api/src/common/clock';
import { loadConfig } from '../api/src/config';
import { CALL_TIMERS, CallRepository } from '../api/src/modules/calls';
import { AccountKind, TransferKind } from '../api/src/modules/ledger';

const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const CALLS = Number(process.env.BENCH_CALLS ?? 2000);
const SATURATION_MINUTES = 3;
const PACED_MINUTES = Number(process.env.BENCH_PACED_MINUTES ?? 1);
const TARGET_CALLS = Number(process.env.BENCH_TARGET_CALLS ?? 25_000);
const POLL_MS = 50;
const PRICE = 30;
const SETUP_WORKERS = 16;
const MINUTE = 60_000;
const T0 = Date.parse('2026-06-01T10:00:00Z');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function admin<T>(work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Runs `work` over `items` with `workers` in parallel. */
async function inParallel<T>(items: T[], workers: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

/** Fans, creators, funded wallets and CALLS ongoing calls with their first minutes held and their boundary timers set. */
async function setUp(app: App): Promise<void> {
  const ctx = app.contexts.system('bench-setup');
  const q = (sql: string, params?: unknown[]) => app.db.dataSource.query(sql, params);
  const fans = Array.from({ length: CALLS }, () => randomUUID());
  const creators = Array.from({ length: CALLS }, () => randomUUID());
  for (const [ids, role] of [
    [fans, 'FAN'],
    [creators, 'CREATOR'],
  ] as const) {
    await q(
      `INSERT INTO account (id, email, password_hash, display_name, handle, role)
       SELECT id, id::text || '@bench.test', 'x', 'Bench', replace(id::text, '-', ''), $2 FROM unnest($1::uuid[]) AS id`,
      [ids, role],
    );
  }
  await q(
    `INSERT INTO creator_profile (account_id, calls_enabled, price_per_minute, phone_e164, phone_verified_at)
     SELECT id, true, $2, '+4915112345678', now() FROM unnest($1::uuid[]) AS id`,
    [creators, PRICE],
  );
  await inParallel(fans, SETUP_WORKERS, (fan) =>
    app.ledger.transfer(ctx, {
      key: `bench:fund:${fan}`,
      kind: TransferKind.PROMOTION,
      legs: [
        { account: { platform: AccountKind.PROMOTIONS }, amount: -PRICE * 100 },
        { account: { ownerId: fan, kind: AccountKind.FAN_WALLET }, amount: PRICE * 100 },
      ],
    }),
  );
  // Connected one after another across the first minute; present "until tomorrow", so no gap is ever billed.
  const created: { id: string }[] = await q(
    `INSERT INTO call (fan_id, creator_id, kind, state, price_per_minute, commission_bps, rtc_provider, channel, created_at, answered_at, connected_at, fan_seen_at, creator_seen_at, creator_publishing)
     SELECT f, c, 'VIDEO', 'ONGOING', $3, 2000, 'p2p', 'bench-' || i, at - interval '20 seconds', at - interval '5 seconds', at, $5::timestamptz, $5::timestamptz, true
       FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS x(f, c, i),
            LATERAL (SELECT $4::timestamptz + (i - 1) * ($6::float8 * interval '1 millisecond')) AS t(at)
     RETURNING id`,
    [fans, creators, PRICE, new Date(T0), new Date(T0 + 24 * 3600_000), MINUTE / CALLS],
  );
  const calls = new CallRepository();
  await inParallel(created, SETUP_WORKERS, async ({ id }) => {
    await app.uow.run(ctx, async (tx) => {
      const call = (await calls.find(tx, id, { lock: true }))!;
      if (!(await app.billing.startBilling(tx, call))) throw new Error(`could not hold the first minute of ${call.id}`);
      await calls.update(tx, call);
      await app.timers.schedule(tx, {
        kind: CALL_TIMERS.MINUTE,
        key: call.id,
        dueAt: new Date(call.connectedAt!.getTime() + MINUTE),
        payload: { minute: 1 },
      });
    });
  });
}

const count = async (app: App, sql: string) => Number((await app.db.dataSource.query(sql))[0].n);
const settlements = (app: App) => count(app, `SELECT count(*) AS n FROM ledger_transfer WHERE kind = 'SETTLE'`);
const transfers = (app: App) => count(app, `SELECT count(*) AS n FROM ledger_transfer`);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** (1) Every boundary of SATURATION_MINUTES due at once: how fast does one process settle them? */
async function saturate(app: App, clock: ManualClock): Promise<{ perSecond: number; transfersPerSecond: number; settled: number }> {
  clock.set(new Date(T0 + (1 + SATURATION_MINUTES) * MINUTE - 1));
  const [settledBefore, transfersBefore] = [await settlements(app), await transfers(app)];
  const started = performance.now();
  while ((await app.timers.runDue()) > 0);
  const seconds = (performance.now() - started) / 1000;
  const settled = (await settlements(app)) - settledBefore;
  return { perSecond: settled / seconds, transfersPerSecond: ((await transfers(app)) - transfersBefore) / seconds, settled };
}

/** (2) The clock runs `speedup` × real time for PACED_MINUTES: how late are the boundaries settled? */
async function pace(app: App, clock: ManualClock, speedup: number): Promise<{ lateness: number[]; perSecond: number }> {
  const from = T0 + (1 + SATURATION_MINUTES) * MINUTE - 1;
  const until = from + PACED_MINUTES * MINUTE;
  const wallStart = performance.now();
  const fake = () => Math.min(until, from + (performance.now() - wallStart) * speedup);
  const lateness: number[] = [];
  const settledBefore = await settlements(app);
  for (;;) {
    clock.set(new Date(fake()));
    // What the batch is about to claim (this process is the only one firing), to time each boundary.
    const due: { due_at: Date }[] = await app.db.dataSource.query(`SELECT due_at FROM timer WHERE due_at <= $1 ORDER BY due_at, id LIMIT 100`, [clock.now()]);
    const fired = due.length ? await app.timers.runDue() : 0;
    const firedAt = fake();
    for (const row of due.slice(0, fired)) lateness.push(firedAt - new Date(row.due_at).getTime());
    if (!due.length) {
      if (fake() >= until) break;
      await sleep(POLL_MS);
    }
  }
  const perSecond = ((await settlements(app)) - settledBefore) / ((performance.now() - wallStart) / 1000);
  return { lateness: lateness.sort((a, b) => a - b), perSecond };
}

/** Baseline: sequential ledger transfers (reserves) on one connection for 3 s. */
async function ledgerBaseline(app: App): Promise<number> {
  const ctx = app.contexts.system('bench-baseline');
  const fans: { owner_id: string }[] = await app.db.dataSource.query(`SELECT owner_id FROM ledger_account WHERE kind = 'FAN_WALLET' LIMIT 200`);
  const started = performance.now();
  let done = 0;
  while (performance.now() - started < 3000) {
    await app.ledger.reserve(ctx, { key: `bench:baseline:${randomUUID()}`, fanId: fans[done % fans.length].owner_id, amount: 1 });
    done++;
  }
  return done / ((performance.now() - started) / 1000);
}

async function main(): Promise<void> {
  const db = `minutely_bench_calls_${Date.now()}`;
  await admin((c) => c.query(`CREATE DATABASE ${db}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${db}`;
  const clock = new ManualClock(new Date(T0));
  const config = loadConfig({
    DATABASE_URL: url.toString(),
    LOG_LEVEL: 'silent',
    TIMER_WORKERS: process.env.TIMER_WORKERS,
    TIMER_BATCH: process.env.TIMER_BATCH,
  });
  const app = await createApp(config, { clock });
  try {
    console.log(
      `calls benchmark: ${CALLS.toLocaleString('en')} ongoing calls at ${PRICE} tokens/min, PostgreSQL at ${url.host}, one process, ${config.TIMER_WORKERS} timer workers firing up to ${config.TIMER_BATCH} timers per transaction`,
    );
    let started = performance.now();
    await setUp(app);
    console.log(`set up (accounts, funding, calls, first minutes held, timers) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    started = performance.now();
    const saturation = await saturate(app, clock);
    console.log(
      `(1) ${saturation.settled.toLocaleString('en')} boundaries (${SATURATION_MINUTES} minutes of every call) settled in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const speedup = Number(process.env.BENCH_SPEEDUP ?? TARGET_CALLS / CALLS);
    const paced = await pace(app, clock, speedup);
    const baseline = await ledgerBaseline(app);

    const [problems] = await app.db.dataSource.query(
      `SELECT count(*)::int AS n FROM call WHERE state <> 'ONGOING' OR charged_tokens <> (SELECT count(*) FROM ledger_transfer t WHERE t.reference = 'call:' || call.id AND t.kind = 'SETTLE') * $1`,
      [PRICE],
    );
    const fmt = (n: number) => n.toFixed(0).padStart(8);
    const ms = (fakeMs: number) => `${(fakeMs / 1000).toFixed(2).padStart(6)} s accelerated = ${(fakeMs / speedup).toFixed(0).padStart(5)} ms real`;
    console.log('');
    console.log(`ledger baseline: sequential transfers on one connection               ${fmt(baseline)} /s`);
    console.log(
      `(1) boundary settlements per second at saturation                     ${fmt(saturation.perSecond)} /s   ${(saturation.perSecond / baseline).toFixed(2)} × baseline`,
    );
    console.log(`    ledger transfers per second meanwhile (settle + hold-ahead)       ${fmt(saturation.transfersPerSecond)} /s`);
    console.log(`    implied concurrent real calls one process bills (settlements × 60) ${fmt(saturation.perSecond * 60)}`);
    console.log(
      `(2) paced at ×${speedup}: ${CALLS.toLocaleString('en')} calls = the boundary load of ${(CALLS * speedup).toLocaleString('en')} real calls, poll ${POLL_MS} ms, ${paced.lateness.length.toLocaleString('en')} boundaries (${fmt(paced.perSecond).trim()} /s)`,
    );
    console.log(`    boundary lateness p50                                             ${ms(percentile(paced.lateness, 50))}`);
    console.log(`    boundary lateness p99                                             ${ms(percentile(paced.lateness, 99))}`);
    console.log(`    boundary lateness max                                             ${ms(paced.lateness[paced.lateness.length - 1])}`);
    console.log(`calls not ONGOING or charged other than one minute per settlement: ${problems.n}`);
  } finally {
    await app.db.close();
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`));
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
