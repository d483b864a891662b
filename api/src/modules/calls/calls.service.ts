import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readPage, toConnection, type ConnectionPage } from '../../common/connection';
import type { RequestContext } from '../../common/context';
import type { RateLimit } from '../../common/rate-limit';
import { AppError, badInput, conflict, ErrorCode, forbidden, notFound } from '../../common/errors';
import { isUuid } from '../../common/ids';
import type { PubSub } from '../../common/pubsub';
import type { SocketRegistry } from '../../common/sockets';
import type { ListArgs } from '../../common/staff-list';
import type { UnitOfWork } from '../../common/unit-of-work';
import { isUniqueViolation } from '../../db/errors';
import type { RtcCredentials, RtcProvider } from '../../providers/rtc/rtc-provider';
import { AvailabilityStatus, type AvailabilityService } from '../availability';
import type { BlocksService } from '../blocks';
import type { CreatorService } from '../creators';
import { requireVerifiedEmail, Role, type AuthPayload, type IdentityService } from '../identity';
import { AccountKind, type AgencyCutSource, type LedgerService } from '../ledger';
import type { SpendingLimitsService } from '../spending';
import type { NotificationService } from '../notifications';
import { CallKind, type Call } from './call';
import { HEARTBEAT_GRACE_MS, type CallLifecycle } from './call-lifecycle';
import type { CallListFilter, CallRepository } from './call.repository';
import { CallState, isLive, RING_TIMEOUT_MS, startRinging, type CallEvent, type CallParty } from './call-state';
import type { CallRole, CallView, RtcSignalInput, RtcSignalType } from './call.types';
import { toCallView } from './call.view';

export type StartCallOutcome =
  | { kind: 'call'; call: Call }
  | { kind: 'busy'; creatorId: string }
  | { kind: 'unavailable'; creatorId: string; status: AvailabilityStatus; nextAvailableAt: Date | null }
  | { kind: 'insufficient'; required: number; available: number };

/** Settings calls need: the platform's commission and the public URL of SMS call links. */
/** The abuse limits of calls: attempts per fan, SMS alerts per fan→creator pair and per creator. */
export interface CallLimits {
  startsPerFan: RateLimit;
  alertsPerPair: RateLimit;
  alertsPerCreator: RateLimit;
}

export interface CallSettings {
  commissionBps: number;
  publicUrl: string;
}

const MAX_SIGNAL = 20_000;
const PAGE_MAX = 100;

/**
 * What fans, creators and staff do with calls (DESIGN §4): start, answer, hang up, heartbeats, media
 * credentials and signalling, SMS call links, and the reads. Every change goes through CallLifecycle, in the
 * caller's transaction (the mutation's, opened at the edge).
 */
export class CallsService {
  constructor(
    private readonly calls: CallRepository,
    private readonly lifecycle: CallLifecycle,
    private readonly creators: CreatorService,
    private readonly availability: AvailabilityService,
    private readonly blocks: BlocksService,
    private readonly ledger: LedgerService,
    private readonly identity: IdentityService,
    private readonly notifications: NotificationService,
    private readonly sockets: SocketRegistry,
    private readonly rtc: RtcProvider,
    private readonly pubsub: PubSub,
    private readonly uow: UnitOfWork,
    private readonly settings: CallSettings,
    private readonly limits: CallLimits,
    private readonly agencyCuts: AgencyCutSource,
    private readonly spending: SpendingLimitsService,
  ) {}

