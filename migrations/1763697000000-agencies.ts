import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Agencies (DESIGN §3, seed 002's group owners): the AGENCY role, agencies and their memberships, the record of
 * every action an agency takes on a creator's behalf, the agency's earnings account kind, and the agency terms a
 * call keeps from its start (like its price and commission).
 */
export class Agencies1763697000000 implements MigrationInterface {
  name = 'Agencies1763697000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE account DROP CONSTRAINT account_role_check`);
    await q.query(`ALTER TABLE account ADD CONSTRAINT account_role_check CHECK (role IN ('FAN', 'CREATOR', 'AGENCY', 'MODERATOR', 'ADMIN'))`);
    await q.query(`ALTER TABLE ledger_account DROP CONSTRAINT ledger_account_kind_check`);
    await q.query(
      `ALTER TABLE ledger_account ADD CONSTRAINT ledger_account_kind_check
         CHECK (kind IN ('FAN_WALLET', 'FAN_HOLD', 'CREATOR_EARNINGS', 'AGENCY_EARNINGS', 'PLATFORM_REVENUE', 'PROVIDER_CLEARING', 'PROMOTIONS'))`,
    );
    await q.query(`
      CREATE TABLE agency (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL UNIQUE REFERENCES account (id),
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE agency_membership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agency (id),
        creator_id uuid NOT NULL REFERENCES account (id),
        share_bps int NOT NULL CHECK (share_bps BETWEEN 0 AND 10000),
        state text NOT NULL CHECK (state IN ('INVITED', 'ACTIVE', 'DECLINED', 'CANCELLED', 'ENDED')),
        invited_at timestamptz NOT NULL,
        responded_at timestamptz,
        ended_at timestamptz,
        ended_by uuid REFERENCES account (id)
      )`);
    // A creator belongs to at most one agency; an agency has at most one pending or current membership per creator.
    await q.query(`CREATE UNIQUE INDEX agency_membership_one_active ON agency_membership (creator_id) WHERE state = 'ACTIVE'`);
    await q.query(`CREATE UNIQUE INDEX agency_membership_one_open ON agency_membership (agency_id, creator_id) WHERE state IN ('INVITED', 'ACTIVE')`);
    await q.query(`CREATE INDEX agency_membership_agency_idx ON agency_membership (agency_id, state)`);
    await q.query(`
      CREATE TABLE agency_action (
        id bigserial PRIMARY KEY,
        agency_id uuid NOT NULL REFERENCES agency (id),
        creator_id uuid NOT NULL REFERENCES account (id),
        actor_id uuid NOT NULL REFERENCES account (id),
        action text NOT NULL,
        subject text,
        detail text,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX agency_action_creator_idx ON agency_action (creator_id, id DESC)`);
    await q.query(`CREATE INDEX agency_action_agency_idx ON agency_action (agency_id, id DESC)`);
    await q.query(`ALTER TABLE call ADD COLUMN agency_owner_id uuid REFERENCES account (id)`);
    await q.query(`ALTER TABLE call ADD COLUMN agency_share_bps int CHECK (agency_share_bps BETWEEN 0 AND 10000)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE call DROP COLUMN agency_share_bps`);
    await q.query(`ALTER TABLE call DROP COLUMN agency_owner_id`);
    await q.query(`DROP TABLE agency_action`);
    await q.query(`DROP TABLE agency_membership`);
    await q.query(`DROP TABLE agency`);
    await q.query(`ALTER TABLE ledger_account DROP CONSTRAINT ledger_account_kind_check`);
    await q.query(
      `ALTER TABLE ledger_account ADD CONSTRAINT ledger_account_kind_check
         CHECK (kind IN ('FAN_WALLET', 'FAN_HOLD', 'CREATOR_EARNINGS', 'PLATFORM_REVENUE', 'PROVIDER_CLEARING', 'PROMOTIONS'))`,
    );
    await q.query(`ALTER TABLE account DROP CONSTRAINT account_role_check`);
    await q.query(`ALTER TABLE account ADD CONSTRAINT account_role_check CHECK (role IN ('FAN', 'CREATOR', 'MODERATOR', 'ADMIN'))`);
  }
}
