import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Creator profiles and call settings, phone verification, the dev SMS outbox, and durable timers. */
export class Creators1763683400000 implements MigrationInterface {
  name = 'Creators1763683400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE creator_profile (
        account_id uuid PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
        bio text NOT NULL DEFAULT '',
        avatar_url text,
        tags text[] NOT NULL DEFAULT '{}',
        time_zone text NOT NULL DEFAULT 'UTC',
        calls_enabled boolean NOT NULL DEFAULT false,
        price_per_minute int CHECK (price_per_minute > 0),
        phone_e164 text CHECK (phone_e164 ~ '^\\+[1-9][0-9]{6,14}$'),
        phone_verified_at timestamptz,
        schedule jsonb,
        paused_until timestamptz,
        paused_indefinitely boolean NOT NULL DEFAULT false,
        commission_bps int CHECK (commission_bps BETWEEN 0 AND 10000),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT creator_profile_calls_need_phone_and_price
          CHECK (NOT calls_enabled OR (phone_verified_at IS NOT NULL AND price_per_minute IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX creator_profile_tags_idx ON creator_profile USING gin (tags)`);

    // One row per code sent; the rows of the last hour are the send limit, `attempts` the wrong-code limit.
    await q.query(`
      CREATE TABLE phone_verification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL,
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        phone_e164 text NOT NULL,
        provider text NOT NULL CHECK (provider IN ('twilio', 'outbox')),
        code_hash text,
        attempts int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        verified_at timestamptz
      )`);
    await q.query(`CREATE INDEX phone_verification_account_idx ON phone_verification (account_id, seq DESC)`);

    await q.query(`
      CREATE TABLE sms_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL,
        to_phone text NOT NULL,
        body text NOT NULL,
        purpose text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX sms_outbox_seq_idx ON sms_outbox (seq DESC)`);

    await q.query(`
      CREATE TABLE timer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        key text NOT NULL,
        due_at timestamptz NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}',
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT timer_kind_key UNIQUE (kind, key)
      )`);
    await q.query(`CREATE INDEX timer_due_idx ON timer (due_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE timer`);
    await q.query(`DROP TABLE sms_outbox`);
    await q.query(`DROP TABLE phone_verification`);
    await q.query(`DROP TABLE creator_profile`);
  }
}