  async startCall(ctx: RequestContext, creatorId: string, kind: CallKind): Promise<StartCallOutcome> {
    const fan = ctx.requireViewer().account;
    if (fan.role !== Role.FAN) throw forbidden('Only fans can start calls.');
    requireVerifiedEmail(ctx);
    await this.limits.startsPerFan.consume(fan.id);
    const creator = await this.creators.find(ctx, creatorId);
    if (!creator) throw notFound('Creator');
    // A block either way: the fan is told the creator is unavailable, nothing more.
    if (await this.blocks.isBlockedEitherWay(ctx, fan.id, creator.id)) {
      return { kind: 'unavailable', creatorId, status: AvailabilityStatus.OFF, nextAvailableAt: null };
    }
    const availability = await this.creators.availabilityOf(ctx, creator);
    if (availability.status === AvailabilityStatus.BUSY) return { kind: 'busy', creatorId };
    if (availability.status !== AvailabilityStatus.AVAILABLE || creator.pricePerMinute === null) {
      return { kind: 'unavailable', creatorId, status: availability.status, nextAvailableAt: availability.nextAvailableAt };
    }
    if (await this.calls.liveIdOfFan(ctx, fan.id)) throw conflict('You are already in a call. End it before starting another.');
    const price = creator.pricePerMinute;
    const wallet = await this.ledger.balance(ctx, fan.id, AccountKind.FAN_WALLET);
    if (wallet.frozen) throw new AppError(ErrorCode.WALLET_FROZEN, 'This wallet is frozen after a chargeback and cannot pay for calls.');
    if (wallet.balance < price) return { kind: 'insufficient', required: price, available: wallet.balance };
    // The fan's own limits: refused (typed errors) when excluded, or when they leave less than a first minute.
    await this.spending.assertCanCall(ctx, fan.id, price);

    const now = ctx.clock.now();
    const started = startRinging(now);
    const agency = await this.agencyCuts.agencyCutOf(ctx, creator.id);
    let call: Call;
    try {
      // A savepoint: when the database refuses a second live call, the transaction goes on to say so.
      call = await this.uow.savepoint(ctx, (sp) =>
        this.calls.insert(sp, {
          fanId: fan.id,
          creatorId: creator.id,
          kind,
          state: started.call.state,
          pricePerMinute: price,
          commissionBps: creator.commissionBps ?? this.settings.commissionBps,
          agency,
          rtcProvider: this.rtc.name,
          createdAt: now,
        }),
      );
    } catch (err) {
      const index = isUniqueViolation(err);
      if (index === 'call_one_live_per_creator') return { kind: 'busy', creatorId };
      if (index === 'call_one_live_per_fan') throw conflict('You are already in a call. End it before starting another.');
      throw err;
    }
    await this.lifecycle.carryOut(ctx, call, started.effects);
    await this.alertCreator(ctx, call, creator.phoneE164);
    await this.availability.notifyAvailabilityChanged(ctx, creator.id);
    ctx.afterCommit(() => this.pubsub.publish('INCOMING_CALL', creator.id, { callId: call.id }));
    return { kind: 'call', call };
  }

  cancelCall(ctx: RequestContext, callId: string): Promise<Call> {
    return this.act(ctx, callId, (party) => {
      if (party !== 'FAN') throw forbidden('Only the caller can cancel a ringing call; creators decline.');
      return { type: 'FAN_CANCELLED' };
    });
  }

  declineCall(ctx: RequestContext, callId: string): Promise<Call> {
    return this.act(ctx, callId, (party) => {
      if (party !== 'CREATOR') throw forbidden('Only the creator can decline a call.');
      return { type: 'CREATOR_DECLINED' };
    });
  }

  /** Hangs up: while ringing the fan cancels and the creator declines; afterwards either party ends it. */
  endCall(ctx: RequestContext, callId: string): Promise<Call> {
    return this.act(ctx, callId, (party, call) => {
      if (call.state === CallState.RINGING) return party === 'FAN' ? { type: 'FAN_CANCELLED' } : { type: 'CREATOR_DECLINED' };
      return { type: 'HANG_UP', by: party };
    });
  }

  async answerCall(ctx: RequestContext, callId: string): Promise<{ call: Call; credentials: RtcCredentials }> {
    const call = await this.act(ctx, callId, (party) => {
      if (party !== 'CREATOR') throw forbidden('Only the creator can answer a call.');
      return { type: 'CREATOR_ANSWERED' };
    });
    return { call, credentials: this.rtc.credentials(call.channel, 'CREATOR', ctx.clock.now()) };
  }

  /**
   * A party's heartbeat with what its client publishes. Records a party's absence when it comes back, and
   * connects the call once the creator publishes the media the call needs.
   */
  async reportMediaState(ctx: RequestContext, callId: string, media: { publishingAudio: boolean; publishingVideo: boolean }): Promise<Call> {
    const call = await this.requireCall(ctx, callId, true);
    const party = partyOf(call, ctx.requireViewer().account.id);
    if (!isLive(call.state)) return call;
    const now = ctx.clock.now();
    const seen = party === 'FAN' ? call.fanSeenAt : call.creatorSeenAt;
    const goneSince = seen ? new Date(seen.getTime() + HEARTBEAT_GRACE_MS) : null;
    if (goneSince && goneSince < now && call.state === CallState.ONGOING) await this.calls.addGap(ctx, call.id, party, goneSince, now);
    if (party === 'FAN') call.fanSeenAt = now;
    else call.creatorSeenAt = now;
    const publishing = call.kind === CallKind.VIDEO ? media.publishingVideo : media.publishingAudio;
    if (party === 'CREATOR') call.creatorPublishing = publishing;
    await this.calls.update(ctx, call);
    await this.lifecycle.armPresenceCheck(ctx, call);
    if (call.state === CallState.CONNECTING && party === 'CREATOR' && publishing) {
      return this.lifecycle.apply(ctx, call, { type: 'MEDIA_PUBLISHED' }, now);
    }
    return call;
  }

