import { buildSchema, findBreakingChanges, type BreakingChange } from 'graphql';

/** A breaking change between two versions of the contract, and the schema coordinate it is about. */
export interface ContractBreak {
  coordinate: string;
  description: string;
}

/**
 * The schema coordinate a graphql-js breaking change is about (`Query.creators`, `Creator`, `AvailabilityStatus.OFF`,
 * `Query.creators(first:)`), so schema/CHANGELOG.md can record it by name.
 */
export function coordinateOf(change: BreakingChange): string {
  const d = change.description;
  let m = /^(\S+) was removed from (?:enum|union) type (\S+?)\.$/.exec(d);
  if (m) return `${m[2]}.${m[1]}`;
  m = /^A required (?:arg|field) (\S+) on (?:input type )?(\S+?) was added\.$/.exec(d);
  if (m) return `${m[2]}.${m[1]}`;
  m = /^(\S+) arg (\S+) /.exec(d);
  if (m) return `${m[1]}(${m[2]}:)`;
  return d.split(' ')[0].replace(/\.$/, '');
}

/** The breaking changes from the committed contract (SDL) to the schema the code builds (SDL). */
export function breakingChanges(before: string, after: string): ContractBreak[] {
  return findBreakingChanges(buildSchema(before), buildSchema(after)).map((change) => ({ coordinate: coordinateOf(change), description: change.description }));
}

/**
 * The coordinates schema/CHANGELOG.md records as breaking: every `` `Coordinate` `` on a line that starts with
 * `- BREAKING`, e.g. ``- BREAKING `Query.oldField`: removed after 90 days deprecated (use `newField`).``
 */
export function recordedBreaks(changelog: string): Set<string> {
  const recorded = new Set<string>();
  for (const line of changelog.split('\n')) {
    if (!/^\s*[-*]\s+BREAKING\b/.test(line)) continue;
    for (const m of line.matchAll(/`([^`]+)`/g)) recorded.add(m[1].trim());
  }
  return recorded;
}

/** The breaking changes the changelog does not record: a non-empty list fails `npm run schema:check`. */
export function unrecordedBreaks(before: string, after: string, changelog: string): ContractBreak[] {
  const recorded = recordedBreaks(changelog);
  return breakingChanges(before, after).filter((b) => !recorded.has(b.coordinate));
}
