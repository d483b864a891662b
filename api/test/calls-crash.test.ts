/**
 * Crash safety of paid calls (DESIGN §4: "a restart or a crash of the API at any moment neither loses nor
 * repeats a charge"). The API runs as a separate process on an accelerated clock (CLOCK_SPEEDUP, same code
 * path); a dozen calls are driven through HTTP GraphQL like real clients would, while the process is killed
 * with SIGKILL at 20+ points — ringing, connecting, mid-minute, right at minute boundaries — and restarted.
 * Afterwards every call, every transfer and every balance is checked against the pure billing functions.
 */
import 'reflect-metadata';
import { createApp, type App } from '../src/app';
import { SpeedClock } from '../src/common/clock';
import { RequestContext } from '../src/common/context';
import { loadConfig } from '../src/config';
import { billableSeconds, callCharge, commissionSplit, type TimeGap } from '../src/modules/billing/call-billing';
import { HEARTBEAT_GRACE_MS } from '../src/modules/calls/call-billing.service';
import { MEDIA_TIMEOUT_MS, PARTY_MISSING_MS, RING_TIMEOUT_MS } from '../src/modules/calls/call-state';
import { Account } from '../src/modules/identity/account.entity';
import { checkLedger } from '../src/modules/ledger/ledger-check';
import { AccountKind, TransferKind } from '../src/modules/ledger/ledger.model';
import { ApiProcess, freePort } from './api-process';
import { createScratchDatabase, isPostgres } from './harness';

/**
 * How much faster than real time the API's clock runs. A restart takes 1.5–5 s of wall time on a loaded machine,
 * which this factor stretches into an outage of that many times more: at 6 it stays well under the 30 s
 * deadlines (media, party missing) most of the time.
 */
const SPEEDUP = Number(process.env.CRASH_CLOCK_SPEEDUP ?? 6);
/** Wall-clock time the API stays up after a restart before the next kill, so clients can reconnect. */
const MIN_UP_WALL_MS = 1000;
/** With nothing asked for soon, the killer strikes anyway after this much wall-clock uptime. */
const IDLE_KILL_WALL_MS = 2500;
const MAX_KILLS = 28;
/** A gap (unbilled absence) must lie within an outage, give or take this much (fake ms). */
const GAP_SLACK_MS = 10_000;
const LIVE = ['RINGING', 'CONNECTING', 'ONGOING'];

type Party = 'FAN' | 'CREATOR';
type Kill =
  | { phase: 'ringing'; after: number } // seconds after the call started
  | { phase: 'connecting'; after: number } // seconds after the answer
  | { phase: 'mid-minute'; after: number } // seconds after the call connected
  | { phase: 'boundary'; minute: number; offsetMs: number };
interface CallPlan {
  name: string;
  /** Seconds (fake) after the drive begins. */
  startAt: number;
  price: number;
  kind?: 'VIDEO' | 'AUDIO';
  commissionBps?: number;
  /** Tokens on the fan's wallet; plenty when unset. */
  funds?: number;
  /** The creator answers `after` s of ringing and publishes `publishAfter` s later (never when unset: FAILED). */
  answer?: { after: number; publishAfter?: number };
  decline?: number;
  /** After connecting: a party hangs up, or goes silent (stops heartbeating), or the funds run out. */
  ending?: { hangUp: Party; after: number } | { silent: Party | 'BOTH'; after: number } | { fundsRunOut: true };
  expect: { state: string; endReasons?: string[] };
  kills: Kill[];
}