  /** Credentials for the call's media; only for its parties, only while it is live and paid for. */
  async renewRtcCredentials(ctx: RequestContext, callId: string): Promise<RtcCredentials> {
    const call = await this.requireCall(ctx, callId);
    const party = partyOf(call, ctx.requireViewer().account.id);
    if (call.state !== CallState.CONNECTING && call.state !== CallState.ONGOING) {
      throw new AppError(ErrorCode.FORBIDDEN, `Media credentials are only issued while a call is connecting or ongoing; this one is ${call.state}.`);
    }
    if (call.state === CallState.ONGOING && call.heldTokens < call.pricePerMinute) {
      throw new AppError(ErrorCode.INSUFFICIENT_TOKENS, 'The call is not paid for beyond this minute.');
    }
    return this.rtc.credentials(call.channel, party, ctx.clock.now());
  }

  /** Relays a peer-to-peer signalling message to the other party of a live call, and to nobody else. */
  async sendRtcSignal(ctx: RequestContext, callId: string, signal: RtcSignalInput): Promise<boolean> {
    if (signal.payload.length > MAX_SIGNAL) throw badInput(`A signal payload may be at most ${MAX_SIGNAL} characters.`, 'payload');
    const call = await this.requireCall(ctx, callId);
    const party = partyOf(call, ctx.requireViewer().account.id);
    if (call.state !== CallState.CONNECTING && call.state !== CallState.ONGOING) throw conflict(`This call is ${call.state}; there is nobody to signal.`);
    this.pubsub.publish('RTC_SIGNAL', call.id, { callId: call.id, from: party as CallRole, type: signal.type as RtcSignalType, payload: signal.payload });
    return true;
  }

  /** The signalling messages of the call from its other party; only its parties may listen. */
  async rtcSignalsFor(ctx: RequestContext, callId: string): Promise<{ mine: CallParty; signals: AsyncIterable<{ from: string }> }> {
    const call = await this.callFor(ctx, callId);
    return { mine: partyOf(call, ctx.requireViewer().account.id), signals: this.pubsub.subscribe('RTC_SIGNAL', call.id) };
  }

  /** The call's change events; only its parties may listen. */
  async updatesOf(ctx: RequestContext, callId: string): Promise<AsyncIterable<{ callId: string }>> {
    const call = await this.callFor(ctx, callId);
    return this.pubsub.subscribe('CALL_UPDATED', call.id);
  }

  /** A moderator ends a live call at once; billing stops at this second. */
  async terminate(ctx: RequestContext, callId: string): Promise<Call> {
    return this.lifecycle.apply(ctx, await this.requireCall(ctx, callId, true), { type: 'MODERATOR_TERMINATED' }, ctx.clock.now());
  }

  /** Ends every live call of a suspended account, billed to this second. */
  async endCallsOf(ctx: RequestContext, accountId: string): Promise<void> {
    for (const id of await this.calls.liveIdsOf(ctx, accountId)) {
      const call = await this.requireCall(ctx, id, true);
      if (!isLive(call.state)) continue;
      await this.lifecycle.apply(ctx, call, { type: 'ACCOUNT_SUSPENDED', party: call.fanId === accountId ? 'FAN' : 'CREATOR' }, ctx.clock.now());
    }
  }

  /**
   * Redeems the single-use link of the SMS alert: signs the creator in on that device and returns the call
   * to answer. The link dies with the ring.
   */
  async redeemAnswerLink(ctx: RequestContext, callId: string, token: string): Promise<{ call: Call; auth: AuthPayload }> {
    const call = await this.calls.find(ctx, callId, { lock: true });
    const valid = call?.answerLinkHash && !call.answerLinkUsedAt && call.state === CallState.RINGING && safeEqual(call.answerLinkHash, hashToken(token));
    if (!call || !valid) throw new AppError(ErrorCode.FORBIDDEN, 'This call link is not valid any more: it works once, while the call rings.');
    call.answerLinkUsedAt = ctx.clock.now();
    await this.calls.update(ctx, call);
    const auth = await this.identity.issueCallLinkSession(ctx, await this.identity.account(ctx, call.creatorId), call.id);
    return { call, auth };
  }

  async activeCall(ctx: RequestContext): Promise<Call | null> {
    return this.calls.newestLiveOf(ctx, ctx.requireViewer().account.id);
  }

  /** The signed-in account's calls, newest first. */
  async myCalls(ctx: RequestContext, first: number, after: string | null): Promise<ConnectionPage<CallView>> {
    const viewer = ctx.requireViewer().account.id;
    const page = await readPage(
      { kind: 'call', first, max: PAGE_MAX, after, validKey: (key) => key.length === 2 && !Number.isNaN(Date.parse(key[0])) && isUuid(key[1]) },
      (call: Call) => [call.createdAt.toISOString(), call.id],
      (key, limit) => this.calls.pageOf(ctx, viewer, key ? [key[0], key[1]] : null, limit),
    );
    return toConnection(page, await this.views(ctx, page.rows));
  }

