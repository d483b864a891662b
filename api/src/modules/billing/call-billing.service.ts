import type { RequestContext } from '../../common/context';
import { InsufficientTokensError, reserveRequest, settleRequest, WalletFrozenError, type AgencyCut, type LedgerService, type TransferRequest } from '../ledger';
import type { SpendingLimitsService } from '../spending';
import { billableMilliseconds, callCharge, type TimeGap } from './call-billing';

/**
 * What billing knows of a call, and changes: the calls module's call record is one, and persists it after
 * each step (billing writes no table; its money moves through the ledger).
 */
export interface BillingState {
  readonly id: string;
  readonly fanId: string;
  readonly creatorId: string;
  readonly kind: string;
  readonly pricePerMinute: number;
  readonly commissionBps: number;
  /** The creator's agency and its share, when they belong to one. */
  readonly agency?: AgencyCut | null;
  readonly connectedAt: Date | null;
  minutesReserved: number;
  heldTokens: number;
  chargedTokens: number;
  billedSeconds: number | null;
  lowBalance: boolean;
  /** The most the call may cost under the fan's spending limits (set when it connects); null: no cap. */
  spendCap: number | null;
}

/**
 * Per-second-fair billing of a call through the ledger (DESIGN §5). The fan always has the current minute held;
 * at each boundary the connected seconds so far are charged (cumulatively, so rounding never adds up) and the
 * next minute is held. One more minute is held ahead when the wallet allows: when it does not, the fan is
 * warned a full minute before the call would end. Every transfer's key is derived from the call and a counter
 * kept in the state, so a step replayed after a crash cannot charge twice. The time a party was gone (`gaps`)
 * is the caller's to give.
 */
export class CallBillingService {
  constructor(
    private readonly ledger: LedgerService,
    private readonly spending: SpendingLimitsService,
  ) {}

  /** Tokens owed for the call's connected time up to `at`. */
  owedAt(state: BillingState, at: Date, gaps: readonly TimeGap[]): { seconds: number; tokens: number } {
    const ms = billableMilliseconds(state.connectedAt!, at, gaps);
    return { seconds: Math.ceil(ms / 1000), tokens: callCharge(state.pricePerMinute, ms) };
  }

  /**
   * When the call connects: holds the first minute (must succeed) and tries to hold the next one ahead.
   * Returns false when not even the first minute can be held.
   */
  async startBilling(ctx: RequestContext, state: BillingState): Promise<boolean> {
    // The fan's own limits cap what the call may cost: never more is held (the call ends at the cap).
    state.spendCap = await this.spending.capForCall(ctx, state.fanId, `call:${state.id}`);
    const first = Math.min(state.pricePerMinute, roomUnderCap(state));
    if (first > 0 && !(await this.hold(ctx, state, first))) return false;
    await this.holdAhead(ctx, state);
    return true;
  }

  /**
   * At minute boundary `at`: charges what is owed so far, holds the coming minute and tries to hold the one
   * after it, in one round trip to the ledger. Returns false when the coming minute cannot be held: the call
   * ends for lack of funds at this boundary.
   */
  async crossBoundary(ctx: RequestContext, state: BillingState, at: Date, minute: number, gaps: readonly TimeGap[]): Promise<boolean> {
    const price = state.pricePerMinute;
    // Never more than is held: the hold always covers the current minute, so this only guards against bugs.
    const charge = Math.max(0, Math.min(this.owedAt(state, at, gaps).tokens - state.chargedTokens, state.heldTokens));
    const heldAfter = state.heldTokens - charge;
    // Holds stop at the fan's spending cap: the call ends there (a timer of the calls module), not at a boundary.
    const room = Math.max(0, (state.spendCap ?? Number.MAX_SAFE_INTEGER) - state.chargedTokens - charge - heldAfter);
    const current = Math.min(room, Math.max(0, price - heldAfter));
    const ahead = Math.min(room - current, Math.max(0, 2 * price - heldAfter - current));
    const reference = `call:${state.id}`;
    const requests: TransferRequest[] = [];
    if (charge > 0) requests.push(settleRequest({ ...this.settlement(state, charge), key: `${reference}:settle:m${minute}` }));
    let n = state.minutesReserved;
    for (const amount of [current, ahead].filter((a) => a > 0)) {
      requests.push(reserveRequest({ key: `${reference}:reserve:${++n}`, fanId: state.fanId, amount, reference, memo: 'Held for the next call minute' }));
    }
    const results = await this.ledger.transferEach(ctx, requests);

    if (charge > 0) {
      const settled = results.shift()!;
      if (settled instanceof Error) throw settled; // the hold covers it: a refusal here is a bug, never swallowed
      state.chargedTokens += charge;
      state.heldTokens -= charge;
    }
    if (current > 0) {
      // Refused: the wallet cannot cover the coming minute (nor, then, the one after it).
      if (results.shift() instanceof Error) return false;
      state.minutesReserved += 1;
      state.heldTokens += current;
    }
    const heldAhead = ahead === 0 || !(results.shift() instanceof Error);
    if (ahead > 0 && heldAhead) {
      state.minutesReserved += 1;
      state.heldTokens += ahead;
    }
    state.lowBalance = !heldAhead;
    return true;
  }

