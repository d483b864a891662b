import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import { systemClock } from '../../api/src/common/clock';
import { nodes, startTestServer, type Connection, type TestServer } from '../../api/test/harness';
import { describeWithBrowser, expectAccessible, keepLastScreens, launchBrowser, openPage, screenshot, type OpenedPage } from '@minutely/e2e-support';
import { callableCreator, fundedFan, signIn, videoPlays, walletOf } from './storefront-fixtures';

// Fans and creators in two browsers, against the real API on the wall clock: a whole paid video call with
// media both ways, a busy creator, and availability that changes on the fan's screen without a reload.

const REMOTE_VIDEO = '[data-testid=remote-video] video';
const DIST = join(__dirname, '..', 'dist');

describeWithBrowser('storefront: calls in the browser', () => {
  let t: TestServer;
  let browser: Browser;
  const tabs: OpenedPage[] = [];

  const open = async (options: Parameters<typeof openPage>[1] = {}): Promise<Page> => {
    const tab = await openPage(browser, options);
    tabs.push(tab);
    return tab.page;
  };

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestServer({ clock: systemClock }), launchBrowser({ fakeMedia: true })]);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  afterEach(async () => {
    await keepLastScreens(tabs);
    const errors = tabs.flatMap((tab) => tab.errors);
    await Promise.all(tabs.splice(0).map((tab) => tab.close()));
    expect(errors).toEqual([]);
  });

  it('a fan and a creator complete a paid video call with media both ways, and it is billed and recorded', async () => {
    const creator = await callableCreator(t, 60, { displayName: 'Vera Video' });
    const fan = await fundedFan(t, 300, { displayName: 'Finn Fan' });
    const [creatorPage, fanPage] = await Promise.all([open(), open()]);

    await signIn(creatorPage, t, creator, '/');
    await creatorPage.getByRole('heading', { name: 'Welcome, Vera Video' }).waitFor();
    await creatorPage.getByText('Calls are on at 60 tokens a minute.').waitFor();
    await screenshot(creatorPage, 'storefront-creator-home');
    await expectAccessible(creatorPage, 'storefront-creator-home');
    await signIn(fanPage, t, fan, `/creators/${creator.handle}`);
    await fanPage.locator('.profile [data-testid=availability][data-status=AVAILABLE]').waitFor();
    await screenshot(fanPage, 'storefront-creator-profile');
    await expectAccessible(fanPage, 'storefront-creator-profile');

    // The fan calls; it rings on the fan's screen with a countdown, and on the creator's page as an overlay.
    await fanPage.getByRole('button', { name: 'Video call' }).click();
    await fanPage.getByTestId('ringing').waitFor();
    const callId = new URL(fanPage.url()).pathname.split('/').pop()!;
    expect(Number(await fanPage.getByTestId('ring-countdown').textContent())).toBeGreaterThan(50);
    const incoming = creatorPage.getByTestId('incoming-call');
    await incoming.waitFor();
    expect(await incoming.textContent()).toContain('Finn Fan');
    expect(await incoming.textContent()).toContain('Incoming video call');
    await creatorPage.getByTestId('media-ready').waitFor();
    await screenshot(fanPage, 'storefront-call-ringing');
    await expectAccessible(fanPage, 'storefront-call-ringing');
    await screenshot(creatorPage, 'storefront-call-incoming');
    await expectAccessible(creatorPage, 'storefront-call-incoming');

    await creatorPage.getByRole('button', { name: 'Answer' }).click();
    await creatorPage.waitForURL((url) => url.pathname === `/call/${callId}`);
    await fanPage.locator('[data-testid=in-call][data-state=ONGOING]').waitFor();
    await creatorPage.locator('[data-testid=in-call][data-state=ONGOING]').waitFor();

    // Media flows both ways: each side's remote <video> has frames and its time moves on.
    const [fanSees, creatorSees] = await Promise.all([videoPlays(fanPage, REMOTE_VIDEO), videoPlays(creatorPage, REMOTE_VIDEO)]);
    expect(fanSees.readyState).toBeGreaterThanOrEqual(2);
    expect(creatorSees.readyState).toBeGreaterThanOrEqual(2);

    // The temporary chat pops up on the other side.
    await fanPage.getByRole('button', { name: 'Chat' }).click();
    await fanPage.getByPlaceholder('Type a message…').fill('Hi Vera, I am a bit shy!');
    await fanPage.getByRole('button', { name: 'Send', exact: true }).click();
    await creatorPage.getByTestId('chat-popups').getByText('Hi Vera, I am a bit shy!').waitFor();
    await screenshot(fanPage, 'storefront-call-in-call-fan');
    await expectAccessible(fanPage, 'storefront-call-in-call-fan');
    await screenshot(creatorPage, 'storefront-call-in-call-creator');
    await expectAccessible(creatorPage, 'storefront-call-in-call-creator');

    // A reload drops the fan's media; the page finds the live call again and the video comes back.
    await fanPage.reload();
    await fanPage.locator('[data-testid=in-call][data-state=ONGOING]').waitFor();
    await Promise.all([videoPlays(fanPage, REMOTE_VIDEO), videoPlays(creatorPage, REMOTE_VIDEO)]);

    await fanPage.waitForFunction(() => /^0:0[4-9]|^0:[1-5]\d/.test(document.querySelector('[data-testid=elapsed]')?.textContent ?? ''));
    await fanPage.getByRole('button', { name: 'End call' }).click();
    await fanPage.locator('[data-testid=call-summary][data-state=ENDED]').waitFor();
    await creatorPage.locator('[data-testid=call-summary][data-state=ENDED]').waitFor();
    await screenshot(fanPage, 'storefront-call-summary');
    await expectAccessible(fanPage, 'storefront-call-summary');

    // Billed per second of connected time, rounded up: at 60 tokens a minute, one token a second.
    const { call } = await t.ok<{ call: { state: string; billedSeconds: number; chargedTokens: number } }>(
      'query($id: ID!) { call(id: $id) { state billedSeconds chargedTokens } }',
      { id: callId },
      { token: fan.accessToken },
    );
    expect(call.state).toBe('ENDED');
    expect(call.billedSeconds).toBeGreaterThanOrEqual(4);
    expect(call.chargedTokens).toBe(Math.ceil((60 * call.billedSeconds) / 60));
    expect(await walletOf(t, fan)).toEqual({ available: 300 - call.chargedTokens, held: 0 });
    expect(await fanPage.getByTestId('summary-tokens').textContent()).toBe(`${call.chargedTokens} tokens`);

    await fanPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Wallet' }).click();
    await fanPage
      .getByTestId('wallet-available')
      .filter({ hasText: String(300 - call.chargedTokens) })
      .waitFor();

    // The call is in both chats, with its duration and tokens.
    const record = `${call.chargedTokens} tokens`;
    await fanPage.goto(`${t.url}/messages/with/${creator.id}`);
    await fanPage.getByTestId('call-record').filter({ hasText: record }).waitFor();
    await creatorPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Messages' }).click();
    await creatorPage.getByTestId('conversations').getByText('Finn Fan').click();
    await creatorPage.getByTestId('call-record').filter({ hasText: record }).waitFor();
    await screenshot(creatorPage, 'storefront-chat-call-record-creator');
    await expectAccessible(creatorPage, 'storefront-chat-call-record-creator');

    // The creator's share, after the 20% commission, is in their earnings.
    await creatorPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Earnings' }).click();
    const share = call.chargedTokens - Math.floor(call.chargedTokens * 0.2);
    await creatorPage
      .getByTestId('earnings-balance')
      .filter({ hasText: new RegExp(`^${share}$`) })
      .waitFor();
    await screenshot(creatorPage, 'storefront-earnings');
    await expectAccessible(creatorPage, 'storefront-earnings');

    // Either party can report the call afterwards.
    await fanPage.goto(`${t.url}/call/${callId}`);
    await fanPage.getByRole('button', { name: 'Report this call' }).click();
    await fanPage.getByLabel('What happened?').selectOption('NOT_AS_DESCRIBED');
    await fanPage.getByRole('button', { name: 'Send report' }).click();
    await fanPage.getByText('Thank you. A moderator will look at your report').waitFor();
    const reports = await t.sql<{ reason: string }>('SELECT reason FROM report WHERE call_id = $1', [callId]);
    expect(reports.map((r) => r.reason)).toEqual(['NOT_AS_DESCRIBED']);
  }, 150_000); // a whole call in two browsers: ~40 s alone, longer beside the rest of the suite

  it('a busy creator: the fan gets the busy outcome and leaves a message in one step', async () => {
    const creator = await callableCreator(t, 20, { displayName: 'Bea Busy' });
    const [fan, otherFan] = await Promise.all([fundedFan(t, 100, { displayName: 'Wade Waiting' }), fundedFan(t, 100)]);
    const page = await open({ viewport: { width: 375, height: 812 } });
    await signIn(page, t, fan, `/creators/${creator.handle}`);
    await page.locator('.profile [data-testid=availability][data-status=AVAILABLE]').waitFor();

    // Another fan's call rings: the creator turns red (busy) on this fan's screen without a reload.
    const { startCall } = await t.ok<{ startCall: { id: string } }>(
      'mutation($c: ID!) { startCall(creatorId: $c, kind: VIDEO) { ... on Call { id } } }',
      { c: creator.id },
      { token: otherFan.accessToken },
    );
    await page.locator('.profile [data-testid=availability][data-status=BUSY]').waitFor();
    expect(await page.locator('.profile [data-testid=availability]').textContent()).toContain('Busy');

    await page.getByRole('button', { name: 'Video call' }).click();
    const outcome = page.locator('[data-outcome=CreatorBusy]');
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain('Bea Busy is busy');
    await outcome.getByLabel('Leave Bea Busy a message').fill('Call me back when you are free?');
    await outcome.getByRole('button', { name: 'Send message' }).click();
    await outcome.getByText('Message sent.').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'storefront-busy-leave-message-375');
    await expectAccessible(page, 'storefront-busy-leave-message-375');

    const read = await t.ok<{ conversations: Connection<{ unreadCount: number; lastMessage: { body: string } }> }>(
      '{ conversations { edges { node { unreadCount lastMessage { body } } } } }',
      {},
      { token: creator.accessToken },
    );
    const conversations = { items: nodes(read.conversations) };
    expect(conversations.items).toEqual([{ unreadCount: 1, lastMessage: { body: 'Call me back when you are free?' } }]);
    await t.ok('mutation($id: ID!) { cancelCall(callId: $id) { id } }', { id: startCall.id }, { token: otherFan.accessToken });
  });

  it('the creators page shows a pause the creator sets, live, and loads under 250 KB of JS without the media SDK', async () => {
    const creator = await callableCreator(t, 35, { displayName: 'Pia Pause' });
    const fan = await fundedFan(t, 50);
    const [creatorPage, fanPage] = await Promise.all([open(), open()]);
    await signIn(creatorPage, t, creator, '/settings');
    await creatorPage.getByRole('heading', { name: 'Call settings' }).waitFor();

    // Every script the creators page loads to show its first screen, opened afresh, measured as built.
    await signIn(fanPage, t, fan, null);
    await fanPage.waitForLoadState('networkidle');
    const scripts: { url: string; body: Buffer }[] = [];
    const collect = (response: Response) => {
      const url = new URL(response.url());
      if (url.pathname.endsWith('.js')) scripts.push({ url: url.pathname, body: readFileSync(join(DIST, url.pathname)) });
    };
    fanPage.on('response', collect);
    await fanPage.goto(`${t.url}/creators?q=${encodeURIComponent('Pia Pause')}`);
    const card = fanPage.locator(`.creator-card[data-handle="${creator.handle}"]`);
    await card.locator('[data-testid=availability][data-status=AVAILABLE]').waitFor();
    await fanPage.waitForLoadState('networkidle');
    fanPage.off('response', collect);
    const gzipped = scripts.reduce((sum, script) => sum + gzipSync(script.body).length, 0);
    expect(scripts.length).toBeGreaterThan(0);
    expect(gzipped).toBeLessThan(250 * 1024);
    expect(scripts.filter((s) => /agora/i.test(s.url) || s.body.includes('AgoraRTC'))).toEqual([]);
    console.info(`creators page: ${scripts.length} scripts, ${(gzipped / 1024).toFixed(1)} KB gzipped`);
    expect(await card.textContent()).toContain('35 tokens/min');

    await creatorPage.getByRole('button', { name: 'Pause 1 hour' }).click();
    await creatorPage.getByTestId('pause-state').waitFor();
    await card.locator('[data-testid=availability][data-status=PAUSED]').waitFor();
    expect(await card.locator('[data-testid=availability]').textContent()).toMatch(/Paused until \d{1,2}:\d{2}/);
    await screenshot(fanPage, 'storefront-creators-paused');
    await expectAccessible(fanPage, 'storefront-creators-paused');
    await screenshot(creatorPage, 'storefront-creator-settings-paused');
    await expectAccessible(creatorPage, 'storefront-creator-settings-paused');

    // "Available now" hides a paused creator.
    await fanPage.getByText('Available now', { exact: true }).click();
    await fanPage.getByText('Nobody is available right now').waitFor();

    await creatorPage.getByRole('button', { name: 'Resume calls now' }).click();
    await fanPage.getByText('Available now', { exact: true }).click();
    await card.locator('[data-testid=availability][data-status=AVAILABLE]').waitFor();

    await fanPage.setViewportSize({ width: 375, height: 812 });
    expect(await fanPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(fanPage, 'storefront-creators-375');
    await expectAccessible(fanPage, 'storefront-creators-375');
  });

  it('a fan low on tokens is warned during the call and tops up without ending it', async () => {
    const creator = await callableCreator(t, 60, { displayName: 'Lena Long' });
    // Enough for the first minute but not the next: the warning comes as soon as the call connects.
    const fan = await fundedFan(t, 100, { displayName: 'Toby Topup' });
    const [creatorPage, fanPage] = await Promise.all([open(), open({ viewport: { width: 375, height: 812 } })]);
    await signIn(creatorPage, t, creator, '/');
    await creatorPage.getByRole('heading', { name: 'Welcome, Lena Long' }).waitFor();
    await signIn(fanPage, t, fan, `/creators/${creator.handle}`);
    await fanPage.getByRole('button', { name: 'Video call' }).click();
    await creatorPage.getByTestId('media-ready').waitFor();
    await creatorPage.getByRole('button', { name: 'Answer' }).click();
    await fanPage.locator('[data-testid=in-call][data-state=ONGOING]').waitFor();

    const banner = fanPage.getByTestId('low-balance');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('the call goes on while you buy');
    await videoPlays(fanPage, REMOTE_VIDEO);
    expect(await fanPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(fanPage, 'storefront-call-low-balance-375');
    await expectAccessible(fanPage, 'storefront-call-low-balance-375');

    await banner.getByRole('button', { name: /^Buy 300 tokens/ }).click();
    await banner.waitFor({ state: 'detached' });
    expect(await fanPage.locator('[data-testid=in-call]').getAttribute('data-state')).toBe('ONGOING');
    await videoPlays(creatorPage, REMOTE_VIDEO);

    await creatorPage.getByRole('button', { name: 'End call' }).click();
    await fanPage.locator('[data-testid=call-summary][data-state=ENDED]').waitFor();
    expect(await fanPage.getByTestId('call-summary').textContent()).toContain('The creator hung up.');
  });
});
