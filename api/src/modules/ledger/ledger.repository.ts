import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../common/context';
import { countStaffList, readStaffList, type ListArgs, type StaffListQuery } from '../../common/staff-list';
import type { AccountKind, OwnerKind, TransferKind } from './ledger.model';

/** One leg as the database function takes it: a platform shard's account id, or an owner's account by kind. */
export interface PostedLeg {
  accountId: string | null;
  ownerId: string | null;
  kind: AccountKind;
  amount: number;
}

/** A transfer as `ledger_post` takes it. */
export interface PostedTransfer {
  key: string;
  kind: TransferKind;
  fingerprint: string;
  reference: string | null;
  memo: string | null;
  createdBy: string | null;
  at: Date;
  legs: PostedLeg[];
  allowOverdraft: boolean;
  allowFrozen: boolean;
}

/** What `ledger_post` did with a transfer. */
export type PostOutcome =
  | { status: 'posted' | 'replayed'; transferId: string; createdAt: Date }
  | { status: 'conflict' | 'frozen' }
  | { status: 'insufficient'; available: number; needed: number };

/** One row of an owner's balance history, before names are filled in. */
export interface HistoryRow {
  id: string;
  amount: number;
  accountKind: OwnerKind;
  kind: TransferKind;
  memo: string | null;
  reference: string | null;
  createdAt: Date;
  /** The account on the other side of the largest opposite leg, if any. */
  otherKind: AccountKind | null;
  otherOwnerId: string | null;
}

/** A transfer with its legs, for staff. */
export interface TransferDetails {
  id: string;
  kind: TransferKind;
  key: string;
  reference: string | null;
  memo: string | null;
  createdBy: string | null;
  createdAt: Date;
  legs: { accountKind: AccountKind; ownerId: string | null; amount: number }[];
}

export interface TransferListFilter {
  id?: string;
  ids?: string[];
  reference?: string;
  accountId?: string;
}

/**
 * The ledger's tables (`ledger_account`, `ledger_entry`, `ledger_transfer`). A transfer, the hot path, is one
 * round trip: the `ledger_post` function (migration 1763689000000).
 */
export class LedgerRepository {
  /**
   * Posts transfers in one round trip (the `ledger_post` function, once per transfer, in order): for each,
   * replay and conflict by idempotency key, accounts locked in id order, a refusal that writes nothing, else
   * the key, missing owner accounts, balances and entries. Each transfer stands or is refused on its own.
   */
  async post(ctx: RequestContext, transfers: PostedTransfer[]): Promise<PostOutcome[]> {
    const params: unknown[] = [];
    const calls = transfers.map((t, i) => {
      const at = params.length;
      params.push(
        t.key,
        t.kind,
        t.fingerprint,
        t.reference,
        t.memo,
        t.createdBy,
        t.at,
        t.legs.map((l) => l.accountId),
        t.legs.map((l) => l.ownerId),
        t.legs.map((l) => l.kind),
        t.legs.map((l) => l.amount),
        t.allowOverdraft,
        t.allowFrozen,
      );
      const $ = (n: number) => `$${at + n}`;
      return `SELECT ${i} AS n, out_status, out_transfer_id, out_created_at, out_available, out_needed
                FROM ledger_post(${$(1)}, ${$(2)}, ${$(3)}, ${$(4)}, ${$(5)}, ${$(6)}::uuid, ${$(7)}::timestamptz, ${$(8)}::uuid[], ${$(9)}::uuid[], ${$(10)}::text[], ${$(11)}::bigint[], ${$(12)}::boolean, ${$(13)}::boolean)`;
    });
    // UNION ALL runs its branches one after another, in the order written.
    const rows: RawPostRow[] = await ctx.em.query(calls.join(' UNION ALL '), params);
    return rows.sort((a, b) => a.n - b.n).map(toOutcome);
  }

