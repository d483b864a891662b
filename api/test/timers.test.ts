import { ManualClock } from '../src/common/clock';
import type { RequestContext } from '../src/common/context';
import { TimerRepository, TimerService, type DueTimer } from '../src/modules/timers';
import { AVAILABILITY_CHANGED, callableCreator, storedProfile, type AvailabilityEvent } from './creator-fixtures';
import { isPostgres, nextEvent, startTestServer, untilReceived, type TestServer } from './harness';

const clock = new ManualClock('2026-06-01T08:00:00Z');
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ clock });
});
afterAll(() => t.close());

const SECOND = 1000;
const ctx = () => t.app.contexts.system('test');
const at = (ms: number) => new Date(clock.now().getTime() + ms);
const schedule = (kind: string, key: string, dueAt: Date, payload: Record<string, unknown> = {}) =>
  t.app.uow.run(ctx(), (tx) => t.app.timers.schedule(tx, { kind, key, dueAt, payload }));
const rows = (kind: string) =>
  t.sql<{ key: string; due_at: Date; attempts: number; last_error: string | null }>(
    `SELECT key, due_at, attempts, last_error FROM timer WHERE kind = $1 ORDER BY key`,
    [kind],
  );

describe(`durable timers (${isPostgres() ? 'PostgreSQL' : 'embedded PGlite'})`, () => {
  it('fires a timer once it is due, once, with its payload', async () => {
    const fired: DueTimer[] = [];
    t.app.timers.register('test-once', async (_ctx, timer) => void fired.push(timer));
    await schedule('test-once', 'a', at(30 * SECOND), { n: 1 });
    expect(await t.app.timers.runDue()).toBe(0);
    clock.advance(30 * SECOND);
    expect(await t.app.timers.runDue()).toBe(1);
    expect(await t.app.timers.runDue()).toBe(0);
    expect(fired).toEqual([expect.objectContaining({ kind: 'test-once', key: 'a', payload: { n: 1 }, attempts: 0 })]);
    expect(await rows('test-once')).toEqual([]);
  });

  it('moves a timer when the same kind and key is scheduled again, and forgets a cancelled one', async () => {
    const fired: string[] = [];
    t.app.timers.register('test-move', async (_ctx, timer) => void fired.push(`${timer.key}:${timer.payload.v}`));
    await schedule('test-move', 'a', at(10 * SECOND), { v: 1 });
    await schedule('test-move', 'a', at(60 * SECOND), { v: 2 });
    await schedule('test-move', 'b', at(10 * SECOND));
    expect(await t.app.uow.run(ctx(), (tx) => t.app.timers.cancel(tx, 'test-move', 'b'))).toBe(true);
    expect(await rows('test-move')).toEqual([expect.objectContaining({ key: 'a', due_at: at(60 * SECOND) })]);
    clock.advance(10 * SECOND);
    await t.app.timers.runDue();
    expect(fired).toEqual([]);
    clock.advance(50 * SECOND);
    await t.app.timers.runDue();
    expect(fired).toEqual(['a:2']);
  });

  it('is scheduled only if the transaction that schedules it commits', async () => {
    await expect(
      t.app.uow.run(ctx(), async (tx) => {
        await t.app.timers.schedule(tx, { kind: 'test-rollback', key: 'a', dueAt: at(0) });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await rows('test-rollback')).toEqual([]);
  });

  it('rolls back a failing handler alone, keeps its timer with attempts and last error, and retries it with a backoff', async () => {
    await t.sql(`CREATE TABLE IF NOT EXISTS timer_probe (key text PRIMARY KEY)`);
    let failures = 1;
    t.app.timers.register('test-flaky', async (hctx, timer) => {
      await hctx.em.query(`INSERT INTO timer_probe (key) VALUES ($1)`, [timer.key]);
      if (timer.key === 'bad' && failures-- > 0) throw new Error('provider down');
    });
    await schedule('test-flaky', 'bad', at(0));
    await schedule('test-flaky', 'good', at(0));
    expect(await t.app.timers.runDue()).toBe(1);
    expect(await t.sql(`SELECT key FROM timer_probe ORDER BY key`)).toEqual([{ key: 'good' }]);
    expect(await rows('test-flaky')).toEqual([{ key: 'bad', due_at: at(5 * SECOND), attempts: 1, last_error: 'provider down' }]);
    expect(await t.app.timers.runDue()).toBe(0); // backing off
    clock.advance(5 * SECOND);
    expect(await t.app.timers.runDue()).toBe(1);
    expect(await t.sql(`SELECT key FROM timer_probe ORDER BY key`)).toEqual([{ key: 'bad' }, { key: 'good' }]);
    expect(await rows('test-flaky')).toEqual([]);
  });

  it('lets a handler re-arm its own kind and key for the next occurrence', async () => {
    let runs = 0;
    t.app.timers.register('test-rearm', async (hctx, timer) => {
      runs++;
      if (runs < 3) await t.app.timers.schedule(hctx, { kind: timer.kind, key: timer.key, dueAt: new Date(timer.dueAt.getTime() + 60 * SECOND) });
    });
    await schedule('test-rearm', 'tick', at(0));
    for (let i = 0; i < 4; i++) {
      await t.app.timers.runDue();
      clock.advance(60 * SECOND);
    }
    expect(runs).toBe(3);
    expect(await rows('test-rearm')).toEqual([]);
  });

  it('fires each timer exactly once when two pollers claim at the same moment (FOR UPDATE SKIP LOCKED)', async () => {
    const counts = new Map<string, number>();
    const handler = async (_ctx: RequestContext, timer: DueTimer) => {
      counts.set(timer.key, (counts.get(timer.key) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 2)); // hold the claim a little
    };
    t.app.timers.register('test-race', handler);
    // A second process's poller on the same database.
    const other = new TimerService(new TimerRepository(), t.app.uow, t.app.contexts, t.app.clock, t.app.log, t.app.config.TIMER_POLL_MS);
    other.register('test-race', handler);
    await t.app.uow.run(ctx(), async (tx) => {
      for (let i = 0; i < 60; i++) await t.app.timers.schedule(tx, { kind: 'test-race', key: `k${i}`, dueAt: at(0) });
    });
    const fired = await Promise.all([
      t.app.timers.runDue(undefined, 20),
      other.runDue(undefined, 20),
      t.app.timers.runDue(undefined, 20),
      other.runDue(undefined, 20),
    ]);
    expect(fired.reduce((a, b) => a + b, 0)).toBe(60);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(counts.size).toBe(60);
  });
});

describe('a restart', () => {
  it('loses no timer: a pause that ended while the API was down ends on the first poll after it starts again', async () => {
    const restartClock = new ManualClock('2026-06-01T08:00:00Z');
    const env = { ACCESS_TOKEN_TTL_SECONDS: '86400' };
    const before = await startTestServer({ clock: restartClock, keepDatabase: true, env });
    let after: TestServer | undefined;
    let beforeClosed = false;
    try {
      const creator = await callableCreator(before);
      await before.ok(`mutation { pauseCalls(minutes: 15) { pausedUntil } }`, {}, { token: creator.accessToken });
      await before.close();
      beforeClosed = true;

      restartClock.advance(16 * 60 * SECOND);
      after = await startTestServer({ clock: restartClock, reuse: before.database, env });
      expect(await storedProfile(after, creator.id)).toMatchObject({ paused_until: new Date('2026-06-01T08:15:00Z') });
      // Another creator's change shows when the subscription is live, without touching the paused one.
      const other = await callableCreator(after);
      const sub = nextEvent<AvailabilityEvent>(after.ws(), AVAILABILITY_CHANGED, { ids: [creator.id, other.id] });
      await untilReceived(sub, () => after!.ok(`mutation { updateCallSettings(pricePerMinute: 20) { pricePerMinute } }`, {}, { token: other.accessToken }));

      after.app.timers.start();
      let event = await sub.next();
      while (event.data?.creatorAvailabilityChanged.creatorId === other.id) event = await sub.next();
      expect(event.data?.creatorAvailabilityChanged).toMatchObject({ creatorId: creator.id, availability: { status: 'AVAILABLE' } });
      expect(await storedProfile(after, creator.id)).toMatchObject({ paused_until: null });
      expect(await after.sql(`SELECT 1 FROM timer WHERE kind = 'pause-end' AND key = $1`, [creator.id])).toEqual([]);
    } finally {
      if (!beforeClosed) await before.close().then(() => before.database.drop());
      await after?.close();
    }
  });
});
