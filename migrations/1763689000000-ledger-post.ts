import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A ledger transfer as one round trip: `ledger_post(…)` locks the transfer's accounts in id order, refuses
 * (writing nothing) when a debit is not covered or hits a frozen wallet, then claims the idempotency key (a
 * key used before is a replay, or a conflict when the legs differ), creates the owner accounts the transfer
 * needs, applies the balances and writes the entries: five statements on the common path. A refusal
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
        found_ids uuid[] := '{}';
        owned uuid[];
        acc record;
        delta bigint;
        v_id uuid;
        v_fingerprint text;
      BEGIN
        -- Every existing account of the transfer, locked in id order (so concurrent transfers never wait on
        -- each other in a cycle) and read after the lock: is each debit covered, is a debited wallet frozen?
        SELECT array_agg(o.id) INTO owned
          FROM unnest(p_owner_ids, p_kinds) AS u(owner_id, kind)
          JOIN ledger_account o ON o.owner_id = u.owner_id AND o.kind = u.kind;
        -- (A plain id list: a lock that waited re-checks its row against this condition alone.)
        FOR acc IN
          SELECT a.id, a.owner_id, a.kind, a.balance, a.frozen, a.allow_negative
            FROM ledger_account a
           WHERE a.id = ANY (p_account_ids || owned)
           ORDER BY a.id
             FOR UPDATE
        LOOP
          found_ids := found_ids || acc.id;
          delta := 0;
          FOR i IN 1..n LOOP
            IF leg_ids[i] = acc.id OR (leg_ids[i] IS NULL AND p_owner_ids[i] = acc.owner_id AND p_kinds[i] = acc.kind) THEN
              leg_ids[i] := acc.id;
              delta := delta + p_amounts[i];
            END IF;
          END LOOP;
          IF delta < 0 AND acc.frozen AND NOT p_allow_frozen THEN
            out_status := 'frozen';
          ELSIF delta < 0 AND out_status IS NULL AND acc.balance + delta < 0 AND NOT acc.allow_negative AND NOT p_allow_overdraft THEN
            out_status := 'insufficient';
            out_available := greatest(acc.balance, 0);
            out_needed := -delta - greatest(acc.balance, 0);
          END IF;
        END LOOP;
        FOR i IN 1..n LOOP
          IF p_account_ids[i] IS NOT NULL AND NOT p_account_ids[i] = ANY (found_ids) THEN
            RAISE EXCEPTION 'ledger_post: account % does not exist', p_account_ids[i];
          END IF;
          -- An owner account that does not exist yet has nothing to debit.
          IF leg_ids[i] IS NULL AND out_status IS NULL AND NOT p_allow_overdraft THEN
            delta := 0;
            FOR j IN 1..n LOOP
              IF leg_ids[j] IS NULL AND p_owner_ids[j] = p_owner_ids[i] AND p_kinds[j] = p_kinds[i] THEN
                delta := delta + p_amounts[j];
              END IF;
            END LOOP;
            IF delta < 0 THEN
              out_status := 'insufficient';
              out_available := 0;
              out_needed := -delta;
            END IF;
          END IF;
        END LOOP;

        IF out_status IS NULL THEN
          -- Claim the key; one used before makes this a replay (or a conflict when its legs differ).
          INSERT INTO ledger_transfer (idempotency_key, kind, fingerprint, reference, memo, created_by, created_at)
          VALUES (p_key, p_kind, p_fingerprint, p_reference, p_memo, p_created_by, p_at)
          ON CONFLICT (idempotency_key) DO NOTHING
          RETURNING id, created_at INTO out_transfer_id, out_created_at;
        END IF;
        IF out_transfer_id IS NULL THEN
          -- Refused, or the key was taken: the same transfer applied before is a replay, whatever the balances
          -- say now; nothing has been written.
          SELECT t.id, t.fingerprint, t.created_at INTO out_transfer_id, v_fingerprint, out_created_at
            FROM ledger_transfer t WHERE t.idempotency_key = p_key;
          IF FOUND THEN
            out_status := CASE WHEN v_fingerprint = p_fingerprint THEN 'replayed' ELSE 'conflict' END;
            out_available := NULL;
            out_needed := NULL;
          END IF;
          RETURN;
        END IF;

        -- Owner accounts used for the first time (only ever credited here, or overdrawn by a refund).
        FOR i IN 1..n LOOP
          IF leg_ids[i] IS NULL THEN
            INSERT INTO ledger_account (owner_id, kind) VALUES (p_owner_ids[i], p_kinds[i])
            ON CONFLICT (owner_id, kind) WHERE owner_id IS NOT NULL DO NOTHING
            RETURNING id INTO v_id;
            IF v_id IS NULL THEN
              SELECT a.id INTO v_id FROM ledger_account a WHERE a.owner_id = p_owner_ids[i] AND a.kind = p_kinds[i] FOR UPDATE;
            END IF;
            FOR j IN i..n LOOP
              IF leg_ids[j] IS NULL AND p_owner_ids[j] = p_owner_ids[i] AND p_kinds[j] = p_kinds[i] THEN
                leg_ids[j] := v_id;
              END IF;
            END LOOP;
          END IF;
        END LOOP;

        UPDATE ledger_account a
           SET balance = a.balance + d.delta,
               -- An overdraft (refund or chargeback of spent tokens) freezes the wallet it takes below zero.
               frozen = a.frozen OR (p_allow_overdraft AND a.balance + d.delta < 0 AND NOT a.allow_negative)
          FROM (SELECT l.id, sum(l.amount) AS delta FROM unnest(leg_ids, p_amounts) AS l(id, amount) GROUP BY l.id) d
         WHERE a.id = d.id AND d.delta <> 0;

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
