import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Call invitations (seed 002's "webcam from the chat"): the creator invites the fan of a conversation to a call at
 * their price; the fan accepts within two minutes, which starts a normal call. An invitation is OPEN until it is
 * ACCEPTED; one still OPEN past `expires_at` has expired (read so, and refused on accept).
 */
export class CallInvitations1763698200000 implements MigrationInterface {
  name = 'CallInvitations1763698200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE call_invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        conversation_id uuid NOT NULL REFERENCES conversation (id),
        kind text NOT NULL CHECK (kind IN ('VIDEO', 'AUDIO')),
        price_per_minute int NOT NULL CHECK (price_per_minute > 0),
        state text NOT NULL CHECK (state IN ('OPEN', 'ACCEPTED')),
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        call_id uuid REFERENCES call (id),
        CHECK ((state = 'ACCEPTED') = (call_id IS NOT NULL AND accepted_at IS NOT NULL)),
        CHECK (expires_at > created_at)
      )`);
    await q.query(`CREATE INDEX call_invitation_conversation_idx ON call_invitation (conversation_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE call_invitation`);
  }
}
