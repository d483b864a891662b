import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { ManualClock } from '../src/common/clock';
import { callableCreator } from './creator-fixtures';
import { isPostgres, nextEvent, startTestServer, subscribed, type GqlResult, type TestAccount, type TestServer } from './harness';

/** Partners (issue 15, DESIGN §8): apps, keys and scopes, origins, cost budgets, usage, APQ, the SDL and the embed script. */
const PARTNER_ORIGIN = 'https://shop.example';
const BUDGET = 200;
const APP_FIELDS = 'id name website allowedOrigins createdAt keys { id prefix scopes createdAt lastUsedAt revokedAt }';
const REGISTER = `mutation($input: PartnerAppInput!) { registerPartnerApp(input: $input) { ${APP_FIELDS} } }`;
const CREATE_KEY = `mutation($app: ID!, $scopes: [ApiScope!]!) { createApiKey(appId: $app, scopes: $scopes) { secret apiKey { id prefix scopes } } }`;
const USAGE = `query($app: ID!) { partnerAppUsage(appId: $app) { keyId day requests points errors rateLimited } }`;
const CREATORS = `{ creators(first: 5) { edges { node { handle pricePerMinute } } } }`;
const CREATOR = `query($h: String!) { creator(handle: $h) { id handle pricePerMinute availability { status } } }`;

interface CreatedKey {
  secret: string;
  apiKey: { id: string; prefix: string; scopes: string[] };
}

let t: TestServer;
let partner: TestAccount;
let creator: TestAccount;
let appId: string;

const withKey = (key: string, headers: Record<string, string> = {}) => ({ headers: { 'x-api-key': key, ...headers } });
const codeOf = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code;
const clock = () => t.clock as ManualClock;
/** What the RateLimit header says is left. */
const remainingOf = (r: GqlResult<unknown>) => Number(r.headers.get('ratelimit')?.match(/;r=(\d+);/)?.[1] ?? NaN);

async function newKey(scopes: string[], app = appId, owner = partner): Promise<CreatedKey> {
  return (await t.ok<{ createApiKey: CreatedKey }>(CREATE_KEY, { app, scopes }, { token: owner.accessToken })).createApiKey;
}

beforeAll(async () => {
  t = await startTestServer({ env: { API_KEY_BUDGET_POINTS: String(BUDGET), ANONYMOUS_BUDGET_POINTS: '400', COST_BUDGET_WINDOW_SECONDS: '60' } });
  partner = await t.signUp('FAN');
  creator = await callableCreator(t, 30);
  const app = await t.ok<{ registerPartnerApp: { id: string } }>(
    REGISTER,
    { input: { name: 'Shop', website: 'https://shop.example', allowedOrigins: [PARTNER_ORIGIN] } },
    { token: partner.accessToken },
  );
  appId = app.registerPartnerApp.id;
});
afterAll(() => t.close());
// Every test starts with full budgets: the manual clock moves past a whole window.
beforeEach(() => clock().advance(61_000));