const ended = (...endReasons: string[]) => ({ state: 'ENDED', endReasons });
const PLANS: CallPlan[] = [
  { name: 'A fan hangs up mid-minute', startAt: 0, price: 20, answer: { after: 12, publishAfter: 6 }, ending: { hangUp: 'FAN', after: 95 }, expect: ended('FAN_HUNG_UP'),
    kills: [{ phase: 'ringing', after: 6 }, { phase: 'boundary', minute: 1, offsetMs: 0 }] },
  { name: 'B creator hangs up just after minute 2', startAt: 30, price: 30, answer: { after: 15, publishAfter: 8 }, ending: { hangUp: 'CREATOR', after: 121 }, expect: ended('CREATOR_HUNG_UP'),
    kills: [{ phase: 'connecting', after: 1 }, { phase: 'boundary', minute: 2, offsetMs: 300 }] },
  { name: 'C missed', startAt: 75, price: 25, expect: { state: 'MISSED' }, kills: [{ phase: 'ringing', after: 25 }, { phase: 'ringing', after: 58 }] },
  { name: 'D failed: no video', startAt: 110, price: 15, answer: { after: 10 }, expect: { state: 'FAILED' }, kills: [{ phase: 'connecting', after: 18 }] },
  { name: 'E funds run out', startAt: 150, price: 40, funds: 100, answer: { after: 8, publishAfter: 5 }, ending: { fundsRunOut: true }, expect: ended('FUNDS_EXHAUSTED'),
    kills: [{ phase: 'mid-minute', after: 30 }, { phase: 'boundary', minute: 2, offsetMs: 100 }] },
  { name: 'F creator goes silent', startAt: 215, price: 24, answer: { after: 20, publishAfter: 5 }, ending: { silent: 'CREATOR', after: 70 }, expect: ended('CREATOR_DISCONNECTED'),
    kills: [{ phase: 'ringing', after: 10 }, { phase: 'boundary', minute: 1, offsetMs: -200 }] },
  { name: 'G fan goes silent', startAt: 260, price: 18, answer: { after: 8, publishAfter: 10 }, ending: { silent: 'FAN', after: 25 }, expect: ended('FAN_DISCONNECTED'),
    kills: [{ phase: 'connecting', after: 2 }, { phase: 'mid-minute', after: 45 }] },
  { name: 'H both parties vanish after connecting', startAt: 320, price: 22, answer: { after: 10, publishAfter: 4 }, ending: { silent: 'BOTH', after: 0 },
    expect: ended('FAN_DISCONNECTED', 'CREATOR_DISCONNECTED'), kills: [{ phase: 'mid-minute', after: 20 }] },
  { name: 'I audio, fan hangs up just after minute 3', startAt: 360, kind: 'AUDIO', price: 12, answer: { after: 15, publishAfter: 4 }, ending: { hangUp: 'FAN', after: 180.5 },
    expect: ended('FAN_HUNG_UP'), kills: [{ phase: 'boundary', minute: 1, offsetMs: 50 }, { phase: 'mid-minute', after: 150 }, { phase: 'boundary', minute: 3, offsetMs: 0 }] },
  { name: 'J creator hangs up just after minute 1', startAt: 420, price: 35, answer: { after: 25, publishAfter: 6 }, ending: { hangUp: 'CREATOR', after: 61 }, expect: ended('CREATOR_HUNG_UP'),
    kills: [{ phase: 'ringing', after: 12 }, { phase: 'boundary', minute: 1, offsetMs: 200 }] },
  { name: 'K declined', startAt: 480, price: 20, decline: 18, expect: { state: 'DECLINED' }, kills: [{ phase: 'ringing', after: 9 }] },
  { name: 'L fan hangs up at 2:30, 33.33% commission', startAt: 520, price: 27, commissionBps: 3333, answer: { after: 10, publishAfter: 7 }, ending: { hangUp: 'FAN', after: 150 },
    expect: ended('FAN_HUNG_UP'), kills: [{ phase: 'connecting', after: 1 }, { phase: 'mid-minute', after: 80 }, { phase: 'boundary', minute: 2, offsetMs: 0 }] },
];

// ---------------------------------------------------------------------------------------------------------
// Time: this process reads the same accelerated clock as every API process it starts.

const anchor = new Date();
const clock = new SpeedClock(SPEEDUP, anchor);
const now = () => clock.now().getTime();
const sleepWall = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const until = (fakeAt: number) => sleepWall(clock.wallMs(fakeAt - now()));
let t0 = 0;
const at = (fake: number) => {
  const s = (fake - t0) / 1000;
  return `+${Math.floor(s / 60)}:${(s % 60).toFixed(1).padStart(4, '0')}`;
};

// ---------------------------------------------------------------------------------------------------------
// Clients: HTTP GraphQL, retried while the API is down, as a real client would.

let api: ApiProcess;
class Unreachable extends Error {}
interface GqlBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function gqlOnce<T>(token: string, query: string, variables: Record<string, unknown>): Promise<GqlBody<T>> {
  let res: Response;
  try {
    res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (err) {
    throw new Unreachable(String(err));
  }
  const body = (await res.json().catch(() => null)) as GqlBody<T> | null;
  if (!body) throw new Unreachable(`HTTP ${res.status}`);
  // A request cut off by a deadlock or a dying connection: the client tries again.
  if (body.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) throw new Unreachable(body.errors[0].message);
  return body;
}

async function gql<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<GqlBody<T>> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      return await gqlOnce<T>(token, query, variables);
    } catch (err) {
      if (!(err instanceof Unreachable) || Date.now() > deadline) throw err;
      await sleepWall(100);
    }
  }
}

