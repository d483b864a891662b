import { SpeedClock } from '../src/common/clock';
import type { ApiProcess } from './api-process';

/**
 * The moving parts of the calls crash test (calls-crash.test.ts): a timeline shared with the API processes,
 * a killer that SIGKILLs and restarts the API at the instants it is asked for, and the two clients of a call
 * that talk to the API over HTTP GraphQL like real ones: retrying while it is down, heartbeating every 5 s.
 */

export type Party = 'FAN' | 'CREATOR';
/** Where to kill the API during a call. */
export type Kill =
  | { phase: 'ringing'; after: number } // seconds after the call started
  | { phase: 'connecting'; after: number } // seconds after the answer
  | { phase: 'mid-minute'; after: number } // seconds after the call connected
  | { phase: 'boundary'; minute: number; offsetMs: number };

export interface CallPlan {
  name: string;
  /** Seconds (fake) after the drive begins. */
  startAt: number;
  price: number;
  kind?: 'VIDEO' | 'AUDIO';
  commissionBps?: number;
  /** Tokens on the fan's wallet. */
  funds: number;
  /** The creator answers `after` s of ringing and publishes `publishAfter` s later (never when unset: FAILED). */
  answer?: { after: number; publishAfter?: number };
  decline?: number;
  /** After connecting: a party hangs up, or goes silent (stops heartbeating), or the funds run out. */
  ending?: { hangUp: Party; after: number } | { silent: Party | 'BOTH'; after: number } | { fundsRunOut: true };
  expect: { state: string; endReasons?: string[] };
  kills: Kill[];
}

export interface Client {
  id: string;
  token: string;
}

/** A call as its clients know it. */
export interface CallRun {
  plan: CallPlan;
  fan: Client;
  creator: Client;
  id?: string;
  state: string;
  connectedAt?: number;
  /** When the hanging-up party sent endCall and when it had its answer (fake ms). */
  hangUp?: { from: number; to: number };
  silentFrom: Partial<Record<Party, number>>;
}

export const isLive = (run: CallRun) => ['RINGING', 'CONNECTING', 'ONGOING'].includes(run.state);

/** Fake time: the accelerated clock every API process started with the same anchor reads too. */
export class Timeline {
  readonly clock: SpeedClock;
  /** Where the drive begins; `label` counts from here. */
  t0 = 0;

  constructor(
    readonly speedup: number,
    readonly anchor = new Date(),
  ) {
    this.clock = new SpeedClock(speedup, anchor);
  }

  now(): number {
    return this.clock.now().getTime();
  }

  sleepWall(ms: number): Promise<void> {
    return new Promise((r) => setTimeout(r, Math.max(0, ms)));
  }

  until(fakeAt: number): Promise<void> {
    return this.sleepWall(this.clock.wallMs(fakeAt - this.now()));
  }

  label(fake: number): string {
    const s = (fake - this.t0) / 1000;
    return `+${Math.floor(s / 60)}:${(s % 60).toFixed(1).padStart(4, '0')}`;
  }
}

interface KillRequest {
  at: number;
  latest: number;
  label: string;
}
export interface KillRecord {
  at: number;
  /** Date.now() at the kill, to compare with the database's now() (ledger_transfer.created_at). */
  wallAt: number;
  readyAt: number;
  label: string;
  wallMs: number;
}
export interface KillerOptions {
  /** Wall-clock time the API stays up after a restart before the next kill, so clients can reconnect. */
  minUpWallMs: number;
  /** With nothing asked for soon, strike anyway after this much wall-clock uptime… */
  idleKillWallMs: number;
  /** …until there were this many kills. */
  maxIdleKills: number;
  /** When to strike with nothing asked for (e.g. the next minute boundary of a call), or null. */
  idleTarget: () => { at: number; label: string } | null;
}

/** SIGKILLs the API at the instants it is asked for (each within a window), then restarts it. */
export class Killer {
  private readonly queue: KillRequest[] = [];
  readonly kills: KillRecord[] = [];
  readonly skipped: KillRequest[] = [];
  private running = true;
  private loop?: Promise<void>;

