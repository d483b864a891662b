import {
  CALL_EVENT_TYPES,
  type CallEffect,
  type CallEvent,
  type CallEventType,
  type CallSnapshot,
  CallState,
  EndReason,
  isLive,
  isTerminal,
  MEDIA_TIMEOUT_MS,
  PARTY_MISSING_MS,
  RING_TIMEOUT_MS,
  startRinging,
  transition,
} from './call-state';

const T0 = new Date('2026-03-29T20:00:00.000Z');
const ms = (offset: number) => new Date(T0.getTime() + offset);

const ANSWERED_AT = ms(10_000);
const CONNECTED_AT = ms(25_000);
/** Late enough for every event to be legitimate, including MEDIA_TIMEOUT. */
const AT = ms(10_000 + MEDIA_TIMEOUT_MS + 5_000);

/** One call in each state, shaped as the machine itself would leave it. */
const callIn: Record<CallState, CallSnapshot> = {
  [CallState.RINGING]: { state: CallState.RINGING },
  [CallState.CONNECTING]: { state: CallState.CONNECTING, answeredAt: ANSWERED_AT },
  [CallState.ONGOING]: { state: CallState.ONGOING, answeredAt: ANSWERED_AT, connectedAt: CONNECTED_AT },
  [CallState.ENDED]: {
    state: CallState.ENDED,
    answeredAt: ANSWERED_AT,
    connectedAt: CONNECTED_AT,
    endedAt: ms(30_000),
    endReason: EndReason.FAN_HUNG_UP,
  },
  [CallState.MISSED]: { state: CallState.MISSED, endedAt: ms(RING_TIMEOUT_MS - 30_000) },
  [CallState.DECLINED]: { state: CallState.DECLINED, endedAt: ms(5_000) },
  [CallState.CANCELLED]: { state: CallState.CANCELLED, endedAt: ms(5_000) },
  [CallState.FAILED]: { state: CallState.FAILED, answeredAt: ANSWERED_AT, endedAt: ms(30_000) },
};

/** Every variant of every event type; a Record, so a new event type does not compile until it is listed. */
const variantsOf: Record<CallEventType, CallEvent[]> = {
  FAN_CANCELLED: [{ type: 'FAN_CANCELLED' }],
  CREATOR_DECLINED: [{ type: 'CREATOR_DECLINED' }],
  CREATOR_ANSWERED: [{ type: 'CREATOR_ANSWERED' }],
  RING_TIMEOUT: [{ type: 'RING_TIMEOUT' }],
  MEDIA_PUBLISHED: [{ type: 'MEDIA_PUBLISHED' }],
  MEDIA_TIMEOUT: [{ type: 'MEDIA_TIMEOUT' }],
  HANG_UP: [
    { type: 'HANG_UP', by: 'FAN' },
    { type: 'HANG_UP', by: 'CREATOR' },
  ],
  FUNDS_EXHAUSTED: [{ type: 'FUNDS_EXHAUSTED' }],
  SPENDING_CAP_REACHED: [{ type: 'SPENDING_CAP_REACHED' }],
  MODERATOR_TERMINATED: [{ type: 'MODERATOR_TERMINATED' }],
  PARTY_DISCONNECTED: [
    { type: 'PARTY_DISCONNECTED', party: 'FAN' },
    { type: 'PARTY_DISCONNECTED', party: 'CREATOR' },
  ],
  ACCOUNT_SUSPENDED: [
    { type: 'ACCOUNT_SUSPENDED', party: 'FAN' },
    { type: 'ACCOUNT_SUSPENDED', party: 'CREATOR' },
  ],
};

const label = (e: CallEvent): string => (e.type === 'HANG_UP' ? `HANG_UP:${e.by}` : 'party' in e ? `${e.type}:${e.party}` : e.type);

interface Expected {
  state: CallState;
  endReason?: EndReason;
  effects: CallEffect[];
}

const stopRinging: CallEffect[] = [{ type: 'CANCEL_TIMERS' }, { type: 'NOTIFY_PARTIES' }];
const failed: CallEffect[] = [{ type: 'CANCEL_TIMERS' }, { type: 'REMOVE_FROM_CHANNEL' }, { type: 'RELEASE_ALL' }, { type: 'NOTIFY_PARTIES' }];
const ended: CallEffect[] = [
  { type: 'CANCEL_TIMERS' },
  { type: 'REMOVE_FROM_CHANNEL' },
  { type: 'SETTLE_FINAL' },
  { type: 'POST_SYSTEM_MESSAGE', kind: 'CALL_ENDED' },
  { type: 'NOTIFY_PARTIES' },
];

