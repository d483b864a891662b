import type { RequestContext } from '../../common/context';
import { billableSeconds, callCharge, type TimeGap } from '../billing/call-billing';
import { InsufficientTokensError, WalletFrozenError } from '../ledger/ledger.service';
import type { CallRow } from './call.row';

/** How long after its last heartbeat a party still counts as present (the heartbeat comes every 5 s). */
export const HEARTBEAT_GRACE_MS = 10_000;

/**
 * Per-second-fair billing of a call through the ledger (DESIGN §5). The fan always has the current minute held;
 * at each boundary the connected seconds so far are charged (cumulatively, so rounding never adds up) and the
 * next minute is held. One more minute is held ahead when the wallet allows: when it does not, the fan is
 * warned a full minute before the call would end. Every transfer's key is derived from the call and a counter
 * stored on the call row, so a step replayed after a crash cannot charge twice.
 */
export class CallBillingService {
  /** The seconds a party was gone, as known at `at` (a party whose heartbeat is stale is gone since then). */
  async gaps(ctx: RequestContext, call: CallRow, at: Date): Promise<TimeGap[]> {
    const rows: { started_at: Date; ended_at: Date }[] = await ctx.em.query(`SELECT started_at, ended_at FROM call_gap WHERE call_id = $1`, [call.id]);
    const gaps = rows.map((r) => ({ from: new Date(r.started_at), to: new Date(r.ended_at) }));
    for (const seen of [call.fan_seen_at, call.creator_seen_at]) {
      const goneSince = seen ? new Date(new Date(seen).getTime() + HEARTBEAT_GRACE_MS) : null;
      if (goneSince && goneSince < at) gaps.push({ from: goneSince, to: at });
    }
    return gaps;
  }

  /** Tokens owed for the call's connected time up to `at`. */
  async owedAt(ctx: RequestContext, call: CallRow, at: Date): Promise<{ seconds: number; tokens: number }> {
    const seconds = billableSeconds(new Date(call.connected_at!), at, await this.gaps(ctx, call, at));
    return { seconds, tokens: callCharge(call.price_per_minute, seconds).total };
  }

  /**
   * When the call connects: holds the first minute (must succeed) and tries to hold the next one ahead.
   * Returns false when not even the first minute can be held.
   */
  async startBilling(ctx: RequestContext, call: CallRow): Promise<boolean> {
    if (!(await this.hold(ctx, call, call.price_per_minute))) return false;
    await this.holdAhead(ctx, call);
    return true;
  }

  /**
   * At minute boundary `at`: charges what is owed so far, then makes sure the coming minute is held.
   * Returns false when it cannot be: the call ends for lack of funds at this boundary.
   */
  async crossBoundary(ctx: RequestContext, call: CallRow, at: Date, minute: number): Promise<boolean> {
    await this.chargeUpTo(ctx, call, at, `m${minute}`);
    if (call.held_tokens < call.price_per_minute && !(await this.hold(ctx, call, call.price_per_minute - call.held_tokens))) return false;
    await this.holdAhead(ctx, call);
    return true;
  }

  /** At the end: charges the connected seconds (the last minute pro rata, rounded up) and releases the rest. */
  async finish(ctx: RequestContext, call: CallRow, endedAt: Date): Promise<void> {
    if (call.connected_at) {
      const owed = await this.chargeUpTo(ctx, call, endedAt, 'final');
      call.billed_seconds = owed.seconds;
    }
    await this.releaseAll(ctx, call);
  }

  /** Returns every held token to the wallet (a call that failed, or the rest after the final charge). */
  async releaseAll(ctx: RequestContext, call: CallRow): Promise<void> {
    if (call.held_tokens > 0) {
      await ctx.app.ledger.release(ctx, {
        key: `call:${call.id}:release`,
        fanId: call.fan_id,
        amount: call.held_tokens,
        reference: `call:${call.id}`,
        memo: 'Unused call hold returned',
      });
      call.held_tokens = 0;
    }
    await save(ctx, call);
  }

  /** Tries to hold the minute after the current one; sets or clears the low-balance warning. */
  async holdAhead(ctx: RequestContext, call: CallRow): Promise<void> {
    const missing = 2 * call.price_per_minute - call.held_tokens;
    const ok = missing <= 0 || (await this.hold(ctx, call, missing));
    call.low_balance = !ok;
    await save(ctx, call);
  }

  private async chargeUpTo(ctx: RequestContext, call: CallRow, at: Date, step: string): Promise<{ seconds: number; tokens: number }> {
    const owed = await this.owedAt(ctx, call, at);
    // Never more than is held: the hold always covers the current minute, so this only guards against bugs.
    const amount = Math.min(owed.tokens - call.charged_tokens, call.held_tokens);
    if (amount > 0) {
      await ctx.app.ledger.settle(ctx, {
        key: `call:${call.id}:settle:${step}`,
        fanId: call.fan_id,
        creatorId: call.creator_id,
        amount,
        commissionBps: call.commission_bps,
        reference: `call:${call.id}`,
        memo: `${call.kind === 'AUDIO' ? 'Audio' : 'Video'} call`,
      });
      call.charged_tokens += amount;
      call.held_tokens -= amount;
    }
    await save(ctx, call);
    return owed;
  }

  private async hold(ctx: RequestContext, call: CallRow, amount: number): Promise<boolean> {
    try {
      await ctx.app.ledger.reserve(ctx, {
        key: `call:${call.id}:reserve:${call.minutes_reserved + 1}`,
        fanId: call.fan_id,
        amount,
        reference: `call:${call.id}`,
        memo: 'Held for the next call minute',
      });
    } catch (err) {
      if (err instanceof InsufficientTokensError || err instanceof WalletFrozenError) return false;
      throw err;
    }
    call.minutes_reserved += 1;
    call.held_tokens += amount;
    await save(ctx, call);
    return true;
  }
}

async function save(ctx: RequestContext, call: CallRow): Promise<void> {
  await ctx.em.query(`UPDATE call SET minutes_reserved = $2, held_tokens = $3, charged_tokens = $4, billed_seconds = $5, low_balance = $6 WHERE id = $1`, [
    call.id,
    call.minutes_reserved,
    call.held_tokens,
    call.charged_tokens,
    call.billed_seconds,
    call.low_balance,
  ]);
}