  /** The call, if the viewer is one of its parties (nobody else learns it exists). */
  async callFor(ctx: RequestContext, callId: string): Promise<Call> {
    const call = await this.requireCall(ctx, callId);
    partyOf(call, ctx.requireViewer().account.id);
    return call;
  }

  /** GraphQL views of calls for one of their parties (the signed-in account by default), names in one query. */
  async views(ctx: RequestContext, calls: readonly Call[], viewerId = ctx.requireViewer().account.id): Promise<CallView[]> {
    const people = await this.identity.people(
      ctx,
      calls.flatMap((c) => [c.fanId, c.creatorId]),
    );
    const now = ctx.clock.now();
    return calls.map((call) => toCallView(call, viewerId, people, now));
  }

  async view(ctx: RequestContext, call: Call, viewerId?: string): Promise<CallView> {
    return (await this.views(ctx, [call], viewerId))[0];
  }

  /** Tokens refunded to the fan for a call. */
  async refundedTokens(ctx: RequestContext, callId: string): Promise<number> {
    return (await this.ledger.refundedUnder(ctx, [`call:${callId}`])).get(`call:${callId}`) ?? 0;
  }

  /** Calls by id, any order, whoever asks (the caller decides what to show: the money module, to their parties). */
  async callsByIds(ctx: RequestContext, ids: readonly string[]): Promise<Call[]> {
    if (!ids.length) return [];
    return this.calls.list(ctx, { ids: [...new Set(ids)] }, { perPage: 200 });
  }

  /** How long the creator took to answer their latest answered calls, in seconds, newest first (at most `limit`). */
  answerDelays(ctx: RequestContext, creatorId: string, limit = 20): Promise<number[]> {
    return this.calls.answerDelays(ctx, creatorId, limit);
  }

  // ---- for staff (the moderation module) ----

  /** A call by id, whoever asks (the caller checks staff rights); null when there is none. */
  find(ctx: RequestContext, callId: string, options: { lock?: boolean } = {}): Promise<Call | null> {
    return this.calls.find(ctx, callId, options);
  }

  /** Keeps the call's temporary chat after it ends (it was reported while live). */
  retainTranscript(ctx: RequestContext, callId: string): Promise<void> {
    return this.calls.retainTranscript(ctx, callId);
  }

  listForStaff(ctx: RequestContext, filter: CallListFilter, args: ListArgs): Promise<Call[]> {
    return this.calls.list(ctx, filter, args);
  }

  countForStaff(ctx: RequestContext, filter: CallListFilter): Promise<number> {
    return this.calls.count(ctx, filter);
  }

  /** Live calls now, and calls started and tokens charged since `since`. */
  stats(ctx: RequestContext, since: Date): Promise<{ live: number; since: number; tokens: number }> {
    return this.calls.stats(ctx, since);
  }

  private async requireCall(ctx: RequestContext, callId: string, lock = false): Promise<Call> {
    const call = await this.calls.find(ctx, callId, { lock });
    if (!call) throw notFound('Call');
    return call;
  }

  private async act(ctx: RequestContext, callId: string, eventFor: (party: CallParty, call: Call) => CallEvent): Promise<Call> {
    const call = await this.requireCall(ctx, callId, true);
    const party = partyOf(call, ctx.requireViewer().account.id);
    return this.lifecycle.apply(ctx, call, eventFor(party, call), ctx.clock.now());
  }

  /**
   * Texts a creator with no open session a neutral alert with a single-use link that dies with the ring. Alerts
   * are limited per fan→creator pair and per creator: a call that would need one more is refused (RATE_LIMITED,
   * and the transaction leaves no call behind), since it could only ring unheard.
   */
  private async alertCreator(ctx: RequestContext, call: Call, phone: string | null): Promise<void> {
    if (!phone || this.sockets.isConnected(call.creatorId)) return;
    const pair = `${call.fanId}:${call.creatorId}`;
    await this.limits.alertsPerPair.check(pair);
    await this.limits.alertsPerCreator.check(call.creatorId);
    await this.limits.alertsPerPair.consume(pair);
    await this.limits.alertsPerCreator.consume(call.creatorId);
    const token = randomBytes(24).toString('base64url');
    call.answerLinkHash = hashToken(token);
    await this.calls.update(ctx, call);
    const link = `${this.settings.publicUrl.replace(/\/$/, '')}/answer/${call.id}?token=${token}`;
    this.notifications.sendSmsAfterCommit(ctx, phone, `Minutely: you have an incoming call. Answer within ${RING_TIMEOUT_MS / 1000} seconds: ${link}`);
  }
}

function partyOf(call: Call, accountId: string): CallParty {
  if (call.fanId === accountId) return 'FAN';
  if (call.creatorId === accountId) return 'CREATOR';
  throw notFound('Call');
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
