import { createHash, randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../common/context';
import { AppError, conflict, ErrorCode } from '../../common/errors';
import { isDeadlock } from '../../db/errors';
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

/** One change to an owner's balance, reported after the transfer commits. */
export interface BalanceChange {
  ownerId: string;
  kind: OwnerKind;
  amount: number;
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
    private readonly onBalanceChange: (ctx: RequestContext, changes: BalanceChange[]) => void = () => undefined,
  ) {}

  /**
   * Applies a transfer once. The same key again returns the first result without a second effect; the same
   * key with different legs is a CONFLICT. Runs in the caller's transaction, inside a savepoint, so a refused
   * transfer leaves the caller's transaction usable.
   */
  async transfer(ctx: RequestContext, request: TransferRequest): Promise<TransferResult> {
    validate(request);
    const fingerprint = fingerprintOf(request);
    for (let attempt = 1; ; attempt++) {
      try {
        // Inside a caller's transaction a savepoint keeps it usable after a refusal; on its own a transfer is
        // simply one transaction.
        return ctx.inTransaction
          ? await ctx.em.transaction((em) => this.apply(ctx, em, request, fingerprint))
          : await ctx.transaction((tx) => this.apply(tx, tx.em, request, fingerprint));
      } catch (err) {
        // PostgreSQL broke a lock cycle by aborting this attempt, which changed nothing: try again.
        if (isDeadlock(err) && attempt < 3) continue;
        throw err;
      }
    }
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
  pay(
    ctx: RequestContext,
    p: { key: string; kind: TransferKind; fanId: string; creatorId: string; amount: number; commissionBps: number; reference?: string; memo?: string },
  ) {
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
    // The key is claimed first: a concurrent transfer with the same key waits here and then finds it taken.
    const [transfer] = await em.query(
      `INSERT INTO ledger_transfer (idempotency_key, kind, fingerprint, reference, memo, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id, created_at`,
      [request.key, request.kind, fingerprint, request.reference ?? null, request.memo ?? null, request.createdBy ?? null, ctx.app.clock.now()],
    );
    if (!transfer) return replay((await findTransfer(em, request.key))!, fingerprint, request.key);
    // One query at a time: a transaction is one connection.
    const legs: (Leg & { accountId: string })[] = [];
    for (const leg of request.legs) legs.push({ ...leg, accountId: await this.accountId(ctx, em, leg.account) });

    // One statement: lock the accounts in id order (so concurrent transfers never wait on each other in a
    // cycle), apply every balance change that is allowed, and write the entries only if all of them were.
    const perAccount = new Map<string, number>();
    for (const leg of legs) perAccount.set(leg.accountId, (perAccount.get(leg.accountId) ?? 0) + leg.amount);
    const changes = [...perAccount].filter(([, amount]) => amount !== 0);
    const [outcome]: { changed: string[] }[] = await em.query(
      `WITH locked AS (SELECT id FROM ledger_account WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE),
            delta(id, amount) AS (SELECT * FROM unnest($1::uuid[], $2::bigint[])),
            changed AS (
              UPDATE ledger_account a
                 SET balance = a.balance + d.amount,
                     -- An overdraft (refund or chargeback of spent tokens) freezes the wallet it takes below zero.
                     frozen = a.frozen OR ($3 AND a.balance + d.amount < 0 AND NOT a.allow_negative)
                FROM delta d JOIN locked l ON l.id = d.id
               WHERE a.id = d.id
                 AND (d.amount >= 0 OR NOT a.frozen OR $4)
                 AND (d.amount >= 0 OR a.balance + d.amount >= 0 OR a.allow_negative OR $3)
              RETURNING a.id),
            entries AS (
              INSERT INTO ledger_entry (transfer_id, created_at, account_id, amount)
              SELECT $5, $6, e.account_id, e.amount FROM unnest($7::uuid[], $8::bigint[]) WITH ORDINALITY AS e(account_id, amount, n)
               WHERE (SELECT count(*) FROM changed) = $9
               ORDER BY e.n)
       SELECT coalesce(array_agg(id::text), '{}') AS changed FROM changed`,
      [
        changes.map(([id]) => id),
        changes.map(([, amount]) => amount),
        !!request.allowOverdraft,
        !!request.allowFrozen,
        transfer.id,
        transfer.created_at,
        legs.map((leg) => leg.accountId),
        legs.map((leg) => leg.amount),
        changes.length,
      ],
    );
    if (outcome.changed.length < changes.length) {
      const [refused, amount] = changes.find(([id]) => !outcome.changed.includes(id))!;
      await this.refuse(em, refused, amount);
    }

    const balanceChanges = legs.flatMap((leg) =>
      'ownerId' in leg.account ? [{ ownerId: leg.account.ownerId, kind: leg.account.kind, amount: leg.amount }] : [],
    );
    ctx.afterCommit(() => this.onBalanceChange(ctx, balanceChanges));
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

  /**
   * Creates every platform account shard once, at start-up, and remembers their ids. Creating them lazily
   * inside transfers would make concurrent first transfers wait on each other's inserts (and deadlock).
   */
  async preparePlatformAccounts(em: EntityManager): Promise<void> {
    const kinds = [AccountKind.PLATFORM_REVENUE, AccountKind.PROVIDER_CLEARING, AccountKind.PROMOTIONS];
    await em.query(
      `INSERT INTO ledger_account (kind, shard, allow_negative)
       SELECT k, s, k <> 'PLATFORM_REVENUE' FROM unnest($1::text[]) AS k, generate_series(0, $2 - 1) AS s
       ON CONFLICT (kind, shard) WHERE owner_id IS NULL DO NOTHING`,
      [kinds, this.shards],
    );
    const rows: { id: string; kind: string; shard: number }[] = await em.query(
      `SELECT id, kind, shard FROM ledger_account WHERE owner_id IS NULL AND shard < $1`,
      [this.shards],
    );
    this.platformIds.clear();
    for (const row of rows) this.platformIds.set(`${row.kind}:${row.shard}`, row.id);
  }

  private async platformAccountId(em: EntityManager, kind: PlatformKind, shard: number): Promise<string> {
    const cached = this.platformIds.get(`${kind}:${shard}`);
    if (cached) return cached;
    await this.preparePlatformAccounts(em);
    return this.platformIds.get(`${kind}:${shard}`)!;
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