  constructor(
    private readonly api: ApiProcess,
    private readonly time: Timeline,
    private readonly options: KillerOptions,
  ) {}

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
    const { api, time, options } = this;
    while (this.running) {
      const next = this.queue[0];
      const upWallMs = api.up ? Date.now() - api.readyAtWall : 0;
      const quiet = !next || next.at - time.now() > time.speedup * 5000; // nothing asked for in the next 5 s of wall time
      const idle = quiet && upWallMs >= options.idleKillWallMs && this.kills.length < options.maxIdleKills ? options.idleTarget() : null;
      if (idle) {
        await time.until(idle.at);
        await this.kill(idle.label);
        continue;
      }
      if (!next || time.now() < next.at) {
        await time.sleepWall(next ? Math.min(20, time.clock.wallMs(next.at - time.now())) : 20);
        continue;
      }
      if (time.now() > next.latest) {
        this.skipped.push(this.queue.shift()!);
        continue;
      }
      if (!api.up || upWallMs < options.minUpWallMs) {
        await time.sleepWall(5);
        continue;
      }
      this.queue.shift();
      await this.kill(next.label);
    }
  }

  private async kill(label: string): Promise<void> {
    const [at, wallAt] = [this.time.now(), Date.now()];
    await this.api.kill();
    const wallMs = await this.api.start();
    this.kills.push({ at, wallAt, readyAt: this.time.now(), label, wallMs });
  }
}

class Unreachable extends Error {}
interface GqlBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}
const VIEW = 'id state endReason connectedAt';
interface CallView {
  id: string;
  state: string;
  endReason: string | null;
  connectedAt: string | null;
}

/** Drives calls through their plans: the fan's and the creator's clients, and the kills each plan asks for. */
export class CallDriver {
  constructor(
    private readonly api: ApiProcess,
    private readonly time: Timeline,
    private readonly killer: Killer,
  ) {}

  async drive(run: CallRun): Promise<void> {
    const { plan } = run;
    const { time, killer } = this;
    const letter = plan.name[0];
    await time.until(time.t0 + plan.startAt * 1000);
    await this.start(run);
    const startedAt = time.now();
    for (const kill of plan.kills) {
      if (kill.phase === 'ringing') killer.request(startedAt + kill.after * 1000, startedAt + (kill.after + 8) * 1000, `${letter} ringing +${kill.after}s`);
    }
    const clients = [this.heartbeats(run, 'FAN')];

    if (plan.decline !== undefined) {
      await time.until(startedAt + plan.decline * 1000);
      await this.act(run, 'CREATOR', 'declineCall');
    } else if (plan.answer) {
      const { after, publishAfter } = plan.answer;
      await time.until(startedAt + after * 1000);
      await this.act(run, 'CREATOR', 'answerCall');
      const answeredAt = time.now();
      for (const kill of plan.kills) {
        if (kill.phase === 'connecting')
          killer.request(answeredAt + kill.after * 1000, answeredAt + (kill.after + 2) * 1000, `${letter} connecting +${kill.after}s`);
      }
      clients.push(this.heartbeats(run, 'CREATOR', publishAfter === undefined ? undefined : answeredAt + publishAfter * 1000));
    }
    while (isLive(run) && run.connectedAt === undefined) await time.sleepWall(10);

    const connectedAt = run.connectedAt;
    if (connectedAt !== undefined) {
      for (const kill of plan.kills) {
        if (kill.phase === 'mid-minute')
          killer.request(connectedAt + kill.after * 1000, connectedAt + (kill.after + 15) * 1000, `${letter} mid-minute +${kill.after}s`);
        if (kill.phase === 'boundary') {
          const instant = connectedAt + kill.minute * 60_000 + kill.offsetMs;
          killer.request(instant, instant + 300, `${letter} boundary m${kill.minute} ${kill.offsetMs >= 0 ? '+' : ''}${kill.offsetMs}ms`);
        }
      }
      const ending = plan.ending;
      if (ending && 'silent' in ending) {
        for (const who of ending.silent === 'BOTH' ? (['FAN', 'CREATOR'] as const) : [ending.silent]) run.silentFrom[who] = connectedAt + ending.after * 1000;
      } else if (ending && 'hangUp' in ending) {
        await time.until(connectedAt + ending.after * 1000);
        if (isLive(run)) {
          const from = time.now();
          await this.act(run, ending.hangUp, 'endCall');
          run.hangUp = { from, to: time.now() };
        }
      }
    }
    // Calls that end by a deadline: the clients watch until they do.
    while (isLive(run)) {
      const read = await this.gql<{ call: CallView }>(run.fan.token, `query($id: ID!) { call(id: $id) { ${VIEW} } }`, { id: run.id });
      observe(run, read.data?.call);
      if (isLive(run)) await time.sleepWall(time.clock.wallMs(2000));
    }
    await Promise.all(clients);
  }

