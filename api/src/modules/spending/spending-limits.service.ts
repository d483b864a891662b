import type { RequestContext } from '../../common/context';
import { AppError, badInput, ErrorCode } from '../../common/errors';
import type { LedgerService } from '../ledger';
import type { LimitsRow, SpendingLimitsRepository } from './spending-limits.repository';
import { callCapOf, DAILY_WINDOW_MS, EXCLUSION_MAX_DAYS, invalidChange, NO_LIMITS, refusalOf, type Limits, type SpendRefusal } from './spending-rules';

/** A spend the fan's own limits refuse: SPENDING_LIMIT_REACHED (with what is left) or SELF_EXCLUDED (with until when). */
export class SpendingRefusedError extends AppError {
  constructor(readonly refusal: SpendRefusal) {
    super(
      refusal.reason === 'SELF_EXCLUDED' ? ErrorCode.SELF_EXCLUDED : ErrorCode.SPENDING_LIMIT_REACHED,
      refusal.reason === 'SELF_EXCLUDED'
        ? `You excluded yourself from spending until ${refusal.until.toISOString()}.`
        : refusal.reason === 'CALL_CAP'
          ? `Your cap of ${refusal.limit} tokens per call does not cover a first minute with this creator.`
          : `This would pass your limit of ${refusal.limit} tokens per 24 hours: ${refusal.remaining} left.`,
      refusal.reason === 'SELF_EXCLUDED' ? { until: refusal.until.toISOString() } : { limit: refusal.limit, remaining: refusal.remaining },
    );
  }
}

export interface LimitsChange {
  perCallCap: number | null;
  dailyLimit: number | null;
  /** Starts (or lengthens) a self-exclusion of this many days from now. */
  excludeForDays?: number | null;
}

/**
 * A fan's own spending limits, enforced where the money moves: calls (a cap per call, fixed when it connects;
 * the call ends when it is reached), chat unlocks and tips (checked in their transactions, the limits row
 * locked so two spends of one fan are checked one after the other). The daily limit counts the last 24 hours
 * and what a live call may still take.
 */
export class SpendingLimitsService {
  constructor(
    private readonly limits: SpendingLimitsRepository,
    private readonly ledger: LedgerService,
  ) {}

  async limitsOf(ctx: RequestContext, fanId: string): Promise<Limits & { spentToday: number }> {
    const row = await this.limits.find(ctx, fanId);
    return { ...(row ?? NO_LIMITS), spentToday: await this.spentInWindow(ctx, fanId) };
  }

  /** Sets the fan's limits (null removes one); an exclusion can only be started or lengthened. */
  async setLimits(ctx: RequestContext, fanId: string, change: LimitsChange): Promise<Limits & { spentToday: number }> {
    const now = ctx.clock.now();
    const current = (await this.limits.find(ctx, fanId, true)) ?? NO_LIMITS;
    let excludedUntil = current.excludedUntil && current.excludedUntil > now ? current.excludedUntil : null;
    if (change.excludeForDays !== undefined && change.excludeForDays !== null) {
      if (!Number.isSafeInteger(change.excludeForDays) || change.excludeForDays < 1 || change.excludeForDays > EXCLUSION_MAX_DAYS) {
        throw badInput(`excludeForDays must be a whole number of days from 1 to ${EXCLUSION_MAX_DAYS}.`, 'excludeForDays');
      }
      const until = new Date(now.getTime() + change.excludeForDays * 86_400_000);
      if (!excludedUntil || until > excludedUntil) excludedUntil = until;
    }
    const next: Limits = { perCallCap: change.perCallCap, dailyLimit: change.dailyLimit, excludedUntil };
    const invalid = invalidChange(current, next, now);
    if (invalid) throw badInput(invalid);
    await this.limits.save(ctx, fanId, next, now);
    return { ...next, spentToday: await this.spentInWindow(ctx, fanId) };
  }

  /** Refuses (SpendingRefusedError) a spend of `amount` the fan's limits do not allow; call inside the spend's transaction. */
  async assertCanSpend(ctx: RequestContext, fanId: string, amount: number): Promise<void> {
    const row = await this.limits.find(ctx, fanId, true);
    if (!row) return;
    const refusal = refusalOf(row, ctx.clock.now(), row.dailyLimit === null ? 0 : await this.spentInWindow(ctx, fanId), await this.committed(ctx, row), amount);
    if (refusal) throw new SpendingRefusedError(refusal);
  }

  /** Before a call rings: refused when the fan is excluded, or cannot afford a first minute within their limits. */
  async assertCanCall(ctx: RequestContext, fanId: string, pricePerMinute: number): Promise<void> {
    await this.assertCanSpend(ctx, fanId, pricePerMinute);
    const row = await this.limits.find(ctx, fanId);
    if (row?.perCallCap !== null && row?.perCallCap !== undefined && row.perCallCap < pricePerMinute) {
      throw new SpendingRefusedError({ reason: 'CALL_CAP', limit: row.perCallCap, remaining: row.perCallCap });
    }
  }

  /**
   * When a call connects: the most it may cost (null: no cap), which from now counts against the daily limit
   * until `callEnded`. An exclusion started meanwhile makes it 0: the call ends at once, unbilled.
   */
  async capForCall(ctx: RequestContext, fanId: string, reference: string): Promise<number | null> {
    const row = await this.limits.find(ctx, fanId, true);
    if (!row) return null;
    const now = ctx.clock.now();
    const excluded = !!row.excludedUntil && row.excludedUntil > now;
    const others = row.liveCallReference && row.liveCallReference !== reference ? await this.committed(ctx, row) : 0;
    const cap = excluded ? 0 : callCapOf(row, row.dailyLimit === null ? 0 : await this.spentInWindow(ctx, fanId), others);
    if (cap !== null) await this.limits.setLiveCall(ctx, fanId, reference, cap);
    return cap;
  }

  /** The call ended: what it charged is counted as spent from now on, its cap no longer. */
  async callEnded(ctx: RequestContext, fanId: string, reference: string): Promise<void> {
    const row = await this.limits.find(ctx, fanId);
    if (row?.liveCallReference === reference) await this.limits.setLiveCall(ctx, fanId, null, null);
  }

  private spentInWindow(ctx: RequestContext, fanId: string): Promise<number> {
    return this.ledger.spentSince(ctx, fanId, new Date(ctx.clock.now().getTime() - DAILY_WINDOW_MS));
  }

  /** What the live call may still take: its cap less what it has been charged. */
  private async committed(ctx: RequestContext, row: LimitsRow): Promise<number> {
    if (!row.liveCallReference || row.liveCallCap === null) return 0;
    return Math.max(0, row.liveCallCap - (await this.ledger.chargedUnder(ctx, row.liveCallReference)));
  }
}
