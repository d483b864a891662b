import { dailyTotals, scopeName } from '../src/components/developers/api-scopes';

describe('developer console helpers', () => {
  it('names scopes as partners write them', () => {
    expect(scopeName('CALLS_EMBED')).toBe('calls:embed');
  });

  it('adds up every key per day and fills the days without requests', () => {
    const rows = [
      { day: '2026-12-01', requests: 3, points: 30, errors: 1, rateLimited: 0 },
      { day: '2026-12-01', requests: 2, points: 20, errors: 0, rateLimited: 1 },
      { day: '2026-11-29', requests: 1, points: 5, errors: 0, rateLimited: 0 },
    ];
    expect(dailyTotals(rows, 3, new Date('2026-12-01T10:00:00Z'))).toEqual([
      { day: '2026-11-29', requests: 1, points: 5, errors: 0, rateLimited: 0 },
      { day: '2026-11-30', requests: 0, points: 0, errors: 0, rateLimited: 0 },
      { day: '2026-12-01', requests: 5, points: 50, errors: 1, rateLimited: 1 },
    ]);
  });
});
