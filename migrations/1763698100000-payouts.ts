import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS_BEFORE = `'FAN_WALLET', 'FAN_HOLD', 'CREATOR_EARNINGS', 'AGENCY_EARNINGS', 'PLATFORM_REVENUE', 'PROVIDER_CLEARING', 'PROMOTIONS'`;

/**
 * Creator payouts: the owner's payout-clearing ledger account (earnings asked to be paid out, until the
 * provider answers), payout requests, each owner's connected account at the payout provider, and the
 * provider's webhook events already applied.
 */
export class Payouts1763698100000 implements MigrationInterface {
  name = 'Payouts1763698100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ledger_account DROP CONSTRAINT ledger_account_kind_check`);
    await q.query(`ALTER TABLE ledger_account ADD CONSTRAINT ledger_account_kind_check CHECK (kind IN (${KINDS_BEFORE}, 'PAYOUT_CLEARING'))`);
    await q.query(`
      CREATE TABLE payout (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL REFERENCES account (id),
        earnings_kind text NOT NULL CHECK (earnings_kind IN ('CREATOR_EARNINGS', 'AGENCY_EARNINGS')),
        tokens int NOT NULL CHECK (tokens > 0),
        amount_cents int NOT NULL CHECK (amount_cents > 0),
        currency text NOT NULL,
        status text NOT NULL CHECK (status IN ('REQUESTED', 'PROCESSING', 'PAID', 'REJECTED', 'FAILED')),
        provider text NOT NULL,
        connected_account_id text,
        transfer_id text,
        reviewed_by uuid REFERENCES account (id),
        reviewed_at timestamptz,
        reason text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX payout_owner_idx ON payout (owner_id, created_at DESC)`);
    await q.query(`CREATE INDEX payout_status_idx ON payout (status, created_at DESC)`);
    await q.query(`CREATE UNIQUE INDEX payout_transfer_key ON payout (provider, transfer_id) WHERE transfer_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE payout_account (
        owner_id uuid NOT NULL REFERENCES account (id),
        provider text NOT NULL,
        connected_account_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (owner_id, provider)
      )`);
    await q.query(`
      CREATE TABLE payout_event (
        provider text NOT NULL,
        event_id text NOT NULL,
        type text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (provider, event_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE payout_event`);
    await q.query(`DROP TABLE payout_account`);
    await q.query(`DROP TABLE payout`);
    await q.query(`ALTER TABLE ledger_account DROP CONSTRAINT ledger_account_kind_check`);
    await q.query(`ALTER TABLE ledger_account ADD CONSTRAINT ledger_account_kind_check CHECK (kind IN (${KINDS_BEFORE}))`);
  }
}
