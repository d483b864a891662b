/**
 * The scale-out mode end to end (issue 19): two API processes (`node api/dist/api/src/main.js`) on one
 * PostgreSQL database and one Redis, behind a round-robin proxy for HTTP and WebSocket. The creator's socket
 * lands on one process and the fan's on the other; they complete a billed call with its temporary chat, every
 * HTTP request going to the next process in turn. Mid-call, the creator's process is killed with SIGKILL: the
 * creator's client reconnects through the proxy to the survivor, the minute boundaries keep being billed there,
 * another creator whose only socket died goes offline once its presence expires, and the fan hangs up. Then the
 * charge is checked against the billing rules and `ledger:check` runs as the operator would run it.
 * The processes run on an accelerated clock (CLOCK_SPEEDUP, same code path) so minutes pass in seconds.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createApp, type App } from '../src/app';
import { loadConfig } from '../src/config';
import { billableMilliseconds, callCharge, type TimeGap } from '../src/modules/billing';
import { HEARTBEAT_GRACE_MS } from '../src/modules/calls';
import { Account } from '../src/modules/identity';
import { AccountKind, TransferKind } from '../src/modules/ledger';
import { API_MAIN, ApiProcess, freePort } from './api-process';
import { Timeline } from './call-driver';
import { createScratchDatabase, eventually, isPostgres, nextEvent, untilReceived } from './harness';
import { RoundRobinProxy } from './round-robin-proxy';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Fake seconds per wall second: a minute of a call passes in 6 s. */
const SPEEDUP = 10;
const PRICE = 30;
const FUNDS = 600;
const GRACE_MS = 1000;
const HEARTBEAT_MS = 300;
/** Generous wall-clock deadlines: the machine runs other test files and agents at the same time. */
const LONG = 60_000;

const CALL = 'id state endReason connectedAt';
type CallView = { id: string; state: string; endReason: string | null; connectedAt: string | null };
type Gql<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };

const onPostgres = isPostgres();
if (!onPostgres) {
  console.info('two-processes.test.ts is skipped: two API processes need one shared PostgreSQL database (set DATABASE_URL) and Redis');
}