/** The allowed transitions, keyed by state then event label. Every pair not listed must be refused. */
const allowed: Record<CallState, Record<string, Expected>> = {
  [CallState.RINGING]: {
    FAN_CANCELLED: { state: CallState.CANCELLED, effects: stopRinging },
    CREATOR_DECLINED: { state: CallState.DECLINED, effects: stopRinging },
    RING_TIMEOUT: {
      state: CallState.MISSED,
      effects: [{ type: 'CANCEL_TIMERS' }, { type: 'POST_SYSTEM_MESSAGE', kind: 'MISSED_CALL' }, { type: 'NOTIFY_PARTIES' }],
    },
    CREATOR_ANSWERED: {
      state: CallState.CONNECTING,
      effects: [
        { type: 'CANCEL_TIMERS' },
        { type: 'ARM_TIMER', timer: 'MEDIA_TIMEOUT', at: new Date(AT.getTime() + 30_000) },
        { type: 'ISSUE_RTC_CREDENTIALS' },
        { type: 'NOTIFY_PARTIES' },
      ],
    },
    MODERATOR_TERMINATED: { state: CallState.CANCELLED, endReason: EndReason.MODERATOR_TERMINATED, effects: stopRinging },
    'ACCOUNT_SUSPENDED:FAN': { state: CallState.CANCELLED, endReason: EndReason.ACCOUNT_SUSPENDED, effects: stopRinging },
    'ACCOUNT_SUSPENDED:CREATOR': {
      state: CallState.CANCELLED,
      endReason: EndReason.ACCOUNT_SUSPENDED,
      effects: stopRinging,
    },
  },
  [CallState.CONNECTING]: {
    MEDIA_PUBLISHED: {
      state: CallState.ONGOING,
      effects: [
        { type: 'CANCEL_TIMERS' },
        { type: 'RESERVE_FIRST_MINUTE' },
        { type: 'ARM_TIMER', timer: 'MINUTE_BOUNDARY', at: new Date(AT.getTime() + 60_000) },
        { type: 'NOTIFY_PARTIES' },
      ],
    },
    MEDIA_TIMEOUT: { state: CallState.FAILED, effects: failed },
    'HANG_UP:FAN': { state: CallState.FAILED, endReason: EndReason.FAN_HUNG_UP, effects: failed },
    'HANG_UP:CREATOR': { state: CallState.FAILED, endReason: EndReason.CREATOR_HUNG_UP, effects: failed },
    'PARTY_DISCONNECTED:FAN': { state: CallState.FAILED, endReason: EndReason.FAN_DISCONNECTED, effects: failed },
    'PARTY_DISCONNECTED:CREATOR': {
      state: CallState.FAILED,
      endReason: EndReason.CREATOR_DISCONNECTED,
      effects: failed,
    },
    MODERATOR_TERMINATED: { state: CallState.FAILED, endReason: EndReason.MODERATOR_TERMINATED, effects: failed },
    'ACCOUNT_SUSPENDED:FAN': { state: CallState.FAILED, endReason: EndReason.ACCOUNT_SUSPENDED, effects: failed },
    'ACCOUNT_SUSPENDED:CREATOR': { state: CallState.FAILED, endReason: EndReason.ACCOUNT_SUSPENDED, effects: failed },
  },
  [CallState.ONGOING]: {
    'HANG_UP:FAN': { state: CallState.ENDED, endReason: EndReason.FAN_HUNG_UP, effects: ended },
    'HANG_UP:CREATOR': { state: CallState.ENDED, endReason: EndReason.CREATOR_HUNG_UP, effects: ended },
    FUNDS_EXHAUSTED: { state: CallState.ENDED, endReason: EndReason.FUNDS_EXHAUSTED, effects: ended },
    SPENDING_CAP_REACHED: { state: CallState.ENDED, endReason: EndReason.SPENDING_LIMIT_REACHED, effects: ended },
    MODERATOR_TERMINATED: { state: CallState.ENDED, endReason: EndReason.MODERATOR_TERMINATED, effects: ended },
    'PARTY_DISCONNECTED:FAN': { state: CallState.ENDED, endReason: EndReason.FAN_DISCONNECTED, effects: ended },
    'PARTY_DISCONNECTED:CREATOR': { state: CallState.ENDED, endReason: EndReason.CREATOR_DISCONNECTED, effects: ended },
    'ACCOUNT_SUSPENDED:FAN': { state: CallState.ENDED, endReason: EndReason.ACCOUNT_SUSPENDED, effects: ended },
    'ACCOUNT_SUSPENDED:CREATOR': { state: CallState.ENDED, endReason: EndReason.ACCOUNT_SUSPENDED, effects: ended },
  },
  [CallState.ENDED]: {},
  [CallState.MISSED]: {},
  [CallState.DECLINED]: {},
  [CallState.CANCELLED]: {},
  [CallState.FAILED]: {},
};

