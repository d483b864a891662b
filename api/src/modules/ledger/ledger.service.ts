import { createHash, randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../common/context';
import type { EventPublisher } from '../../common/domain-events';
import { AppError, badInput, conflict, ErrorCode } from '../../common/errors';
import type { PubSub } from '../../common/pubsub';
import type { ListArgs } from '../../common/staff-list';
import type { UnitOfWork } from '../../common/unit-of-work';
import { isDeadlock } from '../../db/errors';
import { refundShares, revenueSplit } from './commission';
import type { AgencyCut } from './agency-cut';
import type { LedgerEvents } from './ledger.events';
import type { LedgerRepository, TransferDetails, TransferListFilter } from './ledger.repository';
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

/**
 * The only code that moves tokens. Every movement is one immutable transfer with a unique idempotency key
 * and legs that sum to zero; each account's stored balance changes in the same transaction as its entries,
 * and a CHECK constraint keeps balances at or above zero where that is required.
 *
 * Platform revenue and provider clearing take a leg of almost every transfer, so each is spread over
 * `shards` rows, one picked at random per transaction: no single row serializes the platform.
 *
 * Inside the transfer's transaction it publishes `FanWalletCredited` for every fan wallet credited; once that
 * transaction commits it tells each owner touched on the pub/sub (BALANCES_CHANGED, a hint).
 */
export class LedgerService {
  private platformIds = new Map<string, string>();
  /** The platform shard each open transaction (by its entity manager) posts to. */
  private readonly txShards = new WeakMap<object, number>();

  constructor(
    private readonly ledger: LedgerRepository,
    private readonly shards: number,
    private readonly uow: UnitOfWork,
    private readonly events: EventPublisher<LedgerEvents>,
    private readonly pubsub: PubSub,
  ) {}

  /**
   * Applies a transfer once. The same key again returns the first result without a second effect; the same
   * key with different legs is a CONFLICT. A refusal writes nothing, so inside a caller's transaction the
   * caller simply goes on.
   */
  async transfer(ctx: RequestContext, request: TransferRequest): Promise<TransferResult> {
    const [outcome] = await this.transferEach(ctx, [request]);
    if (outcome instanceof AppError) throw outcome;
    return outcome;
  }

  /**
   * Applies several transfers in one round trip, in order, each on its own: a refused one (INSUFFICIENT_TOKENS,
   * WALLET_FROZEN) comes back as its error and does not stop the others; any other failure throws. On its own
   * a batch is one statement, a transaction by itself, unless it credits a fan wallet: `FanWalletCredited` is
   * published inside the transfer's transaction, so that opens one.
   */
  async transferEach(ctx: RequestContext, requests: TransferRequest[]): Promise<(TransferResult | InsufficientTokensError | WalletFrozenError)[]> {
    const prepared = requests.map((request) => {
      validate(request);
      return { request, fingerprint: fingerprintOf(request) };
    });
    if (ctx.inTransaction) return this.apply(ctx, prepared);
    const needsTransaction = requests.some((r) => r.legs.some(creditsFanWallet));
    for (let attempt = 1; ; attempt++) {
      try {
        return needsTransaction ? await this.uow.run(ctx, (tx) => this.apply(tx, prepared)) : await this.apply(ctx, prepared);
      } catch (err) {
        // PostgreSQL broke a lock cycle by aborting this attempt, which changed nothing: try again.
        if (isDeadlock(err) && attempt < 3) continue;
        throw err;
      }
    }
  }

  /** Holds `amount` of the fan's wallet for a purpose (a call minute): wallet → hold. */
  reserve(ctx: RequestContext, p: HoldMove) {
    return this.transfer(ctx, reserveRequest(p));
  }

  /** Pays `amount` out of the fan's hold: creator earnings and platform revenue by the commission rate. */
  settle(ctx: RequestContext, p: Settlement) {
    return this.transfer(ctx, settleRequest(p));
  }

  /** Returns `amount` of the fan's hold to the wallet. */
  release(ctx: RequestContext, p: HoldMove) {
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
    p: {
      key: string;
      kind: TransferKind;
      fanId: string;
      creatorId: string;
      amount: number;
      commissionBps: number;
      agency?: AgencyCut | null;
      reference?: string;
      memo?: string;
    },
  ) {
    return this.transfer(ctx, {
      key: p.key,
      kind: p.kind,
      reference: p.reference,
      memo: p.memo,
      legs: paymentLegs({ ownerId: p.fanId, kind: AccountKind.FAN_WALLET }, p.creatorId, p.amount, p.commissionBps, p.agency),
    });
  }

  /**
   * Refunds to the fan what was paid under `reference` (a call), whole (`amount` null: all that is left) or
   * in part, reversing its settlements: the creator's and the platform's shares go back in proportion.
   * Never more than was paid, however many refunds. A creator who spent their share goes below zero (frozen).
   */
  async refundReference(
    ctx: RequestContext,
    p: { reference: string; fanId: string; creatorId: string; amount: number | null; memo: string; createdBy: string; subject: string },
  ): Promise<TransferResult & { amount: number }> {
    const paid = await this.ledger.paidUnder(ctx, p.reference);
    const total = paid.platform + paid.creator + paid.agency;
    const left = total - paid.refunded;
    const refund = p.amount ?? left;
    if (!Number.isInteger(refund) || refund <= 0) throw badInput('amount must be a whole, positive number of tokens.', 'amount');
    if (refund > left) throw badInput(`Only ${left} of the ${total} tokens paid for ${p.subject} can still be refunded.`, 'amount');
    const { fromCreator, fromPlatform, fromAgency } = refundShares(paid, refund);
    const legs: Leg[] = [
      { account: { ownerId: p.fanId, kind: AccountKind.FAN_WALLET }, amount: refund },
      { account: { ownerId: p.creatorId, kind: AccountKind.CREATOR_EARNINGS }, amount: -fromCreator },
      { account: { platform: AccountKind.PLATFORM_REVENUE }, amount: -fromPlatform },
    ];
    // A member's call: the agency gives back its share too.
    if (paid.agencyOwnerId && fromAgency) legs.push({ account: { ownerId: paid.agencyOwnerId, kind: AccountKind.AGENCY_EARNINGS }, amount: -fromAgency });
    const result = await this.transfer(ctx, {
      key: `${p.reference}:refund:${paid.refunded + refund}`,
      kind: TransferKind.REFUND,
      reference: p.reference,
      memo: p.memo,
      createdBy: p.createdBy,
      allowOverdraft: true,
      allowFrozen: true,
      legs: legs.filter((leg) => leg.amount !== 0),
    });
    return { ...result, amount: refund };
  }

  /** The balance of one of an owner's accounts (0 when it was never used). */
  async balance(ctx: RequestContext, ownerId: string, kind: OwnerKind): Promise<{ balance: number; frozen: boolean }> {
    const found = (await this.ledger.balancesOf(ctx, ownerId)).find((b) => b.kind === kind);
    return found ? { balance: found.balance, frozen: found.frozen } : { balance: 0, frozen: false };
  }

  /** Tokens credited to each owner's account of `kind` since `since` (e.g. earnings today). */
  creditedSince(ctx: RequestContext, ownerIds: readonly string[], kind: OwnerKind, since: Date): Promise<Map<string, number>> {
    return this.ledger.creditedSince(ctx, ownerIds, kind, since);
  }

  /** Freezes a fan's wallet (a disputed payment) until support clears it. */
  freezeWallet(ctx: RequestContext, fanId: string): Promise<void> {
    return this.ledger.freezeWallet(ctx, fanId);
  }

  /** Tokens refunded to fans under each reference (e.g. `call:<id>`), one query for all. */
  refundedUnder(ctx: RequestContext, references: readonly string[]): Promise<Map<string, number>> {
    return this.ledger.refundedUnder(ctx, references);
  }

  /** One page of an owner's activity: business events (everything under one reference), newest first. */
  activity(ctx: RequestContext, ownerId: string, kinds: OwnerKind[], page: { before: string | null; limit: number; from?: Date | null; to?: Date | null }) {
    return this.ledger.activity(ctx, ownerId, kinds, page);
  }

  /** One activity group of an owner (`call:<id>`, `transfer:<id>` …), or null when it has none of their entries. */
  async activityGroup(ctx: RequestContext, ownerId: string, kinds: OwnerKind[], group: string) {
    const [row] = await this.ledger.activity(ctx, ownerId, kinds, { before: null, limit: 1, group });
    return row ?? null;
  }

  /** The other account holder of each activity group (the creator of a fan's call, the fan of a creator's tip …). */
  counterpartsOf(ctx: RequestContext, ownerId: string, groups: readonly string[]): Promise<Map<string, string>> {
    return this.ledger.counterpartsOf(ctx, ownerId, groups);
  }

  /** The transfers behind one activity item, with the owner's legs. */
  transfersOfGroup(ctx: RequestContext, ownerId: string, kinds: OwnerKind[], group: string) {
    return this.ledger.transfersOfGroup(ctx, ownerId, kinds, group);
  }

  /** Tokens charged under a reference (a call's settlements: the creator's, the agency's and the platform's legs), before refunds. */
  async chargedUnder(ctx: RequestContext, reference: string): Promise<number> {
    const paid = await this.ledger.paidUnder(ctx, reference);
    return paid.creator + paid.platform + paid.agency;
  }

  /** Tokens a fan spent (calls, unlocks, tips; net of refunds) since `since`. */
  spentSince(ctx: RequestContext, fanId: string, since: Date): Promise<number> {
    return this.ledger.spentSince(ctx, fanId, since);
  }

  /** Staff's transfer list (react-admin grammar), with legs. */
  transfers(ctx: RequestContext, filter: TransferListFilter, args: ListArgs): Promise<TransferDetails[]> {
    return this.ledger.transfers(ctx, filter, args);
  }

  countTransfers(ctx: RequestContext, filter: TransferListFilter): Promise<number> {
    return this.ledger.countTransfers(ctx, filter);
  }

  private async apply(
    ctx: RequestContext,
    prepared: { request: TransferRequest; fingerprint: string }[],
  ): Promise<(TransferResult | InsufficientTokensError | WalletFrozenError)[]> {
    const at = ctx.clock.now();
    const outcomes = await this.ledger.post(
      ctx,
      prepared.map(({ request, fingerprint }) => ({
        key: request.key,
        kind: request.kind,
        fingerprint,
        reference: request.reference ?? null,
        memo: request.memo ?? null,
        createdBy: request.createdBy ?? null,
        at,
        legs: request.legs.map((leg) =>
          'platform' in leg.account
            ? { accountId: this.platformAccountId(leg.account.platform, this.shardOf(ctx)), ownerId: null, kind: leg.account.platform, amount: leg.amount }
            : { accountId: null, ownerId: leg.account.ownerId, kind: leg.account.kind, amount: leg.amount },
        ),
        allowOverdraft: !!request.allowOverdraft,
        allowFrozen: !!request.allowFrozen,
      })),
    );
    const results: (TransferResult | InsufficientTokensError | WalletFrozenError)[] = [];
    for (const [i, outcome] of outcomes.entries()) {
      const { request } = prepared[i];
      switch (outcome.status) {
        case 'conflict':
          throw conflict(`Idempotency key "${request.key}" was already used for a different transfer.`);
        case 'frozen':
          results.push(new WalletFrozenError());
          break;
        case 'insufficient':
          results.push(new InsufficientTokensError(outcome.available, outcome.needed));
          break;
        case 'replayed':
          results.push({ transferId: outcome.transferId, createdAt: outcome.createdAt, replayed: true });
          break;
        case 'posted':
          await this.posted(ctx, request);
          results.push({ transferId: outcome.transferId, createdAt: outcome.createdAt, replayed: false });
      }
    }
    return results;
  }

  /** Tells whoever listens that a transfer was posted: owners after commit, the calls module at once. */
  private async posted(ctx: RequestContext, request: TransferRequest): Promise<void> {
    const owners = new Set(request.legs.flatMap((leg) => ('ownerId' in leg.account ? [leg.account.ownerId] : [])));
    ctx.afterCommit(() => {
      for (const ownerId of owners) this.pubsub.publish('BALANCES_CHANGED', ownerId, { ownerId });
    });
    for (const leg of request.legs) {
      if (creditsFanWallet(leg))
        await this.events.publish(ctx, 'FanWalletCredited', { fanId: (leg.account as { ownerId: string }).ownerId, amount: leg.amount });
    }
  }

  /**
   * Creates every platform account shard once, at start-up, and remembers their ids. Creating them lazily
   * inside transfers would make concurrent first transfers wait on each other's inserts (and deadlock).
   */
  async preparePlatformAccounts(em: EntityManager): Promise<void> {
    const kinds = [AccountKind.PLATFORM_REVENUE, AccountKind.PROVIDER_CLEARING, AccountKind.PROMOTIONS];
    this.platformIds = await this.ledger.preparePlatformAccounts(em, kinds, this.shards);
  }

  /**
   * One shard per transaction, picked at random: a transaction posting many transfers (a timer batch) then
   * holds one row of each platform account, not most of them, so concurrent batches seldom wait on each other
   * and never in a cycle through the platform rows.
   */
  private shardOf(ctx: RequestContext): number {
    if (!ctx.inTransaction) return randomInt(this.shards); // a transfer on its own is its own transaction
    let shard = this.txShards.get(ctx.em);
    if (shard === undefined) this.txShards.set(ctx.em, (shard = randomInt(this.shards)));
    return shard;
  }

  private platformAccountId(kind: PlatformKind, shard: number): string {
    const id = this.platformIds.get(`${kind}:${shard}`);
    if (!id) throw new Error(`The platform account ${kind}:${shard} was not prepared (LedgerService.preparePlatformAccounts runs at start-up).`);
    return id;
  }
}

const creditsFanWallet = (leg: Leg): boolean => 'ownerId' in leg.account && leg.account.kind === AccountKind.FAN_WALLET && leg.amount > 0;

/** A movement between a fan's wallet and hold. */
export interface HoldMove {
  key: string;
  fanId: string;
  amount: number;
  reference?: string;
  memo?: string;
}

/** A payment out of a fan's hold to a creator (and their agency, when they have one). */
export interface Settlement extends HoldMove {
  creatorId: string;
  commissionBps: number;
  agency?: AgencyCut | null;
}

/** The transfer that holds `amount` of the fan's wallet: wallet → hold (for `transferEach`). */
export function reserveRequest(p: HoldMove): TransferRequest {
  return {
    key: p.key,
    kind: TransferKind.RESERVE,
    reference: p.reference,
    memo: p.memo,
    legs: [
      { account: { ownerId: p.fanId, kind: AccountKind.FAN_WALLET }, amount: -p.amount },
      { account: { ownerId: p.fanId, kind: AccountKind.FAN_HOLD }, amount: p.amount },
    ],
  };
}

/** The transfer that pays `amount` out of the fan's hold to the creator and the platform (for `transferEach`). */
export function settleRequest(p: Settlement): TransferRequest {
  return {
    key: p.key,
    kind: TransferKind.SETTLE,
    reference: p.reference,
    memo: p.memo,
    legs: paymentLegs({ ownerId: p.fanId, kind: AccountKind.FAN_HOLD }, p.creatorId, p.amount, p.commissionBps, p.agency),
  };
}

/** One payment's legs: the payer, the creator, the platform and (for an agency's member) the agency, in one transfer. */
export function paymentLegs(from: AccountRef, creatorId: string, amount: number, commissionBps: number, agency?: AgencyCut | null): Leg[] {
  const split = revenueSplit(amount, commissionBps, agency?.shareBps ?? 0);
  const legs: Leg[] = [
    { account: from, amount: -amount },
    { account: { ownerId: creatorId, kind: AccountKind.CREATOR_EARNINGS }, amount: split.creator },
  ];
  if (split.platform > 0) legs.push({ account: { platform: AccountKind.PLATFORM_REVENUE }, amount: split.platform });
  if (agency && split.agency > 0) legs.push({ account: { ownerId: agency.ownerId, kind: AccountKind.AGENCY_EARNINGS }, amount: split.agency });
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
