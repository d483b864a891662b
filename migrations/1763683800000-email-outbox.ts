import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every email the dev outbox provider "sent" (verification, reset, alerts), for the embedded default and tests. */
export class EmailOutbox1763683800000 implements MigrationInterface {
  name = 'EmailOutbox1763683800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE email_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL,
        to_address text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX email_outbox_seq_idx ON email_outbox (seq DESC)`);
    await q.query(`CREATE INDEX email_outbox_to_idx ON email_outbox (lower(to_address), seq DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE email_outbox`);
  }
}
