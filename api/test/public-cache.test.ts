import { readyCreator } from './fixtures';
import { startTestServer, type TestServer } from './harness';

/**
 * The signed-out directory is answered from a short-lived cache (PUBLIC_CACHE_TTL_MS), emptied by every
 * availability or profile change; signed-in readers and other queries never see it.
 */
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ env: { PUBLIC_CACHE_TTL_MS: '60000' } });
});
afterAll(() => t.close());

const LISTING = `query Listing($first: Int!) { creators(first: $first) { edges { node { handle pricePerMinute availability { status } } } } }`;
type Listing = { creators: { edges: { node: { handle: string; pricePerMinute: number | null; availability: { status: string } } }[] } };

it('serves repeated signed-out listings from memory until a creator changes, and never a signed-in one', async () => {
  const creator = await readyCreator(t, 20);
  const first = await t.gql<Listing>(LISTING, { first: 50 });
  expect(first.headers.get('x-minutely-cache')).toBeNull();
  const again = await t.gql<Listing>(LISTING, { first: 50 });
  expect(again.headers.get('x-minutely-cache')).toBe('hit');
  expect(again.data).toEqual(first.data);
  // Other variables are another entry; a signed-in reader always gets a fresh answer.
  expect((await t.gql(LISTING, { first: 49 })).headers.get('x-minutely-cache')).toBeNull();
  expect((await t.gql(LISTING, { first: 50 }, { token: creator.accessToken })).headers.get('x-minutely-cache')).toBeNull();

  // The creator changes their price: the next signed-out reader sees it at once.
  await t.ok(`mutation { updateCallSettings(pricePerMinute: 35) { minPricePerMinute } }`, {}, { token: creator.accessToken });
  const after = await t.gql<Listing>(LISTING, { first: 50 });
  expect(after.headers.get('x-minutely-cache')).toBeNull();
  expect(after.data!.creators.edges.find((e) => e.node.handle === creator.handle)?.node.pricePerMinute).toBe(35);

  // A pause, too.
  await t.gql<Listing>(LISTING, { first: 50 });
  await t.ok(`mutation { pauseCalls(untilResumed: true) { pausedIndefinitely } }`, {}, { token: creator.accessToken });
  const paused = await t.gql<Listing>(LISTING, { first: 50 });
  expect(paused.headers.get('x-minutely-cache')).toBeNull();
  expect(paused.data!.creators.edges.find((e) => e.node.handle === creator.handle)?.node.availability.status).toBe('PAUSED');
});

it('answers afresh once an entry is older than the TTL, and caches that answer again', async () => {
  const stale = await startTestServer({ env: { PUBLIC_CACHE_TTL_MS: '300' } });
  try {
    await stale.gql(LISTING, { first: 5 });
    expect((await stale.gql(LISTING, { first: 5 })).headers.get('x-minutely-cache')).toBe('hit');
    await new Promise((r) => setTimeout(r, 400));
    expect((await stale.gql(LISTING, { first: 5 })).headers.get('x-minutely-cache')).toBeNull();
    expect((await stale.gql(LISTING, { first: 5 })).headers.get('x-minutely-cache')).toBe('hit');
  } finally {
    await stale.close();
  }
});

it('never caches a query with a field that is not public', async () => {
  const query = `{ creators(first: 1) { edges { cursor } } me { id } }`;
  await t.gql(query);
  expect((await t.gql(query)).headers.get('x-minutely-cache')).toBeNull();
});

describe('before Apollo (the HTTP layer)', () => {
  const post = (server: TestServer, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('answers the same query text and variables with the very bytes Apollo sent, RateLimit headers included', async () => {
    await readyCreator(t, 25);
    const body = { query: LISTING, variables: { first: 40 } };
    const miss = await post(t, body);
    const missText = await miss.text();
    expect(miss.headers.get('x-minutely-cache')).toBeNull();
    // The second is answered by Apollo's layer (it fills the HTTP layer); the third never reaches Apollo.
    await post(t, body);
    const hit = await post(t, body);
    expect(hit.headers.get('x-minutely-cache')).toBe('hit');
    expect(await hit.text()).toBe(missText);
    expect(hit.headers.get('content-type')).toBe(miss.headers.get('content-type'));
    expect(hit.headers.get('ratelimit-policy')).toBe(miss.headers.get('ratelimit-policy'));
    expect(hit.headers.get('ratelimit')).toMatch(/^"ip";r=\d+;t=\d+$/);
    // Another operation name or other variables are other entries.
    expect((await post(t, { ...body, variables: { first: 41 } })).headers.get('x-minutely-cache')).toBeNull();
  });

  it('charges every hit to the IP budget and leaves the refusal to Apollo (429 with Retry-After)', async () => {
    const strict = await startTestServer({ env: { PUBLIC_CACHE_TTL_MS: '60000', ANONYMOUS_BUDGET_POINTS: '200' } });
    try {
      const body = { query: LISTING, variables: { first: 10 } };
      const statuses: number[] = [];
      const hits: (string | null)[] = [];
      for (let i = 0; i < 40 && !statuses.includes(429); i++) {
        const res = await post(strict, body);
        statuses.push(res.status);
        hits.push(res.headers.get('x-minutely-cache'));
        if (res.status === 429) {
          expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
          expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('RATE_LIMITED');
        }
      }
      expect(hits).toContain('hit');
      expect(statuses.at(-1)).toBe(429);
    } finally {
      await strict.close();
    }
  });

  it('is never used with a token or an API key, and a change empties it at once', async () => {
    const creator = await readyCreator(t, 20);
    const body = { query: LISTING, variables: { first: 45 } };
    await post(t, body);
    await post(t, body);
    expect((await post(t, body)).headers.get('x-minutely-cache')).toBe('hit');
    expect((await post(t, body, { authorization: `Bearer ${creator.accessToken}` })).headers.get('x-minutely-cache')).toBeNull();
    const keyed = await post(t, body, { 'x-api-key': 'mk_test_not_a_key' });
    expect(keyed.status).toBe(401);
    await t.ok(`mutation { updateCallSettings(pricePerMinute: 44) { minPricePerMinute } }`, {}, { token: creator.accessToken });
    const after = await post(t, body);
    expect(after.headers.get('x-minutely-cache')).toBeNull();
    const listing = ((await after.json()) as { data: Listing }).data;
    expect(listing.creators.edges.find((e) => e.node.handle === creator.handle)?.node.pricePerMinute).toBe(44);
  });
});
