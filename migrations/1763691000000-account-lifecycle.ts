import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts people can manage: verified email, single-use emailed links (verification, email change, password
 * reset), notification preferences, and deletion (the row stays, anonymized, so the ledger keeps its owner).
 */
export class AccountLifecycle1763691000000 implements MigrationInterface {
  name = 'AccountLifecycle1763691000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE account ADD COLUMN email_verified_at timestamptz`);
    // Accounts made before verification existed were trusted with their address; keep them able to pay and call.
    await q.query(`UPDATE account SET email_verified_at = created_at`);
    await q.query(`ALTER TABLE account ADD COLUMN deleted_at timestamptz`);
    await q.query(`ALTER TABLE account ADD COLUMN notify_missed_calls boolean NOT NULL DEFAULT true`);
    await q.query(`ALTER TABLE account ADD COLUMN notify_messages boolean NOT NULL DEFAULT true`);
    await q.query(`ALTER TABLE account ADD COLUMN notify_product_news boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE account DROP CONSTRAINT account_status_check`);
    await q.query(`ALTER TABLE account ADD CONSTRAINT account_status_check CHECK (status IN ('ACTIVE', 'SUSPENDED', 'DELETED'))`);
    await q.query(`
      CREATE TABLE account_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('VERIFY_EMAIL', 'CHANGE_EMAIL', 'RESET_PASSWORD')),
        token_hash text NOT NULL,
        email text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX account_token_hash_key ON account_token (token_hash)`);
    await q.query(`CREATE INDEX account_token_account_idx ON account_token (account_id, purpose)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE account_token`);
    // The ledger still names deleted accounts: they stay, refused as suspended ones are.
    await q.query(`UPDATE account SET status = 'SUSPENDED', suspended_reason = 'Account deleted' WHERE status = 'DELETED'`);
    await q.query(`ALTER TABLE account DROP CONSTRAINT account_status_check`);
    await q.query(`ALTER TABLE account ADD CONSTRAINT account_status_check CHECK (status IN ('ACTIVE', 'SUSPENDED'))`);
    for (const column of ['notify_product_news', 'notify_messages', 'notify_missed_calls', 'deleted_at', 'email_verified_at']) {
      await q.query(`ALTER TABLE account DROP COLUMN ${column}`);
    }
  }
}