  /** Creates every platform account shard (idempotent) and returns all their ids by `kind:shard`. */
  async preparePlatformAccounts(em: EntityManager, kinds: AccountKind[], shards: number): Promise<Map<string, string>> {
    await em.query(
      `INSERT INTO ledger_account (kind, shard, allow_negative)
       SELECT k, s, k <> 'PLATFORM_REVENUE' FROM unnest($1::text[]) AS k, generate_series(0, $2 - 1) AS s
       ON CONFLICT (kind, shard) WHERE owner_id IS NULL DO NOTHING`,
      [kinds, shards],
    );
    const rows: { id: string; kind: string; shard: number }[] = await em.query(
      `SELECT id, kind, shard FROM ledger_account WHERE owner_id IS NULL AND shard < $1`,
      [shards],
    );
    return new Map(rows.map((row) => [`${row.kind}:${row.shard}`, row.id]));
  }

  /** Every balance of an owner. */
  async balancesOf(ctx: RequestContext, ownerId: string): Promise<{ kind: OwnerKind; balance: number; frozen: boolean }[]> {
    const rows: { kind: OwnerKind; balance: string; frozen: boolean }[] = await ctx.em.query(
      `SELECT kind, balance, frozen FROM ledger_account WHERE owner_id = $1`,
      [ownerId],
    );
    return rows.map((r) => ({ kind: r.kind, balance: Number(r.balance), frozen: r.frozen }));
  }

  /** Tokens credited to each owner's account of `kind` since `since` (earnings today), in one query; payouts given back to earnings are not new earnings. */
  async creditedSince(ctx: RequestContext, ownerIds: readonly string[], kind: OwnerKind, since: Date): Promise<Map<string, number>> {
    if (!ownerIds.length) return new Map();
    const rows: { owner_id: string; n: string }[] = await ctx.em.query(
      `SELECT a.owner_id, coalesce(sum(e.amount), 0) AS n FROM ledger_account a JOIN ledger_entry e ON e.account_id = a.id
         JOIN ledger_transfer t ON t.id = e.transfer_id
        WHERE a.owner_id = ANY($1::uuid[]) AND a.kind = $2 AND e.amount > 0 AND e.created_at >= $3 AND t.kind <> 'PAYOUT_RETURNED'
        GROUP BY a.owner_id`,
      [[...new Set(ownerIds)], kind, since],
    );
    return new Map(rows.map((r) => [r.owner_id, Number(r.n)]));
  }

  /** Freezes the fan's wallet (a disputed payment) until support clears it. */
  async freezeWallet(ctx: RequestContext, ownerId: string): Promise<void> {
    await ctx.em.query(`UPDATE ledger_account SET frozen = true WHERE owner_id = $1 AND kind = 'FAN_WALLET'`, [ownerId]);
  }

  /** Entries of an owner's accounts of the given kinds, newest first, strictly before entry `before`. */
  async history(ctx: RequestContext, ownerId: string, kinds: OwnerKind[], before: string | null, limit: number): Promise<HistoryRow[]> {
    const rows: RawHistoryRow[] = await ctx.em.query(
      `SELECT e.id, e.amount, a.kind AS account_kind, t.kind, t.memo, t.reference, t.created_at,
              other.kind AS other_kind, other.owner_id AS other_owner_id
         FROM ledger_entry e
         JOIN ledger_account a ON a.id = e.account_id
         JOIN ledger_transfer t ON t.id = e.transfer_id
         LEFT JOIN LATERAL (
           SELECT oa.kind, oa.owner_id
             FROM ledger_entry oe
             JOIN ledger_account oa ON oa.id = oe.account_id
            WHERE oe.transfer_id = e.transfer_id
              AND sign(oe.amount) <> sign(e.amount)
              AND oa.owner_id IS DISTINCT FROM a.owner_id
            ORDER BY abs(oe.amount) DESC
            LIMIT 1) other ON true
        WHERE a.owner_id = $1 AND a.kind = ANY($2) AND ($3::bigint IS NULL OR e.id < $3)
        ORDER BY e.id DESC
        LIMIT $4`,
      [ownerId, kinds, before, limit],
    );
    return rows.map((r) => ({
      id: String(r.id),
      amount: Number(r.amount),
      accountKind: r.account_kind,
      kind: r.kind,
      memo: r.memo,
      reference: r.reference,
      createdAt: new Date(r.created_at),
      otherKind: r.other_kind,
      otherOwnerId: r.other_owner_id,
    }));
  }

