import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A ledger transfer as one round trip: `ledger_post(…)` checks the idempotency key, locks the accounts in id
 * order, refuses (writing nothing) when a debit is not covered or hits a frozen wallet, then claims the key,
 * creates the owner accounts the transfer needs, applies the balances and writes the entries. A refusal
 * leaves no trace, so a caller's transaction goes on without a savepoint; PL/pgSQL keeps each statement's
 * plan for the session.
 *
 * The entries' foreign keys go: every entry is written by this function next to the transfer and the locked
 * accounts it names, and `npm run ledger:check` proves no entry points at a missing transfer or account.
 */
export class LedgerPost1763689000000 implements MigrationInterface {
  name = 'LedgerPost1763689000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ledger_entry DROP CONSTRAINT IF EXISTS ledger_entry_transfer_id_fkey`);
    await q.query(`ALTER TABLE ledger_entry DROP CONSTRAINT IF EXISTS ledger_entry_account_id_fkey`);
    await q.query(`
      CREATE FUNCTION ledger_post(
        p_key text, p_kind text, p_fingerprint text, p_reference text, p_memo text, p_created_by uuid, p_at timestamptz,
        p_account_ids uuid[], p_owner_ids uuid[], p_kinds text[], p_amounts bigint[],
        p_allow_overdraft boolean, p_allow_frozen boolean,
        OUT out_status text, OUT out_transfer_id uuid, OUT out_created_at timestamptz, OUT out_available bigint, OUT out_needed bigint)
      LANGUAGE plpgsql AS $$
      DECLARE
        n int := cardinality(p_amounts);
        leg_ids uuid[] := p_account_ids;
        v_id uuid;
        v_fingerprint text;
        v_changed int;
        refused record;
      BEGIN
        -- A key used before: the same transfer again changes nothing; other legs under it are a conflict.
        SELECT t.id, t.fingerprint, t.created_at INTO out_transfer_id, v_fingerprint, out_created_at
          FROM ledger_transfer t WHERE t.idempotency_key = p_key;
        IF FOUND THEN
          out_status := CASE WHEN v_fingerprint = p_fingerprint THEN 'replayed' ELSE 'conflict' END;
          RETURN;
        END IF;

        -- The owner accounts that exist (platform legs arrive with their shard's id).
        FOR i IN 1..n LOOP
          IF leg_ids[i] IS NULL THEN
            SELECT a.id INTO v_id FROM ledger_account a WHERE a.owner_id = p_owner_ids[i] AND a.kind = p_kinds[i];
            leg_ids[i] := v_id;
          END IF;
        END LOOP;

        -- Lock them in id order, so concurrent transfers never wait on each other in a cycle.
        PERFORM 1 FROM ledger_account a WHERE a.id = ANY (leg_ids) ORDER BY a.id FOR UPDATE;

        -- Refuse before writing anything: a debit of a frozen wallet, or one its balance does not cover.
        SELECT coalesce(a.balance, 0) AS balance, coalesce(a.frozen, false) AS frozen, d.delta INTO refused
          FROM (SELECT l.id, l.owner_id, l.kind, sum(l.amount) AS delta
                  FROM unnest(leg_ids, p_owner_ids, p_kinds, p_amounts) AS l(id, owner_id, kind, amount)
                 GROUP BY l.id, l.owner_id, l.kind) d
          LEFT JOIN ledger_account a ON a.id = d.id
         WHERE d.delta < 0
           AND ((coalesce(a.frozen, false) AND NOT p_allow_frozen)
                OR (coalesce(a.balance, 0) + d.delta < 0 AND NOT coalesce(a.allow_negative, false) AND NOT p_allow_overdraft))
         ORDER BY (coalesce(a.frozen, false) AND NOT p_allow_frozen) DESC
         LIMIT 1;
        IF FOUND THEN
          IF refused.frozen AND NOT p_allow_frozen THEN
            out_status := 'frozen';
          ELSE
            out_status := 'insufficient';
            out_available := greatest(refused.balance, 0);
            out_needed := -refused.delta - greatest(refused.balance, 0);
          END IF;
          RETURN;
        END IF;

        -- Claim the key; a concurrent transfer with the same key that committed first makes this a replay.
        INSERT INTO ledger_transfer (idempotency_key, kind, fingerprint, reference, memo, created_by, created_at)
        VALUES (p_key, p_kind, p_fingerprint, p_reference, p_memo, p_created_by, p_at)
        ON CONFLICT (idempotency_key) DO NOTHING
        RETURNING id, created_at INTO out_transfer_id, out_created_at;
        IF out_transfer_id IS NULL THEN
          SELECT t.id, t.fingerprint, t.created_at INTO out_transfer_id, v_fingerprint, out_created_at
            FROM ledger_transfer t WHERE t.idempotency_key = p_key;
          out_status := CASE WHEN v_fingerprint = p_fingerprint THEN 'replayed' ELSE 'conflict' END;
          RETURN;
        END IF;

        -- Owner accounts used for the first time (only ever credited here, or overdrawn by a refund).
        FOR i IN 1..n LOOP
          IF leg_ids[i] IS NULL THEN
            SELECT a.id INTO v_id FROM ledger_account a WHERE a.owner_id = p_owner_ids[i] AND a.kind = p_kinds[i];
            IF v_id IS NULL THEN
              INSERT INTO ledger_account (owner_id, kind) VALUES (p_owner_ids[i], p_kinds[i])
              ON CONFLICT (owner_id, kind) WHERE owner_id IS NOT NULL DO NOTHING
              RETURNING id INTO v_id;
              IF v_id IS NULL THEN
                SELECT a.id INTO v_id FROM ledger_account a WHERE a.owner_id = p_owner_ids[i] AND a.kind = p_kinds[i] FOR UPDATE;
              END IF;
            END IF;
            leg_ids[i] := v_id;
          END IF;
        END LOOP;

        UPDATE ledger_account a
           SET balance = a.balance + d.delta,
               -- An overdraft (refund or chargeback of spent tokens) freezes the wallet it takes below zero.
               frozen = a.frozen OR (p_allow_overdraft AND a.balance + d.delta < 0 AND NOT a.allow_negative)
          FROM (SELECT l.id, sum(l.amount) AS delta FROM unnest(leg_ids, p_amounts) AS l(id, amount) GROUP BY l.id) d
         WHERE a.id = d.id AND d.delta <> 0;
        GET DIAGNOSTICS v_changed = ROW_COUNT;
        IF v_changed <> (SELECT count(*) FROM (SELECT l.id FROM unnest(leg_ids, p_amounts) AS l(id, amount) GROUP BY l.id HAVING sum(l.amount) <> 0) c) THEN
          RAISE EXCEPTION 'ledger_post: a leg names an account that does not exist';
        END IF;

        INSERT INTO ledger_entry (transfer_id, created_at, account_id, amount)
        SELECT out_transfer_id, out_created_at, l.id, l.amount
          FROM unnest(leg_ids, p_amounts) WITH ORDINALITY AS l(id, amount, n)
         ORDER BY l.n;
        out_status := 'posted';
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION ledger_post(text, text, text, text, text, uuid, timestamptz, uuid[], uuid[], text[], bigint[], boolean, boolean)`);
    await q.query(`ALTER TABLE ledger_entry ADD CONSTRAINT ledger_entry_transfer_id_fkey FOREIGN KEY (transfer_id) REFERENCES ledger_transfer (id)`);
    await q.query(`ALTER TABLE ledger_entry ADD CONSTRAINT ledger_entry_account_id_fkey FOREIGN KEY (account_id) REFERENCES ledger_account (id)`);
  }
}