(onPostgres ? describe : describe.skip)('two API processes behind a round-robin proxy behave as one', () => {
  const time = new Timeline(SPEEDUP);
  let scratch: { url: string; drop(): Promise<void> };
  let fixtures: App;
  let a: ApiProcess;
  let b: ApiProcess;
  let proxy: RoundRobinProxy;
  const clients: WsClient[] = [];
  let stopHeartbeats = false;
  let env: Record<string, string>;
  const q = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => fixtures.db.dataSource.query(sql, params) as Promise<T[]>;

  beforeAll(async () => {
    scratch = await createScratchDatabase(process.env.DATABASE_URL!);
    env = {
      NODE_ENV: 'test',
      DATABASE_URL: scratch.url,
      REDIS_URL,
      JWT_SECRET: randomBytes(32).toString('base64url'), // one secret for every process, as behind any load balancer
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      CLOCK_SPEEDUP: String(SPEEDUP),
      CLOCK_ANCHOR: time.anchor.toISOString(),
      TIMER_POLL_MS: '50',
      ACCESS_TOKEN_TTL_SECONDS: '86400',
      PRESENCE_GRACE_MS: String(GRACE_MS),
      PRESENCE_HEARTBEAT_MS: String(HEARTBEAT_MS),
      PUBLIC_CACHE_TTL_MS: '0',
    };
    // Migrations and fixtures through an in-process app on the same database and timeline (it runs no timers).
    const { REDIS_URL: _shared, ...alone } = env;
    fixtures = await createApp(loadConfig({ ...alone, LOG_LEVEL: 'silent' }), { clock: time.clock });
    a = new ApiProcess(await freePort(), env, { standby: false });
    b = new ApiProcess(await freePort(), env, { standby: false });
    await a.start();
    await b.start();
    proxy = new RoundRobinProxy([
      { name: 'A', port: a.port },
      { name: 'B', port: b.port },
    ]);
    await proxy.listen();
  }, 120_000);

  afterAll(async () => {
    stopHeartbeats = true;
    await Promise.all(clients.map((c) => c.dispose()));
    await proxy?.close();
    await a?.close();
    await b?.close();
    await fixtures?.db.close();
    await scratch?.drop();
  }, 60_000);

  /** An account that may call or be called, signed in (a session issued as logging in would). */
  async function account(role: 'FAN' | 'CREATOR'): Promise<{ id: string; token: string }> {
    const handle = `two_${role.toLowerCase()}_${randomBytes(4).toString('hex')}`;
    const [row] = await q<{ id: string }>(
      `INSERT INTO account (email, password_hash, display_name, handle, role, email_verified_at) VALUES ($1, 'not-a-hash', $2, $2, $3, now()) RETURNING id`,
      [`${handle}@two.test`, handle, role],
    );
    const found = await fixtures.db.dataSource.getRepository(Account).findOneByOrFail({ id: row.id });
    const ctx = fixtures.contexts.system('two-processes');
    const auth = await fixtures.uow.run(ctx, (tx) => fixtures.identity.issueSession(tx, found));
    if (role === 'CREATOR') {
      await q(
        `INSERT INTO creator_profile (account_id, calls_enabled, price_per_minute, phone_e164, phone_verified_at) VALUES ($1, true, $2, '+4915112345678', now())`,
        [row.id, PRICE],
      );
    }
    return { id: row.id, token: auth.accessToken };
  }

  /** GraphQL over HTTP through the proxy; retried while a process is down or a request was cut off by the kill. */
  async function gql<T>(token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<Gql<T>> {
    const deadline = Date.now() + LONG;
    for (;;) {
      try {
        const res = await fetch(`${proxy.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(15_000),
        });
        if (res.status === 502) throw new Error('cut off');
        const body = (await res.json()) as Gql<T>;
        if (body.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) throw new Error(body.errors[0].message);
        return body;
      } catch (err) {
        if (Date.now() > deadline) throw err;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }
  async function ok<T>(token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const body = await gql<T>(token, query, variables);
    if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  /** A graphql-ws client through the proxy; `reconnect`: as the storefront's, it comes back (to a live process) when cut. */
  async function socket(token: string, reconnect: boolean): Promise<WsClient> {
    const before = proxy.socketsTo.length;
    const client = createClient({
      url: `${proxy.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: reconnect ? 1000 : 0,
      shouldRetry: () => reconnect,
      retryWait: () => new Promise((r) => setTimeout(r, 100)),
      connectionParams: { authorization: `Bearer ${token}` },
      onNonLazyError: () => undefined,
    });
    clients.push(client);
    await eventually(() => expect(proxy.socketsTo.length).toBe(before + 1), LONG);
    return client;
  }

  /**
   * Waits until the subscriptions made so far on `client` are live: a probe subscribed after them must hear a
   * change (made through the proxy, on whichever process) — the server handles one socket's messages in order.
   */
  async function live(client: WsClient, token: string): Promise<void> {
    const probe = nextEvent<{ accountUpdated: { displayName: string } }>(client, `subscription { accountUpdated { displayName } }`, {}, LONG);
    await untilReceived(probe, () => ok(token, `mutation { updateDisplayName(displayName: "Probe ${randomBytes(2).toString('hex')}") { id } }`), 100);
    probe.unsubscribe();
  }

  const readCall = async (token: string, id: string) => (await ok<{ call: CallView }>(token, `query($id: ID!) { call(id: $id) { ${CALL} } }`, { id })).call;
  const onlineOf = async (creatorId: string) =>
    (await ok<{ creator: { availability: { online: boolean } } }>(null, `query($id: ID!) { creator(id: $id) { availability { online } } }`, { id: creatorId }))
      .creator.availability.online;

  it('completes a billed call with its chat across both processes, and keeps billing on the survivor when one is killed mid-call', async () => {
    const creator = await account('CREATOR');
    const other = await account('CREATOR'); // connected to the process that will be killed, and never reconnecting
    const fan = await account('FAN');
    await fixtures.ledger.transfer(fixtures.contexts.system('two-processes'), {
      key: `two:fund:${fan.id}`,
      kind: TransferKind.PROMOTION,
      legs: [
        { account: { platform: AccountKind.PROMOTIONS }, amount: -FUNDS },
        { account: { ownerId: fan.id, kind: AccountKind.FAN_WALLET }, amount: FUNDS },
      ],
    });

    // Sockets alternate: the creator's lands on A, the fan's on B, the other creator's on A.
    const creatorWs = await socket(creator.token, true);
    const fanWs = await socket(fan.token, true);
    await socket(other.token, false);
    expect(proxy.socketsTo).toEqual(['A', 'B', 'A']);

    // Presence is shared: both creators are online whichever process answers (two reads: one from each).
    await eventually(async () => {
      expect([await onlineOf(creator.id), await onlineOf(creator.id), await onlineOf(other.id), await onlineOf(other.id)]).toEqual([true, true, true, true]);
    }, LONG);

    const incoming = nextEvent<{ incomingCall: CallView }>(creatorWs, `subscription { incomingCall { ${CALL} } }`, {}, LONG);
    const otherAvailability = nextEvent<{ creatorAvailabilityChanged: { availability: { online: boolean } } }>(
      fanWs,
      `subscription($ids: [ID!]!) { creatorAvailabilityChanged(creatorIds: $ids) { availability { online } } }`,
      { ids: [other.id] },
      LONG,
    );
    await live(creatorWs, creator.token);
    await live(fanWs, fan.token);

    // The fan calls (through whichever process); the creator hears it on A and answers.
    const started = await ok<{ startCall: CallView & { __typename: string } }>(
      fan.token,
      `mutation($c: ID!) { startCall(creatorId: $c, kind: VIDEO) { __typename ... on Call { ${CALL} } } }`,
      { c: creator.id },
    );
    expect(started.startCall.__typename).toBe('Call');
    const callId = started.startCall.id;
    expect((await incoming.next()).data?.incomingCall).toMatchObject({ id: callId, state: 'RINGING' });
    await ok(creator.token, `mutation($id: ID!) { answerCall(callId: $id) { call { id } } }`, { id: callId });

    // Both clients heartbeat every 5 s (fake) with what they publish, through the proxy, as the storefront does.
    const heartbeat = async (token: string) => {
      while (!stopHeartbeats) {
        const body = await gql<{ reportMediaState: CallView }>(
          token,
          `mutation($id: ID!) { reportMediaState(callId: $id, media: { publishingAudio: true, publishingVideo: true }) { ${CALL} } }`,
          { id: callId },
        );
        if (body.data?.reportMediaState.state === 'ENDED') return;
        await time.sleepWall(time.clock.wallMs(5000));
      }
    };
    const heartbeats = Promise.all([heartbeat(fan.token), heartbeat(creator.token)]);
    await eventually(async () => expect((await readCall(fan.token, callId)).state).toBe('ONGOING'), LONG);

    // The temporary chat: each side writes through either process and the other hears it on its own.
    const CHAT = `subscription($id: ID!) { callChatMessageAdded(callId: $id) { body mine } }`;
    const SEND = `mutation($id: ID!, $t: String!) { sendCallChatMessage(callId: $id, text: $t) { id } }`;
    type ChatEvent = { callChatMessageAdded: { body: string; mine: boolean } };
    const fanHears = nextEvent<ChatEvent>(fanWs, CHAT, { id: callId }, LONG);
    const creatorHears = nextEvent<ChatEvent>(creatorWs, CHAT, { id: callId }, LONG);
    await live(creatorWs, creator.token);
    await live(fanWs, fan.token);
    await ok(creator.token, SEND, { id: callId, t: 'Hello from A' });
    expect(await fanHears.next()).toEqual({ data: { callChatMessageAdded: { body: 'Hello from A', mine: false } } });
    expect(await creatorHears.next()).toEqual({ data: { callChatMessageAdded: { body: 'Hello from A', mine: true } } });
    await ok(fan.token, SEND, { id: callId, t: 'Hi from B' });
    expect(await creatorHears.next()).toEqual({ data: { callChatMessageAdded: { body: 'Hi from B', mine: false } } });
    const chat = await ok<{ callChatMessages: { body: string }[] }>(fan.token, `query($id: ID!) { callChatMessages(callId: $id) { body } }`, { id: callId });
    expect(chat.callChatMessages.map((m) => m.body)).toEqual(['Hello from A', 'Hi from B']);

    // Minute 1 is billed; then, well inside minute 2, A dies.
    const charged = async () => (await q<{ charged_tokens: number }>(`SELECT charged_tokens FROM call WHERE id = $1`, [callId]))[0].charged_tokens;
    await eventually(async () => expect(await charged()).toBeGreaterThanOrEqual(PRICE), LONG);
    const connectedAt = Date.parse((await readCall(fan.token, callId)).connectedAt!);
    await time.until(connectedAt + 75_000);
    await a.kill();
    const killedAt = Date.now();

    // The creator's client reconnects through the proxy, to B, and re-subscribes; the chat goes on there.
    await eventually(() => expect(proxy.socketsTo.slice(3)).toContain('B'), LONG);
    const heard = await untilReceived(creatorHears, () => ok(fan.token, SEND, { id: callId, t: 'Still there?' }), 200);
    expect(heard).toEqual({ data: { callChatMessageAdded: { body: 'Still there?', mine: false } } });

    // The other creator's only socket died with A: offline once A's last presence heartbeat expires.
    expect((await otherAvailability.next()).data?.creatorAvailabilityChanged.availability.online).toBe(false);
    expect(Date.now() - killedAt).toBeGreaterThanOrEqual(GRACE_MS);
    expect(await onlineOf(other.id)).toBe(false);
    expect(await onlineOf(creator.id)).toBe(true); // reconnected to B within the grace: never went offline

    // B bills minute 2 alone, then the fan hangs up.
    await eventually(async () => expect(await charged()).toBeGreaterThanOrEqual(2 * PRICE), LONG);
    await time.until(connectedAt + 130_000);
    const ended = await ok<{ endCall: CallView }>(fan.token, `mutation($id: ID!) { endCall(callId: $id) { ${CALL} } }`, { id: callId });
    expect(ended.endCall).toMatchObject({ state: 'ENDED', endReason: 'FAN_HUNG_UP' });
    stopHeartbeats = true;
    await heartbeats;

    // The charge follows the rules: the connected seconds less any gap, split by the commission; nothing left held.
    const [row] = await q<{
      state: string;
      connected_at: Date;
      ended_at: Date;
      charged_tokens: number;
      held_tokens: number;
      fan_seen_at: Date;
      creator_seen_at: Date;
    }>(`SELECT * FROM call WHERE id = $1`, [callId]);
    expect(row).toMatchObject({ state: 'ENDED', held_tokens: 0 });
    const gaps: TimeGap[] = (await q<{ started_at: Date; ended_at: Date }>(`SELECT started_at, ended_at FROM call_gap WHERE call_id = $1`, [callId])).map(
      (g) => ({
        from: new Date(g.started_at),
        to: new Date(g.ended_at),
      }),
    );
    for (const seen of [row.fan_seen_at, row.creator_seen_at]) {
      const goneSince = new Date(seen).getTime() + HEARTBEAT_GRACE_MS;
      if (goneSince < new Date(row.ended_at).getTime()) gaps.push({ from: new Date(goneSince), to: new Date(row.ended_at) });
    }
    const expected = callCharge(PRICE, billableMilliseconds(new Date(row.connected_at), new Date(row.ended_at), gaps));
    expect(row.charged_tokens).toBe(expected);
    expect(row.charged_tokens).toBeGreaterThanOrEqual(2 * PRICE);
    const ctx = fixtures.contexts.system('two-processes');
    expect((await fixtures.ledger.balance(ctx, fan.id, AccountKind.FAN_WALLET)).balance).toBe(FUNDS - expected);
    expect((await fixtures.ledger.balance(ctx, fan.id, AccountKind.FAN_HOLD)).balance).toBe(0);

    // Both processes served requests; neither logged an error (the killed one until it died).
    expect(proxy.requestsTo.get('A')).toBeGreaterThan(0);
    expect(proxy.requestsTo.get('B')).toBeGreaterThan(0);
    expect([...a.errorLines, ...b.errorLines]).toEqual([]);

    // The operator's ledger check, as `npm run ledger:check` runs it.
    const { NODE_OPTIONS: _jestFlags, ...inherited } = process.env;
    const check = spawnSync(process.execPath, [join(API_MAIN, '..', 'cli', 'ledger-check.js')], {
      env: { ...inherited, DATABASE_URL: scratch.url },
      encoding: 'utf8',
      timeout: LONG,
    });
    expect({ status: check.status, stderr: check.stderr }).toEqual({ status: 0, stderr: '' });
    expect(check.stdout).toContain('Ledger check passed');
  }, 300_000);
});
