import type { ApiScope } from '../../graphql/generated/graphql';

/** The scopes a key can have, as partners write them, with what each opens (mirrors the schema's ApiScope descriptions). */
export const API_SCOPES: { value: ApiScope; name: string; what: string }[] = [
  { value: 'CREATORS_READ', name: 'creators:read', what: 'Creator profiles, prices and the directory.' },
  { value: 'AVAILABILITY_READ', name: 'availability:read', what: 'Availability and its live subscription.' },
  { value: 'CALLS_EMBED', name: 'calls:embed', what: 'The embeddable call button: one creator’s price and live availability.' },
];

export const scopeName = (value: ApiScope): string => API_SCOPES.find((s) => s.value === value)?.name ?? value;

/** One entry per day of the last `days` days (UTC, oldest first), with the usage of all keys added up. */
export function dailyTotals(
  rows: { day: string; requests: number; points: number; errors: number; rateLimited: number }[],
  days: number,
  today: Date = new Date(),
): { day: string; requests: number; points: number; errors: number; rateLimited: number }[] {
  const out = [];
  for (let i = days - 1; i >= 0; i--) {
    const day = new Date(today.getTime() - i * 86_400_000).toISOString().slice(0, 10);
    const total = { day, requests: 0, points: 0, errors: 0, rateLimited: 0 };
    for (const r of rows) {
      if (r.day !== day) continue;
      total.requests += r.requests;
      total.points += r.points;
      total.errors += r.errors;
      total.rateLimited += r.rateLimited;
    }
    out.push(total);
  }
  return out;
}