describe('the developer console API', () => {
  it('registers an app and creates a key whose secret is shown once and stored only as a hash', async () => {
    const created = await newKey(['CREATORS_READ', 'AVAILABILITY_READ']);
    expect(created.secret).toMatch(/^pk_[A-Za-z0-9]{10}_[A-Za-z0-9_-]{43}$/);
    expect(created.secret.startsWith(`${created.apiKey.prefix}_`)).toBe(true);
    expect(created.apiKey.scopes).toEqual(['AVAILABILITY_READ', 'CREATORS_READ']);
    const [row] = await t.sql<{ secret_hash: string }>(`SELECT secret_hash FROM api_key WHERE id = $1`, [created.apiKey.id]);
    expect(row.secret_hash).toBe(createHash('sha256').update(created.secret).digest('hex'));
    const stored = JSON.stringify(await t.sql(`SELECT * FROM api_key`));
    expect(stored).not.toContain(created.secret.slice(14));

    const listed = await t.ok<{ partnerApps: { id: string; allowedOrigins: string[]; keys: Record<string, unknown>[] }[] }>(
      `{ partnerApps { ${APP_FIELDS} } }`,
      {},
      { token: partner.accessToken },
    );
    const app = listed.partnerApps.find((a) => a.id === appId)!;
    expect(app.allowedOrigins).toEqual([PARTNER_ORIGIN]);
    const key = app.keys.find((k) => k.id === created.apiKey.id)!;
    expect(key).toMatchObject({ prefix: created.apiKey.prefix, lastUsedAt: null, revokedAt: null });
    expect(JSON.stringify(listed)).not.toContain(created.secret);
  });

  it('keeps apps to their owner: another account gets NOT_FOUND, a signed-out one UNAUTHENTICATED', async () => {
    const other = await t.signUp('FAN');
    expect(codeOf(await t.gql(CREATE_KEY, { app: appId, scopes: ['CREATORS_READ'] }, { token: other.accessToken }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(USAGE, { app: appId }, { token: other.accessToken }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(CREATE_KEY, { app: appId, scopes: ['CREATORS_READ'] }))).toBe('UNAUTHENTICATED');
  });

  it('refuses bad app fields and keys without scopes (BAD_USER_INPUT)', async () => {
    const bad = await t.gql(REGISTER, { input: { name: 'X', allowedOrigins: ['https://shop.example/path'] } }, { token: partner.accessToken });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'allowedOrigins' });
    expect(codeOf(await t.gql(CREATE_KEY, { app: appId, scopes: [] }, { token: partner.accessToken }))).toBe('BAD_USER_INPUT');
  });
});

