import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A session opened by an SMS call link is scoped to that call (`call_id`): it may answer it and nothing else,
 * and it ends at `expires_at` whatever its refresh tokens say.
 */
export class CallLinkSessions1763688000000 implements MigrationInterface {
  name = 'CallLinkSessions1763688000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE session ADD COLUMN call_id uuid, ADD COLUMN expires_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE session DROP COLUMN call_id, DROP COLUMN expires_at`);
  }
}