const allStates = Object.values(CallState);
const allEvents = CALL_EVENT_TYPES.flatMap((type) => variantsOf[type]);
const cases = allStates.flatMap((state) => allEvents.map((event) => ({ state, event, name: label(event), expected: allowed[state][label(event)] })));

describe('the call state machine', () => {
  it('is tested over every state and every event type', () => {
    expect(new Set(Object.keys(variantsOf))).toEqual(new Set(CALL_EVENT_TYPES));
    expect(CALL_EVENT_TYPES).toHaveLength(12);
    expect(allStates).toHaveLength(8);
    expect(cases).toHaveLength(allStates.length * allEvents.length);
    // Every allowed entry names a real event variant, so a typo cannot turn an expected transition into a refusal.
    const labels = new Set(allEvents.map(label));
    for (const state of allStates) for (const key of Object.keys(allowed[state])) expect(labels).toContain(key);
  });

  describe.each(cases.filter((c) => c.expected))('$state + $name (allowed)', ({ state, event, expected }) => {
    const before = callIn[state];
    const copy = structuredClone(before);
    const result = transition(before, event, AT);

    it(`becomes ${expected!.state} with the right reason and effects`, () => {
      if (!result.ok) throw new Error(result.reason);
      expect(result.call.state).toBe(expected!.state);
      expect(result.call.endReason).toBe(expected!.endReason);
      expect(result.effects).toEqual(expected!.effects);
    });

    it('stamps the event time on the field the new state needs and keeps the earlier ones', () => {
      if (!result.ok) throw new Error(result.reason);
      const after = result.call;
      expect(after.answeredAt).toEqual(expected!.state === CallState.CONNECTING ? AT : before.answeredAt);
      expect(after.connectedAt).toEqual(expected!.state === CallState.ONGOING ? AT : before.connectedAt);
      expect(after.endedAt).toEqual(isTerminal(expected!.state) ? AT : undefined);
    });

    it('leaves the input snapshot untouched', () => {
      expect(before).toEqual(copy);
    });
  });

  it.each(cases.filter((c) => !c.expected))('$state + $name is refused', ({ state, event }) => {
    const result = transition(callIn[state], event, AT);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toContain(state);
    expect(result.reason).toContain(event.type);
  });

  it('explains a refusal in words', () => {
    expect(transition(callIn.RINGING, { type: 'MEDIA_PUBLISHED' }, AT)).toEqual({
      ok: false,
      reason: 'A call that is RINGING cannot receive MEDIA_PUBLISHED.',
    });
    expect(transition(callIn.ENDED, { type: 'HANG_UP', by: 'FAN' }, AT)).toEqual({
      ok: false,
      reason: 'A call that is ENDED is over and cannot receive HANG_UP.',
    });
  });
});