  private async start(run: CallRun): Promise<void> {
    const { plan } = run;
    const started = await this.gql<{ startCall: CallView & { __typename: string } }>(
      run.fan.token,
      `mutation($c: ID!, $k: CallKind) { startCall(creatorId: $c, kind: $k) { __typename ... on Call { ${VIEW} } } }`,
      { c: run.creator.id, k: plan.kind ?? 'VIDEO' },
    );
    let call: CallView | null | undefined = started.data?.startCall;
    if (started.data?.startCall && started.data.startCall.__typename !== 'Call')
      throw new Error(`${plan.name}: startCall gave ${started.data.startCall.__typename}`);
    if (!call) {
      // The first attempt committed but its reply was lost in a crash: the retry is refused, the call is live.
      call = (await this.gql<{ activeCall: CallView | null }>(run.fan.token, `{ activeCall { ${VIEW} } }`)).data?.activeCall;
      if (!call) throw new Error(`${plan.name}: startCall failed: ${JSON.stringify(started.errors)}`);
    }
    run.id = call.id;
    observe(run, call);
  }

  /** One action of a party on the call; a refusal because the call moved on (a lost reply) re-reads it. */
  private async act(run: CallRun, who: Party, mutation: 'answerCall' | 'declineCall' | 'endCall'): Promise<void> {
    const client = who === 'FAN' ? run.fan : run.creator;
    const selection = mutation === 'answerCall' ? `{ call { ${VIEW} } }` : `{ ${VIEW} }`;
    const body = await this.gql<Record<string, CallView & { call?: CallView }>>(client.token, `mutation($id: ID!) { ${mutation}(callId: $id) ${selection} }`, {
      id: run.id,
    });
    const result = body.data?.[mutation];
    if (result) return observe(run, result.call ?? result);
    if (body.errors?.[0].extensions?.code !== 'CONFLICT') throw new Error(`${run.plan.name}: ${mutation} failed: ${JSON.stringify(body.errors)}`);
    const read = await this.gql<{ call: CallView }>(client.token, `query($id: ID!) { call(id: $id) { ${VIEW} } }`, { id: run.id });
    observe(run, read.data?.call);
  }

  /**
   * A party's client: a heartbeat every 5 s, retried quickly while the API is down, until it goes silent. The
   * creator's client also reports at once when it starts publishing (`publishAt`).
   */
  private async heartbeats(run: CallRun, who: Party, publishAt?: number): Promise<void> {
    const { time } = this;
    const client = who === 'FAN' ? run.fan : run.creator;
    const query = `mutation($id: ID!, $v: Boolean!) { reportMediaState(callId: $id, media: { publishingAudio: true, publishingVideo: $v }) { ${VIEW} } }`;
    while (isLive(run)) {
      const silentFrom = run.silentFrom[who];
      if (silentFrom !== undefined && time.now() >= silentFrom) return;
      const sent = time.now();
      try {
        const publishing = who === 'FAN' || (publishAt !== undefined && sent >= publishAt);
        const body = await this.gqlOnce<{ reportMediaState: CallView }>(client.token, query, { id: run.id, v: publishing });
        if (body.errors) throw new Error(`${run.plan.name}: heartbeat refused: ${JSON.stringify(body.errors)}`);
        observe(run, body.data?.reportMediaState);
      } catch (err) {
        if (!(err instanceof Unreachable)) throw err;
        await time.sleepWall(100);
        continue;
      }
      await time.until(publishAt !== undefined && publishAt > sent ? Math.min(sent + 5000, publishAt) : sent + 5000);
    }
  }

  private async gqlOnce<T>(token: string, query: string, variables: Record<string, unknown>): Promise<GqlBody<T>> {
    let res: Response;
    try {
      res = await fetch(`${this.api.url}/graphql`, {
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
    // A request cut off by a dying database connection: the client tries again.
    if (body.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) throw new Unreachable(body.errors[0].message);
    return body;
  }

  /** Retries for up to a minute while the API is unreachable. */
  private async gql<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<GqlBody<T>> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        return await this.gqlOnce<T>(token, query, variables);
      } catch (err) {
        if (!(err instanceof Unreachable) || Date.now() > deadline) throw err;
        await this.time.sleepWall(100);
      }
    }
  }
}

function observe(run: CallRun, view: CallView | null | undefined): void {
  if (!view) return;
  run.state = view.state;
  if (view.connectedAt && !run.connectedAt) run.connectedAt = Date.parse(view.connectedAt);
}
