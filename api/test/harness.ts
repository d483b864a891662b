import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client as PgClient } from 'pg';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createApp, type App } from '../src/app';
import { ManualClock, type Clock } from '../src/common/clock';
import { loadConfig } from '../src/config';
import type { Role } from '../src/modules/identity';
import { startServer, type RunningServer } from '../src/server';

/**
 * End-to-end harness in the spirit of Vendure's: each test file starts the real server on a free port
 * with a fresh database — a new PostgreSQL database when DATABASE_URL is set, in-memory PGlite otherwise —
 * and talks to it through HTTP and WebSocket like any client.
 */
export interface TestServer {
  readonly url: string;
  readonly wsUrl: string;
  readonly app: App;
  readonly server: RunningServer;
  readonly clock: Clock;
  /** Runs a GraphQL operation over HTTP. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: GqlOptions): Promise<GqlResult<T>>;
  /** Like gql, but fails the test on any error and returns `data`. */
  ok<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: GqlOptions): Promise<T>;
  /** Opens a graphql-ws client, signed in when a token is given. */
  ws(token?: string): WsClient;
  /** Signs up a fresh account (its email verified unless told otherwise), logs it in and returns its tokens. */
  signUp(role?: 'FAN' | 'CREATOR' | 'AGENCY', overrides?: Partial<SignUpFields>, options?: { verified?: boolean }): Promise<TestAccount>;
  /** Creates a MODERATOR or ADMIN account (as the CLI would) and logs it in. */
  staff(role: 'MODERATOR' | 'ADMIN'): Promise<TestAccount>;
  /** The database it runs on (see StartOptions.keepDatabase / reuse). */
  readonly database: TestDatabase;
  /** Runs SQL straight against the test database (for assertions and fixtures only). */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export interface GqlOptions {
  token?: string;
  headers?: Record<string, string>;
}
export interface GqlError {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}
export interface GqlResult<T> {
  status: number;
  data?: T | null;
  errors?: GqlError[];
  headers: Headers;
}
export interface SignUpFields {
  email: string;
  password: string;
  displayName: string;
  handle: string;
}
export interface TestAccount extends SignUpFields {
  id: string;
  accessToken: string;
  refreshToken: string;
  role: string;
}

export interface StartOptions {
  clock?: Clock;
  env?: Record<string, string>;
  /** Called with every SQL statement the app sends (tests that count queries). */
  onQuery?: (sql: string) => void;
  /** Leaves the database in place on close (PGlite in a temporary directory), so a later server can `reuse` it: a restart. */
  keepDatabase?: boolean;
  /** Opens the database a closed server kept (see `keepDatabase`) instead of a fresh one; it is dropped on close. */
  reuse?: TestDatabase;
}

/** The database of a test server: the environment that opens it, and how to throw it away. */
export interface TestDatabase {
  readonly env: Record<string, string>;
  drop(): Promise<void>;
}

export const isPostgres = (): boolean => !!process.env.DATABASE_URL;

export const AUTH_FIELDS = 'accessToken refreshToken accessTokenExpiresAt refreshTokenExpiresAt account { id email handle role status displayName }';

/**
 * The token secret of this test file's servers: explicit, as production's would be, and shared by every server
 * the file starts (several processes behind one load balancer share theirs). The generated per-DATA_DIR
 * secret of development mode has its own test.
 */