  /** What was settled to the creator and the platform under a reference, and refunded to the fan. */
  async paidUnder(
    ctx: RequestContext,
    reference: string,
  ): Promise<{ platform: number; creator: number; agency: number; agencyOwnerId: string | null; refunded: number }> {
    const [paid] = await ctx.em.query(
      `SELECT coalesce(sum(e.amount) FILTER (WHERE a.kind = 'PLATFORM_REVENUE' AND t.kind = 'SETTLE'), 0)::int AS platform,
              coalesce(sum(e.amount) FILTER (WHERE a.kind = 'CREATOR_EARNINGS' AND t.kind = 'SETTLE'), 0)::int AS creator,
              coalesce(sum(e.amount) FILTER (WHERE a.kind = 'AGENCY_EARNINGS' AND t.kind = 'SETTLE'), 0)::int AS agency,
              min(a.owner_id::text) FILTER (WHERE a.kind = 'AGENCY_EARNINGS') AS "agencyOwnerId",
              coalesce(sum(e.amount) FILTER (WHERE a.kind = 'FAN_WALLET' AND t.kind = 'REFUND'), 0)::int AS refunded
         FROM ledger_transfer t JOIN ledger_entry e ON e.transfer_id = t.id JOIN ledger_account a ON a.id = e.account_id
        WHERE t.reference = $1`,
      [reference],
    );
    return paid;
  }

  /** Tokens refunded to fans under each reference, in one query. */
  async refundedUnder(ctx: RequestContext, references: readonly string[]): Promise<Map<string, number>> {
    if (!references.length) return new Map();
    const rows: { reference: string; refunded: number }[] = await ctx.em.query(
      `SELECT t.reference, coalesce(sum(e.amount), 0)::int AS refunded
         FROM ledger_transfer t JOIN ledger_entry e ON e.transfer_id = t.id JOIN ledger_account a ON a.id = e.account_id
        WHERE t.reference = ANY($1::text[]) AND t.kind = 'REFUND' AND a.kind = 'FAN_WALLET'
        GROUP BY t.reference`,
      [[...new Set(references)]],
    );
    return new Map(rows.map((r) => [r.reference, r.refunded]));
  }

  /**
   * One page of an owner's activity: their entries on the accounts of `kinds`, grouped into business events (all
   * transfers under one reference — a call's holds, settlements, release and refunds — or a transfer on its own),
   * newest event first (by its first entry), strictly before the event whose first entry is `before`.
   */
  async activity(
    ctx: RequestContext,
    ownerId: string,
    kinds: OwnerKind[],
    page: { before: string | null; limit: number; from?: Date | null; to?: Date | null; group?: string },
  ): Promise<ActivityRow[]> {
    const rows: RawActivityRow[] = await ctx.em.query(
      `SELECT ${ACTIVITY_GROUP} AS grp, min(e.id) AS first_entry, min(t.created_at) AS started_at, max(t.created_at) AS last_at,
              sum(e.amount) AS total,
              coalesce(sum(e.amount) FILTER (WHERE t.kind IN ('REFUND', 'PURCHASE_REFUND', 'CHARGEBACK')), 0) AS refunds,
              count(DISTINCT t.id)::int AS transfers, min(t.kind) AS first_kind, min(t.reference) AS reference
         FROM ledger_entry e
         JOIN ledger_account a ON a.id = e.account_id
         JOIN ledger_transfer t ON t.id = e.transfer_id
        WHERE a.owner_id = $1 AND a.kind = ANY($2)
          AND ($7::text IS NULL OR ((t.reference = $7 OR ('transfer:' || t.id) = $7) AND ${ACTIVITY_GROUP} = $7))
        GROUP BY 1
       HAVING ($3::bigint IS NULL OR min(e.id) < $3)
          AND ($4::timestamptz IS NULL OR min(t.created_at) >= $4)
          AND ($5::timestamptz IS NULL OR min(t.created_at) < $5)
        ORDER BY min(e.id) DESC
        LIMIT $6`,
      [ownerId, kinds, page.before, page.from ?? null, page.to ?? null, page.limit, page.group ?? null],
    );
    return rows.map((r) => ({
      group: r.grp,
      firstEntryId: String(r.first_entry),
      startedAt: new Date(r.started_at),
      lastAt: new Date(r.last_at),
      total: Number(r.total),
      refunds: Number(r.refunds),
      transfers: r.transfers,
      firstKind: r.first_kind,
      reference: r.reference,
    }));
  }

