import type { RequestContext } from '../../common/context';
import type { EventPublisher, EventSubscriber } from '../../common/domain-events';
import { conflict, notFound } from '../../common/errors';
import type { PubSub } from '../../common/pubsub';
import type { UnitOfWork } from '../../common/unit-of-work';
import type { RtcProvider } from '../../providers/rtc/rtc-provider';
import type { AvailabilityService } from '../availability';
import { billableMilliseconds, type CallBillingService, type TimeGap } from '../billing';
import type { LedgerEvents } from '../ledger';
import { capMilliseconds } from '../spending';
import type { DueTimer, TimerService } from '../timers';
import type { Call } from './call';
import type { CallRepository } from './call.repository';
import { CallState, isLive, PARTY_MISSING_MS, RING_TIMEOUT_MS, transition, type CallEffect, type CallEvent, type CallSnapshot } from './call-state';
import type { CallEvents } from './calls.events';

/** Durable timer kinds of a live call; the key is the call id. */
export const CALL_TIMERS = { RING: 'call-ring', MEDIA: 'call-media', MINUTE: 'call-minute', PRESENCE: 'call-presence', SPEND_CAP: 'call-spend-cap' } as const;

/** The fan is warned this long before their spending cap ends the call. */
export const SPEND_CAP_WARNING_MS = 60_000;

/** The retry of an ended call's billing that failed when it ended (see `billSafely`); the key is the call id. */
export const CALL_BILLING_RETRY = 'call-billing-retry';

/** How long after its last heartbeat a party still counts as present (the heartbeat comes every 5 s). */
export const HEARTBEAT_GRACE_MS = 10_000;

/**
 * Drives calls through the pure state machine (`call-state.ts`): each change runs inside the caller's
 * transaction with the call row locked, and its effects (timers, billing, media, notifications) are carried
 * out in that same transaction or right after it commits. Also what happens with nobody asking: the call's
 * durable deadlines (ring, media, minute boundaries, presence) and a fan's top-up during a low-balance call.
 */
export class CallLifecycle {
  constructor(
    private readonly calls: CallRepository,
    private readonly billing: CallBillingService,
    private readonly timers: TimerService,
    private readonly availability: AvailabilityService,
    private readonly rtc: RtcProvider,
    private readonly events: EventPublisher<CallEvents> & EventSubscriber<LedgerEvents>,
    private readonly pubsub: PubSub,
    private readonly uow: UnitOfWork,
  ) {
    timers.register(CALL_TIMERS.RING, (ctx, timer) => this.onTimer(ctx, timer, { type: 'RING_TIMEOUT' }));
    timers.register(CALL_BILLING_RETRY, (ctx, timer) => this.retryEndBilling(ctx, timer));
    timers.register(CALL_TIMERS.MEDIA, (ctx, timer) => this.onTimer(ctx, timer, { type: 'MEDIA_TIMEOUT' }));
    timers.register(CALL_TIMERS.MINUTE, (ctx, timer) => this.onMinuteBoundary(ctx, timer));
    timers.register(CALL_TIMERS.PRESENCE, (ctx, timer) => this.onPresenceCheck(ctx, timer));
    timers.register(CALL_TIMERS.SPEND_CAP, (ctx, timer) => this.onSpendCap(ctx, timer));
    // In the credit's transaction: the fan's low-balance call gets its next minute held at once.
    events.subscribe('FanWalletCredited', (ctx, credit) => this.retryHoldAhead(ctx, credit.fanId));
  }

  /**
   * Runs one event through the state machine and carries out its effects; refusals are CONFLICT errors.
   * The new state is written before the effects run, so everything they touch reads it.
   */
  async apply(ctx: RequestContext, call: Call, requested: CallEvent, requestedAt: Date): Promise<Call> {
    let event = requested;
    let at = requestedAt;
    if (call.state === CallState.ONGOING && event.type !== 'FUNDS_EXHAUSTED') {
      // Minute boundaries that passed unprocessed (the API was down) are billed first; if the wallet ran
      // out at one of them, that is when and how the call really ended. Should that billing fail, the event
      // still applies: the final charge covers the connected time whatever the boundaries did.
      let exhaustedAt: Date | null = null;
      await this.billSafely(ctx, call, 'catching up minute boundaries', async () => {
        exhaustedAt = await this.catchUpBoundaries(ctx, call, at);
      });
      if (exhaustedAt) {
        event = { type: 'FUNDS_EXHAUSTED' };
        at = exhaustedAt;
      }
    }
    const result = transition(snapshotOf(call), event, at);
    if (!result.ok) throw conflict(result.reason);
    const next = result.call;
    call.state = next.state;
    call.endReason = next.endReason ?? null;
    call.answeredAt = next.answeredAt ?? null;
    call.connectedAt = next.connectedAt ?? null;
    call.endedAt = next.endedAt ?? null;
    // Both sides count as present when the call is answered; from then on their heartbeats keep them so.
    if (event.type === 'CREATOR_ANSWERED') call.creatorSeenAt = call.fanSeenAt = at;
    await this.calls.update(ctx, call);
    await this.carryOut(ctx, call, result.effects);
    if (!isLive(call.state)) await this.availability.notifyAvailabilityChanged(ctx, call.creatorId);
    return call;
  }