const JWT_SECRET = randomBytes(32).toString('base64url');

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}${randomBytes(2).toString('hex')}`;

export async function startTestServer(options: StartOptions = {}): Promise<TestServer> {
  const database = options.reuse ?? (await freshDatabase(options.keepDatabase ?? false));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    HOST: '127.0.0.1',
    PORT: '0',
    JWT_SECRET,
    DATA_DIR: 'memory://',
    SEED_DEMO: 'false',
    // Abuse limits far above what a test file does from one IP, fan or conversation (their own tests lower them).
    LOGIN_MAX_PER_IP: '10000',
    SIGNUP_MAX_PER_IP: '100000',
    CALL_STARTS_MAX_PER_FAN: '100000',
    CALL_ALERTS_MAX_PER_PAIR: '100000',
    CALL_ALERTS_MAX_PER_CREATOR: '100000',
    MESSAGES_MAX_PER_CONVERSATION: '100000',
    CHAT_LOCKS_MAX_PER_CONVERSATION: '100000',
    // Tests read right after writing behind the API's back (fixtures insert rows); the cache has its own test.
    PUBLIC_CACHE_TTL_MS: '0',
    // Every test file talks from 127.0.0.1, signed out often: the per-IP budget is lowered by the partners test only.
    ANONYMOUS_BUDGET_POINTS: '10000000',
    // Real argon2id, at a cost that keeps hundreds of sign-ups in a test run fast.
    PASSWORD_HASH_MEMORY_KIB: options.env?.NODE_ENV === 'production' ? '19456' : '1024',
    PASSWORD_HASH_PASSES: '1',
    ...database.env,
    ...options.env,
  });
  const clock = options.clock ?? new ManualClock(new Date());
  const app = await createApp(config, { clock, onQuery: options.onQuery });
  const server = await startServer(app, { port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${server.port}`;
  const wsUrl = `ws://127.0.0.1:${server.port}/graphql`;
  const clients: WsClient[] = [];

  const gql = async <T>(query: string, variables?: Record<string, unknown>, opts: GqlOptions = {}): Promise<GqlResult<T>> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...opts.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: GqlError[] };
    return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
  };

  const ok = async <T>(query: string, variables?: Record<string, unknown>, opts?: GqlOptions): Promise<T> => {
    const result = await gql<T>(query, variables, opts);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  };

  return {
    url,
    wsUrl,
    app,
    server,
    clock,
    gql,
    ok,
    ws(token) {
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        lazy: false,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        onNonLazyError: () => undefined,
      });
      clients.push(client);
      return client;
    },
    async signUp(role = 'FAN', overrides = {}, { verified = true } = {}) {
      const id = unique();
      const fields: SignUpFields = {
        email: `user-${id}@example.test`,
        password: 'correct horse battery',
        displayName: `User ${id}`,
        handle: `u_${id}`.slice(0, 30),
        ...overrides,
      };
      await ok(`mutation($input: SignUpInput!) { signUp(input: $input) { email } }`, { input: { ...fields, role } });
      // Test accounts have verified their address (email.flows.test follows the real link); then they log in.
      if (verified) await app.db.dataSource.query(`UPDATE account SET email_verified_at = now() WHERE email = $1`, [fields.email.trim().toLowerCase()]);
      const data = await ok<{ logIn: { accessToken: string; refreshToken: string; account: { id: string; role: string } } }>(
        `mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { ${AUTH_FIELDS} } }`,
        { e: fields.email, p: fields.password },
      );
      return {
        ...fields,
        id: data.logIn.account.id,
        role: data.logIn.account.role,
        accessToken: data.logIn.accessToken,
        refreshToken: data.logIn.refreshToken,
      };
    },
    async staff(role) {
      const id = unique();
      const fields: SignUpFields = {
        email: `staff-${id}@example.test`,
        password: 'correct horse battery',
        displayName: `Staff ${id}`,
        handle: `s_${id}`.slice(0, 30),
      };
      const ctx = app.contexts.system('test');
      const account = await app.identity.createAccount(ctx, { ...fields, role: role as Role });
      const data = await ok<{ logIn: { accessToken: string; refreshToken: string } }>(
        `mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { accessToken refreshToken } }`,
        { e: fields.email, p: fields.password },
      );
      return { ...fields, id: account.id, role, accessToken: data.logIn.accessToken, refreshToken: data.logIn.refreshToken };
    },
    database,
    sql: <T>(query: string, params?: unknown[]) => app.db.dataSource.query(query, params) as Promise<T[]>,
    async close() {
      await Promise.all(clients.map((c) => c.dispose()));
      await server.stop();
      await app.timers.stop();
      app.presence.stop();
      await app.notifications.email?.close();
      await app.db.close();
      await app.redis?.close();
      if (!options.keepDatabase) await database.drop();
    },
  };
}

