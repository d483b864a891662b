import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { App } from '../../app';
import type { RequestContext } from '../../common/context';
import { AppError, badInput, conflict, ErrorCode, forbidden, notFound } from '../../common/errors';
import { isUniqueViolation } from '../../db/errors';
import type { RtcCredentials, RtcProvider } from '../../providers/rtc/rtc-provider';
import { AvailabilityStatus } from '../availability/availability';
import { findCreatorRecord } from '../creators/creator-record';
import type { AuthPayload } from '../identity/identity.types';
import { Account, Role } from '../identity/account.entity';
import { AccountKind } from '../ledger/ledger.model';
import type { DueTimer } from '../timers/timer.service';
import { CallBillingService, HEARTBEAT_GRACE_MS } from './call-billing.service';
import { loadCall, type CallRow } from './call.row';
import {
  CallState,
  isLive,
  PARTY_MISSING_MS,
  RING_TIMEOUT_MS,
  startRinging,
  transition,
  type CallEffect,
  type CallEvent,
  type CallParty,
  type CallSnapshot,
} from './call-state';
import { CallKind, type CallRole, type RtcSignalInput, type RtcSignalType } from './call.types';

/** Durable timer kinds of a call; the key is the call id. */
export const CALL_TIMERS = { RING: 'call-ring', MEDIA: 'call-media', MINUTE: 'call-minute', PRESENCE: 'call-presence' } as const;

export type StartCallOutcome =
  | { kind: 'call'; call: CallRow }
  | { kind: 'busy'; creatorId: string }
  | { kind: 'unavailable'; creatorId: string; status: AvailabilityStatus; nextAvailableAt: Date | null }
  | { kind: 'insufficient'; required: number; available: number };

/** What other modules hang on calls: the messenger posts call records and decides who may call whom. */
export interface CallHooks {
  /** A call reached a final state (MISSED, ENDED, …): post its record. Runs in the call's transaction. */
  onCallFinished(ctx: RequestContext, call: CallRow): Promise<void>;
  /** False when the fan may not call this creator (blocked); the fan is told the creator is unavailable. */
  mayCall(ctx: RequestContext, fanId: string, creatorId: string): Promise<boolean>;
}

const MAX_SIGNAL = 20_000;
const LIVE = `('RINGING', 'CONNECTING', 'ONGOING')`;

/**
 * The call lifecycle (DESIGN §4): every change goes through the pure state machine in `call-state.ts`, inside
 * one transaction that locks the call row, and its effects (timers, billing, media, notifications) are
 * carried out in that same transaction or right after it commits.
 */
export class CallsService {
  private hooks: CallHooks = { onCallFinished: async () => undefined, mayCall: async () => true };
  readonly billing = new CallBillingService();
  private app?: App;

  constructor(readonly rtc: RtcProvider) {}

  /** Wires the call's deadlines into the durable timers and tells availability who is busy. */
  attach(app: App): void {
    this.app = app;
    app.timers.register(CALL_TIMERS.RING, (ctx, timer) => this.onTimer(ctx, timer, { type: 'RING_TIMEOUT' }));
    app.timers.register(CALL_TIMERS.MEDIA, (ctx, timer) => this.onTimer(ctx, timer, { type: 'MEDIA_TIMEOUT' }));
    app.timers.register(CALL_TIMERS.MINUTE, (ctx, timer) => this.onMinuteBoundary(ctx, timer));
    app.timers.register(CALL_TIMERS.PRESENCE, (ctx, timer) => this.onPresenceCheck(ctx, timer));
    app.availability.setBusyProbe(async (ctx, creatorIds) => {
      const rows: { creator_id: string }[] = await ctx.em.query(`SELECT creator_id FROM call WHERE creator_id = ANY($1) AND state IN ${LIVE}`, [creatorIds]);
      return new Set(rows.map((r) => r.creator_id));
    });
  }

  setHooks(hooks: Partial<CallHooks>): void {
    this.hooks = { ...this.hooks, ...hooks };
  }

