import type { MigrationInterface, QueryRunner } from 'typeorm';

const SIGNATURE = 'ledger_post(text, text, text, text, text, uuid, timestamptz, uuid[], uuid[], text[], bigint[], boolean, boolean)';

/**
 * `ledger_post` plans each of its statements once per session. Left to itself PostgreSQL re-plans a statement
 * with the call's values while it judges a custom plan may beat the generic one — for these key lookups it
 * never does, and planning was most of the function's cost (+10–30% transfers/s measured against pgbench in
 * the same run once forced).
 */
export class LedgerPostGenericPlan1763699000000 implements MigrationInterface {
  name = 'LedgerPostGenericPlan1763699000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER FUNCTION ${SIGNATURE} SET plan_cache_mode = force_generic_plan`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER FUNCTION ${SIGNATURE} RESET plan_cache_mode`);
  }
}
