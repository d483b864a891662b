import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import WebSocket from 'ws';
import { Role } from '../src/modules/identity';
import { nextEvent, startTestServer, subscribed, untilReceived, type TestServer } from './harness';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ env: { QUERY_MAX_DEPTH: '4', QUERY_MAX_ALIASES: '3', QUERY_MAX_TOKENS: '200' } });
});
afterAll(() => t.close());

const withinLimits = `{ me { id } a: me { id } }`;
const tooManyAliases = `{ a: me { id } b: me { id } c: me { id } d: me { id } }`;

describe('health', () => {
  it('answers /healthz and /readyz', async () => {
    const health = await fetch(`${t.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });

  it('reports not ready when a migration is missing', async () => {
    await t.sql(`DELETE FROM migrations WHERE id = (SELECT max(id) FROM migrations)`);
    try {
      const ready = await fetch(`${t.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'migrations pending' });
    } finally {
      await t.app.db.dataSource.query(`DELETE FROM migrations`);
      for (const m of t.app.db.dataSource.migrations) {
        await t.sql(`INSERT INTO migrations (timestamp, name) VALUES ($1, $2)`, [Number(m.name!.match(/\d+$/)![0]), m.name]);
      }
    }
  });
});

describe('HTTP API', () => {
  it('echoes a request id, or makes one', async () => {
    const given = await t.gql(`{ __typename }`, {}, { headers: { 'x-request-id': 'abc-123' } });
    expect(given.headers.get('x-request-id')).toBe('abc-123');
    const made = await t.gql(`{ __typename }`);
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a simple GET that could be a cross-site request (CSRF prevention)', async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(res.status).toBe(400);
    const allowed = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(allowed.status).toBe(200);
  });

  it('allows introspection outside production', async () => {
    const result = await t.ok<{ __schema: { queryType: { name: string } } }>(`{ __schema { queryType { name } } }`);
    expect(result.__schema.queryType.name).toBe('Query');
  });

  it('refuses operations over the alias and token limits with QUERY_TOO_COMPLEX', async () => {
    expect((await t.gql(withinLimits)).errors).toBeUndefined();
    const aliases = await t.gql(tooManyAliases);
    expect(aliases.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });
    const tokens = await t.gql(`{ ${'__typename '.repeat(300)} }`);
    expect(tokens.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });
  });

  it('gives GRAPHQL_VALIDATION_FAILED for unknown fields and GRAPHQL_PARSE_FAILED for bad syntax', async () => {
    expect((await t.gql(`{ nope }`)).errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await t.gql(`{ me { id `)).errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});

describe('WebSocket API', () => {
  it('delivers a subscription to a signed-in client', async () => {
    const fan = await t.signUp('FAN');
    const sub = nextEvent<{ accountUpdated: { displayName: string } }>(t.ws(fan.accessToken), `subscription { accountUpdated { displayName } }`);
    const event = await untilReceived(sub, () => t.ok(`mutation { updateDisplayName(displayName: "Over The Wire") { id } }`, {}, { token: fan.accessToken }));
    expect(event.data?.accountUpdated.displayName).toBe('Over The Wire');
  });

  it('refuses a subscription that needs sign-in on an anonymous socket', async () => {
    const sub = nextEvent(t.ws(), `subscription { accountUpdated { id } }`);
    const result = await sub.next();
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('applies the same query limits as HTTP, and depth on both', async () => {
    const fan = await t.signUp('FAN');
    const client = t.ws(fan.accessToken);
    const aliases = await nextEvent(
      client,
      `subscription { a: accountUpdated { id } b: accountUpdated { id } c: accountUpdated { id } d: accountUpdated { id } }`,
    ).next();
    expect(aliases.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });
    const tokens = await nextEvent(client, `subscription { accountUpdated { ${'id '.repeat(300)} } }`).next();
    expect(tokens.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });

    const shallow = await startTestServer({ env: { QUERY_MAX_DEPTH: '1' } });
    try {
      // Signed up through the service: even signUp's own selection is deeper than this limit.
      const ctx = shallow.app.contexts.system('test');
      const created = await shallow.app.identity.createAccount(ctx, {
        email: 'deep@example.test',
        password: 'long enough password',
        displayName: 'Deep',
        handle: 'deep',
        role: Role.FAN,
      });
      const account = await shallow.app.uow.run(ctx, (tx) => shallow.app.identity.issueSession(tx, created));
      expect((await shallow.gql(`{ me { id } }`, {}, { token: account.accessToken })).errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
      const deep = await nextEvent(shallow.ws(account.accessToken), `subscription { accountUpdated { id } }`).next();
      expect(deep.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });
    } finally {
      await shallow.close();
    }
  });

  it('counts page sizes passed as variables in the cost limit, on both transports', async () => {
    const cheap = await startTestServer({ env: { QUERY_MAX_COST: '20' } });
    try {
      const PAGE = `query($n: Int!) { creators(first: $n) { edges { node { id handle displayName } } } }`;
      expect((await cheap.gql(PAGE, { n: 2 })).errors).toBeUndefined();
      const big = await cheap.gql(PAGE, { n: 40 });
      expect(big.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' }, message: expect.stringContaining('cost limit of 20') });
      const literal = await cheap.gql(`{ creators(first: 40) { edges { node { id handle displayName } } } }`);
      expect(literal.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');

      const account = await cheap.signUp('FAN');
      const client = cheap.ws(account.accessToken);
      const fields = 'id handle displayName email role status createdAt';
      const fine = await subscribed(cheap, client, `subscription { accountUpdated { ${fields} } }`);
      fine.unsubscribe();
      const aliases = Array.from({ length: 14 }, (_, i) => `a${i}: id`).join(' ');
      const costly = await nextEvent(client, `subscription { accountUpdated { ${fields} ${aliases} } }`).next();
      expect(costly.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' }, message: expect.stringContaining('cost limit of 20') });
    } finally {
      await cheap.close();
    }
  });

  it('closes a connection that presents a forged token with 4403', async () => {
    const socket = new WebSocket(t.wsUrl, 'graphql-transport-ws');
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: 'Bearer forged.token.here' } })));
    expect(await closed).toBe(4403);
  });
});

