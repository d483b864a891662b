import { ManualClock } from './clock';
import { CostBudget, spendFrom } from './cost-budget';

const rule = { points: 600, seconds: 60 }; // 10 points a second

describe('cost budgets (token bucket)', () => {
  it('starts full, charges the cost and refuses what does not fit, with the wait until it would', () => {
    const first = spendFrom(null, rule, 0, 500);
    expect(first.outcome).toMatchObject({ allowed: true, charged: 500, remaining: 100, msBeforeRetry: 0, msUntilFull: 50_000 });
    const second = spendFrom(first.bucket, rule, 0, 150);
    expect(second.outcome).toMatchObject({ allowed: false, charged: 0, remaining: 100, msBeforeRetry: 5_000 });
  });

  it('refills continuously, never above the limit', () => {
    const spent = spendFrom(null, rule, 0, 600).bucket;
    expect(spendFrom(spent, rule, 1_000, 0).outcome.remaining).toBe(10);
    expect(spendFrom(spent, rule, 30_000, 0).outcome.remaining).toBe(300);
    expect(spendFrom(spent, rule, 3_600_000, 0).outcome.remaining).toBe(600);
  });

  it('charges a cost above the whole budget as the whole budget, so it passes on a full bucket', () => {
    expect(spendFrom(null, rule, 0, 5_000).outcome).toMatchObject({ allowed: true, charged: 600, remaining: 0 });
  });

  it('keeps one bucket per key in memory, on the given clock', async () => {
    const clock = new ManualClock('2026-01-01T00:00:00Z');
    const budget = new CostBudget('spec', rule, clock);
    expect((await budget.spend('a', 600)).allowed).toBe(true);
    expect((await budget.spend('a', 1)).allowed).toBe(false);
    expect((await budget.spend('b', 600)).allowed).toBe(true);
    clock.advance(6_000);
    expect(await budget.spend('a', 60)).toMatchObject({ allowed: true, remaining: 0 });
  });
});
