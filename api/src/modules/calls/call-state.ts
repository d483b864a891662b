/**
 * The call lifecycle of DESIGN §4 as a pure state machine. It decides what a call becomes and lists what the
 * service must then do (effects); it never touches the database, the ledger, the RTC provider or the clock.
 */

/** How long a creator has to answer before the call is MISSED. */
export const RING_TIMEOUT_MS = 60_000;
/** How long after answering the creator has to publish media before the call FAILS. */
export const MEDIA_TIMEOUT_MS = 30_000;
/** How long a party may be gone from an ongoing call before it ends. */
export const PARTY_MISSING_MS = 30_000;
/** Billing is per minute of connected time (DESIGN §5). */
const MINUTE_MS = 60_000;

export enum CallState {
  RINGING = 'RINGING',
  CONNECTING = 'CONNECTING',
  ONGOING = 'ONGOING',
  ENDED = 'ENDED',
  MISSED = 'MISSED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
  FAILED = 'FAILED',
}

export enum EndReason {
  FAN_HUNG_UP = 'FAN_HUNG_UP',
  CREATOR_HUNG_UP = 'CREATOR_HUNG_UP',
  FUNDS_EXHAUSTED = 'FUNDS_EXHAUSTED',
  MODERATOR_TERMINATED = 'MODERATOR_TERMINATED',
  FAN_DISCONNECTED = 'FAN_DISCONNECTED',
  CREATOR_DISCONNECTED = 'CREATOR_DISCONNECTED',
  ACCOUNT_SUSPENDED = 'ACCOUNT_SUSPENDED',
  SPENDING_LIMIT_REACHED = 'SPENDING_LIMIT_REACHED',
}

export type CallParty = 'FAN' | 'CREATOR';

export type CallEvent =
  | { type: 'FAN_CANCELLED' }
  | { type: 'CREATOR_DECLINED' }
  | { type: 'CREATOR_ANSWERED' }
  | { type: 'RING_TIMEOUT' }
  /** The creator published the media the call needs (video for a video call, audio for an audio call). */
  | { type: 'MEDIA_PUBLISHED' }
  /** MEDIA_TIMEOUT_MS passed since the answer without the creator's media. */
  | { type: 'MEDIA_TIMEOUT' }
  | { type: 'HANG_UP'; by: CallParty }
  | { type: 'FUNDS_EXHAUSTED' }
  /** The call cost what the fan's own spending limits allow it (its cap). */
  | { type: 'SPENDING_CAP_REACHED' }
  | { type: 'MODERATOR_TERMINATED' }
  /** The party has been missing (no heartbeat / left the channel) for more than PARTY_MISSING_MS. */
  | { type: 'PARTY_DISCONNECTED'; party: CallParty }
  | { type: 'ACCOUNT_SUSPENDED'; party: CallParty };

export type CallEventType = CallEvent['type'];

// A Record, so the compiler refuses to build when an event type is added to the union but not listed here.
const EVENT_TYPES: Record<CallEventType, true> = {
  FAN_CANCELLED: true,
  CREATOR_DECLINED: true,
  CREATOR_ANSWERED: true,
  RING_TIMEOUT: true,
  MEDIA_PUBLISHED: true,
  MEDIA_TIMEOUT: true,
  HANG_UP: true,
  FUNDS_EXHAUSTED: true,
  SPENDING_CAP_REACHED: true,
  MODERATOR_TERMINATED: true,
  PARTY_DISCONNECTED: true,
  ACCOUNT_SUSPENDED: true,
};

/** Every event type, for exhaustive tests and validation at the edges. */
export const CALL_EVENT_TYPES = Object.keys(EVENT_TYPES) as readonly CallEventType[];

export interface CallSnapshot {
  state: CallState;
  /** When a ringing call is missed (RING_TIMEOUT_MS after it started); an answer from then on is refused. */
  ringDeadline?: Date;
  answeredAt?: Date;
  connectedAt?: Date;
  endedAt?: Date;
  endReason?: EndReason;
}

export type CallTimer = 'RING_TIMEOUT' | 'MEDIA_TIMEOUT' | 'MINUTE_BOUNDARY';

/** What the service must do after a transition, in the order listed. */
export type CallEffect =
  | { type: 'ARM_TIMER'; timer: CallTimer; at: Date }
  | { type: 'CANCEL_TIMERS' }
  | { type: 'ISSUE_RTC_CREDENTIALS' }
  | { type: 'RESERVE_FIRST_MINUTE' }
  /** Settle the last minute pro rata by the second and release the rest of its hold. */
  | { type: 'SETTLE_FINAL' }
  /** Release every hold of the call: nobody pays. */
  | { type: 'RELEASE_ALL' }
  | { type: 'REMOVE_FROM_CHANNEL' }
  | { type: 'POST_SYSTEM_MESSAGE'; kind: 'MISSED_CALL' | 'CALL_ENDED' }
  | { type: 'NOTIFY_PARTIES' };

