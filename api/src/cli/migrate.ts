import 'reflect-metadata';
import { loadConfig } from '../config';
import { createLogger } from '../common/logger';
import { openDatabase } from '../db/database';

/** `npm run migrate` applies pending migrations; `npm run migrate:revert` undoes the last one. */
async function run(direction: string): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const db = await openDatabase(config, log);
  try {
    if (direction === 'down') {
      await db.dataSource.undoLastMigration({ transaction: 'each' });
      log.info('last migration reverted');
    } else {
      const applied = await db.dataSource.runMigrations({ transaction: 'each' });
      log.info({ applied: applied.map((m) => m.name) }, applied.length ? 'migrations applied' : 'database is up to date');
    }
  } finally {
    await db.close();
  }
}

run(process.argv[2] ?? 'up').catch((err) => {
  process.stderr.write(`Migration failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