const VIEW = 'id state endReason createdAt answeredAt connectedAt endedAt chargedTokens billedSeconds';
interface CallView {
  id: string;
  state: string;
  endReason: string | null;
  connectedAt: string | null;
}

// ---------------------------------------------------------------------------------------------------------
// The killer: SIGKILLs the API at the instants the call drivers ask for, then restarts it.

interface KillRequest {
  at: number;
  latest: number;
  label: string;
}
interface KillRecord {
  at: number;
  readyAt: number;
  label: string;
  wallMs: number;
}

class Killer {
  /** `idleTarget`: when to strike with nothing asked for (the next minute boundary of a call, or now), or null. */
  constructor(private readonly idleTarget: () => { at: number; label: string } | null) {}
  private readonly queue: KillRequest[] = [];
  readonly kills: KillRecord[] = [];
  readonly skipped: KillRequest[] = [];
  private running = true;
  private loop?: Promise<void>;

  request(at: number, latest: number, label: string): void {
    this.queue.push({ at, latest, label });
    this.queue.sort((a, b) => a.at - b.at);
  }

  start(): void {
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
    this.skipped.push(...this.queue.splice(0)); // asked for instants after their call had ended
  }

  private async run(): Promise<void> {
    while (this.running) {
      const next = this.queue[0];
      const upWallMs = api.up ? Date.now() - api.readyAtWall : 0;
      const quiet = !next || next.at - now() > SPEEDUP * 5000; // nothing asked for in the next 5 s of wall time
      const idle = upWallMs >= IDLE_KILL_WALL_MS && this.kills.length < MAX_KILLS && quiet ? this.idleTarget() : null;
      if (idle) {
        await until(idle.at);
        await this.kill(idle.label);
        continue;
      }
      if (!next || now() < next.at) {
        await sleepWall(next ? Math.min(20, clock.wallMs(next.at - now())) : 20);
        continue;
      }
      if (now() > next.latest) {
        this.skipped.push(this.queue.shift()!);
        continue;
      }
      if (!api.up || Date.now() - api.readyAtWall < MIN_UP_WALL_MS) {
        await sleepWall(5);
        continue;
      }
      this.queue.shift();
      await this.kill(next.label);
    }
  }

  private async kill(label: string): Promise<void> {
    const killedAt = now();
    await api.kill();
    const wallMs = await api.start();
    this.kills.push({ at: killedAt, readyAt: now(), label, wallMs });
  }
}
let killer: Killer;

// ---------------------------------------------------------------------------------------------------------
// One call, driven by its two clients.

interface Client {
  id: string;
  token: string;
}
interface CallRun {
  plan: CallPlan;
  fan: Client;
  creator: Client;
  id?: string;
  state: string;
  connectedAt?: number;
  answeredAt?: number;
  startedAt?: number;
  hangUp?: { from: number; to: number };
  silentFrom: Partial<Record<Party, number>>;
}

const live = (run: CallRun) => LIVE.includes(run.state);
function observe(run: CallRun, view: CallView | null | undefined): void {
  if (!view) return;
  run.state = view.state;
  if (view.connectedAt && !run.connectedAt) run.connectedAt = Date.parse(view.connectedAt);
}

/** One action of a party on the call; a refusal because the call moved on (a lost reply) re-reads it. */
async function act(run: CallRun, who: Party, mutation: 'answerCall' | 'declineCall' | 'endCall'): Promise<void> {
  const client = who === 'FAN' ? run.fan : run.creator;
  const selection = mutation === 'answerCall' ? `{ call { ${VIEW} } }` : `{ ${VIEW} }`;
  const body = await gql<Record<string, CallView & { call?: CallView }>>(client.token, `mutation($id: ID!) { ${mutation}(callId: $id) ${selection} }`, { id: run.id });
  const result = body.data?.[mutation];
  if (result) return observe(run, result.call ?? result);
  if (body.errors?.[0].extensions?.code !== 'CONFLICT') throw new Error(`${run.plan.name}: ${mutation} failed: ${JSON.stringify(body.errors)}`);
  const read = await gql<{ call: CallView }>(client.token, `query($id: ID!) { call(id: $id) { ${VIEW} } }`, { id: run.id });
  observe(run, read.data?.call);
}

/**
 * A party's client: a heartbeat every 5 s, retried quickly while the API is down, until it goes silent. The
 * creator's client also reports at once when it starts publishing (`publishAt`).
 */
