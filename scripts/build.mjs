#!/usr/bin/env node
// Builds what is stale: the API (tsc), the storefront and the admin (vite). `--force` rebuilds everything.
// Run by `npm install` (postinstall), `npm start` and `npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const force = process.argv.includes('--force');

const targets = [
  {
    name: 'api',
    inputs: ['api/src', 'migrations', 'bench', 'api/tsconfig.json', 'api/tsconfig.build.json', 'api/package.json'],
    output: 'api/dist/api/src/main.js',
    cmd: ['npx', ['tsc', '-p', 'api/tsconfig.build.json']],
  },
  {
    name: 'storefront',
    inputs: ['storefront/src', 'storefront/index.html', 'storefront/vite.config.ts', 'storefront/package.json', 'packages/web-client'],
    output: 'storefront/dist/index.html',
    cmd: ['npm', ['run', 'build', '-w', 'storefront', '--silent']],
  },
  {
    name: 'admin',
    inputs: ['admin/src', 'admin/index.html', 'admin/vite.config.ts', 'admin/package.json', 'packages/web-client'],
    output: 'admin/dist/index.html',
    cmd: ['npm', ['run', 'build', '-w', 'admin', '--silent']],
  },
];

function newest(path) {
  const full = join(root, path);
  if (!existsSync(full)) return 0;
  const st = statSync(full);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(full).reduce((m, f) => Math.max(m, newest(join(path, f))), st.mtimeMs);
}

for (const t of targets) {
  const out = join(root, t.output);
  const stale = force || !existsSync(out) || Math.max(...t.inputs.map(newest)) > statSync(out).mtimeMs;
  if (!stale) continue;
  const started = Date.now();
  process.stdout.write(`building ${t.name}… `);
  const r = spawnSync(t.cmd[0], t.cmd[1], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) {
    process.stdout.write('failed\n');
    process.stderr.write(r.stdout + r.stderr);
    process.exit(r.status ?? 1);
  }
  // tsc --incremental may leave the output untouched when nothing changed; mark it fresh.
  if (existsSync(out)) {
    const now = new Date();
    import('node:fs').then(({ utimesSync }) => utimesSync(out, now, now));
  }
  process.stdout.write(`done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
