import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { developmentJwtSecret } from './development-secret';

describe('the development JWT secret', () => {
  it('is generated once per data directory, kept there for the owner only, and differs between directories', async () => {
    const [a, b] = [await mkdtemp(join(tmpdir(), 'minutely-secret-')), await mkdtemp(join(tmpdir(), 'minutely-secret-'))];
    try {
      const first = await developmentJwtSecret(a);
      expect(first.length).toBeGreaterThanOrEqual(32);
      expect(await developmentJwtSecret(a)).toBe(first); // a restart keeps it: tokens survive
      expect((await readFile(join(a, 'jwt-secret'), 'utf8')).trim()).toBe(first);
      expect((await stat(join(a, 'jwt-secret'))).mode & 0o077).toBe(0);
      expect(await developmentJwtSecret(b)).not.toBe(first); // another installation: another secret
      const [x, y] = await Promise.all([developmentJwtSecret(join(a, 'sub')), developmentJwtSecret(join(a, 'sub'))]);
      expect(x).toBe(y); // two processes starting at once agree
    } finally {
      await rm(a, { recursive: true, force: true });
      await rm(b, { recursive: true, force: true });
    }
  });

  it('lives as long as the process with DATA_DIR=memory://', async () => {
    expect(await developmentJwtSecret('memory://')).not.toBe(await developmentJwtSecret('memory://'));
  });
});
