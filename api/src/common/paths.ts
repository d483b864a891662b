import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root: the nearest folder above this file whose package.json declares workspaces. */
export const repoRoot: string = (() => {
  let dir = __dirname;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).workspaces) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the Minutely repository root above ${__dirname}`);
    dir = parent;
  }
})();
