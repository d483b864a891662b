import { isPostgres, startTestServer, type TestServer } from './harness';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

describe(`database (${isPostgres() ? 'PostgreSQL' : 'embedded PGlite'})`, () => {
  it('lets exactly one of two concurrent FOR UPDATE transactions take more than half of a row', async () => {
    await t.sql(`CREATE TABLE lock_probe (id int PRIMARY KEY, value int NOT NULL CHECK (value >= 0))`);
    await t.sql(`INSERT INTO lock_probe VALUES (1, 100)`);
    const ds = t.app.db.dataSource;
    const withdraw = () =>
      ds.transaction(async (em) => {
        const [row] = await em.query(`SELECT value FROM lock_probe WHERE id = 1 FOR UPDATE`);
        // Give the other transaction every chance to read the same value before this one writes.
        await new Promise((r) => setTimeout(r, 100));
        if (row.value < 60) throw new Error('insufficient');
        await em.query(`UPDATE lock_probe SET value = value - 60 WHERE id = 1`);
      });
    const results = await Promise.allSettled([withdraw(), withdraw()]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.message)).toEqual(['insufficient']);
    expect(await t.sql(`SELECT value FROM lock_probe WHERE id = 1`)).toEqual([{ value: 40 }]);
  });

  it('runs every migration down and up again', async () => {
    const ds = t.app.db.dataSource;
    const count = ds.migrations.length;
    for (let i = 0; i < count; i++) await ds.undoLastMigration({ transaction: 'each' });
    expect(await t.app.db.migrationsApplied()).toBe(false);
    const tables = await t.sql<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT IN ('migrations', 'lock_probe')`,
    );
    expect(tables).toEqual([]);
    const applied = await ds.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(count);
    expect(await t.app.db.migrationsApplied()).toBe(true);
    // The API works on the rebuilt schema.
    const fan = await t.signUp('FAN');
    expect(fan.id).toBeTruthy();
  });
});