  async startCall(ctx: RequestContext, creatorId: string, kind: CallKind): Promise<StartCallOutcome> {
    const fan = ctx.requireViewer().account;
    if (fan.role !== Role.FAN) throw forbidden('Only fans can start calls.');
    const outcome = await ctx.transaction(async (tx) => {
      const creator = /^[0-9a-f-]{36}$/i.test(creatorId) ? await findCreatorRecord(tx, creatorId) : null;
      if (!creator) throw notFound('Creator');
      if (!(await this.hooks.mayCall(tx, fan.id, creator.id))) {
        return { kind: 'unavailable', creatorId, status: AvailabilityStatus.OFF, nextAvailableAt: null } as const;
      }
      const availability = await tx.app.availability.availabilityOfCreator(tx, creator);
      if (availability.status === AvailabilityStatus.BUSY) return { kind: 'busy', creatorId } as const;
      if (availability.status !== AvailabilityStatus.AVAILABLE || creator.pricePerMinute === null) {
        return { kind: 'unavailable', creatorId, status: availability.status, nextAvailableAt: availability.nextAvailableAt } as const;
      }
      const [live] = await tx.em.query(`SELECT id FROM call WHERE fan_id = $1 AND state IN ${LIVE}`, [fan.id]);
      if (live) throw conflict('You are already in a call. End it before starting another.');
      const price = creator.pricePerMinute;
      const wallet = await tx.app.ledger.balance(tx, fan.id, AccountKind.FAN_WALLET);
      if (wallet.frozen) throw new AppError(ErrorCode.WALLET_FROZEN, 'This wallet is frozen after a chargeback and cannot pay for calls.');
      if (wallet.balance < price) return { kind: 'insufficient', required: price, available: wallet.balance } as const;

      const now = tx.app.clock.now();
      const started = startRinging(now);
      let call: CallRow;
      try {
        // A savepoint: when the database refuses a second live call, the transaction goes on to say so.
        [call] = await tx.em.transaction((em) =>
          em.query(
            `INSERT INTO call (fan_id, creator_id, kind, state, price_per_minute, commission_bps, rtc_provider, channel, created_at, fan_seen_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, 'minutely-' || replace(gen_random_uuid()::text, '-', ''), $8, $8) RETURNING *`,
            [fan.id, creator.id, kind, started.call.state, price, creator.commissionBps ?? tx.app.config.COMMISSION_BPS, this.rtc.name, now],
          ),
        );
      } catch (err) {
        const index = isUniqueViolation(err);
        if (index === 'call_one_live_per_creator') return { kind: 'busy', creatorId } as const;
        if (index === 'call_one_live_per_fan') throw conflict('You are already in a call. End it before starting another.');
        throw err;
      }
      await this.runEffects(tx, call, started.effects);
      await this.alertCreator(tx, call, creator.phoneE164);
      await tx.app.availability.notifyAvailabilityChanged(tx, creator.id);
      tx.afterCommit(() => tx.app.pubsub.publish('INCOMING_CALL', creator.id, { callId: call.id }));
      return { kind: 'call', call } as const;
    });
    return outcome;
  }

  async cancelCall(ctx: RequestContext, callId: string): Promise<CallRow> {
    return this.act(ctx, callId, (party) => {
      if (party !== 'FAN') throw forbidden('Only the caller can cancel a ringing call; creators decline.');
      return { type: 'FAN_CANCELLED' };
    });
  }

  async declineCall(ctx: RequestContext, callId: string): Promise<CallRow> {
    return this.act(ctx, callId, (party) => {
      if (party !== 'CREATOR') throw forbidden('Only the creator can decline a call.');
      return { type: 'CREATOR_DECLINED' };
    });
  }

  /** Hangs up: while ringing the fan cancels and the creator declines; afterwards either party ends it. */
  async endCall(ctx: RequestContext, callId: string): Promise<CallRow> {
    return this.act(ctx, callId, (party, call) => {
      if (call.state === CallState.RINGING) return party === 'FAN' ? { type: 'FAN_CANCELLED' } : { type: 'CREATOR_DECLINED' };
      return { type: 'HANG_UP', by: party };
    });
  }

  async answerCall(ctx: RequestContext, callId: string): Promise<{ call: CallRow; credentials: RtcCredentials }> {
    const call = await this.act(ctx, callId, (party) => {
      if (party !== 'CREATOR') throw forbidden('Only the creator can answer a call.');
      return { type: 'CREATOR_ANSWERED' };
    });
    return { call, credentials: this.rtc.credentials(call.channel, 'CREATOR', ctx.app.clock.now()) };
  }