  /** At the end: charges the connected time (⌈price × ms / 60,000⌉ for the whole call) and releases the rest. */
  async finish(ctx: RequestContext, state: BillingState, endedAt: Date, gaps: readonly TimeGap[]): Promise<void> {
    if (state.connectedAt) {
      const owed = await this.chargeUpTo(ctx, state, endedAt, 'final', gaps);
      state.billedSeconds = owed.seconds;
    }
    await this.releaseAll(ctx, state);
  }

  /** Returns every held token to the wallet (a call that failed, or the rest after the final charge). */
  async releaseAll(ctx: RequestContext, state: BillingState): Promise<void> {
    if (state.spendCap !== null) await this.spending.callEnded(ctx, state.fanId, `call:${state.id}`);
    if (state.heldTokens <= 0) return;
    await this.ledger.release(ctx, {
      key: `call:${state.id}:release`,
      fanId: state.fanId,
      amount: state.heldTokens,
      reference: `call:${state.id}`,
      memo: 'Unused call hold returned',
    });
    state.heldTokens = 0;
  }

  /** Tries to hold the minute after the current one; sets or clears the low-balance warning. */
  async holdAhead(ctx: RequestContext, state: BillingState): Promise<void> {
    const missing = Math.min(2 * state.pricePerMinute - state.heldTokens, roomUnderCap(state));
    state.lowBalance = !(missing <= 0 || (await this.hold(ctx, state, missing)));
  }

  private async chargeUpTo(ctx: RequestContext, state: BillingState, at: Date, step: string, gaps: readonly TimeGap[]) {
    const owed = this.owedAt(state, at, gaps);
    // Never more than is held: the hold always covers the current minute, so this only guards against bugs.
    const amount = Math.min(owed.tokens - state.chargedTokens, state.heldTokens);
    if (amount > 0) {
      await this.ledger.settle(ctx, { ...this.settlement(state, amount), key: `call:${state.id}:settle:${step}` });
      state.chargedTokens += amount;
      state.heldTokens -= amount;
    }
    return owed;
  }

  private settlement(state: BillingState, amount: number) {
    return {
      fanId: state.fanId,
      creatorId: state.creatorId,
      amount,
      commissionBps: state.commissionBps,
      agency: state.agency ?? null,
      reference: `call:${state.id}`,
      memo: `${state.kind === 'AUDIO' ? 'Audio' : 'Video'} call`,
    };
  }

  /** Holds `amount` more; false when the wallet cannot (a refusal writes nothing, so the transaction goes on). */
  private async hold(ctx: RequestContext, state: BillingState, amount: number): Promise<boolean> {
    try {
      await this.ledger.reserve(ctx, {
        key: `call:${state.id}:reserve:${state.minutesReserved + 1}`,
        fanId: state.fanId,
        amount,
        reference: `call:${state.id}`,
        memo: 'Held for the next call minute',
      });
    } catch (err) {
      if (err instanceof InsufficientTokensError || err instanceof WalletFrozenError) return false;
      throw err;
    }
    state.minutesReserved += 1;
    state.heldTokens += amount;
    return true;
  }
}

/** Tokens that may still be held before the call's charges and holds reach the fan's spending cap. */
function roomUnderCap(state: BillingState): number {
  return state.spendCap === null ? Number.MAX_SAFE_INTEGER : Math.max(0, state.spendCap - state.chargedTokens - state.heldTokens);
}
