import { ManualClock } from '../src/common/clock';
import {
  AVAILABILITY_CHANGED,
  availabilityOf,
  callableCreator,
  CREATOR_BY_ID,
  CREATOR_FIELDS,
  MY_SETTINGS,
  SETTINGS_FIELDS,
  storedProfile,
  verifiedCreator,
  type AvailabilityEvent,
  type CreatorResult,
  type SettingsResult,
} from './creator-fixtures';
import { nextEvent, startTestServer, untilReceived, type TestServer } from './harness';

// Monday 23 March 2026, 11:00 in Berlin (CET); Berlin moves to summer time on Sunday 29 March.
const clock = new ManualClock('2026-03-23T10:00:00Z');
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ clock, env: { ACCESS_TOKEN_TTL_SECONDS: '86400' } });
});
afterAll(() => t.close());
beforeEach(() => clock.set('2026-03-23T10:00:00Z'));

const MINUTE = 60_000;
const ENABLE = `mutation($p: Int!) { enableCalls(pricePerMinute: $p) { ${SETTINGS_FIELDS} } }`;
const UPDATE_PRICE = `mutation($p: Int!) { updateCallSettings(pricePerMinute: $p) { ${SETTINGS_FIELDS} } }`;
const DISABLE = `mutation { disableCalls { ${SETTINGS_FIELDS} } }`;
const PAUSE = `mutation($m: Int, $u: Boolean) { pauseCalls(minutes: $m, untilResumed: $u) { ${SETTINGS_FIELDS} } }`;
const RESUME = `mutation { resumeCalls { ${SETTINGS_FIELDS} } }`;
const SET_SCHEDULE = `mutation($tz: String!, $slots: [ScheduleSlotInput!]!) { setAvailabilitySchedule(timeZone: $tz, slots: $slots) { ${SETTINGS_FIELDS} } }`;
const UPDATE_PROFILE = `mutation($input: UpdateCreatorProfileInput!) { updateCreatorProfile(input: $input) { ${SETTINGS_FIELDS} } }`;
const LIST = `query($first: Int, $after: String, $filter: CreatorFilter) {
  creators(first: $first, after: $after, filter: $filter) { edges { cursor node { ${CREATOR_FIELDS} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
type ListResult = {
  creators: { edges: { cursor: string; node: CreatorResult }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null } };
};

const errorOf = async (query: string, variables: Record<string, unknown>, token: string) => {
  const result = await t.gql(query, variables, { token });
  expect(result.errors).toHaveLength(1);
  return result.errors![0];
};

describe('creator profiles', () => {
  it('lists a new creator with the defaults: calls OFF, no price, UTC, any time', async () => {
    const creator = await t.signUp('CREATOR');
    const { creator: found } = await t.ok<{ creator: CreatorResult }>(CREATOR_BY_ID, { id: creator.id });
    expect(found).toEqual({
      id: creator.id,
      handle: creator.handle,
      displayName: creator.displayName,
      bio: '',
      avatarUrl: null,
      tags: [],
      timeZone: 'UTC',
      callsEnabled: false,
      pricePerMinute: null,
      schedule: [],
      availability: { status: 'OFF', until: null, nextAvailableAt: null, online: false },
    });
    const byHandle = await t.ok<{ creator: { id: string } }>(`query($h: String!) { creator(handle: $h) { id } }`, { h: creator.handle.toUpperCase() });
    expect(byHandle.creator.id).toBe(creator.id);
  });

  it('answers null for unknown creators and for accounts that are not creators; needs exactly one of id and handle', async () => {
    const fan = await t.signUp('FAN');
    expect((await t.ok<{ creator: null }>(CREATOR_BY_ID, { id: fan.id })).creator).toBeNull();
    expect((await t.ok<{ creator: null }>(CREATOR_BY_ID, { id: 'not-a-uuid' })).creator).toBeNull();
    expect((await t.gql(`{ creator { id } }`)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('updates bio, picture, tags and time zone', async () => {
    const creator = await t.signUp('CREATOR');
    const { updateCreatorProfile } = await t.ok<{ updateCreatorProfile: SettingsResult }>(
      UPDATE_PROFILE,
      { input: { bio: '  Chef in Rome.  ', avatarUrl: 'https://img.example/mia.png', tags: ['Cooking', 'italian', 'cooking'], timeZone: 'Europe/Rome' } },
      { token: creator.accessToken },
    );
    expect(updateCreatorProfile.creator).toMatchObject({
      bio: 'Chef in Rome.',
      avatarUrl: 'https://img.example/mia.png',
      tags: ['cooking', 'italian'],
      timeZone: 'Europe/Rome',
    });
  });

  it.each([
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, 'Unknown time zone "Mars/Olympus_Mons"'],
    ['a bio over 1000 characters', { bio: 'x'.repeat(1001) }, 'bio must be at most 1000 characters'],
    ['a tag with symbols', { tags: ['ok', '<script>'] }, 'Tag "<script>" is not allowed'],
    ['eleven tags', { tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }, 'At most 10 tags'],
    ['a picture that is not https', { avatarUrl: 'http://img.example/a.png' }, 'avatarUrl must be an https URL'],
  ])('refuses %s with BAD_USER_INPUT and changes nothing', async (_what, input, message) => {
    const creator = await t.signUp('CREATOR');
    await t.ok(UPDATE_PROFILE, { input: { bio: 'Before', tags: ['before'] } }, { token: creator.accessToken });
    const before = await storedProfile(t, creator.id);
    const error = await errorOf(UPDATE_PROFILE, { input: { bio: 'After', ...input } }, creator.accessToken);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain(message);
    expect(await storedProfile(t, creator.id)).toEqual(before);
  });

  it('lets only creators use creator settings', async () => {
    const fan = await t.signUp('FAN');
    expect((await t.gql(MY_SETTINGS, {}, { token: fan.accessToken })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(ENABLE, { p: 20 }, { token: fan.accessToken })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(ENABLE, { p: 20 })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('call settings', () => {
  it('refuses to turn calls on without a verified phone, and changes nothing', async () => {
    const creator = await t.signUp('CREATOR');
    const error = await errorOf(ENABLE, { p: 20 }, creator.accessToken);
    expect(error).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'PHONE_NOT_VERIFIED' } });
    expect(await storedProfile(t, creator.id)).toBeUndefined();
    expect((await availabilityOf(t, creator.id)).status).toBe('OFF');
  });

  it('turns calls on at a price, changes the price, and turns them off (the price then hidden from fans)', async () => {
    const creator = await verifiedCreator(t);
    const token = { token: creator.accessToken };
    const enabled = (await t.ok<{ enableCalls: SettingsResult }>(ENABLE, { p: 25 }, token)).enableCalls;
    expect(enabled).toMatchObject({ pricePerMinute: 25, minPricePerMinute: 10, maxPricePerMinute: 1000, creator: { callsEnabled: true, pricePerMinute: 25 } });
    expect(enabled.creator.availability).toEqual({ status: 'AVAILABLE', until: null, nextAvailableAt: null, online: false });
    await t.ok(UPDATE_PRICE, { p: 40 }, token);
    expect((await t.ok<{ creator: CreatorResult }>(CREATOR_BY_ID, { id: creator.id })).creator.pricePerMinute).toBe(40);
    const disabled = (await t.ok<{ disableCalls: SettingsResult }>(DISABLE, {}, token)).disableCalls;
    expect(disabled).toMatchObject({ pricePerMinute: 40, creator: { callsEnabled: false, pricePerMinute: null, availability: { status: 'OFF' } } });
  });

  it.each([
    ['below the minimum', 9],
    ['above the maximum', 1001],
    ['zero', 0],
    ['negative', -5],
  ])('refuses a price %s with BAD_USER_INPUT and changes nothing', async (_what, price) => {
    const creator = await callableCreator(t, 30);
    const before = await storedProfile(t, creator.id);
    for (const mutation of [ENABLE, UPDATE_PRICE]) {
      const error = await errorOf(mutation, { p: price }, creator.accessToken);
      expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'pricePerMinute' } });
      expect(error.message).toBe('pricePerMinute must be a whole number of tokens from 10 to 1000.');
    }
    expect(await storedProfile(t, creator.id)).toEqual(before);
  });
});

describe('pauses', () => {
  it('shows a timed pause as PAUSED until its end, and ends it by itself when its durable timer fires', async () => {
    const creator = await callableCreator(t);
    const paused = (await t.ok<{ pauseCalls: SettingsResult }>(PAUSE, { m: 15 }, { token: creator.accessToken })).pauseCalls;
    const end = new Date(clock.now().getTime() + 15 * MINUTE).toISOString();
    expect(paused).toMatchObject({ pausedUntil: end, pausedIndefinitely: false });
    expect(paused.creator.availability).toEqual({ status: 'PAUSED', until: end, nextAvailableAt: end, online: false });
    expect(await t.sql(`SELECT due_at FROM timer WHERE kind = 'pause-end' AND key = $1`, [creator.id])).toEqual([{ due_at: new Date(end) }]);

    clock.advance(15 * MINUTE - 1000);
    await t.app.timers.runDue();
    expect((await availabilityOf(t, creator.id)).status).toBe('PAUSED');
    clock.advance(1000);
    await t.app.timers.runDue();
    expect((await availabilityOf(t, creator.id)).status).toBe('AVAILABLE');
    expect(await storedProfile(t, creator.id)).toMatchObject({ paused_until: null, paused_indefinitely: false });
    expect(await t.sql(`SELECT 1 FROM timer WHERE key = $1 AND kind = 'pause-end'`, [creator.id])).toEqual([]);
  });

  it('pauses until resumed, and resumeCalls ends any pause at once (cancelling its timer)', async () => {
    const creator = await callableCreator(t);
    const token = { token: creator.accessToken };
    const paused = (await t.ok<{ pauseCalls: SettingsResult }>(PAUSE, { u: true }, token)).pauseCalls;
    expect(paused).toMatchObject({
      pausedIndefinitely: true,
      pausedUntil: null,
      creator: { availability: { status: 'PAUSED', until: null, nextAvailableAt: null } },
    });
    clock.advance(23 * 60 * MINUTE); // (tokens last a day here)
    await t.app.timers.runDue();
    expect((await availabilityOf(t, creator.id)).status).toBe('PAUSED');
    expect((await t.ok<{ resumeCalls: SettingsResult }>(RESUME, {}, token)).resumeCalls.creator.availability.status).toBe('AVAILABLE');

    await t.ok(PAUSE, { m: 60 }, token);
    await t.ok(RESUME, {}, token);
    expect(await t.sql(`SELECT 1 FROM timer WHERE key = $1 AND kind = 'pause-end'`, [creator.id])).toEqual([]);
  });

  it.each([
    ['14 minutes', { m: 14 }, 'minutes'],
    ['more than 24 hours', { m: 1441 }, 'minutes'],
    ['both minutes and untilResumed', { m: 30, u: true }, 'untilResumed'],
    ['neither', {}, 'minutes'],
    ['untilResumed: false alone', { u: false }, 'minutes'],
  ])('refuses a pause of %s with BAD_USER_INPUT and changes nothing', async (_what, variables, field) => {
    const creator = await callableCreator(t);
    const before = await storedProfile(t, creator.id);
    const error = await errorOf(PAUSE, variables, creator.accessToken);
    expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    expect(await storedProfile(t, creator.id)).toEqual(before);
    expect((await availabilityOf(t, creator.id)).status).toBe('AVAILABLE');
  });

  it('refuses to pause while calls are off', async () => {
    const creator = await verifiedCreator(t);
    expect((await errorOf(PAUSE, { m: 30 }, creator.accessToken)).extensions?.code).toBe('CONFLICT');
  });
});

describe('weekly schedule', () => {
  const berlinWeekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));

  it('shows AWAY outside the hours with the next opening, across the change to summer time', async () => {
    const creator = await callableCreator(t);
    const set = (
      await t.ok<{ setAvailabilitySchedule: SettingsResult }>(
        SET_SCHEDULE,
        { tz: 'Europe/Berlin', slots: [...berlinWeekdays].reverse() },
        { token: creator.accessToken },
      )
    ).setAvailabilitySchedule;
    expect(set.creator.timeZone).toBe('Europe/Berlin');
    expect(set.creator.schedule).toEqual(berlinWeekdays); // sorted
    // Monday 11:00 in Berlin: open until 17:00 CET (16:00 UTC).
    expect(set.creator.availability).toEqual({ status: 'AVAILABLE', until: '2026-03-23T16:00:00.000Z', nextAvailableAt: null, online: false });

    clock.set('2026-03-27T17:00:00Z'); // Friday 18:00 CET
    expect(await availabilityOf(t, creator.id)).toEqual({
      // Monday 09:00 is CEST by then: 07:00 UTC.
      status: 'AWAY',
      until: '2026-03-30T07:00:00.000Z',
      nextAvailableAt: '2026-03-30T07:00:00.000Z',
      online: false,
    });
  });

  it('pushes a window opening and closing to subscribers without any mutation (durable boundary timers)', async () => {
    const creator = await callableCreator(t);
    const token = { token: creator.accessToken };
    await t.ok(SET_SCHEDULE, { tz: 'America/New_York', slots: [{ weekday: 1, start: '07:00', end: '08:00' }] }, token);
    // 06:00 in New York (EDT, UTC-4): opens at 11:00 UTC.
    expect(await availabilityOf(t, creator.id)).toMatchObject({ status: 'AWAY', nextAvailableAt: '2026-03-23T11:00:00.000Z' });
    expect(await t.sql(`SELECT due_at FROM timer WHERE kind = 'schedule-boundary' AND key = $1`, [creator.id])).toEqual([
      { due_at: new Date('2026-03-23T11:00:00Z') },
    ]);

    const sub = nextEvent<AvailabilityEvent>(t.ws(), AVAILABILITY_CHANGED, { ids: [creator.id] });
    await untilReceived(sub, () => t.ok(UPDATE_PRICE, { p: 20 }, token)); // the subscription is live
    clock.set('2026-03-23T11:00:00Z');
    expect(await t.app.timers.runDue()).toBeGreaterThanOrEqual(1);
    expect((await sub.next()).data?.creatorAvailabilityChanged).toEqual({
      creatorId: creator.id,
      availability: { status: 'AVAILABLE', until: '2026-03-23T12:00:00.000Z', nextAvailableAt: null, online: false },
    });
    // Re-armed for the close, and then for the next Monday's opening.
    clock.set('2026-03-23T12:00:00Z');
    await t.app.timers.runDue();
    expect((await sub.next()).data?.creatorAvailabilityChanged.availability).toMatchObject({ status: 'AWAY', nextAvailableAt: '2026-03-30T11:00:00.000Z' });
    expect(await t.sql(`SELECT due_at FROM timer WHERE kind = 'schedule-boundary' AND key = $1`, [creator.id])).toEqual([
      { due_at: new Date('2026-03-30T11:00:00Z') },
    ]);
    sub.unsubscribe();
  });

  it('clears the schedule with no slots: any time again, no boundary timer', async () => {
    const creator = await callableCreator(t);
    const token = { token: creator.accessToken };
    await t.ok(SET_SCHEDULE, { tz: 'Europe/Berlin', slots: berlinWeekdays }, token);
    const cleared = (await t.ok<{ setAvailabilitySchedule: SettingsResult }>(SET_SCHEDULE, { tz: 'Europe/Berlin', slots: [] }, token)).setAvailabilitySchedule;
    expect(cleared.creator).toMatchObject({ schedule: [], availability: { status: 'AVAILABLE', until: null } });
    expect(await t.sql(`SELECT 1 FROM timer WHERE kind = 'schedule-boundary' AND key = $1`, [creator.id])).toEqual([]);
  });

  it.each([
    [
      'overlapping slots',
      'Europe/Berlin',
      [
        { weekday: 1, start: '09:00', end: '12:00' },
        { weekday: 1, start: '11:00', end: '13:00' },
      ],
      'Slot 2 (Monday 11:00–13:00) overlaps slot 1 (Monday 09:00–12:00).',
      'slots[1]',
    ],
    ['a malformed time', 'Europe/Berlin', [{ weekday: 2, start: '25:00', end: '26:00' }], '"25:00" is not a time of day (HH:MM).', 'slots[0].start'],
    [
      'a weekday out of range',
      'Europe/Berlin',
      [{ weekday: 8, start: '09:00', end: '10:00' }],
      'Weekday must be a whole number from 1 (Monday) to 7 (Sunday), not 8.',
      'slots[0].weekday',
    ],
    [
      'a slot that starts and ends together',
      'Europe/Berlin',
      [{ weekday: 3, start: '09:00', end: '09:00' }],
      'starts and ends at the same time',
      'slots[0].end',
    ],
    ['an unknown time zone', 'Europe/Atlantis', [{ weekday: 1, start: '09:00', end: '10:00' }], 'Unknown time zone "Europe/Atlantis".', 'timeZone'],
  ])('refuses %s with a clear BAD_USER_INPUT and changes nothing', async (_what, tz, slots, message, field) => {
    const creator = await callableCreator(t);
    await t.ok(SET_SCHEDULE, { tz: 'Asia/Tokyo', slots: [{ weekday: 1, start: '10:00', end: '11:00' }] }, { token: creator.accessToken });
    const before = await storedProfile(t, creator.id);
    const timersBefore = await t.sql(`SELECT kind, due_at FROM timer WHERE key = $1 ORDER BY kind`, [creator.id]);
    const error = await errorOf(SET_SCHEDULE, { tz, slots }, creator.accessToken);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain(message);
    expect(error.extensions?.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(await storedProfile(t, creator.id)).toEqual(before);
    expect(await t.sql(`SELECT kind, due_at FROM timer WHERE key = $1 ORDER BY kind`, [creator.id])).toEqual(timersBefore);
  });
});

describe('the creators list', () => {
  it('pages by handle with cursors, and filters by tag, search and availableNow', async () => {
    const tag = `tag${Date.now().toString(36)}`;
    const make = async (handle: string, setup: (token: { token: string }) => Promise<unknown>) => {
      const creator = await verifiedCreator(t);
      await t.sql(`UPDATE account SET handle = $2 WHERE id = $1`, [creator.id, `${tag}_${handle}`]);
      await t.ok(UPDATE_PROFILE, { input: { tags: [tag] } }, { token: creator.accessToken });
      await setup({ token: creator.accessToken });
      return creator;
    };
    await make('a_available', (token) => t.ok(ENABLE, { p: 20 }, token));
    await make('b_off', async () => undefined);
    await make('c_paused', async (token) => {
      await t.ok(ENABLE, { p: 20 }, token);
      await t.ok(PAUSE, { m: 30 }, token);
    });
    await make('d_away', async (token) => {
      await t.ok(ENABLE, { p: 20 }, token);
      await t.ok(SET_SCHEDULE, { tz: 'UTC', slots: [{ weekday: 3, start: '09:00', end: '10:00' }] }, token);
    });
    await make('e_available', (token) => t.ok(ENABLE, { p: 35 }, token));

    const first = (await t.ok<ListResult>(LIST, { first: 2, filter: { tag: tag.toUpperCase() } })).creators;
    expect(first.edges.map((e) => e.node.handle)).toEqual([`${tag}_a_available`, `${tag}_b_off`]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = (await t.ok<ListResult>(LIST, { first: 2, after: first.pageInfo.endCursor, filter: { tag } })).creators;
    expect(second.edges.map((e) => e.node.availability.status)).toEqual(['PAUSED', 'AWAY']);
    const third = (await t.ok<ListResult>(LIST, { first: 2, after: second.pageInfo.endCursor, filter: { tag } })).creators;
    expect(third.edges.map((e) => e.node.handle)).toEqual([`${tag}_e_available`]);
    expect(third.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    const available = (await t.ok<ListResult>(LIST, { first: 10, filter: { tag, availableNow: true } })).creators;
    expect(available.edges.map((e) => [e.node.handle, e.node.pricePerMinute])).toEqual([
      [`${tag}_a_available`, 20],
      [`${tag}_e_available`, 35],
    ]);
    const availableOneByOne = (await t.ok<ListResult>(LIST, { first: 1, filter: { tag, availableNow: true } })).creators;
    expect(availableOneByOne.pageInfo.hasNextPage).toBe(true);
    const rest = (await t.ok<ListResult>(LIST, { first: 1, after: availableOneByOne.pageInfo.endCursor, filter: { tag, availableNow: true } })).creators;
    expect(rest.edges.map((e) => e.node.handle)).toEqual([`${tag}_e_available`]);

    const searched = (await t.ok<ListResult>(LIST, { first: 10, filter: { search: `${tag}_C_`, tag } })).creators;
    expect(searched.edges.map((e) => e.node.handle)).toEqual([`${tag}_c_paused`]);
    const wildcard = (await t.ok<ListResult>(LIST, { first: 10, filter: { search: '%', tag } })).creators;
    expect(wildcard.edges).toEqual([]);
  });

  it('refuses a page size out of range and a forged cursor', async () => {
    expect((await t.gql(LIST, { first: 0 })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect((await t.gql(LIST, { first: 101 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(LIST, { first: 5, after: 'bm9wZQ' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('creatorAvailabilityChanged', () => {
  it('pushes every status change made through the settings', async () => {
    const creator = await verifiedCreator(t);
    const token = { token: creator.accessToken };
    const sub = nextEvent<AvailabilityEvent>(t.ws(), AVAILABILITY_CHANGED, { ids: [creator.id] });
    const status = async () => (await sub.next()).data?.creatorAvailabilityChanged.availability.status;
    const first = await untilReceived(sub, () => t.ok(UPDATE_PROFILE, { input: { bio: 'hello' } }, token));
    expect(first.data?.creatorAvailabilityChanged).toMatchObject({ creatorId: creator.id, availability: { status: 'OFF' } });
    await t.ok(ENABLE, { p: 20 }, token);
    expect(await status()).toBe('AVAILABLE');
    await t.ok(PAUSE, { m: 15 }, token);
    expect(await status()).toBe('PAUSED');
    await t.ok(RESUME, {}, token);
    expect(await status()).toBe('AVAILABLE');
    await t.ok(DISABLE, {}, token);
    expect(await status()).toBe('OFF');
    sub.unsubscribe();
  });

  it('pushes a pause ending by itself within 2 s of its end while the timer poller runs', async () => {
    const creator = await callableCreator(t);
    const token = { token: creator.accessToken };
    await t.ok(PAUSE, { m: 15 }, token);
    const sub = nextEvent<AvailabilityEvent>(t.ws(), AVAILABILITY_CHANGED, { ids: [creator.id] });
    await untilReceived(sub, () => t.ok(PAUSE, { m: 15 }, token));
    t.app.timers.start();
    try {
      clock.advance(15 * MINUTE);
      const started = Date.now();
      const event = await sub.next();
      expect(Date.now() - started).toBeLessThan(2000);
      expect(event.data?.creatorAvailabilityChanged.availability.status).toBe('AVAILABLE');
    } finally {
      await t.app.timers.stop();
      sub.unsubscribe();
    }
  });

  it('only delivers the creators asked for, and refuses an empty or oversized list', async () => {
    const watched = await callableCreator(t);
    const other = await callableCreator(t);
    const sub = nextEvent<AvailabilityEvent>(t.ws(), AVAILABILITY_CHANGED, { ids: [watched.id] });
    await untilReceived(sub, async () => {
      await t.ok(UPDATE_PRICE, { p: 21 }, { token: other.accessToken });
      await t.ok(UPDATE_PRICE, { p: 21 }, { token: watched.accessToken });
    });
    await t.ok(UPDATE_PRICE, { p: 22 }, { token: other.accessToken });
    await t.ok(DISABLE, {}, { token: watched.accessToken });
    // The other creator's change, published first, was not delivered.
    for (;;) {
      const event = (await sub.next()).data!.creatorAvailabilityChanged;
      expect(event.creatorId).toBe(watched.id);
      if (event.availability.status === 'OFF') break;
    }
    sub.unsubscribe();

    const empty = await nextEvent(t.ws(), AVAILABILITY_CHANGED, { ids: [] }).next();
    expect(empty.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = Array.from({ length: 101 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const oversized = await nextEvent(t.ws(), AVAILABILITY_CHANGED, { ids: tooMany }).next();
    expect(oversized.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