  /** Carries out a transition's effects, in order; a call that reached its end is announced (CallFinished). */
  async carryOut(ctx: RequestContext, call: Call, effects: CallEffect[]): Promise<void> {
    let billed = false;
    for (const effect of effects) {
      switch (effect.type) {
        case 'ARM_TIMER': {
          const kind = effect.timer === 'RING_TIMEOUT' ? CALL_TIMERS.RING : effect.timer === 'MEDIA_TIMEOUT' ? CALL_TIMERS.MEDIA : CALL_TIMERS.MINUTE;
          await this.timers.schedule(ctx, { kind, key: call.id, dueAt: effect.at, payload: effect.timer === 'MINUTE_BOUNDARY' ? { minute: 1 } : {} });
          // Answering and connecting cancel every timer, the presence check too: re-arm it, or a call whose two
          // parties both vanish right after it connects would never end (holding the fan's tokens and the creator).
          if (effect.timer !== 'RING_TIMEOUT') await this.armPresenceCheck(ctx, call);
          break;
        }
        case 'CANCEL_TIMERS':
          // A deadline firing right now waits for this call's row, which we hold: waiting for its timer row in
          // turn would deadlock. Left alone, it fires after we commit and finds the call moved on.
          for (const kind of Object.values(CALL_TIMERS)) await this.timers.cancel(ctx, kind, call.id, { unlessFiring: true });
          break;
        case 'ISSUE_RTC_CREDENTIALS':
          break; // credentials are computed on request (answerCall, renewRtcCredentials) for the asking party only
        case 'RESERVE_FIRST_MINUTE':
          billed = true;
          if (!(await this.billing.startBilling(ctx, call))) {
            // Not even the first minute can be held (the wallet was spent meanwhile): end at once, unbilled.
            await this.apply(ctx, call, { type: 'FUNDS_EXHAUSTED' }, call.connectedAt!);
            return;
          }
          if (call.spendCap !== null) await this.armSpendCap(ctx, call, call.connectedAt!, 0);
          break;
        case 'SETTLE_FINAL':
          billed = true;
          if (!(await this.billSafely(ctx, call, 'the final charge', async () => this.finishBilling(ctx, call)))) await this.scheduleBillingRetry(ctx, call);
          break;
        case 'RELEASE_ALL':
          billed = true;
          if (!(await this.billSafely(ctx, call, 'returning the hold', () => this.billing.releaseAll(ctx, call)))) await this.scheduleBillingRetry(ctx, call);
          break;
        case 'REMOVE_FROM_CHANNEL':
          ctx.afterCommit(() => {
            this.rtc.removeFromChannel(call.channel).catch((err) => ctx.log.error({ err, callId: call.id }, 'could not remove parties from the media channel'));
          });
          break;
        case 'POST_SYSTEM_MESSAGE':
          break; // the messenger posts the record on CallFinished, whatever the final state
        case 'NOTIFY_PARTIES':
          this.notify(ctx, call);
          break;
      }
    }
    if (billed) await this.calls.update(ctx, call);
    if (!isLive(call.state)) await this.events.publish(ctx, 'CallFinished', { call });
  }

  /**
   * Runs a billing step in a savepoint. Ending a call can never fail: should the step fail, its writes and
   * its changes to the call's billing figures are undone, the error is logged (with the request id), and the
   * caller goes on; an ended call's billing is retried by a durable timer until it succeeds.
   */
  private async billSafely(ctx: RequestContext, call: Call, step: string, work: () => Promise<unknown>): Promise<boolean> {
    const before = {
      minutesReserved: call.minutesReserved,
      heldTokens: call.heldTokens,
      chargedTokens: call.chargedTokens,
      billedSeconds: call.billedSeconds,
      lowBalance: call.lowBalance,
    };
    try {
      await this.uow.savepoint(ctx, () => work());
      return true;
    } catch (err) {
      Object.assign(call, before);
      ctx.log.error({ err, callId: call.id, step }, 'call billing failed; the call goes on ending and its billing is retried');
      return false;
    }
  }

