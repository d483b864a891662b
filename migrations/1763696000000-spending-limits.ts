import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Responsible spending: a fan's limits (a cap per call, a limit per 24 hours across calls, unlocks and tips, and a
 * self-exclusion that blocks spending until a date), and on each call the cap it was connected with, the tokens
 * it may still commit against the daily limit, and whether the fan was warned that the cap is a minute away.
 */
export class SpendingLimits1763696000000 implements MigrationInterface {
  name = 'SpendingLimits1763696000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE spending_limit (
        account_id uuid PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
        per_call_cap int CHECK (per_call_cap > 0),
        daily_limit int CHECK (daily_limit > 0),
        excluded_until timestamptz,
        -- The live call's cap counts against the daily limit until it ends: what it is about and its cap.
        live_call_reference text,
        live_call_cap int,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`ALTER TABLE call ADD COLUMN spend_cap int CHECK (spend_cap >= 0)`);
    await q.query(`ALTER TABLE call ADD COLUMN spend_cap_warned boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE call DROP COLUMN spend_cap_warned`);
    await q.query(`ALTER TABLE call DROP COLUMN spend_cap`);
    await q.query(`DROP TABLE spending_limit`);
  }
}
