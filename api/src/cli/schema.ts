import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAppPubSub } from '../common/pubsub';
import { repoRoot } from '../common/paths';
import { buildAppSchema } from '../schema';
import { printContract } from '../schema-contract';

/** `emit` writes schema/schema.graphql; `check` fails when the committed file differs from the code. */
async function run(command: string): Promise<void> {
  const file = join(repoRoot, 'schema', 'schema.graphql');
  const printed = printContract(await buildAppSchema(createAppPubSub()));
  if (command === 'emit') {
    writeFileSync(file, printed);
    process.stdout.write(`wrote ${file}\n`);
    return;
  }
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    // missing file counts as stale
  }
  if (committed !== printed) {
    process.stderr.write('schema/schema.graphql is stale: run "npm run schema:emit" and commit the result.\n');
    process.exit(1);
  }
  process.stdout.write('schema/schema.graphql is up to date\n');
}

run(process.argv[2] ?? 'check').catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
