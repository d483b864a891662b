import type { RequestContext } from '../../common/context';
import { badInput, notFound } from '../../common/errors';
import { Account, Role } from '../identity/account.entity';
import { AccountKind, TransferKind, type OwnerKind } from './ledger.model';
import { BalancePart, type BalanceEntry, type BalanceHistory, type BalancesChanged, type TransferRecord } from './wallet.types';

const PAGE_MAX = 100;
const partOf: Record<string, BalancePart> = {
  [AccountKind.FAN_WALLET]: BalancePart.AVAILABLE,
  [AccountKind.FAN_HOLD]: BalancePart.HELD,
  [AccountKind.CREATOR_EARNINGS]: BalancePart.EARNINGS,
};
const counterpartLabel: Partial<Record<string, string>> = {
  PROVIDER_CLEARING: 'Token purchase',
  PROMOTIONS: 'Minutely',
  PLATFORM_REVENUE: 'Minutely',
};

/** Reads of wallets and earnings, and the admin's corrections. Movements go through LedgerService. */
export class WalletService {
  async balances(ctx: RequestContext, ownerId: string): Promise<BalancesChanged> {
    const rows: { kind: string; balance: string; frozen: boolean }[] = await ctx.em.query(
      `SELECT kind, balance, frozen FROM ledger_account WHERE owner_id = $1`,
      [ownerId],
    );
    const of = (kind: string) => Number(rows.find((r) => r.kind === kind)?.balance ?? 0);
    return {
      available: of(AccountKind.FAN_WALLET),
      held: of(AccountKind.FAN_HOLD),
      earnings: of(AccountKind.CREATOR_EARNINGS),
      frozen: rows.some((r) => r.kind === AccountKind.FAN_WALLET && r.frozen),
    };
  }

  /** Entries of an owner's accounts of the given kinds, newest first, `first` at a time after `cursor`. */
  async history(ctx: RequestContext, ownerId: string, kinds: OwnerKind[], first: number, cursor?: string | null): Promise<BalanceHistory> {
    if (!Number.isInteger(first) || first < 1 || first > PAGE_MAX) throw badInput(`first must be between 1 and ${PAGE_MAX}.`, 'first');
    const before = cursor ? decodeCursor(cursor) : null;
    const rows: RawEntry[] = await ctx.em.query(
      `SELECT e.id, e.amount, a.kind AS account_kind, t.kind, t.memo, t.reference, t.created_at,
              other.owner_kind AS other_kind, other.display_name AS other_name
         FROM ledger_entry e
         JOIN ledger_account a ON a.id = e.account_id
         JOIN ledger_transfer t ON t.id = e.transfer_id
         LEFT JOIN LATERAL (
           SELECT oa.kind AS owner_kind, acc.display_name
             FROM ledger_entry oe
             JOIN ledger_account oa ON oa.id = oe.account_id
             LEFT JOIN account acc ON acc.id = oa.owner_id
            WHERE oe.transfer_id = e.transfer_id
              AND sign(oe.amount) <> sign(e.amount)
              AND oa.owner_id IS DISTINCT FROM a.owner_id
            ORDER BY abs(oe.amount) DESC
            LIMIT 1) other ON true
        WHERE a.owner_id = $1 AND a.kind = ANY($2) AND ($3::bigint IS NULL OR e.id < $3)
        ORDER BY e.id DESC
        LIMIT $4`,
      [ownerId, kinds, before, first + 1],
    );
    const page = rows.slice(0, first);
    return {
      entries: page.map(toEntry),
      nextCursor: rows.length > first ? encodeCursor(page[page.length - 1].id) : null,
    };
  }

  /** ADMIN: gives (positive) or takes (negative) tokens against the promotions account, with a reason. */
  async adjust(ctx: RequestContext, accountId: string, amount: number, reason: string): Promise<TransferRecord> {
    const admin = ctx.requireViewer();
    const trimmed = reason.trim();
    if (!Number.isSafeInteger(amount) || amount === 0) throw badInput('amount must be a whole, non-zero number of tokens.', 'amount');
    if (trimmed.length < 3 || trimmed.length > 500) throw badInput('reason must be 3 to 500 characters long.', 'reason');
    const target = await ctx.em.getRepository(Account).findOneBy({ id: accountId });
    if (!target) throw notFound('Account');
    const kind = target.role === Role.CREATOR ? AccountKind.CREATOR_EARNINGS : AccountKind.FAN_WALLET;
    const result = await ctx.app.ledger.transfer(ctx, {
      key: `adjust:${ctx.requestId}:${accountId}`,
      kind: amount > 0 ? TransferKind.PROMOTION : TransferKind.ADJUSTMENT,
      reference: `account:${accountId}`,
      memo: trimmed,
      createdBy: admin.account.id,
      allowFrozen: true,
      legs: [
        { account: { platform: AccountKind.PROMOTIONS }, amount: -amount },
        { account: { ownerId: accountId, kind }, amount },
      ],
    });
    return {
      id: result.transferId,
      kind: amount > 0 ? TransferKind.PROMOTION : TransferKind.ADJUSTMENT,
      applied: !result.replayed,
      createdAt: result.createdAt,
    };
  }
}

interface RawEntry {
  id: string;
  amount: string;
  account_kind: string;
  kind: TransferKind;
  memo: string | null;
  reference: string | null;
  created_at: string;
  other_kind: string | null;
  other_name: string | null;
}

function toEntry(row: RawEntry): BalanceEntry {
  return {
    id: row.id,
    kind: row.kind,
    part: partOf[row.account_kind],
    amount: Number(row.amount),
    counterpart: row.other_name ?? (row.other_kind ? (counterpartLabel[row.other_kind] ?? null) : null),
    memo: row.memo,
    reference: row.reference,
    createdAt: new Date(row.created_at),
  };
}

const encodeCursor = (id: string) => Buffer.from(`entry:${id}`).toString('base64url');
function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString();
  const match = decoded.match(/^entry:(\d+)$/);
  if (!match) throw badInput('The cursor is not valid.', 'after');
  return match[1];
}