export type TransitionResult = { ok: true; call: CallSnapshot; effects: CallEffect[] } | { ok: false; reason: string };

const LIVE_STATES: ReadonlySet<CallState> = new Set([CallState.RINGING, CallState.CONNECTING, CallState.ONGOING]);

/** A live call still holds the fan and the creator (one live call per fan, a busy creator). */
export function isLive(state: CallState): boolean {
  return LIVE_STATES.has(state);
}

/** A terminal call never changes again. */
export function isTerminal(state: CallState): boolean {
  return !isLive(state);
}

/** A new call starts ringing at `at`; the creator has RING_TIMEOUT_MS to answer. */
export function startRinging(at: Date): { call: CallSnapshot; effects: CallEffect[] } {
  assertValidDate(at);
  return {
    call: { state: CallState.RINGING },
    effects: [{ type: 'ARM_TIMER', timer: 'RING_TIMEOUT', at: plus(at, RING_TIMEOUT_MS) }, { type: 'NOTIFY_PARTIES' }],
  };
}

/** Applies `event`, happening at `at`, to `call`. Never mutates `call`. */
export function transition(call: CallSnapshot, event: CallEvent, at: Date): TransitionResult {
  if (Number.isNaN(at.getTime())) return refuse('The event time is not a valid date.');
  const latest = latestTimestamp(call);
  if (latest && at.getTime() < latest.getTime()) {
    return refuse(`A call cannot receive ${event.type} at ${at.toISOString()}, before ${latest.toISOString()}.`);
  }
  if (isTerminal(call.state)) return refuse(`A call that is ${call.state} is over and cannot receive ${event.type}.`);

  switch (call.state) {
    case CallState.RINGING:
      return fromRinging(call, event, at);
    case CallState.CONNECTING:
      return fromConnecting(call, event, at);
    case CallState.ONGOING:
      return fromOngoing(call, event, at);
    default:
      return refuseEvent(call, event);
  }
}

function fromRinging(call: CallSnapshot, event: CallEvent, at: Date): TransitionResult {
  switch (event.type) {
    case 'CREATOR_ANSWERED':
      // A hard deadline: the answer loses to the ring timeout even when its timer has not fired yet.
      if (call.ringDeadline && at.getTime() >= call.ringDeadline.getTime()) {
        return refuse(`The call was not answered in time (by ${call.ringDeadline.toISOString()}): it is missed.`);
      }
      return accept({ ...call, state: CallState.CONNECTING, answeredAt: at }, [
        { type: 'CANCEL_TIMERS' },
        { type: 'ARM_TIMER', timer: 'MEDIA_TIMEOUT', at: plus(at, MEDIA_TIMEOUT_MS) },
        { type: 'ISSUE_RTC_CREDENTIALS' },
        { type: 'NOTIFY_PARTIES' },
      ]);
    case 'RING_TIMEOUT':
      return accept(endAs(call, CallState.MISSED, at), [
        { type: 'CANCEL_TIMERS' },
        { type: 'POST_SYSTEM_MESSAGE', kind: 'MISSED_CALL' },
        { type: 'NOTIFY_PARTIES' },
      ]);
    case 'CREATOR_DECLINED':
      return accept(endAs(call, CallState.DECLINED, at), stopRinging());
    case 'FAN_CANCELLED':
      return accept(endAs(call, CallState.CANCELLED, at), stopRinging());
    // Nothing was reserved while ringing, so there is nothing to bill: the call is simply called off.
    case 'MODERATOR_TERMINATED':
      return accept(endAs(call, CallState.CANCELLED, at, EndReason.MODERATOR_TERMINATED), stopRinging());
    case 'ACCOUNT_SUSPENDED':
      return accept(endAs(call, CallState.CANCELLED, at, EndReason.ACCOUNT_SUSPENDED), stopRinging());
    default:
      return refuseEvent(call, event);
  }
}

