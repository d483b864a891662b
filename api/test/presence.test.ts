import { AVAILABILITY_CHANGED, availabilityOf, callableCreator, type AvailabilityEvent } from './creator-fixtures';
import { eventually, nextEvent, startTestServer, untilReceived, type TestServer } from './harness';

const GRACE_MS = 400;
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ env: { PRESENCE_GRACE_MS: String(GRACE_MS) } });
});
afterAll(() => t.close());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const UPDATE_PRICE = `mutation { updateCallSettings(pricePerMinute: 20) { pricePerMinute } }`;

describe('presence', () => {
  it('is online while a live connection is open, and offline a grace period after the last one drops', async () => {
    const creator = await callableCreator(t);
    const sub = nextEvent<AvailabilityEvent>(t.ws(), AVAILABILITY_CHANGED, { ids: [creator.id] });
    await untilReceived(sub, () => t.ok(UPDATE_PRICE, {}, { token: creator.accessToken }));
    expect((await availabilityOf(t, creator.id)).online).toBe(false);

    const session = t.ws(creator.accessToken);
    const online = await sub.next();
    expect(online.data?.creatorAvailabilityChanged).toMatchObject({ creatorId: creator.id, availability: { status: 'AVAILABLE', online: true } });
    expect((await availabilityOf(t, creator.id)).online).toBe(true);

    const closedAt = Date.now();
    await session.dispose();
    await sleep(GRACE_MS / 4);
    expect((await availabilityOf(t, creator.id)).online).toBe(true); // within the grace
    const offline = await sub.next();
    expect(Date.now() - closedAt).toBeGreaterThanOrEqual(GRACE_MS - 50);
    expect(offline.data?.creatorAvailabilityChanged.availability).toMatchObject({ status: 'AVAILABLE', online: false });
    expect((await availabilityOf(t, creator.id)).online).toBe(false);
    sub.unsubscribe();
  });

  it('does not flicker when a page reloads within the grace, nor while a second tab stays open', async () => {
    const creator = await callableCreator(t);
    const first = t.ws(creator.accessToken);
    await eventually(async () => expect((await availabilityOf(t, creator.id)).online).toBe(true));
    const sub = nextEvent<AvailabilityEvent>(t.ws(), AVAILABILITY_CHANGED, { ids: [creator.id] });
    await untilReceived(sub, () => t.ok(UPDATE_PRICE, {}, { token: creator.accessToken }));

    await first.dispose(); // reload: the page reconnects at once
    const reloaded = t.ws(creator.accessToken);
    const secondTab = t.ws(creator.accessToken);
    await sleep(GRACE_MS * 2);
    await reloaded.dispose(); // one tab closed, one still open
    await sleep(GRACE_MS * 2);
    expect((await availabilityOf(t, creator.id)).online).toBe(true);
    const closedAt = Date.now();
    await secondTab.dispose();
    for (;;) {
      const event = (await sub.next()).data!.creatorAvailabilityChanged.availability;
      if (!event.online) break;
    }
    // Had the reload or the closed tab counted as offline, that event would have been waiting here already.
    expect(Date.now() - closedAt).toBeGreaterThanOrEqual(GRACE_MS - 50);
    sub.unsubscribe();
  });

  it('does not track fans', async () => {
    const fan = await t.signUp('FAN');
    t.ws(fan.accessToken);
    await sleep(100);
    expect(t.app.presence.isOnline(fan.id)).toBe(false);
  });
});