/** A scratch PostgreSQL database, or PGlite in memory (in a temporary directory when it must outlive its server). */
async function freshDatabase(keep: boolean): Promise<TestDatabase> {
  if (isPostgres()) {
    const scratch = await createScratchDatabase(process.env.DATABASE_URL!);
    return { env: { DATABASE_URL: scratch.url }, drop: () => scratch.drop() };
  }
  if (!keep) return { env: {}, drop: async () => undefined };
  const dir = await mkdtemp(join(tmpdir(), 'minutely-test-'));
  return { env: { DATA_DIR: dir }, drop: () => rm(dir, { recursive: true, force: true }) };
}

/** A fresh PostgreSQL database per test file, dropped afterwards. */
export async function createScratchDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `minutely_test_${unique().replace(/[^a-z0-9_]/g, '')}`;
  const admin = new PgClient({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new PgClient({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** A Relay connection as the API returns it. */
export interface Connection<T> {
  edges: { cursor?: string; node: T }[];
  pageInfo?: { hasNextPage: boolean; endCursor: string | null };
}

/** The nodes of a connection's page, in order. */
export const nodes = <T>(connection: Connection<T>): T[] => connection.edges.map((edge) => edge.node);

/** Resolves once the server has established one more subscription than when `before` was read. */
export async function subscriptionEstablished(t: TestServer, before: number): Promise<void> {
  await eventually(() => {
    if (t.app.sockets.subscriptionsStarted <= before) throw new Error('subscription not established yet');
  });
}

/** Subscribes and waits until the server has established the subscription, so no event can be missed. */
export async function subscribed<T>(t: TestServer, client: WsClient, query: string, variables: Record<string, unknown> = {}, timeoutMs = 5000) {
  const before = t.app.sockets.subscriptionsStarted;
  const sub = nextEvent<T>(client, query, variables, timeoutMs);
  await subscriptionEstablished(t, before);
  return sub;
}

/** Waits for the next value of a graphql-ws subscription, failing after `timeoutMs`. */
export function nextEvent<T>(client: WsClient, query: string, variables: Record<string, unknown> = {}, timeoutMs = 5000) {
  const received: { data?: T; errors?: readonly GqlError[] }[] = [];
  const waiters: ((v: { data?: T; errors?: readonly GqlError[] }) => void)[] = [];
  let closedWith: unknown;
  const unsubscribe = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        const item = value as { data?: T; errors?: readonly GqlError[] };
        const waiter = waiters.shift();
        if (waiter) waiter(item);
        else received.push(item);
      },
      error: (err) => {
        closedWith = err;
        const waiter = waiters.shift();
        if (waiter) waiter({ errors: normaliseWsError(err) });
        else received.push({ errors: normaliseWsError(err) });
      },
      complete: () => undefined,
    },
  );
  return {
    get closedWith() {
      return closedWith;
    },
    next(): Promise<{ data?: T; errors?: readonly GqlError[] }> {
      const ready = received.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no subscription event within ${timeoutMs} ms`)), timeoutMs);
        waiters.push((v) => {
          clearTimeout(timer);
          resolve(v);
        });
      });
    },
    unsubscribe,
  };
}

function normaliseWsError(err: unknown): GqlError[] {
  if (Array.isArray(err)) return err as GqlError[];
  if (err && typeof err === 'object' && 'code' in err) {
    const close = err as { code: number; reason: string };
    return [{ message: close.reason, extensions: { code: `WS_CLOSE_${close.code}` } }];
  }
  return [{ message: String(err) }];
}

/** Resolves once `check` passes, polling every 20 ms (for effects that land asynchronously). */
export async function eventually(check: () => Promise<void> | void, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

/**
 * graphql-ws does not acknowledge a subscription, so a test cannot know when it is live: repeat the
 * action that should produce an event until one arrives.
 */
export async function untilReceived<T>(subscription: { next(): Promise<T> }, trigger: () => Promise<unknown>, attempts = 25): Promise<T> {
  const first = subscription.next();
  for (let i = 0; i < attempts; i++) {
    await trigger();
    const winner = await Promise.race([first.then((v) => ({ v })), new Promise<null>((r) => setTimeout(() => r(null), 200))]);
    if (winner) return winner.v;
  }
  return first;
}