function fromConnecting(call: CallSnapshot, event: CallEvent, at: Date): TransitionResult {
  switch (event.type) {
    case 'MEDIA_PUBLISHED':
      return accept({ ...call, state: CallState.ONGOING, connectedAt: at }, [
        { type: 'CANCEL_TIMERS' },
        { type: 'RESERVE_FIRST_MINUTE' },
        { type: 'ARM_TIMER', timer: 'MINUTE_BOUNDARY', at: plus(at, MINUTE_MS) },
        { type: 'NOTIFY_PARTIES' },
      ]);
    case 'MEDIA_TIMEOUT': {
      // A timer fired early (or a forged event) must not fail a call the creator still has time to start.
      const deadline = plus(call.answeredAt ?? at, MEDIA_TIMEOUT_MS);
      if (at.getTime() < deadline.getTime()) {
        return refuse(`A call that is CONNECTING cannot receive MEDIA_TIMEOUT before ${deadline.toISOString()}.`);
      }
      return accept(endAs(call, CallState.FAILED, at), failConnecting());
    }
    // The call never connected, so nobody pays; the reason is kept for support and statistics.
    case 'HANG_UP':
    case 'PARTY_DISCONNECTED':
    case 'MODERATOR_TERMINATED':
    case 'ACCOUNT_SUSPENDED':
      return accept(endAs(call, CallState.FAILED, at, endReasonOf(event)), failConnecting());
    default:
      return refuseEvent(call, event);
  }
}

function fromOngoing(call: CallSnapshot, event: CallEvent, at: Date): TransitionResult {
  switch (event.type) {
    case 'HANG_UP':
    case 'FUNDS_EXHAUSTED':
    case 'SPENDING_CAP_REACHED':
    case 'MODERATOR_TERMINATED':
    case 'PARTY_DISCONNECTED':
    case 'ACCOUNT_SUSPENDED':
      return accept(endAs(call, CallState.ENDED, at, endReasonOf(event)), [
        { type: 'CANCEL_TIMERS' },
        { type: 'REMOVE_FROM_CHANNEL' },
        { type: 'SETTLE_FINAL' },
        { type: 'POST_SYSTEM_MESSAGE', kind: 'CALL_ENDED' },
        { type: 'NOTIFY_PARTIES' },
      ]);
    default:
      return refuseEvent(call, event);
  }
}

type EndingEvent = Extract<
  CallEvent,
  { type: 'HANG_UP' | 'FUNDS_EXHAUSTED' | 'SPENDING_CAP_REACHED' | 'MODERATOR_TERMINATED' | 'PARTY_DISCONNECTED' | 'ACCOUNT_SUSPENDED' }
>;

function endReasonOf(event: EndingEvent): EndReason {
  switch (event.type) {
    case 'HANG_UP':
      return event.by === 'FAN' ? EndReason.FAN_HUNG_UP : EndReason.CREATOR_HUNG_UP;
    case 'PARTY_DISCONNECTED':
      return event.party === 'FAN' ? EndReason.FAN_DISCONNECTED : EndReason.CREATOR_DISCONNECTED;
    case 'FUNDS_EXHAUSTED':
      return EndReason.FUNDS_EXHAUSTED;
    case 'SPENDING_CAP_REACHED':
      return EndReason.SPENDING_LIMIT_REACHED;
    case 'MODERATOR_TERMINATED':
      return EndReason.MODERATOR_TERMINATED;
    case 'ACCOUNT_SUSPENDED':
      return EndReason.ACCOUNT_SUSPENDED;
  }
}

function stopRinging(): CallEffect[] {
  return [{ type: 'CANCEL_TIMERS' }, { type: 'NOTIFY_PARTIES' }];
}

// Credentials were issued on answer, so either party may already be in the channel.
function failConnecting(): CallEffect[] {
  return [{ type: 'CANCEL_TIMERS' }, { type: 'REMOVE_FROM_CHANNEL' }, { type: 'RELEASE_ALL' }, { type: 'NOTIFY_PARTIES' }];
}

function endAs(call: CallSnapshot, state: CallState, at: Date, endReason?: EndReason): CallSnapshot {
  const ended: CallSnapshot = { ...call, state, endedAt: at };
  if (endReason) ended.endReason = endReason;
  return ended;
}

function latestTimestamp(call: CallSnapshot): Date | undefined {
  const times = [call.answeredAt, call.connectedAt, call.endedAt].filter((t): t is Date => t !== undefined);
  return times.reduce<Date | undefined>((latest, t) => (!latest || t > latest ? t : latest), undefined);
}

function accept(call: CallSnapshot, effects: CallEffect[]): TransitionResult {
  return { ok: true, call, effects };
}

function refuse(reason: string): TransitionResult {
  return { ok: false, reason };
}

function refuseEvent(call: CallSnapshot, event: CallEvent): TransitionResult {
  return refuse(`A call that is ${call.state} cannot receive ${event.type}.`);
}

function plus(at: Date, ms: number): Date {
  return new Date(at.getTime() + ms);
}

function assertValidDate(at: Date): void {
  if (Number.isNaN(at.getTime())) throw new RangeError('The time is not a valid date.');
}
