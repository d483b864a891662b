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
