import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Calls: one row per call attempt, its billing progress, and the periods a party was missing. */
export class Calls1763683500000 implements MigrationInterface {
  name = 'Calls1763683500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE call (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fan_id uuid NOT NULL REFERENCES account (id),
        creator_id uuid NOT NULL REFERENCES account (id),
        kind text NOT NULL CHECK (kind IN ('VIDEO', 'AUDIO')),
        state text NOT NULL CHECK (state IN ('RINGING', 'CONNECTING', 'ONGOING', 'ENDED', 'MISSED', 'DECLINED', 'CANCELLED', 'FAILED')),
        end_reason text,
        price_per_minute int NOT NULL CHECK (price_per_minute > 0),
        commission_bps int NOT NULL CHECK (commission_bps BETWEEN 0 AND 10000),
        rtc_provider text NOT NULL,
        channel text NOT NULL,
        created_at timestamptz NOT NULL,
        answered_at timestamptz,
        connected_at timestamptz,
        ended_at timestamptz,
        -- Billing progress: minutes reserved so far, tokens held for the call, tokens charged so far.
        minutes_reserved int NOT NULL DEFAULT 0,
        held_tokens int NOT NULL DEFAULT 0 CHECK (held_tokens >= 0),
        charged_tokens int NOT NULL DEFAULT 0 CHECK (charged_tokens >= 0),
        billed_seconds int,
        low_balance boolean NOT NULL DEFAULT false,
        fan_seen_at timestamptz,
        creator_seen_at timestamptz,
        creator_publishing boolean NOT NULL DEFAULT false,
        answer_link_hash text,
        answer_link_used_at timestamptz
      )`);
    // A creator rings or talks in one call at a time, and so does a fan: the database decides who wins a race.
    await q.query(`CREATE UNIQUE INDEX call_one_live_per_creator ON call (creator_id) WHERE state IN ('RINGING', 'CONNECTING', 'ONGOING')`);
    await q.query(`CREATE UNIQUE INDEX call_one_live_per_fan ON call (fan_id) WHERE state IN ('RINGING', 'CONNECTING', 'ONGOING')`);
    await q.query(`CREATE INDEX call_fan_idx ON call (fan_id, created_at DESC)`);
    await q.query(`CREATE INDEX call_creator_idx ON call (creator_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE call_gap (
        id bigserial PRIMARY KEY,
        call_id uuid NOT NULL REFERENCES call (id),
        party text NOT NULL CHECK (party IN ('FAN', 'CREATOR')),
        started_at timestamptz NOT NULL,
        ended_at timestamptz NOT NULL,
        CHECK (ended_at > started_at)
      )`);
    await q.query(`CREATE INDEX call_gap_call_idx ON call_gap (call_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE call_gap`);
    await q.query(`DROP TABLE call`);
  }
}