  private async finishBilling(ctx: RequestContext, call: Call): Promise<void> {
    if (call.connectedAt) await this.billing.finish(ctx, call, call.endedAt!, await this.gapsAt(ctx, call, call.endedAt!));
    else await this.billing.releaseAll(ctx, call);
  }

  private async scheduleBillingRetry(ctx: RequestContext, call: Call): Promise<void> {
    await this.timers.schedule(ctx, { kind: CALL_BILLING_RETRY, key: call.id, dueAt: ctx.clock.now() });
  }

  /** The billing an ended call could not finish: charged (never more than connected time) and released now. */
  private async retryEndBilling(ctx: RequestContext, timer: DueTimer): Promise<void> {
    const call = await this.lockedCall(ctx, timer.key);
    if (isLive(call.state) || (call.heldTokens === 0 && (call.billedSeconds !== null || !call.connectedAt))) return;
    await this.finishBilling(ctx, call); // a failure throws: the timer is retried with a backoff
    await this.calls.update(ctx, call);
    this.notify(ctx, call);
  }

  /** Tells both parties and the staff's live view, once the change commits. */
  notify(ctx: RequestContext, call: Call): void {
    ctx.afterCommit(() => {
      this.pubsub.publish('CALL_UPDATED', call.id, { callId: call.id });
      this.pubsub.publish('LIVE_CALL_CHANGED', { callId: call.id });
    });
  }

  /** Arms the check that ends a call whose party has been gone PARTY_MISSING_MS after the heartbeat grace. */
  async armPresenceCheck(ctx: RequestContext, call: Call): Promise<void> {
    const seen = [call.fanSeenAt, call.creatorSeenAt].filter((d): d is Date => !!d).map((d) => d.getTime());
    if (!seen.length) return;
    // A presence check firing right now re-arms itself from what this transaction writes (see CANCEL_TIMERS).
    await this.timers.schedule(
      ctx,
      { kind: CALL_TIMERS.PRESENCE, key: call.id, dueAt: new Date(Math.min(...seen) + HEARTBEAT_GRACE_MS + PARTY_MISSING_MS) },
      { unlessFiring: true },
    );
  }

  /**
   * A fan's wallet was credited during a call with a low-balance warning: hold the next minute now, in the
   * credit's transaction. A call row held by a minute boundary is skipped: that boundary holds ahead itself.
   */
  async retryHoldAhead(ctx: RequestContext, fanId: string): Promise<void> {
    const call = await this.calls.lockOngoingLowBalanceOfFan(ctx, fanId);
    if (!call) return;
    await this.billing.holdAhead(ctx, call);
    await this.calls.update(ctx, call);
    if (!call.lowBalance) this.notify(ctx, call);
  }

  /**
   * The time a party was gone, as known at `at` (a party whose heartbeat is stale is gone since then), from
   * the recorded gaps (read now unless given).
   */
  private async gapsAt(ctx: RequestContext, call: Call, at: Date, recorded?: readonly TimeGap[]): Promise<TimeGap[]> {
    const gaps = recorded ? [...recorded] : await this.calls.gaps(ctx, call.id);
    for (const seen of [call.fanSeenAt, call.creatorSeenAt]) {
      const goneSince = seen ? new Date(seen.getTime() + HEARTBEAT_GRACE_MS) : null;
      if (goneSince && goneSince < at) gaps.push({ from: goneSince, to: at });
    }
    return gaps;
  }

  private async lockedCall(ctx: RequestContext, id: string): Promise<Call> {
    const call = await this.calls.find(ctx, id, { lock: true });
    if (!call) throw notFound('Call');
    return call;
  }

  private async onTimer(ctx: RequestContext, timer: DueTimer, event: CallEvent): Promise<void> {
    const call = await this.lockedCall(ctx, timer.key);
    if (!isLive(call.state)) return;
    const result = transition(snapshotOf(call), event, timer.dueAt);
    if (!result.ok) return; // the call moved on; the deadline no longer applies
    await this.apply(ctx, call, event, timer.dueAt);
  }

