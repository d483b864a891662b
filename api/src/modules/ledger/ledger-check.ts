import type { EntityManager } from 'typeorm';

/** One broken ledger invariant, in words an operator can act on. */
export interface LedgerProblem {
  invariant: string;
  detail: string;
}

/**
 * Verifies the ledger's invariants on a live database: all balances sum to zero, each stored balance equals
 * the sum of its entries, every transfer balances, every entry names an existing transfer and account (the
 * entries carry no foreign keys, so this is where that is proven), and no account is below zero unless
 * allowed or frozen.
 * Runs in one REPEATABLE READ snapshot so concurrent transfers cannot make it report a false problem.
 */
export async function checkLedger(em: EntityManager): Promise<LedgerProblem[]> {
  return em.transaction('REPEATABLE READ', async (tx) => {
    const problems: LedgerProblem[] = [];
    const [total] = await tx.query(`SELECT coalesce(sum(balance), 0)::text AS total, count(*)::int AS accounts FROM ledger_account`);
    if (total.total !== '0') problems.push({ invariant: 'balances sum to zero', detail: `the ${total.accounts} balances sum to ${total.total}` });

    const drifted = await tx.query(
      `SELECT a.id, a.kind, a.balance::text AS balance, coalesce(e.sum, 0)::text AS entries
         FROM ledger_account a
         LEFT JOIN (SELECT account_id, sum(amount) AS sum FROM ledger_entry GROUP BY account_id) e ON e.account_id = a.id
        WHERE a.balance <> coalesce(e.sum, 0)
        LIMIT 20`,
    );
    for (const row of drifted) {
      problems.push({
        invariant: 'balance equals its entries',
        detail: `account ${row.id} (${row.kind}) stores ${row.balance} but its entries sum to ${row.entries}`,
      });
    }

    const unbalanced = await tx.query(
      `SELECT t.id, t.idempotency_key, coalesce(sum(e.amount), 0)::text AS sum, count(e.id)::int AS legs
         FROM ledger_transfer t LEFT JOIN ledger_entry e ON e.transfer_id = t.id
        GROUP BY t.id HAVING coalesce(sum(e.amount), 0) <> 0 OR count(e.id) < 2
        LIMIT 20`,
    );
    for (const row of unbalanced) {
      problems.push({ invariant: 'transfers balance', detail: `transfer ${row.id} (${row.idempotency_key}) has ${row.legs} legs summing to ${row.sum}` });
    }

    const orphans = await tx.query(
      `SELECT e.id, e.transfer_id, e.account_id,
              (t.id IS NULL) AS missing_transfer
         FROM ledger_entry e
         LEFT JOIN ledger_transfer t ON t.id = e.transfer_id
         LEFT JOIN ledger_account a ON a.id = e.account_id
        WHERE t.id IS NULL OR a.id IS NULL
        LIMIT 20`,
    );
    for (const row of orphans) {
      const missing = row.missing_transfer ? `transfer ${row.transfer_id}` : `account ${row.account_id}`;
      problems.push({ invariant: 'entries belong to a transfer and an account', detail: `entry ${row.id} names the missing ${missing}` });
    }

    const negative = await tx.query(
      `SELECT id, kind, balance::text AS balance FROM ledger_account WHERE balance < 0 AND NOT allow_negative AND NOT frozen LIMIT 20`,
    );
    for (const row of negative) {
      problems.push({ invariant: 'no negative balances', detail: `account ${row.id} (${row.kind}) is at ${row.balance}` });
    }
    return problems;
  });
}
