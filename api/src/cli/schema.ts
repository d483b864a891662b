import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAppPubSub } from '../common/pubsub';
import { repoRoot } from '../common/paths';
import { buildAppSchema } from '../schema';
import { printContract } from '../schema-contract';
import { unrecordedBreaks, type ContractBreak } from '../schema-breaking';

/**
 * `emit` writes schema/schema.graphql; `check` fails when the committed file differs from the code. Both fail on a
 * breaking change (graphql-js findBreakingChanges) from the committed contract — and, with SCHEMA_BASE_REF (e.g.
 * origin/main in CI), from that revision's — unless schema/CHANGELOG.md records it.
 * `--schema <file>` and `--changelog <file>` point elsewhere (tests).
 */
async function run(argv: string[]): Promise<void> {
  const command = argv[0] ?? 'check';
  const option = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const file = option('schema') ?? join(repoRoot, 'schema', 'schema.graphql');
  const changelogFile = option('changelog') ?? join(repoRoot, 'schema', 'CHANGELOG.md');
  const printed = printContract(await buildAppSchema(createAppPubSub()));
  const committed = readOrEmpty(file);
  const changelog = readOrEmpty(changelogFile);

  const baselines: [string, string][] = [];
  if (committed) baselines.push([file, committed]);
  const baseRef = process.env.SCHEMA_BASE_REF;
  if (baseRef) baselines.push([`${baseRef}:schema/schema.graphql`, gitShow(baseRef, 'schema/schema.graphql')]);
  const breaks = new Map<string, ContractBreak>();
  for (const [, before] of baselines) for (const b of unrecordedBreaks(before, printed, changelog)) breaks.set(b.description, b);
  if (breaks.size) {
    process.stderr.write(
      `Breaking schema changes that ${changelogFile} does not record:\n` +
        [...breaks.values()].map((b) => `  - ${b.description} (record it as: - BREAKING \`${b.coordinate}\`: why, and what to use instead)\n`).join('') +
        'Partners rely on the schema: deprecate first (@deprecated), remove later, and record each removal in the changelog.\n',
    );
    process.exit(1);
  }
  if (command === 'emit') {
    writeFileSync(file, printed);
    process.stdout.write(`wrote ${file}\n`);
    return;
  }
  if (committed !== printed) {
    process.stderr.write('schema/schema.graphql is stale: run "npm run schema:emit" and commit the result.\n');
    process.exit(1);
  }
  process.stdout.write('schema/schema.graphql is up to date, with no unrecorded breaking change\n');
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // a missing schema counts as stale (and has nothing to break); a missing changelog records nothing
  }
}

function gitShow(ref: string, path: string): string {
  return execFileSync('git', ['show', `${ref}:${path}`], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
}

run(process.argv.slice(2)).catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
