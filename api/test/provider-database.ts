import { createLogger } from '../src/common/logger';
import { loadConfig } from '../src/config';
import { openDatabase, type Database } from '../src/db/database';
import { createScratchDatabase, isPostgres } from './harness';

/**
 * A fresh, fully migrated database for provider tests that need one table but not the whole API: a scratch
 * PostgreSQL database when DATABASE_URL is set, in-memory PGlite otherwise.
 */
export async function openMigratedDatabase(): Promise<{ db: Database; close(): Promise<void> }> {
  const scratch = isPostgres() ? await createScratchDatabase(process.env.DATABASE_URL!) : null;
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://', SEED_DEMO: 'false', ...(scratch ? { DATABASE_URL: scratch.url } : {}) });
  const db = await openDatabase(config, createLogger('silent'));
  await db.dataSource.runMigrations({ transaction: 'each' });
  return {
    db,
    close: async () => {
      await db.close();
      await scratch?.drop();
    },
  };
}
