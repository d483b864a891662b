/**
 * Crash safety of paid calls (DESIGN §4: "a restart or a crash of the API at any moment neither loses nor
 * repeats a charge"). The API runs as a separate process on an accelerated clock (CLOCK_SPEEDUP, same code
 * path); a dozen calls are driven through HTTP GraphQL as real clients would drive them, while the process is
 * killed with SIGKILL at 20+ points — ringing, connecting, mid-minute, right at minute boundaries — and
 * restarted. Then every call, transfer and balance is checked against the pure billing functions.
 * PostgreSQL only: two processes cannot share the embedded database.
 */
import 'reflect-metadata';
import { createApp, type App } from '../src/app';
import type { RequestContext } from '../src/common/context';
import { loadConfig } from '../src/config';
import { billableMilliseconds, billableSeconds, callCharge, type TimeGap } from '../src/modules/billing';
import { HEARTBEAT_GRACE_MS, MEDIA_TIMEOUT_MS, PARTY_MISSING_MS, RING_TIMEOUT_MS } from '../src/modules/calls';
import { Account } from '../src/modules/identity';
import { AccountKind, checkLedger, commissionSplit, TransferKind } from '../src/modules/ledger';
import { ApiProcess, freePort } from './api-process';
import { CallDriver, isLive, Killer, Timeline, type CallPlan, type CallRun, type Client, type KillRecord } from './call-driver';
import { createScratchDatabase, isPostgres } from './harness';

/**
 * How much faster than real time the clock runs. A restart (0.3–3 s of wall time here, more on a loaded
 * machine) becomes an outage this many times longer; at 6 it stays under the 30 s deadlines (media, party
 * missing) nearly always, and the whole drive takes about two minutes.
 */
const SPEEDUP = Number(process.env.CRASH_CLOCK_SPEEDUP ?? 6);
/** An unbilled gap must lie within an outage (from the kill to this long after the restart, fake ms). */
const GAP_SLACK_MS = 10_000;

const ended = (...endReasons: string[]) => ({ state: 'ENDED', endReasons });
const plenty = (price: number) => price * 20;
const PLANS: CallPlan[] = [
  {
    name: 'A fan hangs up mid-minute',
    startAt: 0,
    price: 20,
    funds: plenty(20),
    answer: { after: 12, publishAfter: 6 },
    ending: { hangUp: 'FAN', after: 95 },
    expect: ended('FAN_HUNG_UP'),
    kills: [
      { phase: 'ringing', after: 6 },
      { phase: 'boundary', minute: 1, offsetMs: 0 },
    ],
  },
  {
    name: 'B creator hangs up just after minute 2',
    startAt: 30,
    price: 30,
    funds: plenty(30),
    answer: { after: 15, publishAfter: 8 },
    ending: { hangUp: 'CREATOR', after: 121 },
    expect: ended('CREATOR_HUNG_UP'),
    kills: [
      { phase: 'connecting', after: 1 },
      { phase: 'boundary', minute: 2, offsetMs: 300 },
    ],
  },
  {
    name: 'C missed',
    startAt: 75,
    price: 25,
    funds: plenty(25),
    expect: { state: 'MISSED' },
    kills: [
      { phase: 'ringing', after: 25 },
      { phase: 'ringing', after: 58 },
    ],
  },
  {
    name: 'D failed: no video',
    startAt: 110,
    price: 15,
    funds: plenty(15),
    answer: { after: 10 },
    expect: { state: 'FAILED' },
    kills: [{ phase: 'connecting', after: 18 }],
  },
  {
    name: 'E funds run out',
    startAt: 150,
    price: 40,
    funds: 100,
    answer: { after: 8, publishAfter: 5 },
    ending: { fundsRunOut: true },
    expect: ended('FUNDS_EXHAUSTED'),
    kills: [
      { phase: 'mid-minute', after: 30 },
      { phase: 'boundary', minute: 2, offsetMs: 100 },
    ],
  },
  {
    name: 'F creator goes silent',
    startAt: 215,
    price: 24,
    funds: plenty(24),
    answer: { after: 20, publishAfter: 5 },
    ending: { silent: 'CREATOR', after: 70 },
    expect: ended('CREATOR_DISCONNECTED'),
    kills: [
      { phase: 'ringing', after: 10 },
      { phase: 'boundary', minute: 1, offsetMs: -200 },
    ],
  },
  {
    name: 'G fan goes silent',
    startAt: 260,
    price: 18,
    funds: plenty(18),
    answer: { after: 8, publishAfter: 10 },
    ending: { silent: 'FAN', after: 25 },
    expect: ended('FAN_DISCONNECTED'),
    kills: [
      { phase: 'connecting', after: 2 },
      { phase: 'mid-minute', after: 45 },
    ],
  },
  {
    name: 'H both parties vanish after connecting',
    startAt: 320,
    price: 22,
    funds: plenty(22),
    answer: { after: 10, publishAfter: 4 },
    ending: { silent: 'BOTH', after: 0 },
    expect: ended('FAN_DISCONNECTED', 'CREATOR_DISCONNECTED'),
    kills: [{ phase: 'mid-minute', after: 20 }],
  },
  {
    name: 'I audio, fan hangs up just after minute 3',
    startAt: 360,
    kind: 'AUDIO',
    price: 12,
    funds: plenty(12),
    answer: { after: 15, publishAfter: 4 },
    ending: { hangUp: 'FAN', after: 180.5 },
    expect: ended('FAN_HUNG_UP'),
    kills: [
      { phase: 'boundary', minute: 1, offsetMs: 50 },
      { phase: 'mid-minute', after: 150 },
      { phase: 'boundary', minute: 3, offsetMs: 0 },
    ],
  },
  {
    name: 'J creator hangs up just after minute 1',
    startAt: 420,
    price: 35,
    funds: plenty(35),
    answer: { after: 25, publishAfter: 6 },
    ending: { hangUp: 'CREATOR', after: 61 },
    expect: ended('CREATOR_HUNG_UP'),
    kills: [
      { phase: 'ringing', after: 12 },
      { phase: 'boundary', minute: 1, offsetMs: 200 },
    ],
  },
  { name: 'K declined', startAt: 480, price: 20, funds: plenty(20), decline: 18, expect: { state: 'DECLINED' }, kills: [{ phase: 'ringing', after: 9 }] },
  {
    name: 'L fan hangs up at 2:30, 33.33% commission',
    startAt: 520,
    price: 27,
    funds: plenty(27),
    commissionBps: 3333,
    answer: { after: 10, publishAfter: 7 },
    ending: { hangUp: 'FAN', after: 150 },
    expect: ended('FAN_HUNG_UP'),
    kills: [
      { phase: 'connecting', after: 1 },
      { phase: 'mid-minute', after: 80 },
      { phase: 'boundary', minute: 2, offsetMs: 0 },
    ],
  },
];

