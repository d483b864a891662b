import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reports by fans and creators, and the append-only audit log of every staff action. */
export class Moderation1763683700000 implements MigrationInterface {
  name = 'Moderation1763683700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reporter_id uuid NOT NULL REFERENCES account (id),
        reported_account_id uuid NOT NULL REFERENCES account (id),
        target_type text NOT NULL CHECK (target_type IN ('CALL', 'CONVERSATION')),
        call_id uuid REFERENCES call (id),
        conversation_id uuid REFERENCES conversation (id),
        reason text NOT NULL,
        note text NOT NULL DEFAULT '',
        status text NOT NULL CHECK (status IN ('OPEN', 'RESOLVED', 'DISMISSED')),
        resolution_note text,
        resolved_by uuid REFERENCES account (id),
        created_at timestamptz NOT NULL,
        resolved_at timestamptz,
        CHECK ((target_type = 'CALL') = (call_id IS NOT NULL) AND (target_type = 'CONVERSATION') = (conversation_id IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX report_one_open_per_call ON report (reporter_id, call_id) WHERE status = 'OPEN' AND call_id IS NOT NULL`);
    await q.query(
      `CREATE UNIQUE INDEX report_one_open_per_conversation ON report (reporter_id, conversation_id) WHERE status = 'OPEN' AND conversation_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX report_status_idx ON report (status, created_at DESC)`);
    await q.query(`
      CREATE TABLE audit_entry (
        id bigserial PRIMARY KEY,
        actor_id uuid NOT NULL REFERENCES account (id),
        action text NOT NULL,
        target_type text NOT NULL,
        target_id text NOT NULL,
        reason text NOT NULL DEFAULT '',
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX audit_entry_created_idx ON audit_entry (created_at DESC)`);
    await q.query(`CREATE INDEX audit_entry_target_idx ON audit_entry (target_type, target_id)`);
    // The audit log is append-only, whatever code or console touches the database.
    await q.query(`CREATE TRIGGER audit_entry_immutable BEFORE UPDATE OR DELETE ON audit_entry FOR EACH ROW EXECUTE FUNCTION ledger_immutable()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_entry`);
    await q.query(`DROP TABLE report`);
  }
}
