import 'reflect-metadata';
import { loadConfig } from '../config';
import { createLogger } from '../common/logger';
import { openDatabase } from '../db/database';
import { checkLedger } from '../modules/ledger';

/** `npm run ledger:check`: verifies the ledger invariants; exits 1 and lists the problems when one breaks. */
async function run(): Promise<void> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const db = await openDatabase(config, createLogger(config.LOG_LEVEL));
  try {
    const problems = await checkLedger(db.dataSource.manager);
    if (problems.length) {
      process.stderr.write(`Ledger check FAILED (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n`);
      for (const p of problems) process.stderr.write(`  [${p.invariant}] ${p.detail}\n`);
      process.exitCode = 1;
    } else {
      process.stdout.write('Ledger check passed: balances sum to zero, match their entries, every transfer balances.\n');
    }
  } finally {
    await db.close();
  }
}

run().catch((err) => {
  process.stderr.write(`ledger:check failed to run: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
});
