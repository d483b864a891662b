import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partners (DESIGN §8): apps registered by any account, their API keys (only a SHA-256 of the secret is kept;
 * the key is found by its public prefix) and usage per key per UTC day.
 */
export class Partners1763695000000 implements MigrationInterface {
  name = 'Partners1763695000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE partner_app (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL REFERENCES account (id),
        name text NOT NULL,
        website text,
        allowed_origins text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX partner_app_owner ON partner_app (owner_id, created_at)`);
    await q.query(`
      CREATE TABLE api_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        app_id uuid NOT NULL REFERENCES partner_app (id),
        prefix text NOT NULL UNIQUE,
        secret_hash text NOT NULL,
        scopes text[] NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX api_key_app ON api_key (app_id, created_at)`);
    await q.query(`
      CREATE TABLE api_key_usage (
        key_id uuid NOT NULL REFERENCES api_key (id),
        day date NOT NULL,
        requests integer NOT NULL DEFAULT 0,
        points bigint NOT NULL DEFAULT 0,
        errors integer NOT NULL DEFAULT 0,
        rate_limited integer NOT NULL DEFAULT 0,
        PRIMARY KEY (key_id, day)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE api_key_usage`);
    await q.query(`DROP TABLE api_key`);
    await q.query(`DROP TABLE partner_app`);
  }
}
