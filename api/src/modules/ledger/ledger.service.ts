import { createHash, randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../common/context';
import { AppError, conflict, ErrorCode } from '../../common/errors';
import { isUniqueViolation } from '../../db/errors';
import { commissionSplit } from '../billing/call-billing';
import {
  AccountKind,
  isPlatformKind,
  TransferKind,
  type AccountRef,
  type Leg,
  type OwnerKind,
  type PlatformKind,
  type TransferRequest,
  type TransferResult,
} from './ledger.model';

/** Refusal of a transfer that would take an account below zero; carries how many tokens are missing. */
export class InsufficientTokensError extends AppError {
  constructor(
    readonly available: number,
    readonly needed: number,
  ) {
    super(ErrorCode.INSUFFICIENT_TOKENS, `Not enough tokens: ${available} available, ${needed} more needed.`, { available, needed });
  }
}

export class WalletFrozenError extends AppError {
  constructor() {
    super(ErrorCode.WALLET_FROZEN, 'This wallet is frozen after a chargeback and cannot spend tokens.');
  }
}

/** What the owner of a wallet sees change; published after each commit that touches it. */
export interface BalanceChange {
  ownerId: string;
}

/**
 * The only code that moves tokens. Every movement is one immutable transfer with a unique idempotency key
 * and legs that sum to zero; each account's stored balance changes in the same transaction as its entries,
 * and a CHECK constraint keeps balances at or above zero where that is required.
 *
 * Platform revenue and provider clearing take a leg of almost every transfer, so each is spread over
 * `shards` rows picked at random: no single row serializes the platform.
 */
export class LedgerService {
  private readonly platformIds = new Map<string, string>();
  private readonly ownerIds = new Map<string, string>();

  constructor(
    private readonly shards: number,
    private readonly onBalanceChange: (ctx: RequestContext, ownerIds: string[]) => void = () => undefined,
  ) {}

  /**
   * Applies a transfer once. The same key again returns the first result without a second effect; the same
   * key with different legs is a CONFLICT. Runs in the caller's transaction, inside a savepoint, so a refused
   * transfer leaves the caller's transaction usable.
   */
  async transfer(ctx: RequestContext, request: TransferRequest): Promise<TransferResult> {
    validate(request);
    const fingerprint = fingerprintOf(request);
    return ctx.transaction(async (tx) => {
      const existing = await findTransfer(tx.em, request.key);
      if (existing) return replay(existing, fingerprint, request.key);
      try {
        return await tx.em.transaction((em) => this.apply(tx, em, request, fingerprint));
      } catch (err) {
        // A concurrent transfer with the same key committed first: answer as a replay.
        if (isUniqueViolation(err) === 'ledger_transfer_key') {
          const winner = await findTransfer(tx.em, request.key);
          if (winner) return replay(winner, fingerprint, request.key);
        }
        throw err;
      }
    });
  }

  /** Holds `amount` of the fan's wallet for a purpose (a call minute): wallet → hold. */
  reserve(ctx: RequestContext, p: { key: string; fanId: string; amount: number; reference?: string; memo?: string }) {
    return this.transfer(ctx, {
      key: p.key,
      kind: TransferKind.RESERVE,
      reference: p.reference,
      memo: p.memo,
      legs: [
        { account: { ownerId: p.fanId, kind: AccountKind.FAN_WALLET }, amount: -p.amount },
        { account: { ownerId: p.fanId, kind: AccountKind.FAN_HOLD }, amount: p.amount },
      ],
    });
  }

  /** Pays `amount` out of the fan's hold: creator earnings and platform revenue by the commission rate. */
  settle(ctx: RequestContext, p: { key: string; fanId: string; creatorId: string; amount: number; commissionBps: number; reference?: string; memo?: string }) {
    return this.transfer(ctx, {
      key: p.key,
      kind: TransferKind.SETTLE,
      reference: p.reference,
      memo: p.memo,
      legs: paymentLegs({ ownerId: p.fanId, kind: AccountKind.FAN_HOLD }, p.creatorId, p.amount, p.commissionBps),
    });
  }

  /** Returns `amount` of the fan's hold to the wallet. */
  release(ctx: RequestContext, p: { key: string; fanId: string; amount: number; reference?: string; memo?: string }) {
    return this.transfer(ctx, {
      key: p.key,
      kind: TransferKind.RELEASE,
      reference: p.reference,
      memo: p.memo,
      legs: [
        { account: { ownerId: p.fanId, kind: AccountKind.FAN_HOLD }, amount: -p.amount },
        { account: { ownerId: p.fanId, kind: AccountKind.FAN_WALLET }, amount: p.amount },
      ],
    });
  }

  /** Pays straight from the fan's wallet (a chat unlock): creator earnings and platform revenue. */
  pay(ctx: RequestContext, p: { key: string; kind: TransferKind; fanId: string; creatorId: string; amount: number; commissionBps: number; reference?: string; memo?: string }) {
    return this.transfer(ctx, {
      key: p.key,
      kind: p.kind,
      reference: p.reference,
      memo: p.memo,
      legs: paymentLegs({ ownerId: p.fanId, kind: AccountKind.FAN_WALLET }, p.creatorId, p.amount, p.commissionBps),
    });
  }

  /** The balance of one of an owner's accounts (0 when it was never used). */
  async balance(ctx: RequestContext, ownerId: string, kind: OwnerKind): Promise<{ balance: number; frozen: boolean }> {
    const rows = await ctx.em.query(`SELECT balance, frozen FROM ledger_account WHERE owner_id = $1 AND kind = $2`, [ownerId, kind]);
    return rows.length ? { balance: Number(rows[0].balance), frozen: rows[0].frozen } : { balance: 0, frozen: false };
  }

  private async apply(ctx: RequestContext, em: EntityManager, request: TransferRequest, fingerprint: string): Promise<TransferResult> {
    const [transfer] = await em.query(
      `INSERT INTO ledger_transfer (idempotency_key, kind, fingerprint, reference, memo, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, created_at`,
      [request.key, request.kind, fingerprint, request.reference ?? null, request.memo ?? null, request.createdBy ?? null],
    );
    const legs = await Promise.all(request.legs.map(async (leg) => ({ ...leg, accountId: await this.accountId(ctx, em, leg.account) })));

    // One balance update per account, in id order, so concurrent transfers always lock rows in the same order.
    const perAccount = new Map<string, number>();
    for (const leg of legs) perAccount.set(leg.accountId, (perAccount.get(leg.accountId) ?? 0) + leg.amount);
    for (const [accountId, amount] of [...perAccount].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (amount === 0) continue;
      // An overdraft (refund or chargeback of spent tokens) freezes the wallet it takes below zero.
      const updated = await em.query(
        `WITH changed AS (
           UPDATE ledger_account
              SET balance = balance + $2,
                  frozen = frozen OR ($3 AND balance + $2 < 0 AND NOT allow_negative)
            WHERE id = $1
              AND ($2 >= 0 OR NOT frozen OR $4)
              AND ($2 >= 0 OR balance + $2 >= 0 OR allow_negative OR $3)
            RETURNING balance)
         SELECT balance FROM changed`,
        [accountId, amount, !!request.allowOverdraft, !!request.allowFrozen],
      );
      if (!updated.length) await this.refuse(em, accountId, amount);
    }
    const values = legs.map((_, i) => `($1, $${i * 2 + 2}, $${i * 2 + 3})`).join(', ');
    await em.query(
      `INSERT INTO ledger_entry (transfer_id, account_id, amount) VALUES ${values}`,
      [transfer.id, ...legs.flatMap((leg) => [leg.accountId, leg.amount])],
    );

    const owners = [...new Set(legs.flatMap((leg) => ('ownerId' in leg.account ? [leg.account.ownerId] : [])))];
    ctx.afterCommit(() => this.onBalanceChange(ctx, owners));
    return { transferId: transfer.id, createdAt: new Date(transfer.created_at), replayed: false };
  }

  /** Explains why a balance update matched no row, as the error the caller will see. */
  private async refuse(em: EntityManager, accountId: string, amount: number): Promise<never> {
    const [account] = await em.query(`SELECT balance, frozen FROM ledger_account WHERE id = $1`, [accountId]);
    if (account?.frozen) throw new WalletFrozenError();
    const available = Number(account?.balance ?? 0);
    throw new InsufficientTokensError(available, -amount - available);
  }

  private async accountId(ctx: RequestContext, em: EntityManager, ref: AccountRef): Promise<string> {
    if ('platform' in ref) return this.platformAccountId(em, ref.platform, randomInt(this.shards));
    const cacheKey = `${ref.ownerId}:${ref.kind}`;
    const cached = this.ownerIds.get(cacheKey);
    if (cached) return cached;
    const find = () => em.query(`SELECT id FROM ledger_account WHERE owner_id = $1 AND kind = $2`, [ref.ownerId, ref.kind]);
    let rows = await find();
    if (!rows.length) {
      rows = await em.query(
        `INSERT INTO ledger_account (owner_id, kind) VALUES ($1, $2)
         ON CONFLICT (owner_id, kind) WHERE owner_id IS NOT NULL DO NOTHING RETURNING id`,
        [ref.ownerId, ref.kind],
      );
      if (!rows.length) rows = await find();
      // Cache only what is committed: a rolled-back account row would not exist.
      ctx.afterCommit(() => this.ownerIds.set(cacheKey, rows[0].id));
      return rows[0].id;
    }
    this.ownerIds.set(cacheKey, rows[0].id);
    return rows[0].id;
  }

  private async platformAccountId(em: EntityManager, kind: PlatformKind, shard: number): Promise<string> {
    const cacheKey = `${kind}:${shard}`;
    const cached = this.platformIds.get(cacheKey);
    if (cached) return cached;
    await em.query(
      `INSERT INTO ledger_account (kind, shard, allow_negative) VALUES ($1, $2, $3)
       ON CONFLICT (kind, shard) WHERE owner_id IS NULL DO NOTHING`,
      [kind, shard, kind !== AccountKind.PLATFORM_REVENUE],
    );
    const [row] = await em.query(`SELECT id FROM ledger_account WHERE owner_id IS NULL AND kind = $1 AND shard = $2`, [kind, shard]);
    this.platformIds.set(cacheKey, row.id);
    return row.id;
  }

  /** Forgets cached account ids (after the tables were rebuilt, e.g. by a migration round trip in tests). */
  clearCache(): void {
    this.platformIds.clear();
    this.ownerIds.clear();
  }
}

function paymentLegs(from: AccountRef, creatorId: string, amount: number, commissionBps: number): Leg[] {
  const split = commissionSplit(amount, commissionBps);
  const legs: Leg[] = [
    { account: from, amount: -amount },
    { account: { ownerId: creatorId, kind: AccountKind.CREATOR_EARNINGS }, amount: split.creator },
  ];
  if (split.platform > 0) legs.push({ account: { platform: AccountKind.PLATFORM_REVENUE }, amount: split.platform });
  return legs.filter((leg) => leg.amount !== 0);
}

function validate(request: TransferRequest): void {
  const bad = (message: string) => new AppError(ErrorCode.BAD_USER_INPUT, message);
  if (!request.key || request.key.length > 200) throw bad('A transfer needs an idempotency key of at most 200 characters.');
  if (request.legs.length < 2) throw bad('A transfer needs at least two legs.');
  for (const leg of request.legs) {
    if (!Number.isSafeInteger(leg.amount) || leg.amount === 0) throw bad('Transfer amounts must be whole, non-zero numbers of tokens.');
    if ('platform' in leg.account ? !isPlatformKind(leg.account.platform) : isPlatformKind(leg.account.kind)) {
      throw bad('A leg names a platform account as an owner account, or the reverse.');
    }
  }
  const sum = request.legs.reduce((total, leg) => total + leg.amount, 0);
  if (sum !== 0) throw bad(`Transfer legs must balance; they sum to ${sum}.`);
}

/** Identifies what a transfer does, so a replay with other legs is told apart from a harmless repeat. */
function fingerprintOf(request: TransferRequest): string {
  const legs = request.legs
    .map((leg) => `${'platform' in leg.account ? `platform:${leg.account.platform}` : `${leg.account.ownerId}:${leg.account.kind}`}=${leg.amount}`)
    .sort();
  return createHash('sha256')
    .update(JSON.stringify([request.kind, request.reference ?? null, legs]))
    .digest('hex');
}

async function findTransfer(em: EntityManager, key: string): Promise<{ id: string; fingerprint: string; created_at: string } | undefined> {
  const [row] = await em.query(`SELECT id, fingerprint, created_at FROM ledger_transfer WHERE idempotency_key = $1`, [key]);
  return row;
}

function replay(existing: { id: string; fingerprint: string; created_at: string }, fingerprint: string, key: string): TransferResult {
  if (existing.fingerprint !== fingerprint) throw conflict(`Idempotency key "${key}" was already used for a different transfer.`);
  return { transferId: existing.id, createdAt: new Date(existing.created_at), replayed: true };
}
