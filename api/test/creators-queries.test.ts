import { ManualClock } from '../src/common/clock';
import { CREATOR_FIELDS } from './creator-fixtures';
import { startTestServer, type TestServer } from './harness';

let t: TestServer;
let queries = 0;
beforeAll(async () => {
  t = await startTestServer({ clock: new ManualClock('2026-03-23T10:00:00Z'), onQuery: () => queries++ });
});
afterAll(() => t.close());

/** Creators straight into the tables (fixtures), in every availability state: off, open, scheduled, paused. */
async function addCreators(from: number, to: number): Promise<void> {
  await t.sql(
    `INSERT INTO account (email, password_hash, display_name, handle, role)
     SELECT 'qc' || i || '@example.test', 'x', 'Creator ' || i, 'qc_' || lpad(i::text, 3, '0'), 'CREATOR' FROM generate_series($1::int, $2::int) AS i`,
    [from, to],
  );
  await t.sql(
    `INSERT INTO creator_profile (account_id, calls_enabled, price_per_minute, phone_e164, phone_verified_at, time_zone, schedule, paused_until, tags)
     SELECT a.id, n % 4 <> 0, 10 + n, '+4915112340000', now(), 'Europe/Berlin',
            CASE WHEN n % 4 = 2 THEN '[{"weekday": 1, "start": "18:00", "end": "02:00"}]'::jsonb END,
            CASE WHEN n % 4 = 3 THEN now() + interval '1 hour' END,
            ARRAY['qc']
     FROM (SELECT id, substr(handle, 4)::int AS n FROM account WHERE handle LIKE 'qc\\_%') AS a
     ON CONFLICT (account_id) DO NOTHING`,
  );
}

const LIST = `query($first: Int!) { creators(first: $first, filter: { tag: "qc" }) { edges { node { ${CREATOR_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;

async function countQueries(first: number): Promise<{ queries: number; statuses: string[] }> {
  const before = queries;
  const result = await t.ok<{ creators: { edges: { node: { availability: { status: string } } }[] } }>(LIST, { first });
  return { queries: queries - before, statuses: result.creators.edges.map((e) => e.node.availability.status) };
}

describe('listing creators with their availability', () => {
  it('costs the same number of SQL queries for 5 creators as for 50', async () => {
    await addCreators(1, 5);
    const five = await countQueries(50);
    expect(five.statuses).toHaveLength(5);
    await addCreators(6, 50);
    const fifty = await countQueries(50);
    expect(fifty.statuses).toHaveLength(50);
    expect(new Set(fifty.statuses)).toEqual(new Set(['OFF', 'AVAILABLE', 'AWAY', 'PAUSED']));
    expect(fifty.queries).toBe(five.queries);
    expect(fifty.queries).toBeLessThanOrEqual(2);
  });

  it('also for the availableNow filter, which is partly decided in code', async () => {
    const count = async () => {
      const before = queries;
      const result = await t.ok<{ creators: { edges: unknown[] } }>(
        `{ creators(first: 50, filter: { availableNow: true, tag: "qc" }) { edges { node { id availability { status } } } } }`,
      );
      return { queries: queries - before, n: result.creators.edges.length };
    };
    const { queries: n, n: available } = await count();
    expect(available).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(2);
  });
});
