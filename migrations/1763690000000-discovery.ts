import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Discovery and trust (issue 17): creators' photos (a profile photo and a gallery, re-encoded variants in object
 * storage), languages and a rating summary on the profile, reviews of calls, fans' favourites with availability
 * alerts (in-app and Web Push subscriptions), and reports of photos.
 */
export class Discovery1763690000000 implements MigrationInterface {
  name = 'Discovery1763690000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE creator_photo (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        creator_id uuid NOT NULL REFERENCES account (id),
        -- What it was uploaded (and cropped) for.
        purpose text NOT NULL CHECK (purpose IN ('PROFILE', 'GALLERY')),
        -- Null while uploaded and not yet placed; PROFILE or GALLERY once placed.
        placement text CHECK (placement IN ('PROFILE', 'GALLERY')),
        position int NOT NULL DEFAULT 0,
        width int NOT NULL,
        height int NOT NULL,
        variants jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        placed_at timestamptz,
        removed_at timestamptz,
        removed_by uuid REFERENCES account (id),
        removed_reason text,
        CHECK (placement IS NULL OR placement = purpose)
      )`);
    await q.query(`CREATE INDEX creator_photo_creator_idx ON creator_photo (creator_id, placement, position) WHERE removed_at IS NULL`);
    await q.query(`CREATE UNIQUE INDEX creator_photo_one_profile ON creator_photo (creator_id) WHERE placement = 'PROFILE' AND removed_at IS NULL`);

    await q.query(`
      ALTER TABLE creator_profile
        ADD COLUMN languages text[] NOT NULL DEFAULT '{}',
        ADD COLUMN photo jsonb,
        ADD COLUMN rating_count int NOT NULL DEFAULT 0,
        ADD COLUMN rating_average numeric(3, 2)`);

    await q.query(`
      CREATE TABLE review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        call_id uuid NOT NULL REFERENCES call (id),
        fan_id uuid NOT NULL REFERENCES account (id),
        creator_id uuid NOT NULL REFERENCES account (id),
        rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
        text text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL,
        reply text,
        replied_at timestamptz,
        hidden_at timestamptz,
        hidden_by uuid REFERENCES account (id),
        hidden_reason text,
        CHECK ((reply IS NULL) = (replied_at IS NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX review_one_per_call ON review (call_id)`);
    await q.query(`CREATE INDEX review_creator_idx ON review (creator_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE favourite (
        fan_id uuid NOT NULL REFERENCES account (id),
        creator_id uuid NOT NULL REFERENCES account (id),
        created_at timestamptz NOT NULL,
        notify boolean NOT NULL DEFAULT false,
        last_alerted_at timestamptz,
        PRIMARY KEY (fan_id, creator_id)
      )`);
    await q.query(`CREATE INDEX favourite_creator_idx ON favourite (creator_id) WHERE notify`);
    // The availability last seen per creator, so an alert fires on the change to available, not on every update.
    await q.query(`
      CREATE TABLE creator_alert_state (
        creator_id uuid PRIMARY KEY REFERENCES account (id),
        available boolean NOT NULL,
        online boolean NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE availability_alert (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fan_id uuid NOT NULL REFERENCES account (id),
        creator_id uuid NOT NULL REFERENCES account (id),
        online boolean NOT NULL,
        created_at timestamptz NOT NULL,
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX availability_alert_fan_idx ON availability_alert (fan_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE push_subscription (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account (id),
        endpoint text NOT NULL,
        p256dh text NOT NULL,
        auth text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX push_subscription_endpoint_key ON push_subscription (endpoint)`);
    await q.query(`CREATE INDEX push_subscription_account_idx ON push_subscription (account_id)`);

    // Reports may name a photo.
    await q.query(`ALTER TABLE report ADD COLUMN photo_id uuid REFERENCES creator_photo (id)`);
    await q.query(`ALTER TABLE report DROP CONSTRAINT report_target_type_check`);
    await q.query(`ALTER TABLE report DROP CONSTRAINT report_check`);
    await q.query(`ALTER TABLE report ADD CONSTRAINT report_target_type_check CHECK (target_type IN ('CALL', 'CONVERSATION', 'PHOTO'))`);
    await q.query(`
      ALTER TABLE report ADD CONSTRAINT report_check CHECK (
        (target_type = 'CALL') = (call_id IS NOT NULL)
        AND (target_type = 'CONVERSATION') = (conversation_id IS NOT NULL)
        AND (target_type = 'PHOTO') = (photo_id IS NOT NULL))`);
    await q.query(`CREATE UNIQUE INDEX report_one_open_per_photo ON report (reporter_id, photo_id) WHERE status = 'OPEN' AND photo_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM report WHERE target_type = 'PHOTO'`);
    await q.query(`DROP INDEX report_one_open_per_photo`);
    await q.query(`ALTER TABLE report DROP CONSTRAINT report_check`);
    await q.query(`ALTER TABLE report DROP CONSTRAINT report_target_type_check`);
    await q.query(`ALTER TABLE report DROP COLUMN photo_id`);
    await q.query(`ALTER TABLE report ADD CONSTRAINT report_target_type_check CHECK (target_type IN ('CALL', 'CONVERSATION'))`);
    await q.query(
      `ALTER TABLE report ADD CONSTRAINT report_check CHECK ((target_type = 'CALL') = (call_id IS NOT NULL) AND (target_type = 'CONVERSATION') = (conversation_id IS NOT NULL))`,
    );
    await q.query(`DROP TABLE push_subscription`);
    await q.query(`DROP TABLE availability_alert`);
    await q.query(`DROP TABLE creator_alert_state`);
    await q.query(`DROP TABLE favourite`);
    await q.query(`DROP TABLE review`);
    await q.query(`ALTER TABLE creator_profile DROP COLUMN languages, DROP COLUMN photo, DROP COLUMN rating_count, DROP COLUMN rating_average`);
    await q.query(`DROP TABLE creator_photo`);
  }
}