describe('requests with a key', () => {
  it('runs what its scopes allow and refuses the rest with FORBIDDEN naming the missing scope', async () => {
    const key = (await newKey(['CREATORS_READ'])).secret;
    const allowed = await t.gql<{ creators: { edges: unknown[] } }>(CREATORS, {}, withKey(key));
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data?.creators.edges.length).toBeGreaterThan(0);

    const availability = await t.gql(CREATOR, { h: creator.handle }, withKey(key));
    expect(availability.status).toBe(403);
    expect(availability.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', missingScopes: ['availability:read', 'calls:embed'] });
    expect(availability.errors?.[0].message).toBe('This API key lacks the scope availability:read or calls:embed needed for Creator.availability.');
    expect(availability.data ?? null).toBeNull();

    const embedKey = (await newKey(['CALLS_EMBED'])).secret;
    const card = await t.gql<{ creator: { pricePerMinute: number; availability: { status: string } } }>(CREATOR, { h: creator.handle }, withKey(embedKey));
    expect(card.errors).toBeUndefined();
    expect(card.data?.creator).toMatchObject({ pricePerMinute: 30, availability: { status: 'AVAILABLE' } });
    const directory = await t.gql(CREATORS, {}, withKey(embedKey));
    expect(directory.errors?.[0]).toMatchObject({ message: expect.stringContaining('creators:read'), extensions: { code: 'FORBIDDEN' } });
  });

  it('never acts as a user: signed-in fields and mutations are closed, and a key with an access token is refused', async () => {
    const key = (await newKey(['CREATORS_READ', 'AVAILABILITY_READ', 'CALLS_EMBED'])).secret;
    const me = await t.gql(`{ me { id } }`, {}, withKey(key));
    expect(me.errors?.[0]).toMatchObject({ message: 'Query.me is not available to API keys.', extensions: { code: 'FORBIDDEN' } });
    const mutation = await t.gql(`mutation { logOut }`, {}, withKey(key));
    expect(codeOf(mutation)).toBe('FORBIDDEN');
    const both = await t.gql(`{ creators(first: 1) { edges { cursor } } }`, {}, { token: partner.accessToken, ...withKey(key) });
    expect(codeOf(both)).toBe('BAD_USER_INPUT');
  });

  it('answers revoked, unknown and malformed keys UNAUTHENTICATED (401), never 500', async () => {
    const created = await newKey(['CREATORS_READ']);
    expect((await t.gql(CREATORS, {}, withKey(created.secret))).errors).toBeUndefined();
    const revoked = await t.ok<{ revokeApiKey: { revokedAt: string } }>(
      `mutation($k: ID!) { revokeApiKey(keyId: $k) { revokedAt } }`,
      { k: created.apiKey.id },
      {
        token: partner.accessToken,
      },
    );
    expect(revoked.revokeApiKey.revokedAt).toBeTruthy();
    const forged = `${created.apiKey.prefix}_${'A'.repeat(43)}`;
    const unknown = `pk_${'Z'.repeat(10)}_${'A'.repeat(43)}`;
    for (const [key, message] of [
      [created.secret, 'This API key was revoked.'],
      [forged, 'Unknown API key.'],
      [unknown, 'Unknown API key.'],
      ['pk_short', /Malformed API key/],
      ['', /Malformed API key/],
      ["' OR 1=1 --", /Malformed API key/],
      ['x'.repeat(5000), /Malformed API key/],
    ] as const) {
      const result = await t.gql(CREATORS, {}, withKey(key));
      expect(result.status).toBe(401);
      expect(result.errors?.[0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('accepts browser requests only from the app’s allowed origins, with CORS headers for those only', async () => {
    const key = (await newKey(['CREATORS_READ'])).secret;
    const preflight = await fetch(`${t.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: PARTNER_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-api-key' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(PARTNER_ORIGIN);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/x-api-key/i);

    const fromPartner = await t.gql(CREATORS, {}, withKey(key, { origin: PARTNER_ORIGIN }));
    expect(fromPartner.errors).toBeUndefined();
    expect(fromPartner.headers.get('access-control-allow-origin')).toBe(PARTNER_ORIGIN);
    expect(fromPartner.headers.get('access-control-expose-headers')).toMatch(/RateLimit/);

    const evil = 'https://evil.example';
    const refusedPreflight = await fetch(`${t.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: evil, 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-api-key' },
    });
    expect(refusedPreflight.status).toBe(403);
    expect(refusedPreflight.headers.get('access-control-allow-origin')).toBeNull();
    const fromEvil = await t.gql(CREATORS, {}, withKey(key, { origin: evil }));
    expect(fromEvil.status).toBe(403);
    expect(fromEvil.errors?.[0]).toMatchObject({ message: expect.stringContaining(evil), extensions: { code: 'FORBIDDEN' } });
    expect(fromEvil.headers.get('access-control-allow-origin')).toBeNull();

    // Origins apply at once when the app changes them.
    await t.ok(
      `mutation($id: ID!, $input: PartnerAppInput!) { updatePartnerApp(appId: $id, input: $input) { id } }`,
      { id: appId, input: { name: 'Shop', allowedOrigins: ['https://other.example'] } },
      {
        token: partner.accessToken,
      },
    );
    expect((await t.gql(CREATORS, {}, withKey(key, { origin: PARTNER_ORIGIN }))).status).toBe(403);
    expect((await t.gql(CREATORS, {}, withKey(key, { origin: 'https://other.example' }))).status).toBe(200);
    await t.ok(
      `mutation($id: ID!, $input: PartnerAppInput!) { updatePartnerApp(appId: $id, input: $input) { id } }`,
      { id: appId, input: { name: 'Shop', allowedOrigins: [PARTNER_ORIGIN] } },
      {
        token: partner.accessToken,
      },
    );

    // Minutely's own pages are same-origin: no CORS headers needed, none given.
    const own = await t.gql(CREATORS, {}, { headers: { origin: t.url } });
    expect(own.errors).toBeUndefined();
    expect(own.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('cost budgets', () => {
  it('reports cost and remaining budget in extensions and RateLimit headers, refuses with 429 when spent, and refills continuously', async () => {
    const key = (await newKey(['CREATORS_READ'])).secret;
    const first = await t.gql(CREATORS, {}, withKey(key));
    const body = (await (
      await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key },
        body: JSON.stringify({ query: CREATORS }),
      })
    ).json()) as { extensions: { cost: { requested: number; charged: number; remaining: number; limit: number; restorePerSecond: number } } };
    const cost = body.extensions.cost.requested;
    expect(cost).toBeGreaterThan(5);
    expect(body.extensions.cost).toEqual({ requested: cost, charged: cost, remaining: BUDGET - 2 * cost, limit: BUDGET, restorePerSecond: BUDGET / 60 });
    expect(first.headers.get('ratelimit-policy')).toBe(`"key";q=${BUDGET};w=60`);
    expect(first.headers.get('ratelimit')).toBe(`"key";r=${BUDGET - cost};t=${Math.ceil((cost * 60) / BUDGET)}`);

    let remaining = BUDGET - 2 * cost;
    while (remaining >= cost) {
      expect((await t.gql(CREATORS, {}, withKey(key))).errors).toBeUndefined();
      remaining -= cost;
    }
    const limited = await t.gql(CREATORS, {}, withKey(key));
    expect(limited.status).toBe(429);
    const retryAfterSeconds = Math.ceil(((cost - remaining) * 60) / BUDGET);
    expect(limited.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds, cost: { requested: cost, charged: 0, remaining } });
    expect(limited.headers.get('retry-after')).toBe(String(retryAfterSeconds));
    expect(limited.headers.get('ratelimit')).toMatch(new RegExp(`^"key";r=${remaining};t=\\d+$`));
    expect(limited.data ?? null).toBeNull();

    clock().advance(retryAfterSeconds * 1000 - 1000);
    expect((await t.gql(CREATORS, {}, withKey(key))).status).toBe(429);
    clock().advance(1000);
    const refilled = await t.gql(CREATORS, {}, withKey(key));
    expect(refilled.status).toBe(200);
    expect(refilled.errors).toBeUndefined();

    // Another key of the same app has its own budget.
    expect((await t.gql(CREATORS, {}, withKey((await newKey(['CREATORS_READ'])).secret))).status).toBe(200);
  });

  it('gives anonymous clients a stricter budget per IP, and none to signed-in users', async () => {
    const query = `{ creators(first: 10) { edges { node { handle displayName } } } }`;
    const first = await t.gql(query);
    expect(first.headers.get('ratelimit-policy')).toBe('"ip";q=400;w=60');
    expect(first.headers.get('ratelimit')).toMatch(/^"ip";r=\d+;t=\d+$/);
    const statuses = [first.status];
    for (let i = 0; i < 20 && statuses.at(-1) === 200; i++) statuses.push((await t.gql(query)).status);
    expect(statuses.at(-1)).toBe(429);
    const limited = await t.gql(query);
    expect(limited.errors?.[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' }, message: expect.stringContaining('use an API key') });

    const signedIn = await t.gql(query, {}, { token: partner.accessToken });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get('ratelimit')).toBeNull();
  });

  it('counts usage per key per day, readable by the app’s owner', async () => {
    const created = await newKey(['CREATORS_READ']);
    const key = created.secret;
    const first = await t.gql(CREATORS, {}, withKey(key));
    const cost = BUDGET - remainingOf(first);
    expect((await t.gql(CREATOR, { h: creator.handle }, withKey(key))).errors?.[0].extensions?.code).toBe('FORBIDDEN'); // an error, nothing charged
    let requests = 2;
    let charged = 1;
    let limitedCount = 0;
    while (limitedCount < 2) {
      const status = (await t.gql(CREATORS, {}, withKey(key))).status;
      requests++;
      if (status === 429) limitedCount++;
      else charged++;
      expect(requests).toBeLessThan(100);
    }
    const usage = await t.ok<{ partnerAppUsage: { keyId: string; day: string; requests: number; points: number; errors: number; rateLimited: number }[] }>(
      USAGE,
      { app: appId },
      { token: partner.accessToken },
    );
    expect(usage.partnerAppUsage.filter((u) => u.keyId === created.apiKey.id)).toEqual([
      { keyId: created.apiKey.id, day: t.clock.now().toISOString().slice(0, 10), requests, points: charged * cost, errors: 3, rateLimited: 2 },
    ]);
    const apps = await t.ok<{ partnerApps: { keys: { id: string; lastUsedAt: string | null }[] }[] }>(
      `{ partnerApps { keys { id lastUsedAt } } }`,
      {},
      {
        token: partner.accessToken,
      },
    );
    const listed = apps.partnerApps.flatMap((a) => a.keys).find((k) => k.id === created.apiKey.id);
    expect(listed?.lastUsedAt).toBe(t.clock.now().toISOString());
  });
});

describe('over WebSocket', () => {
  const wsWithKey = (apiKey: string) =>
    createClient({ url: t.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, connectionParams: { apiKey }, onNonLazyError: () => undefined });
  const LIVE = `subscription($ids: [ID!]!) { creatorAvailabilityChanged(creatorIds: $ids) { creatorId availability { status } } }`;

  it('takes apiKey in connection_init, streams what the scopes allow, refuses the rest', async () => {
    const client = wsWithKey((await newKey(['AVAILABILITY_READ'])).secret);
    try {
      const live = await subscribed<{ creatorAvailabilityChanged: { availability: { status: string } } }>(t, client, LIVE, { ids: [creator.id] });
      await t.ok(`mutation { pauseCalls(minutes: 15) { pricePerMinute } }`, {}, { token: creator.accessToken });
      expect((await live.next()).data?.creatorAvailabilityChanged.availability.status).toBe('PAUSED');
      await t.ok(`mutation { resumeCalls { pricePerMinute } }`, {}, { token: creator.accessToken });
      expect((await live.next()).data?.creatorAvailabilityChanged.availability.status).toBe('AVAILABLE');

      const refused = nextEvent(client, `subscription { walletChanged { available } }`);
      expect((await refused.next()).errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    } finally {
      await client.dispose();
    }
  });

  it('closes a key’s open connections (4401) when it is revoked', async () => {
    const created = await newKey(['AVAILABILITY_READ']);
    const client = wsWithKey(created.secret);
    try {
      const live = await subscribed(t, client, LIVE, { ids: [creator.id] });
      await t.ok(`mutation($k: ID!) { revokeApiKey(keyId: $k) { id } }`, { k: created.apiKey.id }, { token: partner.accessToken });
      expect((await live.next()).errors?.[0]).toMatchObject({ extensions: { code: 'WS_CLOSE_4401' }, message: 'UNAUTHENTICATED: This API key was revoked.' });
    } finally {
      await client.dispose();
    }
  });

  it('closes the connection (4401 UNAUTHENTICATED) for a revoked or malformed key', async () => {
    const created = await newKey(['AVAILABILITY_READ']);
    await t.ok(`mutation($k: ID!) { revokeApiKey(keyId: $k) { id } }`, { k: created.apiKey.id }, { token: partner.accessToken });
    for (const key of [created.secret, 'nonsense']) {
      const client = wsWithKey(key);
      const sub = nextEvent(client, LIVE, { ids: [creator.id] });
      const event = await sub.next();
      expect(event.errors?.[0]).toMatchObject({ extensions: { code: 'WS_CLOSE_4401' }, message: expect.stringMatching(/^UNAUTHENTICATED: /) });
      await client.dispose();
    }
  });
});

describe('automatic persisted queries', () => {
  const query = `query PartnerCreators { creators(first: 3) { edges { node { handle } } } }`;
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const extensions = { persistedQuery: { version: 1, sha256Hash } };

  it('misses an unknown hash, registers it with the query, then answers the hash alone on GET and POST', async () => {
    const key = (await newKey(['CREATORS_READ'])).secret;
    const post = (body: unknown) =>
      fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key }, body: JSON.stringify(body) }).then(
        async (res) => ({ status: res.status, body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] } }),
      );
    const miss = await post({ extensions });
    expect(miss.body.errors?.[0]).toMatchObject({ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });

    const registered = await post({ query, extensions });
    expect(registered.body.errors).toBeUndefined();

    const hit = await post({ extensions });
    expect(hit.body.errors).toBeUndefined();
    expect(hit.body.data).toEqual(registered.body.data);
    expect(registered.body.data).toMatchObject({ creators: { edges: expect.any(Array) } });

    const url = `${t.url}/graphql?operationName=PartnerCreators&extensions=${encodeURIComponent(JSON.stringify(extensions))}`;
    const get = await fetch(url, { headers: { 'x-api-key': key } });
    expect(get.status).toBe(200);
    expect(((await get.json()) as { data: unknown }).data).toEqual(registered.body.data);

    // A GET without a preflight-forcing header is refused (CSRF prevention); a key counts as one.
    const bare = await fetch(url);
    expect(bare.status).toBe(400);
  });

  it('refuses a query that does not match its hash', async () => {
    const res = await t.gql(`{ __typename }`, {}, {});
    expect(res.errors).toBeUndefined();
    const wrong = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', extensions }),
    });
    expect(wrong.status).toBe(400);
  });
});

describe('partners’ public files', () => {
  it('serves the SDL of the running schema at /schema.graphql', async () => {
    const res = await fetch(`${t.url}/schema.graphql`);
    expect(res.status).toBe(200);
    const sdl = await res.text();
    expect(sdl).toContain('type Query');
    expect(sdl).toContain('enum ApiScope');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('serves the quick-start’s reference, built from the schema’s descriptions, listing only what keys can reach', async () => {
    const reference = (await (await fetch(`${t.url}/partner-reference.json`)).json()) as {
      operations: { name: string; description: string; scopes: string[] }[];
      types: { name: string }[];
      scopes: { name: string; description: string }[];
    };
    const description = (field: string) => t.server.schema.getQueryType()!.getFields()[field].description;
    expect(reference.operations.map((o) => o.name)).toEqual(['creators', 'creator', 'creatorAvailabilityChanged']);
    expect(reference.operations.find((o) => o.name === 'creators')).toMatchObject({ description: description('creators'), scopes: ['creators:read'] });
    expect(reference.types.map((ty) => ty.name)).toEqual(expect.arrayContaining(['Creator', 'CreatorAvailability', 'AvailabilityStatus', 'CreatorConnection']));
    expect(reference.types.map((ty) => ty.name)).not.toContain('Wallet');
    expect(reference.scopes.map((sc) => sc.name)).toEqual(['CREATORS_READ', 'AVAILABILITY_READ', 'CALLS_EMBED']);
  });

  it('serves /embed.js small (under 15 KB gzipped) and loadable from other origins', async () => {
    const res = await fetch(`${t.url}/embed.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const text = await res.text(); // fetch decodes the gzip
    expect(text).toContain("customElements.define('minutely-call-button'");
    const raw = await new Promise<Buffer>((resolve, reject) => {
      // node's http keeps the compressed bytes, to measure what goes over the wire
      import('node:http').then(({ get }) =>
        get(`${t.url}/embed.js`, { headers: { 'accept-encoding': 'gzip' } }, (r) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c))
            .on('end', () => resolve(Buffer.concat(chunks)))
            .on('error', reject);
        }),
      );
    });
    expect(raw.length).toBeLessThan(15 * 1024);
    expect(gunzipSync(raw).toString()).toBe(text);
  });
});

describe('with the public read cache on', () => {
  it('answers keys from the cache with their own cost, and anonymous readers with none', async () => {
    const cached = await startTestServer({ env: { PUBLIC_CACHE_TTL_MS: '60000' } });
    try {
      const owner = await cached.signUp('FAN');
      const app = await cached.ok<{ registerPartnerApp: { id: string } }>(
        REGISTER,
        { input: { name: 'Cached', allowedOrigins: [] } },
        { token: owner.accessToken },
      );
      const keyOf = async () =>
        (await cached.ok<{ createApiKey: CreatedKey }>(CREATE_KEY, { app: app.registerPartnerApp.id, scopes: ['CREATORS_READ'] }, { token: owner.accessToken }))
          .createApiKey.secret;
      const [first, second] = [await keyOf(), await keyOf()];
      const post = async (headers: Record<string, string>) => {
        const res = await fetch(`${cached.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query: CREATORS }),
        });
        return { cache: res.headers.get('x-minutely-cache'), body: (await res.json()) as { extensions?: { cost?: { remaining: number } } } };
      };
      const a1 = await post({ 'x-api-key': first });
      const a2 = await post({ 'x-api-key': first });
      expect(a2.cache).toBe('hit');
      expect(a2.body.extensions?.cost?.remaining).toBeLessThan(a1.body.extensions!.cost!.remaining);
      const b1 = await post({ 'x-api-key': second });
      expect(b1.cache).toBe('hit');
      expect(b1.body.extensions?.cost?.remaining).toBe(a1.body.extensions!.cost!.remaining);
      const anonymous = await post({});
      expect(anonymous.cache).toBe('hit');
      expect(anonymous.body.extensions).toBeUndefined();
    } finally {
      await cached.close();
    }
  });
});