  /**
   * A minute boundary, the hot path of billing: one read (the call, locked, with its gaps), one ledger round
   * trip (charge, hold the coming minute and the one ahead), one call update, the timer re-armed in place.
   */
  private async onMinuteBoundary(ctx: RequestContext, timer: DueTimer): Promise<void> {
    const found = await this.calls.lockWithGaps(ctx, timer.key);
    if (!found) throw notFound('Call');
    const { call, gaps } = found;
    if (call.state !== CallState.ONGOING) return;
    const minute = Number(timer.payload.minute);
    const boundary = new Date(call.connectedAt!.getTime() + minute * 60_000);
    if (await this.billing.crossBoundary(ctx, call, boundary, minute, await this.gapsAt(ctx, call, boundary, gaps))) {
      await this.calls.update(ctx, call);
      await this.timers.schedule(ctx, {
        kind: CALL_TIMERS.MINUTE,
        key: call.id,
        dueAt: new Date(boundary.getTime() + 60_000),
        payload: { minute: minute + 1 },
      });
      this.notify(ctx, call);
    } else {
      await this.apply(ctx, call, { type: 'FUNDS_EXHAUSTED' }, boundary);
    }
  }

  /**
   * Arms the spending-cap timer from `at`, when `billedMs` of the call were billed: a minute before the cap is
   * reached (the warning), or when it is. Time a party is gone is not billed, so the timer re-checks when it fires.
   */
  private async armSpendCap(ctx: RequestContext, call: Call, at: Date, billedMs: number): Promise<void> {
    const left = capMilliseconds(call.spendCap!, call.pricePerMinute) - billedMs;
    const wait = call.spendCapWarned || left <= SPEND_CAP_WARNING_MS ? left : left - SPEND_CAP_WARNING_MS;
    await this.timers.schedule(ctx, { kind: CALL_TIMERS.SPEND_CAP, key: call.id, dueAt: new Date(at.getTime() + Math.max(0, wait)) });
  }

  /** The spending cap's timer: warns the fan a minute ahead, and ends the call the moment its cost reaches the cap. */
  private async onSpendCap(ctx: RequestContext, timer: DueTimer): Promise<void> {
    const call = await this.lockedCall(ctx, timer.key);
    if (call.state !== CallState.ONGOING || call.spendCap === null) return;
    const at = timer.dueAt;
    const billedMs = billableMilliseconds(call.connectedAt!, at, await this.gapsAt(ctx, call, at));
    const left = capMilliseconds(call.spendCap, call.pricePerMinute) - billedMs;
    if (left <= 0) {
      // Ends where the cap was reached: the final charge is then at most the cap.
      await this.apply(ctx, call, { type: 'SPENDING_CAP_REACHED' }, new Date(at.getTime() + left));
      return;
    }
    if (!call.spendCapWarned && left <= SPEND_CAP_WARNING_MS) {
      call.spendCapWarned = true;
      await this.calls.update(ctx, call);
      this.notify(ctx, call);
    }
    await this.armSpendCap(ctx, call, at, billedMs);
  }

  /** Crosses every minute boundary up to `at` whose timer has not fired yet; returns where funds ran out. */
  private async catchUpBoundaries(ctx: RequestContext, call: Call, at: Date): Promise<Date | null> {
    const timer = await this.timers.find(ctx, CALL_TIMERS.MINUTE, call.id);
    if (!timer || timer.dueAt > at) return null;
    const connectedAt = call.connectedAt!.getTime();
    for (let minute = Number(timer.payload.minute); connectedAt + minute * 60_000 <= at.getTime(); minute++) {
      const boundary = new Date(connectedAt + minute * 60_000);
      if (!(await this.billing.crossBoundary(ctx, call, boundary, minute, await this.gapsAt(ctx, call, boundary)))) return boundary;
    }
    return null;
  }

  private async onPresenceCheck(ctx: RequestContext, timer: DueTimer): Promise<void> {
    const call = await this.lockedCall(ctx, timer.key);
    if (call.state !== CallState.CONNECTING && call.state !== CallState.ONGOING) return;
    const now = ctx.clock.now();
    for (const party of ['FAN', 'CREATOR'] as const) {
      const seen = party === 'FAN' ? call.fanSeenAt : call.creatorSeenAt;
      if (seen && seen.getTime() + HEARTBEAT_GRACE_MS + PARTY_MISSING_MS <= now.getTime()) {
        await this.apply(ctx, call, { type: 'PARTY_DISCONNECTED', party }, now);
        return;
      }
    }
    await this.armPresenceCheck(ctx, call);
  }
}

function snapshotOf(call: Call): CallSnapshot {
  return {
    state: call.state,
    ringDeadline: new Date(call.createdAt.getTime() + RING_TIMEOUT_MS),
    answeredAt: call.answeredAt ?? undefined,
    connectedAt: call.connectedAt ?? undefined,
    endedAt: call.endedAt ?? undefined,
    endReason: call.endReason ?? undefined,
  };
}
