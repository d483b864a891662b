import type { MigrationInterface, QueryRunner } from 'typeorm';

const SIGNATURE = 'ledger_post(text, text, text, text, text, uuid, timestamptz, uuid[], uuid[], text[], bigint[], boolean, boolean)';
const SETTINGS = ['enable_seqscan', 'enable_hashjoin', 'enable_mergejoin'];

/**
 * `ledger_post` touches a handful of accounts by key, always. Its statements are planned once per session
 * (generic plans, see LedgerPostGenericPlan), and a plan made while `ledger_account` was small scans the whole
 * table — every transfer of that session then read every account (measured: three sequential scans per
 * transfer, 1.4 ms a transfer at a few thousand accounts, growing with the table); without sequential scans it
 * hashed every owned account instead. Inside the function only, sequential scans, hash and merge joins are
 * priced out, so each plan looks its few accounts up through their indexes (nested loops) at any size.
 */
export class LedgerPostIndexScans1763699100000 implements MigrationInterface {
  name = 'LedgerPostIndexScans1763699100000';

  async up(q: QueryRunner): Promise<void> {
    for (const setting of SETTINGS) await q.query(`ALTER FUNCTION ${SIGNATURE} SET ${setting} = off`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const setting of SETTINGS) await q.query(`ALTER FUNCTION ${SIGNATURE} RESET ${setting}`);
  }
}
