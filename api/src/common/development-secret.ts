import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { repoRoot } from './paths';

const FILE = 'jwt-secret';

/**
 * The secret that signs access tokens when JWT_SECRET is not set (never in production: the configuration
 * refuses that). Generated at random the first time and kept in DATA_DIR/jwt-secret (readable by the owner
 * only), so tokens survive restarts but a token from one installation does not open another; with
 * DATA_DIR=memory:// it lives as long as the process.
 */
export async function developmentJwtSecret(dataDir: string): Promise<string> {
  if (dataDir === 'memory://') return randomBytes(32).toString('base64url');
  const dir = isAbsolute(dataDir) ? dataDir : resolve(repoRoot, dataDir);
  const file = join(dir, FILE);
  const existing = await readSecret(file);
  if (existing) return existing;
  await mkdir(dir, { recursive: true });
  // Written whole under a name of its own, then linked into place: link fails when the file exists, so when two
  // processes start at once one secret wins and nobody ever reads a file still being written.
  const draft = `${file}.${process.pid}.${randomBytes(6).toString('hex')}`;
  await writeFile(draft, `${randomBytes(32).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 });
  try {
    await link(draft, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  } finally {
    await rm(draft, { force: true });
  }
  const created = await readSecret(file);
  if (!created) throw new Error(`Could not read the development JWT secret in ${file}`);
  return created;
}

async function readSecret(file: string): Promise<string | null> {
  try {
    const secret = (await readFile(file, 'utf8')).trim();
    return secret.length >= 32 ? secret : null;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}