  /** For each activity group, the owner on the other side (the largest owner leg of another account holder). */
  async counterpartsOf(ctx: RequestContext, ownerId: string, groups: readonly string[]): Promise<Map<string, string>> {
    if (!groups.length) return new Map();
    const rows: { grp: string; owner_id: string }[] = await ctx.em.query(
      `SELECT DISTINCT ON (grp) grp, owner_id FROM (
         SELECT ${ACTIVITY_GROUP} AS grp, a.owner_id, abs(e.amount) AS size
           FROM ledger_transfer t
           JOIN ledger_entry e ON e.transfer_id = t.id
           JOIN ledger_account a ON a.id = e.account_id
          WHERE a.owner_id IS NOT NULL AND a.owner_id <> $1
            AND (t.reference = ANY($2::text[]) OR ('transfer:' || t.id) = ANY($2::text[]))) legs
        WHERE grp = ANY($2::text[])
        ORDER BY grp, size DESC`,
      [ownerId, [...new Set(groups)]],
    );
    return new Map(rows.map((r) => [r.grp, r.owner_id]));
  }

  /** The transfers of one activity group with the owner's net amount on the accounts of `kinds`, oldest first. */
  async transfersOfGroup(
    ctx: RequestContext,
    ownerId: string,
    kinds: OwnerKind[],
    group: string,
  ): Promise<{ id: string; kind: TransferKind; memo: string | null; createdAt: Date; amount: number; legs: { accountKind: AccountKind; amount: number }[] }[]> {
    const rows: { id: string; kind: TransferKind; memo: string | null; created_at: string; account_kind: AccountKind; amount: string }[] = await ctx.em.query(
      `SELECT t.id, t.kind, t.memo, t.created_at, a.kind AS account_kind, e.amount
         FROM ledger_transfer t
         JOIN ledger_entry e ON e.transfer_id = t.id
         JOIN ledger_account a ON a.id = e.account_id
        WHERE a.owner_id = $1 AND a.kind = ANY($2) AND ${ACTIVITY_GROUP} = $3
          AND (t.reference = $3 OR ('transfer:' || t.id) = $3)
        ORDER BY t.created_at, t.id, e.id`,
      [ownerId, kinds, group],
    );
    const byId = new Map<
      string,
      { id: string; kind: TransferKind; memo: string | null; createdAt: Date; amount: number; legs: { accountKind: AccountKind; amount: number }[] }
    >();
    for (const r of rows) {
      const transfer = byId.get(r.id) ?? { id: r.id, kind: r.kind, memo: r.memo, createdAt: new Date(r.created_at), amount: 0, legs: [] };
      transfer.amount += Number(r.amount);
      transfer.legs.push({ accountKind: r.account_kind, amount: Number(r.amount) });
      byId.set(r.id, transfer);
    }
    return [...byId.values()];
  }

  /**
   * Tokens the fan spent since `since` (calls settled, chats unlocked, tips), net of refunds of those: what a
   * daily spending limit counts.
   */
  async spentSince(ctx: RequestContext, fanId: string, since: Date): Promise<number> {
    const [row] = await ctx.em.query(
      `SELECT coalesce(-sum(e.amount) FILTER (WHERE t.kind IN ('SETTLE', 'CHAT_UNLOCK', 'TIP')), 0)::int AS spent,
              coalesce(sum(e.amount) FILTER (WHERE t.kind = 'REFUND'), 0)::int AS refunded
         FROM ledger_entry e
         JOIN ledger_account a ON a.id = e.account_id
         JOIN ledger_transfer t ON t.id = e.transfer_id
        WHERE a.owner_id = $1 AND a.kind IN ('FAN_WALLET', 'FAN_HOLD') AND t.created_at >= $2`,
      [fanId, since],
    );
    return Math.max(0, row.spent - row.refunded);
  }

