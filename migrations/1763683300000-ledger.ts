import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The token ledger: accounts with stored balances, immutable balanced transfers and their entries, token
 * packs and purchases, and the payment-provider events already processed.
 */
export class Ledger1763683300000 implements MigrationInterface {
  name = 'Ledger1763683300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ledger_account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid REFERENCES account (id),
        kind text NOT NULL CHECK (kind IN ('FAN_WALLET', 'FAN_HOLD', 'CREATOR_EARNINGS', 'PLATFORM_REVENUE', 'PROVIDER_CLEARING', 'PROMOTIONS')),
        shard int NOT NULL DEFAULT 0,
        balance bigint NOT NULL DEFAULT 0,
        allow_negative boolean NOT NULL DEFAULT false,
        frozen boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- A balance never goes below zero, except on accounts that stand for money outside the platform
        -- (provider clearing, promotions) and on a wallet a chargeback froze.
        CONSTRAINT ledger_account_balance_not_negative CHECK (balance >= 0 OR allow_negative OR frozen),
        CONSTRAINT ledger_account_owner_kind CHECK ((owner_id IS NULL) = (kind IN ('PLATFORM_REVENUE', 'PROVIDER_CLEARING', 'PROMOTIONS')))
      )`);
    await q.query(`CREATE UNIQUE INDEX ledger_account_owner_key ON ledger_account (owner_id, kind) WHERE owner_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX ledger_account_platform_key ON ledger_account (kind, shard) WHERE owner_id IS NULL`);
    await q.query(`
      CREATE TABLE ledger_transfer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idempotency_key text NOT NULL,
        kind text NOT NULL,
        fingerprint text NOT NULL,
        reference text,
        memo text,
        created_by uuid REFERENCES account (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX ledger_transfer_key ON ledger_transfer (idempotency_key)`);
    await q.query(`CREATE INDEX ledger_transfer_reference_idx ON ledger_transfer (reference) WHERE reference IS NOT NULL`);
    await q.query(`
      CREATE TABLE ledger_entry (
        id bigserial PRIMARY KEY,
        transfer_id uuid NOT NULL REFERENCES ledger_transfer (id),
        account_id uuid NOT NULL REFERENCES ledger_account (id),
        amount bigint NOT NULL CHECK (amount <> 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ledger_entry_account_idx ON ledger_entry (account_id, id DESC)`);
    await q.query(`CREATE INDEX ledger_entry_transfer_idx ON ledger_entry (transfer_id)`);
    // Transfers and entries are history: nothing may change or remove them once written.
    await q.query(`
      CREATE FUNCTION ledger_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'ledger history is immutable (% on %)', TG_OP, TG_TABLE_NAME;
      END $$`);
    await q.query(`CREATE TRIGGER ledger_transfer_immutable BEFORE UPDATE OR DELETE ON ledger_transfer FOR EACH ROW EXECUTE FUNCTION ledger_immutable()`);
    await q.query(`CREATE TRIGGER ledger_entry_immutable BEFORE UPDATE OR DELETE ON ledger_entry FOR EACH ROW EXECUTE FUNCTION ledger_immutable()`);

    await q.query(`
      CREATE TABLE token_pack (
        id text PRIMARY KEY,
        tokens int NOT NULL CHECK (tokens > 0),
        price_cents int NOT NULL CHECK (price_cents > 0),
        currency text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        sort int NOT NULL DEFAULT 0
      )`);
    await q.query(`
      INSERT INTO token_pack (id, tokens, price_cents, currency, sort) VALUES
        ('starter', 100, 999, 'usd', 1),
        ('popular', 300, 2699, 'usd', 2),
        ('big', 700, 5999, 'usd', 3),
        ('huge', 1500, 11999, 'usd', 4)`);
    await q.query(`
      CREATE TABLE purchase (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account (id),
        pack_id text NOT NULL REFERENCES token_pack (id),
        tokens int NOT NULL,
        amount_cents int NOT NULL,
        currency text NOT NULL,
        provider text NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'COMPLETED', 'REFUNDED', 'PARTIALLY_REFUNDED', 'DISPUTED')),
        provider_session_id text,
        provider_payment_id text,
        refunded_cents int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX purchase_provider_session_key ON purchase (provider, provider_session_id) WHERE provider_session_id IS NOT NULL`);
    await q.query(`CREATE INDEX purchase_provider_payment_idx ON purchase (provider, provider_payment_id) WHERE provider_payment_id IS NOT NULL`);
    await q.query(`CREATE INDEX purchase_account_idx ON purchase (account_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE payment_event (
        provider text NOT NULL,
        event_id text NOT NULL,
        type text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (provider, event_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE payment_event`);
    await q.query(`DROP TABLE purchase`);
    await q.query(`DROP TABLE token_pack`);
    await q.query(`DROP TABLE ledger_entry`);
    await q.query(`DROP TABLE ledger_transfer`);
    await q.query(`DROP FUNCTION ledger_immutable()`);
    await q.query(`DROP TABLE ledger_account`);
  }
}
