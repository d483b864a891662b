import { ManualClock } from '../src/common/clock';
import * as fixtures from './fixtures';
import { eventually, startTestServer, subscribed, type TestAccount, type TestServer } from './harness';
import { LocalPushService } from './local-push-service';

// Monday 2026-06-01, 10:00 UTC.
const clock = new ManualClock('2026-06-01T10:00:00Z');
const HOUR = 3600_000;
let t: TestServer;
const pushService = new LocalPushService();

beforeAll(async () => {
  await pushService.start();
  t = await startTestServer({ clock });
});
afterAll(async () => {
  await t.close();
  await pushService.stop();
});

const PAUSE = `mutation($m: Int, $u: Boolean) { pauseCalls(minutes: $m, untilResumed: $u) { pausedIndefinitely } }`;
const RESUME = `mutation { resumeCalls { pausedIndefinitely } }`;
const FAVOURITE = `mutation($c: ID!, $n: Boolean) { favouriteCreator(creatorId: $c, notify: $n) { notify creator { id viewerFavourite { favourite notify } } } }`;
const ALERTS = `{ myAvailabilityAlerts(first: 50) { id online createdAt readAt creator { id handle } } }`;

interface Alert {
  id: string;
  online: boolean;
  createdAt: string;
  readAt: string | null;
  creator: { id: string; handle: string };
}

/** Signs in again: the clock jumps past access tokens' life in these tests. */
async function fresh(who: TestAccount): Promise<TestAccount> {
  const data = await t.ok<{ logIn: { accessToken: string } }>(`mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { accessToken } }`, {
    e: who.email,
    p: who.password,
  });
  return { ...who, accessToken: data.logIn.accessToken };
}

const alertsOf = async (fan: TestAccount) =>
  (await t.ok<{ myAvailabilityAlerts: Alert[] }>(ALERTS, {}, { token: (await fresh(fan)).accessToken })).myAvailabilityAlerts;
const pushesTo = (token: string) => pushService.delivered.filter((d) => d.token === token);

/** A creator with calls on, paused until resumed (so the next resume makes them available). */
async function pausedCreator(): Promise<TestAccount> {
  const creator = await fixtures.readyCreator(t);
  await t.ok(PAUSE, { u: true }, { token: creator.accessToken });
  return creator;
}

