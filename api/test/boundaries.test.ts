import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = join(__dirname, '..', '..');
const config = join(root, '.dependency-cruiser.cjs');
const depcruise = join(root, 'node_modules', '.bin', 'depcruise');

interface Violation {
  rule: { name: string; severity: string };
  from: string;
  to: string;
}

/** Runs the repository's boundary rules (as `npm run lint` does) over `paths` in `cwd`; returns the violations. */
function cruise(cwd: string, paths: string[]): Violation[] {
  const run = spawnSync(depcruise, [...paths, '--config', config, '--output-type', 'json'], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (!run.stdout) throw new Error(`depcruise printed nothing: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('module boundaries (dependency-cruiser, part of npm run lint)', () => {
  it('pass on the tree: no error in the API, its tests, the benches and the web apps', () => {
    const errors = cruise(root, ['api/src', 'api/test', 'bench', 'storefront/src', 'storefront/e2e', 'admin/src', 'admin/e2e', 'packages']).filter(
      (v) => v.rule.severity === 'error',
    );
    expect(errors).toEqual([]);
  });

  describe('on a fixture tree laid out like the API, with one wrong import per rule', () => {
    let dir: string;
    const file = (path: string, text: string) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    };
    let violations: Violation[];

    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'minutely-boundaries-'));
      file('api/src/app.ts', `export const app = 1;\n`);
      file('api/src/main.ts', `import { app } from './app';\nexport const started = app;\n`);
      file('api/src/modules/alpha/alpha.service.ts', `export const alpha = 1;\n`);
      file('api/src/modules/alpha/index.ts', `export { alpha } from './alpha.service';\n`);
      // Allowed: another module through its index; wrong: through its internals, and the composition root.
      file('api/src/modules/beta/beta.service.ts', `import { alpha } from '../alpha';\nexport const beta = alpha;\n`);
      file('api/src/modules/beta/beta.resolver.ts', `import { alpha } from '../alpha/alpha.service';\nexport const wrong = alpha;\n`);
      file('api/src/modules/beta/beta.wiring.ts', `import { app } from '../../app';\nexport const wired = app;\n`);
      file('api/src/modules/beta/index.ts', `export { beta } from './beta.service';\n`);
      // Wrong: common/ importing a module; a cycle in common/; a test reaching into a module's internals.
      file('api/src/common/helper.ts', `import { beta } from '../modules/beta';\nexport const helper = beta;\n`);
      file('api/src/common/ping.ts', `import { pong } from './pong';\nexport const ping = () => pong;\n`);
      file('api/src/common/pong.ts', `import { ping } from './ping';\nexport const pong = () => ping;\n`);
      file('api/test/beta.test.ts', `import { alpha } from '../src/modules/alpha/alpha.service';\nexport const tested = alpha;\n`);
      // Wrong: a cycle in a web app (the router and a page it loads).
      file('storefront/src/router.ts', `import { next } from './pages/log-in';\nexport const routes = () => next;\n`);
      file('storefront/src/pages/log-in.ts', `import { routes } from '../router';\nexport const next = () => routes;\n`);
      violations = cruise(dir, ['api/src', 'api/test', 'storefront/src']);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const broken = (rule: string) => violations.filter((v) => v.rule.name === rule).map((v) => `${v.from} → ${v.to}`);

    it('refuses a module importing another module’s internals', () => {
      expect(broken('module-index-only')).toEqual(['api/src/modules/beta/beta.resolver.ts → api/src/modules/alpha/alpha.service.ts']);
    });

    it('refuses code outside the modules importing a module’s internals', () => {
      expect(broken('module-index-only-outside')).toEqual(['api/test/beta.test.ts → api/src/modules/alpha/alpha.service.ts']);
    });

    it('refuses common/ (and db/, providers/, config) importing a module', () => {
      expect(broken('lower-layers-import-no-module')).toEqual(['api/src/common/helper.ts → api/src/modules/beta/index.ts']);
    });

    it('refuses anything but the edges importing the composition root', () => {
      expect(broken('composition-root-is-imported-by-edges-only')).toEqual(['api/src/modules/beta/beta.wiring.ts → api/src/app.ts']);
    });

    it('refuses an import cycle', () => {
      expect(broken('no-circular')).toEqual(['api/src/common/ping.ts → api/src/common/pong.ts']);
    });

    it('refuses an import cycle in a web app', () => {
      expect(broken('no-circular-web')).toEqual(['storefront/src/pages/log-in.ts → storefront/src/router.ts']);
    });

    it('reports nothing else: the allowed imports pass', () => {
      expect(violations.filter((v) => v.rule.severity === 'error')).toHaveLength(6);
    });
  });
});
