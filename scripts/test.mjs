#!/usr/bin/env node
// `npm test`: builds what is stale, checks the committed schema, then runs every jest test (unit, API
// integration and browser). Against PostgreSQL when DATABASE_URL is set, the embedded PGlite otherwise.
// Extra arguments go to jest, e.g. `npm test -- test/identity`.
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

console.log(`Testing against ${process.env.DATABASE_URL ? 'PostgreSQL' : 'the embedded PGlite database'}`);
run('node', ['scripts/build.mjs']);
run('node', ['api/dist/api/src/cli/schema.js', 'check']);
run('npx', ['jest', '--config', 'api/jest.config.js', '--maxWorkers=2', ...process.argv.slice(2)], {
  // PGlite loads its WebAssembly with a dynamic import, which jest's VM only allows with this flag.
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
});
