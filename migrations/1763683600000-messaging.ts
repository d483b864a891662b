import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The messenger: conversations per (fan, creator), messages, paid chat locks, blocks, and the temporary chat of calls. */
export class Messaging1763683600000 implements MigrationInterface {
  name = 'Messaging1763683600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE conversation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fan_id uuid NOT NULL REFERENCES account (id),
        creator_id uuid NOT NULL REFERENCES account (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_message_at timestamptz,
        fan_read_up_to bigint NOT NULL DEFAULT 0,
        creator_read_up_to bigint NOT NULL DEFAULT 0,
        CONSTRAINT conversation_pair UNIQUE (fan_id, creator_id)
      )`);
    await q.query(`CREATE INDEX conversation_creator_idx ON conversation (creator_id, last_message_at DESC)`);
    await q.query(`CREATE INDEX conversation_fan_idx ON conversation (fan_id, last_message_at DESC)`);
    await q.query(`
      CREATE TABLE message (
        id bigserial PRIMARY KEY,
        conversation_id uuid NOT NULL REFERENCES conversation (id),
        sender_id uuid REFERENCES account (id),
        kind text NOT NULL CHECK (kind IN ('TEXT', 'SYSTEM')),
        system_type text,
        body text NOT NULL,
        data jsonb NOT NULL DEFAULT '{}',
        -- Who the message counts as unread for: the other party of a text; chosen per system message.
        unread_for text NOT NULL CHECK (unread_for IN ('FAN', 'CREATOR', 'BOTH', 'NONE')),
        created_at timestamptz NOT NULL,
        CHECK ((kind = 'TEXT') = (sender_id IS NOT NULL AND system_type IS NULL))
      )`);
    await q.query(`CREATE INDEX message_conversation_idx ON message (conversation_id, id DESC)`);
    await q.query(`
      CREATE TABLE chat_lock (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        conversation_id uuid NOT NULL REFERENCES conversation (id),
        price int NOT NULL CHECK (price > 0),
        description text NOT NULL,
        state text NOT NULL CHECK (state IN ('OPEN', 'PAID', 'WITHDRAWN')),
        created_at timestamptz NOT NULL,
        resolved_at timestamptz,
        transfer_id uuid REFERENCES ledger_transfer (id)
      )`);
    await q.query(`CREATE UNIQUE INDEX chat_lock_one_open ON chat_lock (conversation_id) WHERE state = 'OPEN'`);
    await q.query(`
      CREATE TABLE account_block (
        blocker_id uuid NOT NULL REFERENCES account (id),
        blocked_id uuid NOT NULL REFERENCES account (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (blocker_id, blocked_id),
        CHECK (blocker_id <> blocked_id)
      )`);
    await q.query(`CREATE INDEX account_block_blocked_idx ON account_block (blocked_id)`);
    await q.query(`
      CREATE TABLE call_chat_message (
        id bigserial PRIMARY KEY,
        call_id uuid NOT NULL REFERENCES call (id),
        sender_id uuid NOT NULL REFERENCES account (id),
        body text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX call_chat_message_call_idx ON call_chat_message (call_id, id)`);
    // Set when a call is reported: its temporary chat then outlives the call, as evidence for moderators.
    await q.query(`ALTER TABLE call ADD COLUMN transcript_retained boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE call DROP COLUMN transcript_retained`);
    await q.query(`DROP TABLE call_chat_message`);
    await q.query(`DROP TABLE account_block`);
    await q.query(`DROP TABLE chat_lock`);
    await q.query(`DROP TABLE message`);
    await q.query(`DROP TABLE conversation`);
  }
}