  /**
   * A party's heartbeat with what its client publishes. Records a party's absence when it comes back, and
   * connects the call once the creator publishes the media the call needs.
   */
  async reportMediaState(ctx: RequestContext, callId: string, media: { publishingAudio: boolean; publishingVideo: boolean }): Promise<CallRow> {
    return ctx.transaction(async (tx) => {
      const call = await loadCall(tx, callId, true);
      const party = partyOf(call, tx.requireViewer().account.id);
      if (!isLive(call.state)) return call;
      const now = tx.app.clock.now();
      const seenColumn = party === 'FAN' ? 'fan_seen_at' : 'creator_seen_at';
      const seen = call[seenColumn];
      const goneSince = seen ? new Date(new Date(seen).getTime() + HEARTBEAT_GRACE_MS) : null;
      if (goneSince && goneSince < now && call.state === CallState.ONGOING) {
        await tx.em.query(`INSERT INTO call_gap (call_id, party, started_at, ended_at) VALUES ($1, $2, $3, $4)`, [call.id, party, goneSince, now]);
      }
      call[seenColumn] = now;
      const publishing = call.kind === CallKind.VIDEO ? media.publishingVideo : media.publishingAudio;
      if (party === 'CREATOR') call.creator_publishing = publishing;
      await tx.em.query(`UPDATE call SET ${seenColumn} = $2, creator_publishing = $3 WHERE id = $1`, [call.id, now, call.creator_publishing]);
      await this.armPresenceCheck(tx, call);
      if (call.state === CallState.CONNECTING && party === 'CREATOR' && publishing) {
        return this.apply(tx, call, { type: 'MEDIA_PUBLISHED' }, now);
      }
      return call;
    });
  }

  /** Credentials for the call's media; only for its parties, only while it is live and paid for. */
  async renewRtcCredentials(ctx: RequestContext, callId: string): Promise<RtcCredentials> {
    const call = await loadCall(ctx, callId);
    const party = partyOf(call, ctx.requireViewer().account.id);
    if (call.state !== CallState.CONNECTING && call.state !== CallState.ONGOING) {
      throw new AppError(ErrorCode.FORBIDDEN, `Media credentials are only issued while a call is connecting or ongoing; this one is ${call.state}.`);
    }
    if (call.state === CallState.ONGOING && call.held_tokens < call.price_per_minute) {
      throw new AppError(ErrorCode.INSUFFICIENT_TOKENS, 'The call is not paid for beyond this minute.');
    }
    return this.rtc.credentials(call.channel, party, ctx.app.clock.now());
  }

  /** Relays a peer-to-peer signalling message to the other party of a live call, and to nobody else. */
  async sendRtcSignal(ctx: RequestContext, callId: string, signal: RtcSignalInput): Promise<boolean> {
    if (signal.payload.length > MAX_SIGNAL) throw badInput(`A signal payload may be at most ${MAX_SIGNAL} characters.`, 'payload');
    const call = await loadCall(ctx, callId);
    const party = partyOf(call, ctx.requireViewer().account.id);
    if (call.state !== CallState.CONNECTING && call.state !== CallState.ONGOING) throw conflict(`This call is ${call.state}; there is nobody to signal.`);
    ctx.app.pubsub.publish('RTC_SIGNAL', call.id, { callId: call.id, from: party as CallRole, type: signal.type as RtcSignalType, payload: signal.payload });
    return true;
  }

  /** A moderator ends a live call at once; billing stops at this second. */
  async terminate(ctx: RequestContext, callId: string): Promise<CallRow> {
    return ctx.transaction(async (tx) => this.apply(tx, await loadCall(tx, callId, true), { type: 'MODERATOR_TERMINATED' }, tx.app.clock.now()));
  }

  /** Ends every live call of a suspended account. */
  async endCallsOfSuspended(ctx: RequestContext, accountId: string): Promise<void> {
    const rows: { id: string; fan_id: string }[] = await ctx.em.query(
      `SELECT id, fan_id FROM call WHERE (fan_id = $1 OR creator_id = $1) AND state IN ${LIVE}`,
      [accountId],
    );
    for (const row of rows) {
      await ctx.transaction(async (tx) => {
        const call = await loadCall(tx, row.id, true);
        if (!isLive(call.state)) return;
        await this.apply(tx, call, { type: 'ACCOUNT_SUSPENDED', party: call.fan_id === accountId ? 'FAN' : 'CREATOR' }, tx.app.clock.now());
      });
    }
  }