(isPostgres() ? describe : describe.skip)('two API processes sharing budgets and persisted queries through Redis', () => {
  const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    const env = { REDIS_URL, API_KEY_BUDGET_POINTS: String(BUDGET), COST_BUDGET_WINDOW_SECONDS: '60' };
    a = await startTestServer({ keepDatabase: true, env });
    b = await startTestServer({ reuse: a.database, env });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it('spends one budget per key whichever process serves the request', async () => {
    const owner = await a.signUp('FAN');
    const app = await a.ok<{ registerPartnerApp: { id: string } }>(REGISTER, { input: { name: 'Two', allowedOrigins: [] } }, { token: owner.accessToken });
    const key = (
      await a.ok<{ createApiKey: CreatedKey }>(CREATE_KEY, { app: app.registerPartnerApp.id, scopes: ['CREATORS_READ'] }, { token: owner.accessToken })
    ).createApiKey.secret;
    const first = await a.gql(CREATORS, {}, withKey(key));
    const cost = BUDGET - remainingOf(first);
    const alone = Math.floor(BUDGET / cost); // what one process would let through on its own
    let served = 1;
    for (let i = 0; served < 3 * alone; i++) {
      const result = await (i % 2 ? a : b).gql(CREATORS, {}, withKey(key));
      if (result.status === 429) break;
      served++;
    }
    // Shared: about one budget in all (the two manual clocks differ by the time between the servers' starts).
    expect(served).toBeGreaterThanOrEqual(alone);
    expect(served).toBeLessThan(alone + 2);
    expect((await a.gql(CREATORS, {}, withKey(key))).status).toBe(429);
    expect((await b.gql(CREATORS, {}, withKey(key))).status).toBe(429);
  });

  it('closes a revoked key’s connections on the other process too', async () => {
    const owner = await a.signUp('FAN');
    const app = await a.ok<{ registerPartnerApp: { id: string } }>(REGISTER, { input: { name: 'Live', allowedOrigins: [] } }, { token: owner.accessToken });
    const created = (
      await a.ok<{ createApiKey: CreatedKey }>(CREATE_KEY, { app: app.registerPartnerApp.id, scopes: ['AVAILABILITY_READ'] }, { token: owner.accessToken })
    ).createApiKey;
    const client = createClient({
      url: b.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: false,
      connectionParams: { apiKey: created.secret },
      onNonLazyError: () => undefined,
    });
    try {
      const live = await subscribed(b, client, `subscription($ids: [ID!]!) { creatorAvailabilityChanged(creatorIds: $ids) { creatorId } }`, {
        ids: [owner.id],
      });
      await a.ok(`mutation($k: ID!) { revokeApiKey(keyId: $k) { id } }`, { k: created.apiKey.id }, { token: owner.accessToken });
      expect((await live.next()).errors?.[0]).toMatchObject({ extensions: { code: 'WS_CLOSE_4401' } });
    } finally {
      await client.dispose();
    }
  });

  it('finds a persisted query registered on the other process', async () => {
    const query = `query Shared { __typename }`;
    const extensions = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } };
    const send = (s: TestServer, body: unknown) =>
      fetch(`${s.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
    await send(a, { query, extensions });
    expect(await send(b, { extensions })).toMatchObject({ data: { __typename: 'Query' } });
  });
});
