#!/usr/bin/env node
// `npm test`: builds what is stale, checks the committed schema, then runs every jest test (unit, API
// integration and browser). Against PostgreSQL when DATABASE_URL is set, the embedded PGlite otherwise.
// Extra arguments go to jest, e.g. `npm test -- test/identity`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

console.log(`Testing against ${process.env.DATABASE_URL ? 'PostgreSQL' : 'the embedded PGlite database'}`);
run('node', ['scripts/build.mjs']);
run('npm', ['run', '--silent', 'lint']);
run('node', ['api/dist/api/src/cli/schema.js', 'check']);
mkdirSync(`${root}test-artifacts`, { recursive: true });
const results = `${root}test-artifacts/jest-results.json`;
const jest = spawnSync('npx', ['jest', '--config', 'api/jest.config.js', '--maxWorkers=2', '--json', `--outputFile=${results}`, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  // PGlite loads its WebAssembly with a dynamic import, which jest's VM only allows with this flag.
  env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim() },
});
try {
  const r = JSON.parse(readFileSync(results, 'utf8'));
  console.log(`\nMinutely: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
} catch {
  console.log('\nMinutely: no test results were written');
}
process.exit(jest.status ?? 1);