  /**
   * Redeems the single-use link of the SMS alert: signs the creator in on that device and returns the call
   * to answer. The link dies with the ring.
   */
  async redeemAnswerLink(ctx: RequestContext, callId: string, token: string): Promise<{ call: CallRow; auth: AuthPayload }> {
    return ctx.transaction(async (tx) => {
      const call = await loadCall(tx, callId, true).catch(() => null);
      const valid =
        call?.answer_link_hash && !call.answer_link_used_at && call.state === CallState.RINGING && safeEqual(call.answer_link_hash, hashToken(token));
      if (!call || !valid) throw new AppError(ErrorCode.FORBIDDEN, 'This call link is not valid any more: it works once, while the call rings.');
      await tx.em.query(`UPDATE call SET answer_link_used_at = $2 WHERE id = $1`, [call.id, tx.app.clock.now()]);
      const creator = await tx.em.getRepository(Account).findOneByOrFail({ id: call.creator_id });
      const auth = await tx.app.identity.issueSession(tx, creator);
      return { call: { ...call, answer_link_used_at: tx.app.clock.now() }, auth };
    });
  }

  async activeCall(ctx: RequestContext): Promise<CallRow | null> {
    const viewer = ctx.requireViewer().account.id;
    const [row] = await ctx.em.query(`SELECT * FROM call WHERE (fan_id = $1 OR creator_id = $1) AND state IN ${LIVE} ORDER BY created_at DESC LIMIT 1`, [
      viewer,
    ]);
    return row ?? null;
  }