async function heartbeats(run: CallRun, who: Party, publishAt?: number): Promise<void> {
  const client = who === 'FAN' ? run.fan : run.creator;
  const query = `mutation($id: ID!, $v: Boolean!) { reportMediaState(callId: $id, media: { publishingAudio: true, publishingVideo: $v }) { ${VIEW} } }`;
  while (live(run)) {
    const silentFrom = run.silentFrom[who];
    if (silentFrom !== undefined && now() >= silentFrom) return;
    const sent = now();
    try {
      const publishing = who === 'FAN' || (publishAt !== undefined && sent >= publishAt);
      const body = await gqlOnce<{ reportMediaState: CallView }>(client.token, query, { id: run.id, v: publishing });
      if (body.errors) throw new Error(`${run.plan.name}: heartbeat refused: ${JSON.stringify(body.errors)}`);
      observe(run, body.data?.reportMediaState);
    } catch (err) {
      if (!(err instanceof Unreachable)) throw err;
      await sleepWall(100);
      continue;
    }
    await until(publishAt !== undefined && publishAt > sent ? Math.min(sent + 5000, publishAt) : sent + 5000);
  }
}

async function drive(run: CallRun): Promise<void> {
  const { plan } = run;
  await until(t0 + plan.startAt * 1000);
  const start = await gql<{ startCall: CallView & { __typename: string } }>(
    run.fan.token,
    `mutation($c: ID!, $k: CallKind) { startCall(creatorId: $c, kind: $k) { __typename ... on Call { ${VIEW} } } }`,
    { c: run.creator.id, k: plan.kind ?? 'VIDEO' },
  );
  if (start.data?.startCall) {
    if (start.data.startCall.__typename !== 'Call') throw new Error(`${plan.name}: startCall gave ${start.data.startCall.__typename}`);
    run.id = start.data.startCall.id;
    observe(run, start.data.startCall);
  } else {
    // The first attempt committed but its reply was lost in a crash: the retry is refused, the call is live.
    const active = await gql<{ activeCall: CallView | null }>(run.fan.token, `{ activeCall { ${VIEW} } }`);
    if (!active.data?.activeCall) throw new Error(`${plan.name}: startCall failed: ${JSON.stringify(start.errors)}`);
    run.id = active.data.activeCall.id;
    observe(run, active.data.activeCall);
  }
  run.startedAt = now();
  for (const kill of plan.kills) {
    if (kill.phase === 'ringing') killer.request(run.startedAt + kill.after * 1000, run.startedAt + (kill.after + 8) * 1000, `${plan.name[0]} ringing +${kill.after}s`);
  }
  const clients = [heartbeats(run, 'FAN')];

  if (plan.decline !== undefined) {
    await until(run.startedAt + plan.decline * 1000);
    await act(run, 'CREATOR', 'declineCall');
  } else if (plan.answer) {
    const { after, publishAfter } = plan.answer;
    await until(run.startedAt + after * 1000);
    await act(run, 'CREATOR', 'answerCall');
    const answeredAt = (run.answeredAt = now());
    for (const kill of plan.kills) {
      if (kill.phase === 'connecting') killer.request(answeredAt + kill.after * 1000, answeredAt + (kill.after + 2) * 1000, `${plan.name[0]} connecting +${kill.after}s`);
    }
    clients.push(heartbeats(run, 'CREATOR', publishAfter === undefined ? undefined : answeredAt + publishAfter * 1000));
  }
  while (live(run) && run.connectedAt === undefined) await sleepWall(10);

  const connectedAt = run.connectedAt;
  if (connectedAt !== undefined) {
    for (const kill of plan.kills) {
      if (kill.phase === 'mid-minute') killer.request(connectedAt + kill.after * 1000, connectedAt + (kill.after + 15) * 1000, `${plan.name[0]} mid-minute +${kill.after}s`);
      if (kill.phase === 'boundary') {
        const instant = connectedAt + kill.minute * 60_000 + kill.offsetMs;
        killer.request(instant, instant + 300, `${plan.name[0]} boundary m${kill.minute} ${kill.offsetMs >= 0 ? '+' : ''}${kill.offsetMs}ms`);
      }
    }
    const ending = plan.ending;
    if (ending && 'silent' in ending) {
      for (const who of ending.silent === 'BOTH' ? (['FAN', 'CREATOR'] as const) : [ending.silent]) run.silentFrom[who] = connectedAt + ending.after * 1000;
    } else if (ending && 'hangUp' in ending) {
      await until(connectedAt + ending.after * 1000);
      if (live(run)) {
        const from = now();
        await act(run, ending.hangUp, 'endCall');
        run.hangUp = { from, to: now() };
      }
    }
  }
  // Calls that end by a deadline: the clients watch until they do.
  while (live(run)) {
    const read = await gql<{ call: CallView }>(run.fan.token, `query($id: ID!) { call(id: $id) { ${VIEW} } }`, { id: run.id });
    observe(run, read.data?.call);
    if (live(run)) await sleepWall(clock.wallMs(2000));
  }
  await Promise.all(clients);
}

