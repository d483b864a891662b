import { ManualClock } from '../src/common/clock';
import * as fixtures from './fixtures';
import { eventually, startTestServer, subscribed, type TestAccount, type TestServer } from './harness';

const clock = new ManualClock('2026-06-01T10:00:00Z');
let t: TestServer;

beforeAll(async () => {
  t = await startTestServer({ clock });
});
afterAll(() => t.close());

const LIST = `query($f: CreatorFilter, $s: CreatorSort, $first: Int, $after: String) {
  creators(filter: $f, sort: $s, first: $first, after: $after) {
    edges { node { id handle pricePerMinute languages tags ratingAverage ratingCount availability { status online reachability nextAvailableAt } } }
    pageInfo { hasNextPage endCursor } } }`;

interface Listed {
  id: string;
  handle: string;
  pricePerMinute: number | null;
  languages: string[];
  tags: string[];
  ratingAverage: number | null;
  ratingCount: number;
  availability: { status: string; online: boolean; reachability: string; nextAvailableAt: string | null };
}

async function list(filter: Record<string, unknown>, sort = 'HANDLE', first = 100, after: string | null = null) {
  const data = await t.ok<{ creators: { edges: { node: Listed }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(LIST, {
    f: filter,
    s: sort,
    first,
    after,
  });
  return { nodes: data.creators.edges.map((e) => e.node), pageInfo: data.creators.pageInfo };
}

/** Creators of this test only (every handle starts with the test's prefix). */
const mine = (nodes: Listed[], ids: string[]) => nodes.filter((n) => ids.includes(n.id)).map((n) => n.id);

describe('the directory', () => {
  let cheap: TestAccount;
  let mid: TestAccount;
  let dear: TestAccount;
  let off: TestAccount;
  let ids: string[];

  beforeAll(async () => {
    cheap = await fixtures.readyCreator(t, 5);
    mid = await fixtures.readyCreator(t, 20);
    dear = await fixtures.readyCreator(t, 60);
    off = await t.signUp('CREATOR');
    ids = [cheap.id, mid.id, dear.id, off.id];
    const profile = (who: TestAccount, languages: string[], tags: string[]) =>
      t.ok(
        `mutation($l: [String!], $t: [String!]) { updateCreatorProfile(input: { languages: $l, tags: $t }) { creator { languages } } }`,
        { l: languages, t: tags },
        { token: who.accessToken },
      );
    await profile(cheap, ['en', 'DE'], ['yoga', 'cooking']);
    await profile(mid, ['en'], ['gaming']);
    await profile(dear, ['pt-BR', 'es'], ['cooking']);
    await profile(off, ['fr'], ['yoga']);
    // Ratings as the reviews module keeps them.
    await t.sql(`UPDATE creator_profile SET rating_count = 12, rating_average = 4.8 WHERE account_id = $1`, [mid.id]);
    await t.sql(`UPDATE creator_profile SET rating_count = 1, rating_average = 5 WHERE account_id = $1`, [dear.id]);
    await t.sql(`UPDATE creator_profile SET rating_count = 3, rating_average = 3.5 WHERE account_id = $1`, [cheap.id]);
  });

  it('filters by price range, tags, language and rating', async () => {
    expect(mine((await list({ minPrice: 10, maxPrice: 60 })).nodes, ids).sort()).toEqual([mid.id, dear.id].sort());
    expect(mine((await list({ maxPrice: 19 })).nodes, ids)).toEqual([cheap.id]);
    expect(mine((await list({ tags: ['Cooking', 'gaming'] })).nodes, ids).sort()).toEqual([cheap.id, mid.id, dear.id].sort());
    expect(mine((await list({ language: 'de' })).nodes, ids)).toEqual([cheap.id]);
    expect(mine((await list({ language: 'pt_br' })).nodes, ids)).toEqual([dear.id]);
    expect(mine((await list({ minRating: 4.5 })).nodes, ids).sort()).toEqual([mid.id, dear.id].sort());
    const bad = await t.gql(LIST, { f: { language: 'not a language' } });
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('sorts by price, rating and newest, paging through a sorted list with cursors', async () => {
    expect(mine((await list({}, 'PRICE_LOW')).nodes, ids)).toEqual([cheap.id, mid.id, dear.id, off.id]);
    expect(mine((await list({}, 'PRICE_HIGH')).nodes, ids)).toEqual([dear.id, mid.id, cheap.id, off.id]);
    expect(mine((await list({}, 'RATING')).nodes, ids)).toEqual([dear.id, mid.id, cheap.id, off.id]);
    expect(mine((await list({}, 'NEWEST')).nodes, ids)).toEqual([off.id, dear.id, mid.id, cheap.id]);
    // Recommended: weighted rating puts many 4.8s above a single 5.
    expect(mine((await list({}, 'RECOMMENDED')).nodes, ids).slice(0, 2)).toEqual([mid.id, dear.id]);

    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const { nodes, pageInfo } = await list({ tags: ['yoga', 'cooking', 'gaming'] }, 'PRICE_LOW', 1, after);
      seen.push(...nodes.map((n) => n.id));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(
      mine(
        seen.map((id) => ({ id }) as Listed),
        ids,
      ),
    ).toEqual([cheap.id, mid.id, dear.id, off.id]);
    const wrongCursor = await t.gql(LIST, { f: {}, s: 'RATING', first: 1, after });
    expect(wrongCursor.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('tells “Online now” from “Available by phone”, and says why and until when others cannot be called', async () => {
    const phone = await list({ availableNow: true });
    expect(phone.nodes.find((n) => n.id === mid.id)!.availability).toMatchObject({ status: 'AVAILABLE', online: false, reachability: 'BY_PHONE' });
    expect(mine((await list({ onlineNow: true })).nodes, ids)).toEqual([]);

    const ws = t.ws(mid.accessToken);
    await eventually(async () => expect(mine((await list({ onlineNow: true })).nodes, ids)).toEqual([mid.id]));
    expect((await list({ onlineNow: true })).nodes.find((n) => n.id === mid.id)!.availability).toMatchObject({ online: true, reachability: 'ONLINE_NOW' });
    // Online creators lead the recommended order.
    expect(mine((await list({}, 'RECOMMENDED')).nodes, ids)[0]).toBe(mid.id);

    await t.ok(`mutation { pauseCalls(minutes: 30) { pausedUntil } }`, {}, { token: cheap.accessToken });
    const paused = (await list({})).nodes.find((n) => n.id === cheap.id)!.availability;
    expect(paused).toEqual({
      status: 'PAUSED',
      online: false,
      reachability: 'NOT_NOW',
      nextAvailableAt: new Date(clock.now().getTime() + 30 * 60_000).toISOString(),
    });
    expect((await list({})).nodes.find((n) => n.id === off.id)!.availability.reachability).toBe('NOT_NOW');
    await ws.dispose();
  });

  it('pushes a price change to an open profile (creatorUpdated)', async () => {
    const fan = await t.signUp('FAN');
    const ws = t.ws(fan.accessToken);
    const updates = await subscribed<{ creatorUpdated: { id: string; pricePerMinute: number } }>(
      t,
      ws,
      `subscription($id: ID!) { creatorUpdated(creatorId: $id) { id pricePerMinute } }`,
      {
        id: dear.id,
      },
    );
    await t.ok(`mutation { updateCallSettings(pricePerMinute: 75) { pricePerMinute } }`, {}, { token: dear.accessToken });
    expect((await updates.next()).data!.creatorUpdated).toEqual({ id: dear.id, pricePerMinute: 75 });
    await ws.dispose();
  });
});

describe('the public read cache', () => {
  it('forgets a signed-out profile when the creator’s photos or rating change, not only their availability', async () => {
    const cached = await startTestServer({ env: { PUBLIC_CACHE_TTL_MS: '60000' } });
    try {
      const creator = await fixtures.readyCreator(cached);
      const read = async () =>
        (await cached.ok<{ creator: { ratingCount: number } }>(`query($id: ID!) { creator(id: $id) { ratingCount } }`, { id: creator.id })).creator.ratingCount;
      expect(await read()).toBe(0);
      // The reviews module records a rating summary (as after a review): the cached answer goes.
      await cached.app.uow.run(cached.app.contexts.system('test'), (tx) => cached.app.creators.recordRating(tx, creator.id, 1, 5));
      await eventually(async () => expect(await read()).toBe(1));
    } finally {
      await cached.close();
    }
  });
});