  async myCalls(ctx: RequestContext, first: number, after: string | null): Promise<{ items: CallRow[]; nextCursor: string | null }> {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput('first must be between 1 and 100.', 'first');
    const viewer = ctx.requireViewer().account.id;
    let before: [string, string] | null = null;
    if (after) {
      const match = Buffer.from(after, 'base64url')
        .toString()
        .match(/^call:(.+)\|([0-9a-f-]{36})$/);
      if (!match || Number.isNaN(Date.parse(match[1]))) throw badInput('The cursor is not valid.', 'after');
      before = [match[1], match[2]];
    }
    const rows: CallRow[] = await ctx.em.query(
      `SELECT * FROM call WHERE (fan_id = $1 OR creator_id = $1)
         AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
       ORDER BY created_at DESC, id DESC LIMIT $4`,
      [viewer, before?.[0] ?? null, before?.[1] ?? null, first + 1],
    );
    const items = rows.slice(0, first);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: rows.length > first ? Buffer.from(`call:${new Date(last.created_at).toISOString()}|${last.id}`).toString('base64url') : null,
    };
  }

  /** The call, if the viewer is one of its parties (nobody else learns it exists). */
  async callFor(ctx: RequestContext, callId: string): Promise<CallRow> {
    const call = await loadCall(ctx, callId);
    partyOf(call, ctx.requireViewer().account.id);
    return call;
  }

  /** A fan's wallet changed during a call with a low-balance warning: try to hold the next minute now. */
  async retryHoldAhead(ctx: RequestContext, fanId: string): Promise<void> {
    const [row] = await ctx.em.query(`SELECT id FROM call WHERE fan_id = $1 AND state = 'ONGOING' AND low_balance`, [fanId]);
    if (!row) return;
    await ctx.transaction(async (tx) => {
      const call = await loadCall(tx, row.id, true);
      if (call.state !== CallState.ONGOING || !call.low_balance) return;
      await this.billing.holdAhead(tx, call);
      if (!call.low_balance) this.notify(tx, call);
    });
  }

  private async act(ctx: RequestContext, callId: string, eventFor: (party: CallParty, call: CallRow) => CallEvent): Promise<CallRow> {
    return ctx.transaction(async (tx) => {
      const call = await loadCall(tx, callId, true);
      const party = partyOf(call, tx.requireViewer().account.id);
      return this.apply(tx, call, eventFor(party, call), tx.app.clock.now());
    });
  }

  /** Runs one event through the state machine and carries out its effects; refusals are CONFLICT errors. */
  private async apply(ctx: RequestContext, call: CallRow, requested: CallEvent, requestedAt: Date): Promise<CallRow> {
    let event = requested;
    let at = requestedAt;
    if (call.state === CallState.ONGOING && event.type !== 'FUNDS_EXHAUSTED') {
      // Minute boundaries that passed unprocessed (the API was down) are billed first; if the wallet ran
      // out at one of them, that is when and how the call really ended.
      const exhaustedAt = await this.catchUpBoundaries(ctx, call, at);
      if (exhaustedAt) {
        event = { type: 'FUNDS_EXHAUSTED' };
        at = exhaustedAt;
      }
    }
    const result = transition(snapshotOf(call), event, at);
    if (!result.ok) throw conflict(result.reason);
    const next = result.call;
    Object.assign(call, {
      state: next.state,
      end_reason: next.endReason ?? null,
      answered_at: next.answeredAt ?? null,
      connected_at: next.connectedAt ?? null,
      ended_at: next.endedAt ?? null,
    });
    // Both sides count as present when the call is answered; from then on their heartbeats keep them so.
    if (event.type === 'CREATOR_ANSWERED') call.creator_seen_at = call.fan_seen_at = at;
    await ctx.em.query(
      `UPDATE call SET state = $2, end_reason = $3, answered_at = $4, connected_at = $5, ended_at = $6, creator_seen_at = $7, fan_seen_at = $8
        WHERE id = $1`,
      [call.id, call.state, call.end_reason, call.answered_at, call.connected_at, call.ended_at, call.creator_seen_at, call.fan_seen_at],
    );
    await this.runEffects(ctx, call, result.effects);
    if (!isLive(call.state)) await ctx.app.availability.notifyAvailabilityChanged(ctx, call.creator_id);
    return call;
  }

  private async runEffects(ctx: RequestContext, call: CallRow, effects: CallEffect[]): Promise<void> {
    for (const effect of effects) {
      switch (effect.type) {
        case 'ARM_TIMER': {
          const kind = effect.timer === 'RING_TIMEOUT' ? CALL_TIMERS.RING : effect.timer === 'MEDIA_TIMEOUT' ? CALL_TIMERS.MEDIA : CALL_TIMERS.MINUTE;
          await ctx.app.timers.schedule(ctx, { kind, key: call.id, dueAt: effect.at, payload: effect.timer === 'MINUTE_BOUNDARY' ? { minute: 1 } : {} });
          // Answering and connecting cancel every timer, the presence check too: re-arm it, or a call whose two
          // parties both vanish right after it connects would never end (holding the fan's tokens and the creator).
          if (effect.timer !== 'RING_TIMEOUT') await this.armPresenceCheck(ctx, call);
          break;
        }
        case 'CANCEL_TIMERS':
          // A deadline firing right now waits for this call's row, which we hold: waiting for its timer row in
          // turn would deadlock. Left alone, it fires after we commit and finds the call moved on.
          for (const kind of Object.values(CALL_TIMERS)) await ctx.app.timers.cancel(ctx, kind, call.id, { unlessFiring: true });
          break;
        case 'ISSUE_RTC_CREDENTIALS':
          break; // credentials are computed on request (answerCall, renewRtcCredentials) for the asking party only
        case 'RESERVE_FIRST_MINUTE':
          if (!(await this.billing.startBilling(ctx, call))) {
            // Not even the first minute can be held (the wallet was spent meanwhile): end at once, unbilled.
            await this.apply(ctx, call, { type: 'FUNDS_EXHAUSTED' }, new Date(call.connected_at!));
            return;
          }
          break;
        case 'SETTLE_FINAL':
          await this.billing.finish(ctx, call, new Date(call.ended_at!));
          break;
        case 'RELEASE_ALL':
          await this.billing.releaseAll(ctx, call);
          break;
        case 'REMOVE_FROM_CHANNEL':
          ctx.afterCommit(() => {
            this.rtc.removeFromChannel(call.channel).catch((err) => ctx.log.error({ err, callId: call.id }, 'could not remove parties from the media channel'));
          });
          break;
        case 'POST_SYSTEM_MESSAGE':
          break; // posted below once the call is final, whatever its final state
        case 'NOTIFY_PARTIES':
          this.notify(ctx, call);
          break;
      }
    }
    if (!isLive(call.state)) await this.hooks.onCallFinished(ctx, call);
  }

  private notify(ctx: RequestContext, call: CallRow): void {
    ctx.afterCommit(() => {
      ctx.app.pubsub.publish('CALL_UPDATED', call.id, { callId: call.id });
      ctx.app.pubsub.publish('LIVE_CALL_CHANGED', { callId: call.id });
    });
  }

  /** Texts a creator with no open session a neutral alert with a single-use link that dies with the ring. */
  private async alertCreator(ctx: RequestContext, call: CallRow, phone: string | null): Promise<void> {
    if (!phone || ctx.app.sockets.countForAccount(call.creator_id) > 0) return;
    const token = randomBytes(24).toString('base64url');
    await ctx.em.query(`UPDATE call SET answer_link_hash = $2 WHERE id = $1`, [call.id, hashToken(token)]);
    const link = `${ctx.app.config.PUBLIC_URL.replace(/\/$/, '')}/answer/${call.id}?token=${token}`;
    ctx.app.notifications.sendSmsAfterCommit(ctx, phone, `Minutely: you have an incoming call. Answer within ${RING_TIMEOUT_MS / 1000} seconds: ${link}`);
  }

  /** Arms the check that ends a call whose party has been gone PARTY_MISSING_MS after the heartbeat grace. */
  private async armPresenceCheck(ctx: RequestContext, call: CallRow): Promise<void> {
    const seen = [call.fan_seen_at, call.creator_seen_at].filter((d): d is Date => !!d).map((d) => new Date(d).getTime());
    if (!seen.length) return;
    // A presence check firing right now re-arms itself from what this transaction writes (see CANCEL_TIMERS).
    await ctx.app.timers.schedule(
      ctx,
      { kind: CALL_TIMERS.PRESENCE, key: call.id, dueAt: new Date(Math.min(...seen) + HEARTBEAT_GRACE_MS + PARTY_MISSING_MS) },
      { unlessFiring: true },
    );
  }

  private async onTimer(ctx: RequestContext, timer: DueTimer, event: CallEvent): Promise<void> {
    const call = await loadCall(ctx, timer.key, true);
    if (!isLive(call.state)) return;
    const result = transition(snapshotOf(call), event, timer.dueAt);
    if (!result.ok) return; // the call moved on; the deadline no longer applies
    await this.apply(ctx, call, event, timer.dueAt);
  }

  private async onMinuteBoundary(ctx: RequestContext, timer: DueTimer): Promise<void> {
    const call = await loadCall(ctx, timer.key, true);
    if (call.state !== CallState.ONGOING) return;
    const minute = Number(timer.payload.minute);
    const boundary = new Date(new Date(call.connected_at!).getTime() + minute * 60_000);
    if (await this.billing.crossBoundary(ctx, call, boundary, minute)) {
      await ctx.app.timers.schedule(ctx, {
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

  /** Crosses every minute boundary up to `at` whose timer has not fired yet; returns where funds ran out. */
  private async catchUpBoundaries(ctx: RequestContext, call: CallRow, at: Date): Promise<Date | null> {
    const [timer]: { due_at: Date; payload: { minute?: number } }[] = await ctx.em.query(`SELECT due_at, payload FROM timer WHERE kind = $1 AND key = $2`, [
      CALL_TIMERS.MINUTE,
      call.id,
    ]);
    if (!timer || new Date(timer.due_at) > at) return null;
    const connectedAt = new Date(call.connected_at!).getTime();
    for (let minute = Number(timer.payload.minute); connectedAt + minute * 60_000 <= at.getTime(); minute++) {
      const boundary = new Date(connectedAt + minute * 60_000);
      if (!(await this.billing.crossBoundary(ctx, call, boundary, minute))) return boundary;
    }
    return null;
  }

  private async onPresenceCheck(ctx: RequestContext, timer: DueTimer): Promise<void> {
    const call = await loadCall(ctx, timer.key, true);
    if (call.state !== CallState.CONNECTING && call.state !== CallState.ONGOING) return;
    const now = ctx.app.clock.now();
    for (const party of ['FAN', 'CREATOR'] as const) {
      const seen = party === 'FAN' ? call.fan_seen_at : call.creator_seen_at;
      if (seen && new Date(seen).getTime() + HEARTBEAT_GRACE_MS + PARTY_MISSING_MS <= now.getTime()) {
        await this.apply(ctx, call, { type: 'PARTY_DISCONNECTED', party }, now);
        return;
      }
    }
    await this.armPresenceCheck(ctx, call);
  }
}

function partyOf(call: CallRow, accountId: string): CallParty {
  if (call.fan_id === accountId) return 'FAN';
  if (call.creator_id === accountId) return 'CREATOR';
  throw notFound('Call');
}

function snapshotOf(call: CallRow): CallSnapshot {
  const date = (d: Date | null) => (d ? new Date(d) : undefined);
  return {
    state: call.state,
    answeredAt: date(call.answered_at),
    connectedAt: date(call.connected_at),
    endedAt: date(call.ended_at),
    endReason: call.end_reason ?? undefined,
  };
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