const ms = (d: Date | string | null) => (d ? new Date(d).getTime() : null);
/** A `call` row as the SQL returns it (snake_case). */
interface CallRow {
  id: string;
  fan_id: string;
  creator_id: string;
  kind: 'VIDEO' | 'AUDIO';
  state: string;
  end_reason: string | null;
  price_per_minute: number;
  commission_bps: number;
  created_at: Date;
  answered_at: Date | null;
  connected_at: Date | null;
  ended_at: Date | null;
  minutes_reserved: number;
  held_tokens: number;
  charged_tokens: number;
  billed_seconds: number | null;
  low_balance: boolean;
  fan_seen_at: Date | null;
  creator_seen_at: Date | null;
}

type Phase = 'ringing' | 'connecting' | 'mid-minute' | 'boundary';

const onPostgres = isPostgres();
if (!onPostgres) {
  console.log('calls-crash.test.ts is skipped: the crash test kills and restarts a separate API process, which needs PostgreSQL (set DATABASE_URL).');
}
const describeOnPostgres = onPostgres ? describe : describe.skip;

describeOnPostgres('calls survive SIGKILL of the API at any moment', () => {
  const time = new Timeline(SPEEDUP);
  let scratch: { url: string; drop(): Promise<void> };
  let app: App;
  let ctx: RequestContext;
  let api: ApiProcess;
  let killer: Killer | undefined;
  const runs: CallRun[] = [];
  const q = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => app.db.dataSource.query(sql, params) as Promise<T[]>;

  beforeAll(async () => {
    scratch = await createScratchDatabase(process.env.DATABASE_URL!);
    const env = {
      NODE_ENV: 'test',
      DATABASE_URL: scratch.url,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      CLOCK_SPEEDUP: String(SPEEDUP),
      CLOCK_ANCHOR: time.anchor.toISOString(),
      TIMER_POLL_MS: '50',
      ACCESS_TOKEN_TTL_SECONDS: '86400',
    };
    // Fixtures through an in-process app on the same database and clock (it runs no timers).
    app = await createApp(loadConfig({ ...env, LOG_LEVEL: 'silent' }), { clock: time.clock });
    ctx = app.contexts.system('crash-test');
    const client = async (role: 'FAN' | 'CREATOR', n: number): Promise<Client> => {
      const handle = `crash_${role.toLowerCase()}_${n}_${Math.random().toString(36).slice(2, 8)}`;
      const [row] = await q<{ id: string }>(
        // Verified, as an account that may call must be.
        `INSERT INTO account (email, password_hash, display_name, handle, role, email_verified_at) VALUES ($1, 'not-a-hash', $2, $2, $3, now()) RETURNING id`,
        [`${handle}@crash.test`, handle, role],
      );
      const account = await app.db.dataSource.getRepository(Account).findOneByOrFail({ id: row.id });
      const auth = await app.uow.run(ctx, (tx) => app.identity.issueSession(tx, account));
      return { id: row.id, token: auth.accessToken };
    };
    for (const [i, plan] of PLANS.entries()) {
      const fan = await client('FAN', i);
      const creator = await client('CREATOR', i);
      await q(
        `INSERT INTO creator_profile (account_id, calls_enabled, price_per_minute, commission_bps, phone_e164, phone_verified_at)
         VALUES ($1, true, $2, $3, '+4915112345678', now())`,
        [creator.id, plan.price, plan.commissionBps ?? null],
      );
      await app.ledger.transfer(ctx, {
        key: `crash:fund:${fan.id}`,
        kind: TransferKind.PROMOTION,
        legs: [
          { account: { platform: AccountKind.PROMOTIONS }, amount: -plan.funds },
          { account: { ownerId: fan.id, kind: AccountKind.FAN_WALLET }, amount: plan.funds },
        ],
      });
      runs.push({ plan, fan, creator, state: 'NEW', silentFrom: {} });
    }
    api = new ApiProcess(await freePort(), env);
    await api.start();
  }, 120_000);

  afterAll(async () => {
    await killer?.stop();
    await api?.close();
    await app?.db.close();
    await scratch?.drop();
  }, 60_000);

  it('ends every call as planned (or as an outage forced it) and bills exactly the connected seconds', async () => {
    const wallStarted = Date.now();
    killer = new Killer(api, time, {
      minUpWallMs: 1000,
      idleKillWallMs: 2500,
      maxIdleKills: 28,
      // With nothing asked for: the next minute boundary of an ongoing call within 2 s of wall time, or now.
      idleTarget: () => {
        const t = time.now();
        const [soonest] = runs
          .filter((r) => r.state === 'ONGOING' && r.connectedAt !== undefined)
          .map((r) => ({ r, at: r.connectedAt! + Math.ceil((t + 500 - r.connectedAt!) / 60_000) * 60_000 }))
          .filter((b) => b.at - t <= SPEEDUP * 2000)
          .sort((a, b) => a.at - b.at);
        if (soonest) return { at: soonest.at, label: `idle: ${soonest.r.plan.name[0]} boundary` };
        return runs.some((r) => r.id && isLive(r)) ? { at: t, label: 'idle' } : null;
      },
    });
    const driver = new CallDriver(api, time, killer);
    killer.start();
    time.t0 = time.now() + 2000;
    await Promise.all(runs.map((run) => driver.drive(run)));
    await killer.stop();
    await api.kill(); // the database alone is the truth from here on
    const driveWallMs = Date.now() - wallStarted;
    const kills = killer.kills;

    const rows = new Map<CallRun, CallRow>();
    for (const run of runs) rows.set(run, (await q<CallRow>(`SELECT * FROM call WHERE id = $1`, [run.id]))[0]);

    // Where each kill landed, as the database tells it; for a boundary, whether it beat the settlement.
    const coverage: Record<Phase, number> = { ringing: 0, connecting: 0, 'mid-minute': 0, boundary: 0 };
    const killLines: string[] = [];
    for (const [i, kill] of kills.entries()) {
      const hits: string[] = [];
      const phases = new Set<Phase>();
      for (const run of runs) {
        const hit = await phaseAt(run, rows.get(run)!, kill);
        if (hit) {
          hits.push(`${run.plan.name[0]} ${hit.text}`);
          phases.add(hit.phase);
        }
      }
      for (const phase of phases) coverage[phase]++;
      const outage = `restarted in ${kill.wallMs} ms wall = ${((kill.readyAt - kill.at) / 1000).toFixed(1)} s`;
      killLines.push(`kill ${String(i + 1).padStart(2)} at ${time.label(kill.at)} (asked: ${kill.label}; ${outage}) hit: ${hits.join(', ') || 'no live call'}`);
    }
    const outcomes = new Map(runs.map((run) => [run, outcomeOf(run, rows.get(run)!, kills)]));
    const restarts = [...api.restartMs].sort((a, b) => a - b);
    console.log(
      [
        `crash test: ${runs.length} calls, ${kills.length} SIGKILLs, clock ×${SPEEDUP}, drive ${(driveWallMs / 1000).toFixed(1)} s wall; ` +
          `requested kills skipped (API restarting, or the call over): ${killer.skipped.map((s) => s.label).join('; ') || 'none'}`,
        ...killLines,
        `coverage (kills per phase hit): ${JSON.stringify(coverage)}; restarts took ${restarts[0]}–${restarts[restarts.length - 1]} ms wall, median ${restarts[restarts.length >> 1]}`,
        ...runs.map((run) => {
          const c = rows.get(run)!;
          return `${run.plan.name}: ${c.state}${c.end_reason ? ` ${c.end_reason}` : ''} ${outcomes.get(run)}, billed ${c.billed_seconds ?? '-'} s, charged ${c.charged_tokens} at ${c.price_per_minute}/min`;
        }),
        `API error log lines: ${api.errorLines.length}${api.errorLines.length ? `\n  ${api.errorLines.slice(0, 5).join('\n  ')}` : ''}`,
      ].join('\n'),
    );

    expect(api.errorLines).toEqual([]); // e.g. a deadlock between a firing timer and a request
    expect(kills.length).toBeGreaterThanOrEqual(20);
    expect(coverage.ringing).toBeGreaterThanOrEqual(3);
    expect(coverage.connecting).toBeGreaterThanOrEqual(2);
    expect(coverage['mid-minute']).toBeGreaterThanOrEqual(3);
    expect(coverage.boundary).toBeGreaterThanOrEqual(4);

    const outages = kills.map((k) => ({ from: k.at, to: k.readyAt + GAP_SLACK_MS }));
    const inOutage = (gap: TimeGap) => outages.some((o) => gap.from.getTime() >= o.from && gap.to.getTime() <= o.to);
    let platformOwed = 0;
    const creatorOwed = new Map<string, number>();
    for (const run of runs) {
      const c = rows.get(run)!;
      const call = `${run.plan.name} (${run.id})`;
      expect({ call, state: c.state, endReason: c.end_reason, outcome: outcomes.get(run) }).toEqual({
        call,
        state: c.state,
        endReason: c.end_reason,
        outcome: expect.stringMatching(/^(as planned|forced by an outage)/),
      });
      expect(c.held_tokens).toBe(0);
      expect(c.commission_bps).toBe(run.plan.commissionBps ?? app.config.COMMISSION_BPS);
      const [created, answered, connected, end] = [ms(c.created_at)!, ms(c.answered_at), ms(c.connected_at), ms(c.ended_at)!];

      // It ended when a client acted or when the deadline says.
      if (c.state === 'MISSED') expect(end - created).toBe(RING_TIMEOUT_MS);
      if (c.state === 'FAILED') expect(end - answered!).toBe(MEDIA_TIMEOUT_MS);
      if (run.hangUp && c.end_reason?.endsWith('_HUNG_UP')) {
        expect(end).toBeGreaterThanOrEqual(run.hangUp.from);
        expect(end).toBeLessThanOrEqual(run.hangUp.to);
      }
      if (c.end_reason === 'FUNDS_EXHAUSTED') expect((end - connected!) % 60_000).toBe(0);
      if (c.end_reason === 'FAN_DISCONNECTED') expect(end).toBeGreaterThanOrEqual(ms(c.fan_seen_at)! + HEARTBEAT_GRACE_MS + PARTY_MISSING_MS);
      if (c.end_reason === 'CREATOR_DISCONNECTED') expect(end).toBeGreaterThanOrEqual(ms(c.creator_seen_at)! + HEARTBEAT_GRACE_MS + PARTY_MISSING_MS);

      // The fan pays exactly the connected seconds less the gaps, and every gap is explained by an outage.
      if (connected === null) {
        expect({ call, charged: c.charged_tokens, billed: c.billed_seconds }).toEqual({ call, charged: 0, billed: null });
      } else {
        const recorded = (await q<{ started_at: Date; ended_at: Date }>(`SELECT started_at, ended_at FROM call_gap WHERE call_id = $1`, [run.id])).map((g) => ({
          from: new Date(g.started_at),
          to: new Date(g.ended_at),
        }));
        for (const gap of recorded) expect({ call, gap, explained: inOutage(gap) }).toEqual({ call, gap, explained: true });
        const gaps = [...recorded];
        for (const seen of [c.fan_seen_at, c.creator_seen_at]) {
          const goneSince = ms(seen)! + HEARTBEAT_GRACE_MS; // as CallBillingService.gaps: stale since then
          if (goneSince < end) gaps.push({ from: new Date(goneSince), to: new Date(end) });
        }
        const billed = billableSeconds(new Date(connected), new Date(end), gaps);
        expect({ call, billed: c.billed_seconds }).toEqual({ call, billed });
        expect(billed).toBeLessThanOrEqual(Math.ceil((end - connected) / 1000));
        expect({ call, charged: c.charged_tokens }).toEqual({
          call,
          charged: callCharge(c.price_per_minute, billableMilliseconds(new Date(connected), new Date(end), gaps)),
        });
      }

      // The ledger: each step once, holds net to zero, the settlements are the charge, split by the commission.
      const transfers = await q<{ id: string; idempotency_key: string; kind: string }>(
        `SELECT id, idempotency_key, kind FROM ledger_transfer WHERE reference = $1`,
        [`call:${run.id}`],
      );
      const entries = await q<{ transfer_id: string; kind: string; amount: string }>(
        `SELECT e.transfer_id, a.kind, e.amount FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id JOIN ledger_transfer t ON t.id = e.transfer_id WHERE t.reference = $1`,
        [`call:${run.id}`],
      );
      const legs = (id: string, kind: AccountKind) =>
        entries.filter((e) => e.transfer_id === id && e.kind === kind).reduce((sum, e) => sum + Number(e.amount), 0);
      const ofKind = (kind: TransferKind) => transfers.filter((t) => t.kind === kind);
      const holdMoved = (kind: TransferKind) => ofKind(kind).reduce((sum, t) => sum + Math.abs(legs(t.id, AccountKind.FAN_HOLD)), 0);
      if (connected === null) expect(transfers).toEqual([]);
      expect(
        ofKind(TransferKind.RESERVE)
          .map((t) => t.idempotency_key)
          .sort(),
      ).toEqual(Array.from({ length: c.minutes_reserved }, (_, i) => `call:${run.id}:reserve:${i + 1}`).sort());
      expect(ofKind(TransferKind.RELEASE).map((t) => t.idempotency_key)).toEqual(ofKind(TransferKind.RELEASE).length ? [`call:${run.id}:release`] : []);
      for (const t of ofKind(TransferKind.SETTLE)) expect(t.idempotency_key).toMatch(new RegExp(`^call:${run.id}:settle:(m\\d+|final)$`));
      expect({ call, reserved: holdMoved(TransferKind.RESERVE) }).toEqual({ call, reserved: holdMoved(TransferKind.SETTLE) + holdMoved(TransferKind.RELEASE) });
      expect({ call, settled: holdMoved(TransferKind.SETTLE) }).toEqual({ call, settled: c.charged_tokens });
      for (const t of ofKind(TransferKind.SETTLE)) {
        const split = commissionSplit(-legs(t.id, AccountKind.FAN_HOLD), c.commission_bps);
        expect({ creator: legs(t.id, AccountKind.CREATOR_EARNINGS), platform: legs(t.id, AccountKind.PLATFORM_REVENUE) }).toEqual(split);
        platformOwed += split.platform;
        creatorOwed.set(run.creator.id, (creatorOwed.get(run.creator.id) ?? 0) + split.creator);
      }

      // Balances: the fan paid the charge and holds nothing; the creator earned their share.
      const balance = async (owner: string, kind: AccountKind.FAN_WALLET | AccountKind.FAN_HOLD | AccountKind.CREATOR_EARNINGS) =>
        (await app.ledger.balance(ctx, owner, kind)).balance;
      expect({ call, wallet: await balance(run.fan.id, AccountKind.FAN_WALLET), hold: await balance(run.fan.id, AccountKind.FAN_HOLD) }).toEqual({
        call,
        wallet: run.plan.funds - c.charged_tokens,
        hold: 0,
      });
      expect(await balance(run.creator.id, AccountKind.CREATOR_EARNINGS)).toBe(creatorOwed.get(run.creator.id) ?? 0);
      if (c.end_reason === 'FUNDS_EXHAUSTED') expect(run.plan.funds - c.charged_tokens).toBeLessThan(c.price_per_minute);
    }

    const [revenue] = await q<{ total: string }>(`SELECT coalesce(sum(balance), 0)::text AS total FROM ledger_account WHERE kind = 'PLATFORM_REVENUE'`);
    expect(Number(revenue.total)).toBe(platformOwed);
    expect(await checkLedger(app.db.dataSource.manager)).toEqual([]);
    // No deadline is left behind for a call that is over.
    expect(await q(`SELECT kind, key FROM timer WHERE key = ANY($1)`, [runs.map((r) => r.id)])).toEqual([]);
  }, 300_000);

  /** The phase `run` was in when `kill` struck, or null when it was not live. */
  async function phaseAt(run: CallRun, c: CallRow, kill: KillRecord): Promise<{ phase: Phase; text: string } | null> {
    const [created, answered, connected, end] = [ms(c.created_at)!, ms(c.answered_at), ms(c.connected_at), ms(c.ended_at)!];
    const t = kill.at;
    if (t >= created && t < (answered ?? end)) return { phase: 'ringing', text: `ringing ${((t - created) / 1000).toFixed(1)}s` };
    if (answered !== null && t >= answered && t < (connected ?? end)) return { phase: 'connecting', text: `connecting ${((t - answered) / 1000).toFixed(1)}s` };
    if (connected === null || t < connected || t >= end + 1000) return null;
    // Within a second of a boundary (also the one a call ended at): did the kill beat its settlement?
    const minute = Math.round((t - connected) / 60_000);
    const offset = t - connected - minute * 60_000;
    if (minute > 0 && Math.abs(offset) <= 1000 && connected + minute * 60_000 <= end) {
      const [settle] = await q<{ created_at: Date }>(`SELECT created_at FROM ledger_transfer WHERE idempotency_key = $1`, [`call:${run.id}:settle:m${minute}`]);
      const settled = !settle ? 'nothing to settle' : ms(settle.created_at)! < kill.wallAt ? 'settled before the kill' : 'settled after the restart';
      return { phase: 'boundary', text: `at boundary m${minute} ${offset >= 0 ? '+' : ''}${offset}ms (${settled})` };
    }
    if (t >= end) return null;
    const into = t - connected;
    return { phase: 'mid-minute', text: `mid-minute ${Math.floor(into / 60_000)}:${String(Math.floor((into % 60_000) / 1000)).padStart(2, '0')}` };
  }

  /**
   * "as planned", or "forced by an outage" when the API was down from before a client's planned step until
   * past the deadline it would have met (it cannot tell a client it does not hear from one that is gone), or
   * "NOT as planned".
   */
  function outcomeOf(run: CallRun, c: CallRow, kills: KillRecord[]): string {
    const { expect: planned, answer, decline } = run.plan;
    if (c.state === planned.state && (!planned.endReasons || planned.endReasons.includes(c.end_reason!))) return 'as planned';
    const across = (from: number, deadline: number) => kills.find((k) => k.at <= from && k.readyAt >= deadline - 2000);
    const [created, answered] = [ms(c.created_at)!, ms(c.answered_at)];
    let outage: KillRecord | undefined;
    const reaction = decline ?? answer?.after;
    if (c.state === 'MISSED' && reaction !== undefined) outage = across(created + reaction * 1000 + 1000, created + RING_TIMEOUT_MS);
    if (c.state === 'FAILED' && answered !== null && answer?.publishAfter !== undefined)
      outage = across(answered + answer.publishAfter * 1000 + 1000, answered + MEDIA_TIMEOUT_MS);
    if (c.end_reason === 'FAN_DISCONNECTED' || c.end_reason === 'CREATOR_DISCONNECTED') {
      const seen = ms(c.end_reason === 'FAN_DISCONNECTED' ? c.fan_seen_at : c.creator_seen_at)!;
      outage = across(seen + 6000, seen + HEARTBEAT_GRACE_MS + PARTY_MISSING_MS);
    }
    if (outage) return `forced by an outage (the API was down ${time.label(outage.at)}–${time.label(outage.readyAt)}, past the deadline)`;
    const at = (d: Date | null) => (d ? time.label(ms(d)!) : '-');
    return `NOT as planned (created ${at(c.created_at)}, answered ${at(c.answered_at)}, connected ${at(c.connected_at)}, ended ${at(c.ended_at)}, seen: fan ${at(c.fan_seen_at)}, creator ${at(c.creator_seen_at)})`;
  }
});