// ---------------------------------------------------------------------------------------------------------

const onPostgres = isPostgres();
if (!onPostgres) {
  console.log('calls-crash.test.ts is skipped: the crash test kills and restarts a separate API process, which needs PostgreSQL (set DATABASE_URL).');
}
const describeOnPostgres = onPostgres ? describe : describe.skip;

describeOnPostgres('calls survive SIGKILL of the API at any moment', () => {
  let scratch: { url: string; drop(): Promise<void> };
  let app: App;
  let ctx: RequestContext;
  const runs: CallRun[] = [];

  beforeAll(async () => {
    scratch = await createScratchDatabase(process.env.DATABASE_URL!);
    const env = {
      NODE_ENV: 'test',
      DATABASE_URL: scratch.url,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      CLOCK_SPEEDUP: String(SPEEDUP),
      CLOCK_ANCHOR: anchor.toISOString(),
      TIMER_POLL_MS: '50',
      ACCESS_TOKEN_TTL_SECONDS: '86400',
    };
    // Fixtures through an in-process app on the same database and the same clock (it runs no timers).
    app = await createApp(loadConfig({ ...env, LOG_LEVEL: 'silent' }), { clock });
    ctx = new RequestContext(app, 'crash-test', 'local', null);
    const client = async (role: 'FAN' | 'CREATOR', n: number): Promise<Client> => {
      const handle = `crash_${role.toLowerCase()}_${n}_${Math.random().toString(36).slice(2, 8)}`;
      const [row] = await app.db.dataSource.query(
        `INSERT INTO account (email, password_hash, display_name, handle, role) VALUES ($1, 'not-a-hash', $2, $3, $4) RETURNING id`,
        [`${handle}@crash.test`, handle, handle, role],
      );
      const account = await app.db.dataSource.getRepository(Account).findOneByOrFail({ id: row.id });
      const auth = await ctx.transaction((tx) => app.identity.issueSession(tx, account));
      return { id: row.id, token: auth.accessToken };
    };
    for (const [i, plan] of PLANS.entries()) {
      const fan = await client('FAN', i);
      const creator = await client('CREATOR', i);
      await app.db.dataSource.query(
        `INSERT INTO creator_profile (account_id, calls_enabled, price_per_minute, commission_bps, phone_e164, phone_verified_at)
         VALUES ($1, true, $2, $3, '+4915112345678', now())`,
        [creator.id, plan.price, plan.commissionBps ?? null],
      );
      await app.ledger.transfer(ctx, {
        key: `crash:fund:${fan.id}`,
        kind: TransferKind.PROMOTION,
        legs: [
          { account: { platform: AccountKind.PROMOTIONS }, amount: -(plan.funds ?? plan.price * 20) },
          { account: { ownerId: fan.id, kind: AccountKind.FAN_WALLET }, amount: plan.funds ?? plan.price * 20 },
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

  it('ends every call correctly and bills exactly the connected seconds', async () => {
    const wallStarted = Date.now();
    killer = new Killer(() => {
      // The next minute boundary of an ongoing call within 2 s of wall time, or now while any call is live.
      const t = now();
      const boundaries = runs
        .filter((r) => r.state === 'ONGOING' && r.connectedAt !== undefined)
        .map((r) => ({ r, at: r.connectedAt! + Math.ceil((t + 500 - r.connectedAt!) / 60_000) * 60_000 }))
        .filter((b) => b.at - t <= SPEEDUP * 2000)
        .sort((a, b) => a.at - b.at);
      if (boundaries.length) return { at: boundaries[0].at, label: `idle: ${boundaries[0].r.plan.name[0]} boundary` };
      return runs.some((r) => r.id && live(r)) ? { at: t, label: 'idle' } : null;
    });
    killer.start();
    t0 = now() + 2000;
    await Promise.all(runs.map(drive));
    await killer.stop();
    await api.kill(); // the database alone is the truth from here on
    const driveWallMs = Date.now() - wallStarted;

    const q = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => app.db.dataSource.query(sql, params) as Promise<T[]>;
    const ms = (d: Date | string | null) => (d ? new Date(d).getTime() : null);
    const rows = new Map<string, Record<string, any>>();
    for (const run of runs) rows.set(run.id!, (await q(`SELECT * FROM call WHERE id = $1`, [run.id]))[0]);

    // Where the kills landed, as the database tells it.
    const lines: string[] = [];
    const coverage = { ringing: 0, connecting: 0, 'mid-minute': 0, boundary: 0 };
    for (const [i, kill] of killer.kills.entries()) {
      const hits: string[] = [];
      const phases = new Set<keyof typeof coverage>();
      for (const run of runs) {
        const c = rows.get(run.id!)!;
        const [created, answered, connected, end] = [ms(c.created_at)!, ms(c.answered_at), ms(c.connected_at), ms(c.ended_at)!];
        const letter = run.plan.name[0];
        if (kill.at >= created && kill.at < (answered ?? end)) {
          hits.push(`${letter} ringing ${((kill.at - created) / 1000).toFixed(1)}s`);
          phases.add('ringing');
        } else if (answered !== null && kill.at >= answered && kill.at < (connected ?? end)) {
          hits.push(`${letter} connecting ${((kill.at - answered) / 1000).toFixed(1)}s`);
          phases.add('connecting');
        } else if (connected !== null && kill.at >= connected && kill.at < end) {
          const into = kill.at - connected;
          const nearest = Math.round(into / 60_000);
          if (nearest > 0 && Math.abs(into - nearest * 60_000) <= 1000) {
            hits.push(`${letter} at boundary m${nearest} ${into - nearest * 60_000 >= 0 ? '+' : ''}${into - nearest * 60_000}ms`);
            phases.add('boundary');
          } else {
            hits.push(`${letter} mid-minute ${Math.floor(into / 60_000)}:${String(Math.floor((into % 60_000) / 1000)).padStart(2, '0')}`);
            phases.add('mid-minute');
          }
        }
      }
      for (const phase of phases) coverage[phase]++;
      lines.push(`kill ${String(i + 1).padStart(2)} at ${at(kill.at)} (asked: ${kill.label}; restarted in ${kill.wallMs} ms wall = ${((kill.readyAt - kill.at) / 1000).toFixed(1)} s fake) hit: ${hits.join(', ') || 'no live call'}`);
    }
    // A planned outcome, or the deadline's when an outage hid the client from it: the API cannot tell a party
    // it does not hear from a party that is gone (30 s after the media deadline or the heartbeat grace).
    const outageAcross = (from: number, deadline: number) => killer.kills.find((k) => k.at <= from && k.readyAt >= deadline - 2000);
    const outcomes = new Map<CallRun, { planned: boolean; excuse: string | null }>();
    for (const run of runs) {
      const c = rows.get(run.id!)!;
      const expected = run.plan.expect;
      const planned = c.state === expected.state && (!expected.endReasons || expected.endReasons.includes(c.end_reason));
      let outage: KillRecord | undefined;
      if (!planned && c.state === 'FAILED' && run.plan.answer?.publishAfter !== undefined) {
        const answered = ms(c.answered_at)!;
        outage = outageAcross(answered + run.plan.answer.publishAfter * 1000 + 1000, answered + MEDIA_TIMEOUT_MS);
      }
      const reaction = run.plan.decline ?? run.plan.answer?.after;
      if (!planned && c.state === 'MISSED' && reaction !== undefined) {
        const created = ms(c.created_at)!;
        outage = outageAcross(created + reaction * 1000 + 1000, created + RING_TIMEOUT_MS);
      }
      if (!planned && (c.end_reason === 'FAN_DISCONNECTED' || c.end_reason === 'CREATOR_DISCONNECTED')) {
        const seen = ms(c.end_reason === 'FAN_DISCONNECTED' ? c.fan_seen_at : c.creator_seen_at)!;
        outage = outageAcross(seen + 6000, seen + HEARTBEAT_GRACE_MS + PARTY_MISSING_MS);
      }
      const excuse = outage ? `the API was down ${at(outage.at)}–${at(outage.readyAt)}, past the deadline` : null;
      outcomes.set(run, { planned, excuse });
    }
    const restarts = [...api.restartMs].sort((a, b) => a - b);
    console.log(
      [
        `crash test: ${runs.length} calls, ${killer.kills.length} SIGKILLs (${killer.skipped.length} requested kills skipped: ${killer.skipped.map((s) => s.label).join('; ') || 'none'}), clock ×${SPEEDUP}, drive took ${(driveWallMs / 1000).toFixed(1)} s wall`,
        ...lines,
        `coverage: ${JSON.stringify(coverage)}; restart wall ms min ${restarts[0]} median ${restarts[restarts.length >> 1]} max ${restarts[restarts.length - 1]}`,
        ...runs.map((r) => {
          const c = rows.get(r.id!)!;
          const { planned, excuse } = outcomes.get(r)!;
          const times = `created ${at(ms(c.created_at)!)}, answered ${c.answered_at ? at(ms(c.answered_at)!) : '-'}, connected ${c.connected_at ? at(ms(c.connected_at)!) : '-'}, ended ${at(ms(c.ended_at)!)}, fan seen ${at(ms(c.fan_seen_at)!)}, creator seen ${c.creator_seen_at ? at(ms(c.creator_seen_at)!) : '-'}`;
          const verdict = planned ? 'as planned' : `NOT as planned (${excuse ?? `no outage explains it: ${times}`})`;
          return `${r.plan.name}: ${c.state}${c.end_reason ? ` ${c.end_reason}` : ''} ${verdict}, billed ${c.billed_seconds ?? '-'} s, charged ${c.charged_tokens} tokens at ${c.price_per_minute}/min`;
        }),
        `API error log lines: ${api.errorLines.length}${api.errorLines.length ? `\n  ${api.errorLines.slice(0, 5).join('\n  ')}` : ''}`,
      ].join('\n'),
    );

    expect(killer.kills.length).toBeGreaterThanOrEqual(20);
    expect(coverage.ringing).toBeGreaterThanOrEqual(3);
    expect(coverage.connecting).toBeGreaterThanOrEqual(2);
    expect(coverage['mid-minute']).toBeGreaterThanOrEqual(3);
    expect(coverage.boundary).toBeGreaterThanOrEqual(4);

    // Outages, to tell an unbilled gap the crashes explain from one nobody can.
    const outages = killer.kills.map((k) => ({ from: k.at, to: k.readyAt + GAP_SLACK_MS }));
    const inOutage = (gap: TimeGap) => outages.some((o) => gap.from.getTime() >= o.from && gap.to.getTime() <= o.to);

    let platformOwed = 0;
    const creatorOwed = new Map<string, number>();
    for (const run of runs) {
      const c = rows.get(run.id!)!;
      const what = `${run.plan.name} (${run.id})`;
      const price: number = c.price_per_minute;
      const ending = run.plan.ending;
      expect({ call: what, state: c.state, endReason: c.end_reason, asPlannedOrForcedByAnOutage: true }).toEqual({
        call: what,
        state: c.state,
        endReason: c.end_reason,
        asPlannedOrForcedByAnOutage: outcomes.get(run)!.planned || outcomes.get(run)!.excuse !== null,
      });
      expect(c.held_tokens).toBe(0);
      const [created, answered, connected, end] = [ms(c.created_at)!, ms(c.answered_at), ms(c.connected_at), ms(c.ended_at)!];

      // When it ended is what the clients did or what the deadline says.
      if (c.state === 'MISSED') expect(end - created).toBe(RING_TIMEOUT_MS);
      if (c.state === 'FAILED') expect(end - answered!).toBe(MEDIA_TIMEOUT_MS);
      if (run.hangUp && c.end_reason === `${ending && 'hangUp' in ending ? ending.hangUp : ''}_HUNG_UP`) {
        expect(end).toBeGreaterThanOrEqual(run.hangUp.from);
        expect(end).toBeLessThanOrEqual(run.hangUp.to);
      }
      if (c.end_reason === 'FUNDS_EXHAUSTED') expect((end - connected!) % 60_000).toBe(0);
      if (c.end_reason === 'FAN_DISCONNECTED') expect(end).toBeGreaterThanOrEqual(ms(c.fan_seen_at)! + HEARTBEAT_GRACE_MS + PARTY_MISSING_MS);
      if (c.end_reason === 'CREATOR_DISCONNECTED') expect(end).toBeGreaterThanOrEqual(ms(c.creator_seen_at)! + HEARTBEAT_GRACE_MS + PARTY_MISSING_MS);

      // The fan pays exactly the connected seconds, less the gaps; every gap is explained by an outage.
      if (connected === null) {
        expect({ call: what, charged: c.charged_tokens, billed: c.billed_seconds }).toEqual({ call: what, charged: 0, billed: null });
      } else {
        const recorded = (await q<{ started_at: Date; ended_at: Date }>(`SELECT started_at, ended_at FROM call_gap WHERE call_id = $1`, [run.id])).map(
          (g) => ({ from: new Date(g.started_at), to: new Date(g.ended_at) }),
        );
        for (const gap of recorded) expect({ call: what, gap, explained: inOutage(gap) }).toEqual({ call: what, gap, explained: true });
        const gaps = [...recorded];
        for (const seen of [c.fan_seen_at, c.creator_seen_at]) {
          const goneSince = ms(seen)! + HEARTBEAT_GRACE_MS;
          if (goneSince < end) gaps.push({ from: new Date(goneSince), to: new Date(end) });
        }
        const billed = billableSeconds(new Date(connected), new Date(end), gaps);
        expect({ call: what, billed: c.billed_seconds }).toEqual({ call: what, billed });
        expect(c.billed_seconds).toBeLessThanOrEqual(Math.ceil((end - connected) / 1000));
        expect({ call: what, charged: c.charged_tokens }).toEqual({ call: what, charged: callCharge(price, billed).total });
      }

      // The ledger: every step once, holds net to zero, the settlements are the charge, split by the commission.
      const transfers = await q<{ id: string; idempotency_key: string; kind: string }>(`SELECT id, idempotency_key, kind FROM ledger_transfer WHERE reference = $1`, [`call:${run.id}`]);
      const entries = await q<{ transfer_id: string; kind: string; owner_id: string | null; amount: string }>(
        `SELECT e.transfer_id, a.kind, a.owner_id, e.amount FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id JOIN ledger_transfer t ON t.id = e.transfer_id WHERE t.reference = $1`,
        [`call:${run.id}`],
      );
      const legs = (id: string, kind: string) => entries.filter((e) => e.transfer_id === id && e.kind === kind).reduce((sum, e) => sum + Number(e.amount), 0);
      const of = (kind: string) => transfers.filter((t) => t.kind === kind);
      const reserveKeys = of(TransferKind.RESERVE).map((t) => t.idempotency_key).sort();
      expect(reserveKeys).toEqual(Array.from({ length: c.minutes_reserved }, (_, i) => `call:${run.id}:reserve:${i + 1}`).sort());
      expect(of(TransferKind.RELEASE).map((t) => t.idempotency_key)).toEqual(of(TransferKind.RELEASE).length ? [`call:${run.id}:release`] : []);
      for (const t of of(TransferKind.SETTLE)) expect(t.idempotency_key).toMatch(new RegExp(`^call:${run.id}:settle:(m\\d+|final)$`));
      const reserved = of(TransferKind.RESERVE).reduce((sum, t) => sum + legs(t.id, AccountKind.FAN_HOLD), 0);
      const settled = of(TransferKind.SETTLE).reduce((sum, t) => sum - legs(t.id, AccountKind.FAN_HOLD), 0);
      const released = of(TransferKind.RELEASE).reduce((sum, t) => sum - legs(t.id, AccountKind.FAN_HOLD), 0);
      expect({ call: what, reserved }).toEqual({ call: what, reserved: settled + released });
      expect({ call: what, settled }).toEqual({ call: what, settled: c.charged_tokens });
      if (connected === null) expect(transfers).toEqual([]);
      for (const t of of(TransferKind.SETTLE)) {
        const split = commissionSplit(-legs(t.id, AccountKind.FAN_HOLD), c.commission_bps);
        expect({ creator: legs(t.id, AccountKind.CREATOR_EARNINGS), platform: legs(t.id, AccountKind.PLATFORM_REVENUE) }).toEqual(split);
        platformOwed += split.platform;
        creatorOwed.set(run.creator.id, (creatorOwed.get(run.creator.id) ?? 0) + split.creator);
      }
      expect(c.commission_bps).toBe(run.plan.commissionBps ?? app.config.COMMISSION_BPS);

      // Balances: the fan paid the charge and holds nothing; the creator earned their share.
      const funds = run.plan.funds ?? run.plan.price * 20;
      const balance = async (owner: string, kind: AccountKind.FAN_WALLET | AccountKind.FAN_HOLD | AccountKind.CREATOR_EARNINGS) => (await app.ledger.balance(ctx, owner, kind)).balance;
      expect({ call: what, wallet: await balance(run.fan.id, AccountKind.FAN_WALLET), hold: await balance(run.fan.id, AccountKind.FAN_HOLD) }).toEqual({
        call: what,
        wallet: funds - c.charged_tokens,
        hold: 0,
      });
      expect(await balance(run.creator.id, AccountKind.CREATOR_EARNINGS)).toBe(creatorOwed.get(run.creator.id) ?? 0);
      if (c.end_reason === 'FUNDS_EXHAUSTED') expect(funds - c.charged_tokens).toBeLessThan(price);
    }

    const [revenue] = await q<{ total: string }>(`SELECT coalesce(sum(balance), 0)::text AS total FROM ledger_account WHERE kind = 'PLATFORM_REVENUE'`);
    expect(Number(revenue.total)).toBe(platformOwed);
    expect(await checkLedger(app.db.dataSource.manager)).toEqual([]);
    // No deadline is left behind for a call that is over.
    expect(await q(`SELECT kind, key FROM timer WHERE key = ANY($1)`, [runs.map((r) => r.id)])).toEqual([]);
  }, 300_000);
});