  /** One page of the staff's transfer list (react-admin grammar), with their legs. */
  async transfers(ctx: RequestContext, filter: TransferListFilter, args: ListArgs): Promise<TransferDetails[]> {
    const rows: RawTransferRow[] = await readStaffList(ctx.em, transferQuery(filter), args);
    if (!rows.length) return [];
    const legs: { transfer_id: string; kind: AccountKind; owner_id: string | null; amount: string }[] = await ctx.em.query(
      `SELECT e.transfer_id, a.kind, a.owner_id, e.amount FROM ledger_entry e
         JOIN ledger_account a ON a.id = e.account_id
        WHERE e.transfer_id = ANY($1) ORDER BY e.id`,
      [rows.map((r) => r.id)],
    );
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      key: r.idempotency_key,
      reference: r.reference,
      memo: r.memo,
      createdBy: r.created_by,
      createdAt: new Date(r.created_at),
      legs: legs.filter((l) => l.transfer_id === r.id).map((l) => ({ accountKind: l.kind, ownerId: l.owner_id, amount: Number(l.amount) })),
    }));
  }

  countTransfers(ctx: RequestContext, filter: TransferListFilter): Promise<number> {
    return countStaffList(ctx.em, transferQuery(filter));
  }
}

interface RawPostRow {
  n: number;
  out_status: PostOutcome['status'];
  out_transfer_id: string | null;
  out_created_at: string | null;
  out_available: string | null;
  out_needed: string | null;
}

function toOutcome(row: RawPostRow): PostOutcome {
  switch (row.out_status) {
    case 'posted':
    case 'replayed':
      return { status: row.out_status, transferId: row.out_transfer_id!, createdAt: new Date(row.out_created_at!) };
    case 'insufficient':
      return { status: 'insufficient', available: Number(row.out_available), needed: Number(row.out_needed) };
    default:
      return { status: row.out_status };
  }
}

interface RawHistoryRow {
  id: string;
  amount: string;
  account_kind: OwnerKind;
  kind: TransferKind;
  memo: string | null;
  reference: string | null;
  created_at: string;
  other_kind: AccountKind | null;
  other_owner_id: string | null;
}

/** Transfers under one reference are one business event; those without one (or about a whole account) stand alone. */
const ACTIVITY_GROUP = `(CASE WHEN t.reference IS NULL OR t.reference LIKE 'account:%' THEN 'transfer:' || t.id ELSE t.reference END)`;

/** One business event of an owner's activity, before names and calls are filled in. */
export interface ActivityRow {
  /** The reference its transfers share (`call:<id>`, `purchase:<id>` …), or `transfer:<id>`. */
  group: string;
  firstEntryId: string;
  startedAt: Date;
  lastAt: Date;
  /** Net tokens on the owner's accounts of the asked kinds. */
  total: number;
  /** The part of `total` that refunds (positive for a refunded fan, negative for a creator or a refunded purchase). */
  refunds: number;
  transfers: number;
  firstKind: TransferKind;
  reference: string | null;
}

interface RawActivityRow {
  grp: string;
  first_entry: string;
  started_at: string;
  last_at: string;
  total: string;
  refunds: string;
  transfers: number;
  first_kind: TransferKind;
  reference: string | null;
}

interface RawTransferRow {
  id: string;
  idempotency_key: string;
  kind: TransferKind;
  reference: string | null;
  memo: string | null;
  created_by: string | null;
  created_at: string;
}

function transferQuery(filter: TransferListFilter): StaffListQuery {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.id) where.push(`t.id = $${params.push(filter.id)}`);
  if (filter.ids) where.push(`t.id = ANY($${params.push(filter.ids)}::uuid[])`);
  if (filter.reference) where.push(`t.reference = $${params.push(filter.reference)}`);
  if (filter.accountId) {
    where.push(
      `EXISTS (SELECT 1 FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id WHERE e.transfer_id = t.id AND a.owner_id = $${params.push(filter.accountId)})`,
    );
  }
  return {
    from: `FROM ledger_transfer t`,
    where,
    params,
    columns: `t.id, t.idempotency_key, t.kind, t.reference, t.memo, t.created_by, t.created_at`,
    sortable: { id: 't.id', createdAt: 't.created_at', kind: 't.kind' },
  };
}