describe('timestamps along a whole call', () => {
  it('records answer, connection and end at the times the events happened', () => {
    const ring = startRinging(T0);
    expect(ring.call).toEqual({ state: CallState.RINGING });
    expect(ring.effects).toEqual([{ type: 'ARM_TIMER', timer: 'RING_TIMEOUT', at: ms(RING_TIMEOUT_MS) }, { type: 'NOTIFY_PARTIES' }]);

    const answered = transition(ring.call, { type: 'CREATOR_ANSWERED' }, ms(12_000));
    if (!answered.ok) throw new Error(answered.reason);
    expect(answered.call).toEqual({ state: CallState.CONNECTING, answeredAt: ms(12_000) });
    expect(answered.effects).toContainEqual({ type: 'ARM_TIMER', timer: 'MEDIA_TIMEOUT', at: ms(42_000) });

    const connected = transition(answered.call, { type: 'MEDIA_PUBLISHED' }, ms(15_500));
    if (!connected.ok) throw new Error(connected.reason);
    expect(connected.call).toEqual({ state: CallState.ONGOING, answeredAt: ms(12_000), connectedAt: ms(15_500) });
    expect(connected.effects).toContainEqual({ type: 'ARM_TIMER', timer: 'MINUTE_BOUNDARY', at: ms(75_500) });

    const over = transition(connected.call, { type: 'FUNDS_EXHAUSTED' }, ms(135_500));
    if (!over.ok) throw new Error(over.reason);
    expect(over.call).toEqual({
      state: CallState.ENDED,
      answeredAt: ms(12_000),
      connectedAt: ms(15_500),
      endedAt: ms(135_500),
      endReason: EndReason.FUNDS_EXHAUSTED,
    });
  });

  it('refuses an answer at or after the ring deadline: the call is missed', () => {
    const ringing = { state: CallState.RINGING, ringDeadline: ms(RING_TIMEOUT_MS) };
    expect(transition(ringing, { type: 'CREATOR_ANSWERED' }, ms(RING_TIMEOUT_MS - 1)).ok).toBe(true);
    for (const late of [RING_TIMEOUT_MS, RING_TIMEOUT_MS + 460]) {
      const answered = transition(ringing, { type: 'CREATOR_ANSWERED' }, ms(late));
      expect(answered).toMatchObject({ ok: false, reason: expect.stringContaining('missed') });
    }
    expect(transition(ringing, { type: 'RING_TIMEOUT' }, ms(RING_TIMEOUT_MS))).toMatchObject({ ok: true, call: { state: CallState.MISSED } });
  });

  it('does not bill a ringing call that is called off: no reserve, settle or credentials', () => {
    for (const event of allEvents) {
      const result = transition(callIn.RINGING, event, AT);
      if (!result.ok || result.call.state === CallState.CONNECTING) continue;
      const types = result.effects.map((e) => e.type);
      expect(types).not.toContain('RESERVE_FIRST_MINUTE');
      expect(types).not.toContain('SETTLE_FINAL');
      expect(types).not.toContain('ISSUE_RTC_CREDENTIALS');
    }
  });

  it('never settles a call that did not connect', () => {
    for (const event of allEvents) {
      const result = transition(callIn.CONNECTING, event, AT);
      if (result.ok && result.call.state === CallState.FAILED) {
        expect(result.effects.map((e) => e.type)).not.toContain('SETTLE_FINAL');
      }
    }
  });

  it('refuses an event dated before what the call already recorded', () => {
    const result = transition(callIn.ONGOING, { type: 'HANG_UP', by: 'FAN' }, ms(24_999));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/before 2026-03-29T20:00:25.000Z/);
    expect(transition(callIn.ONGOING, { type: 'HANG_UP', by: 'FAN' }, CONNECTED_AT).ok).toBe(true);
  });

  it('refuses an invalid event time', () => {
    expect(transition(callIn.RINGING, { type: 'CREATOR_ANSWERED' }, new Date('nope'))).toEqual({
      ok: false,
      reason: 'The event time is not a valid date.',
    });
    expect(() => startRinging(new Date('nope'))).toThrow(RangeError);
  });

  it('does not fail a connecting call for missing media before the creator had 30 s', () => {
    const early = transition(callIn.CONNECTING, { type: 'MEDIA_TIMEOUT' }, ms(10_000 + MEDIA_TIMEOUT_MS - 1));
    expect(early.ok).toBe(false);
    const onTime = transition(callIn.CONNECTING, { type: 'MEDIA_TIMEOUT' }, ms(10_000 + MEDIA_TIMEOUT_MS));
    expect(onTime.ok && onTime.call.state).toBe(CallState.FAILED);
    expect(onTime.ok && onTime.call.endReason).toBeUndefined();
  });
});

describe('isLive / isTerminal', () => {
  it.each(allStates)('%s is exactly one of live or terminal', (state) => {
    const live = [CallState.RINGING, CallState.CONNECTING, CallState.ONGOING].includes(state);
    expect(isLive(state)).toBe(live);
    expect(isTerminal(state)).toBe(!live);
  });
});

describe('deadlines', () => {
  it('match DESIGN §4', () => {
    expect(RING_TIMEOUT_MS).toBe(60_000);
    expect(MEDIA_TIMEOUT_MS).toBe(30_000);
    expect(PARTY_MISSING_MS).toBe(30_000);
  });
});
