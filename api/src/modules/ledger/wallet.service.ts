import { readPage, toConnection, type ConnectionPage } from '../../common/connection';
import type { RequestContext } from '../../common/context';
import { badInput } from '../../common/errors';
import { Role, type IdentityService } from '../identity';
import { AccountKind, TransferKind, type OwnerKind } from './ledger.model';
import type { HistoryRow, LedgerRepository } from './ledger.repository';
import type { LedgerService } from './ledger.service';
import { BalancePart, type BalanceEntry, type BalancesChanged, type TransferRecord } from './wallet.types';

const PAGE_MAX = 100;
const partOf: Record<string, BalancePart> = {
  [AccountKind.FAN_WALLET]: BalancePart.AVAILABLE,
  [AccountKind.FAN_HOLD]: BalancePart.HELD,
  [AccountKind.CREATOR_EARNINGS]: BalancePart.EARNINGS,
  [AccountKind.AGENCY_EARNINGS]: BalancePart.EARNINGS,
};
const counterpartLabel: Partial<Record<string, string>> = {
  PROVIDER_CLEARING: 'Token purchase',
  PROMOTIONS: 'Minutely',
  PLATFORM_REVENUE: 'Minutely',
};

/** Reads of wallets and earnings, and the admin's corrections. Movements go through LedgerService. */
export class WalletService {
  constructor(
    private readonly entries: LedgerRepository,
    private readonly ledger: LedgerService,
    private readonly identity: IdentityService,
  ) {}

  async balances(ctx: RequestContext, ownerId: string): Promise<BalancesChanged> {
    const rows = await this.entries.balancesOf(ctx, ownerId);
    const of = (kind: string) => rows.find((r) => r.kind === kind)?.balance ?? 0;
    return {
      available: of(AccountKind.FAN_WALLET),
      held: of(AccountKind.FAN_HOLD),
      earnings: of(AccountKind.CREATOR_EARNINGS),
      frozen: rows.some((r) => r.kind === AccountKind.FAN_WALLET && r.frozen),
    };
  }

  /** Entries of an owner's accounts of the given kinds, newest first; counterparts' names in one more query. */
  async history(ctx: RequestContext, ownerId: string, kinds: OwnerKind[], first: number, after?: string | null): Promise<ConnectionPage<BalanceEntry>> {
    const page = await readPage(
      { kind: 'entry', first, max: PAGE_MAX, after, validKey: ([id]) => /^\d+$/.test(id) },
      (row: HistoryRow) => [row.id],
      (key, limit) => this.entries.history(ctx, ownerId, kinds, key?.[0] ?? null, limit),
    );
    const names = await this.identity.people(
      ctx,
      page.rows.flatMap((r) => (r.otherOwnerId ? [r.otherOwnerId] : [])),
    );
    return toConnection(
      page,
      page.rows.map((row) => toEntry(row, row.otherOwnerId ? (names.get(row.otherOwnerId)?.displayName ?? null) : null)),
    );
  }

  /** ADMIN: gives (positive) or takes (negative) tokens against the promotions account, with a reason. */
  async adjust(ctx: RequestContext, accountId: string, amount: number, reason: string): Promise<TransferRecord> {
    const admin = ctx.requireViewer();
    const trimmed = reason.trim();
    if (!Number.isSafeInteger(amount) || amount === 0) throw badInput('amount must be a whole, non-zero number of tokens.', 'amount');
    if (trimmed.length < 3 || trimmed.length > 500) throw badInput('reason must be 3 to 500 characters long.', 'reason');
    const target = await this.identity.account(ctx, accountId);
    const kind = target.role === Role.CREATOR ? AccountKind.CREATOR_EARNINGS : AccountKind.FAN_WALLET;
    const result = await this.ledger.transfer(ctx, {
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

function toEntry(row: HistoryRow, otherName: string | null): BalanceEntry {
  return {
    id: row.id,
    kind: row.kind,
    part: partOf[row.accountKind],
    amount: row.amount,
    counterpart: otherName ?? (row.otherKind ? (counterpartLabel[row.otherKind] ?? null) : null),
    memo: row.memo,
    reference: row.reference,
    createdAt: row.createdAt,
  };
}