describe('security headers', () => {
  it('sends a Content-Security-Policy that forbids framing, nosniff and no referrer on every response; no HSTS outside production', async () => {
    for (const path of ['/healthz', '/', '/admin/', '/graphql?query=%7B__typename%7D']) {
      const res = await fetch(`${t.url}${path}`, { headers: { 'apollo-require-preflight': 'true' } });
      const csp = res.headers.get('content-security-policy') ?? '';
      expect({ path, csp }).toEqual({ path, csp: expect.stringContaining("frame-ancestors 'none'") });
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('strict-transport-security')).toBeNull();
    }
    // The development sandbox page runs Apollo's scripts: only it gets them.
    const sandbox = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(sandbox.headers.get('content-security-policy')).toContain('https://embeddable-sandbox.cdn.apollographql.com');
    expect(sandbox.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});

describe('production mode', () => {
  it('turns introspection and the sandbox off', async () => {
    const prod = await startTestServer({ env: { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), PASSWORD_HASH_MEMORY_KIB: '19456' } });
    try {
      const result = await prod.gql(`{ __schema { queryType { name } } }`);
      expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const landing = await fetch(`${prod.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(await landing.text()).not.toContain('sandbox');
      expect(landing.headers.get('content-security-policy')).not.toContain('apollographql');
      expect(landing.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      // No dev doubles in production: no test-mode purchases, no SMS outbox.
      const fan = await prod.signUp('FAN');
      const purchase = await prod.gql(`mutation { purchaseTokens(packId: "starter") { testMode } }`, {}, { token: fan.accessToken });
      expect(purchase.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('no payment provider') });
      const outbox = await prod.gql(`{ devOutbox { body } }`, {}, { token: fan.accessToken });
      expect(outbox.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await prod.close();
    }
  });
});

describe('compression and caching', () => {
  /** A raw HTTP request (fetch would decompress and hide the encoding). */
  const raw = (path: string, headers: Record<string, string>, body?: string) =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      const req = request(`${t.url}${path}`, { method: body ? 'POST' : 'GET', headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end(body);
    });

  it('sends the storefront with brotli: hashed assets cached for a year, index.html revalidated', async () => {
    const index = await raw('/', { 'accept-encoding': 'br, gzip' });
    expect(index.status).toBe(200);
    expect(index.headers['cache-control']).toBe('no-cache');
    const html = index.headers['content-encoding'] === 'br' ? brotliDecompressSync(index.body).toString() : index.body.toString();
    const script = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    const asset = await raw(script!, { 'accept-encoding': 'br, gzip' });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-encoding']).toBe('br');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const plain = await raw(script!, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(brotliDecompressSync(asset.body).equals(plain.body)).toBe(true);
    expect(asset.body.length).toBeLessThan(plain.body.length / 2);
  });

  it('gzips a large GraphQL response and leaves a small one alone', async () => {
    const post = (query: string) => raw('/graphql', { 'content-type': 'application/json', 'accept-encoding': 'gzip' }, JSON.stringify({ query }));
    const large = await post(`{ __schema { types { name description fields { name description } } } }`);
    expect(large.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(large.body).toString()).data.__schema.types.length).toBeGreaterThan(50);
    const small = await post(`{ me { id } }`);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toEqual({ data: { me: null } });
  });
});