/** A fan subscribed to pushes from a browser of the local push service (`token` names the browser). */
async function fanWithBrowser(token: string): Promise<TestAccount> {
  const fan = await t.signUp('FAN');
  const { pushPublicKey } = await t.ok<{ pushPublicKey: string }>(`{ pushPublicKey }`);
  expect(pushPublicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
  const subscription = pushService.subscribe(token, pushPublicKey);
  await t.ok(
    `mutation($s: PushSubscriptionInput!) { registerPushSubscription(subscription: $s) }`,
    { s: { endpoint: subscription.endpoint, p256dh: subscription.keys.p256dh, auth: subscription.keys.auth } },
    { token: fan.accessToken },
  );
  return fan;
}

describe('favourites and “tell me when available”', () => {
  it('alerts in the app and by an encrypted push when a paused creator resumes; at most once per 6 hours', async () => {
    let creator = await pausedCreator();
    const fan = await fanWithBrowser('browser-a');
    const quiet = await t.signUp('FAN');
    const fav = await t.ok<{ favouriteCreator: { notify: boolean; creator: { viewerFavourite: { favourite: boolean; notify: boolean } } } }>(
      FAVOURITE,
      { c: creator.id, n: true },
      { token: fan.accessToken },
    );
    expect(fav.favouriteCreator).toMatchObject({ notify: true, creator: { viewerFavourite: { favourite: true, notify: true } } });
    await t.ok(FAVOURITE, { c: creator.id }, { token: quiet.accessToken }); // a favourite without alerts

    const ws = t.ws(fan.accessToken);
    const live = await subscribed<{ availabilityAlertAdded: Alert }>(t, ws, `subscription { availabilityAlertAdded { id online creator { id } } }`);
    await t.ok(RESUME, {}, { token: creator.accessToken });

    const event = await live.next();
    expect(event.data!.availabilityAlertAdded).toMatchObject({ online: false, creator: { id: creator.id } });
    expect(await alertsOf(fan)).toEqual([expect.objectContaining({ id: event.data!.availabilityAlertAdded.id, online: false, readAt: null })]);
    expect(await alertsOf(quiet)).toEqual([]);
    await eventually(() => expect(pushesTo('browser-a')).toHaveLength(1));
    const [push] = pushesTo('browser-a');
    // The local push service checked the VAPID JWT and decrypted the aes128gcm body with the browser's keys.
    expect(JSON.parse(push.payload)).toEqual({
      type: 'creator-available',
      title: `${creator.displayName} is available`,
      body: 'Available by phone now: a call alerts them.',
      url: `/creators/${creator.handle}`,
      creatorId: creator.id,
      online: false,
    });
    expect(push).toMatchObject({ ttl: '900', urgency: 'high' });
    expect(push.claims.sub).toMatch(/^mailto:/);

    // Paused and back within 6 hours: no second alert. A price change while available alerts nobody either.
    clock.advance(2 * HOUR);
    creator = await fresh(creator);
    await t.ok(PAUSE, { u: true }, { token: creator.accessToken });
    await t.ok(RESUME, {}, { token: creator.accessToken });
    await t.ok(`mutation { updateCallSettings(pricePerMinute: 25) { pricePerMinute } }`, {}, { token: creator.accessToken });
    clock.advance(4 * HOUR - 1000);
    creator = await fresh(creator);
    await t.ok(PAUSE, { u: true }, { token: creator.accessToken });
    await t.ok(RESUME, {}, { token: creator.accessToken });
    expect(await alertsOf(fan)).toHaveLength(1);

    // Six hours after the first: a timed pause ending by itself (a durable timer) alerts again.
    clock.advance(1000);
    await t.ok(PAUSE, { m: 15 }, { token: creator.accessToken });
    clock.advance(15 * 60_000);
    await t.app.timers.runDue();
    expect((await alertsOf(fan)).map((a) => a.online)).toEqual([false, false]);
    await eventually(() => expect(pushesTo('browser-a')).toHaveLength(2));

    const read = await t.ok<{ markAvailabilityAlertsRead: number }>(`mutation { markAvailabilityAlertsRead }`, {}, { token: (await fresh(fan)).accessToken });
    expect(read.markAvailabilityAlertsRead).toBe(2);
    await ws.dispose();
  });

  it('alerts when a weekly window opens and when the creator comes online; not blocked fans nor after unfavouriting', async () => {
    const creator = await fixtures.readyCreator(t);
    // Hours from 12:00 today (Monday, UTC): away now.
    clock.set('2026-06-08T11:00:00Z');
    const token = (await fresh(creator)).accessToken;
    await t.ok(
      `mutation { setAvailabilitySchedule(timeZone: "UTC", slots: [{ weekday: 1, start: "12:00", end: "20:00" }]) { pausedIndefinitely } }`,
      {},
      { token },
    );
    const fan = await fanWithBrowser('browser-b');
    const blocked = await fanWithBrowser('browser-c');
    const leaving = await t.signUp('FAN');
    for (const who of [fan, blocked, leaving]) await t.ok(FAVOURITE, { c: creator.id, n: true }, { token: who.accessToken });
    await t.ok(`mutation($id: ID!) { blockAccount(accountId: $id) }`, { id: blocked.id }, { token });
    await t.ok(`mutation($c: ID!) { unfavouriteCreator(creatorId: $c) }`, { c: creator.id }, { token: leaving.accessToken });

    clock.set('2026-06-08T12:00:00Z');
    await t.app.timers.runDue();
    expect((await alertsOf(fan)).map((a) => a.online)).toEqual([false]);
    expect(await alertsOf(blocked)).toEqual([]);
    expect(await alertsOf(leaving)).toEqual([]);
    await eventually(() => expect(pushesTo('browser-b')).toHaveLength(1));

    // Seven hours later they open Minutely: online now, a second alert (the first is over 6 hours old).
    clock.set('2026-06-08T19:00:00Z');
    const ws = t.ws((await fresh(creator)).accessToken);
    await eventually(async () => expect((await alertsOf(fan)).map((a) => a.online)).toEqual([true, false]));
    await eventually(() => expect(pushesTo('browser-b')).toHaveLength(2));
    expect(JSON.parse(pushesTo('browser-b')[1].payload)).toMatchObject({ online: true, body: 'Online now: call while they are here.' });
    expect(pushesTo('browser-c')).toEqual([]);
    await ws.dispose();
  });

  it('deletes a subscription the push service says is gone, and refuses endpoints that are not push services', async () => {
    const creator = await pausedCreator();
    const fan = await t.signUp('FAN');
    const REGISTER = `mutation($s: PushSubscriptionInput!) { registerPushSubscription(subscription: $s) }`;
    const { pushPublicKey } = await t.ok<{ pushPublicKey: string }>(`{ pushPublicKey }`);
    const keys = pushService.subscribe('unused', pushPublicKey).keys;
    await t.ok(REGISTER, { s: { endpoint: `${pushService.origin}/wpush/v2/gone`, ...keys } }, { token: fan.accessToken });
    const bad = await t.gql(REGISTER, { s: { endpoint: 'http://10.0.0.1/push', ...keys } }, { token: fan.accessToken });
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    await t.ok(FAVOURITE, { c: creator.id, n: true }, { token: fan.accessToken });
    await t.ok(RESUME, {}, { token: creator.accessToken });
    await eventually(async () => expect(await t.sql(`SELECT 1 FROM push_subscription WHERE account_id = $1`, [fan.id])).toEqual([]));
    expect(await alertsOf(fan)).toHaveLength(1);
  });
});
