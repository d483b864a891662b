import type { Browser, Page } from 'playwright-core';
import { systemClock } from '../../api/src/common/clock';
import { startTestServer, type TestServer } from '../../api/test/harness';
import { describeWithBrowser, expectAccessible, keepLastScreens, launchBrowser, openPage, screenshot, type OpenedPage } from '@minutely/e2e-support';
import { callableCreator, fundedFan, signIn, videoPlays } from './storefront-fixtures';

// The call screen as people use it: full-window, controls always in reach (phone and laptop, banners or not),
// a lost connection said within seconds, dialogs that take and keep focus and close on Escape, and an
// incoming call announced to screen readers.

const REMOTE_VIDEO = '[data-testid=remote-video] video';

describeWithBrowser('storefront: the call screen', () => {
  let t: TestServer;
  let browser: Browser;
  const tabs: OpenedPage[] = [];

  const open = async (options: Parameters<typeof openPage>[1] = {}): Promise<OpenedPage> => {
    const tab = await openPage(browser, options);
    tabs.push(tab);
    return tab;
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
    await Promise.all(tabs.splice(0).map((tab) => tab.close().catch(() => undefined)));
    expect(errors).toEqual([]);
  });

  /** A creator and a fan with `funds`, both signed in, in an ONGOING video call with media both ways. */
  async function ongoingCall(price: number, funds: number, fanViewport = { width: 1280, height: 800 }) {
    const creator = await callableCreator(t, price, { displayName: 'Cleo Camera' });
    const fan = await fundedFan(t, funds, { displayName: 'Felix Fan' });
    const [creatorTab, fanTab] = await Promise.all([open(), open({ viewport: fanViewport })]);
    await signIn(creatorTab.page, t, creator, '/');
    await creatorTab.page.getByRole('heading', { name: 'Welcome, Cleo Camera' }).waitFor();
    await signIn(fanTab.page, t, fan, `/creators/${creator.handle}`);
    await fanTab.page.getByRole('button', { name: 'Video call' }).click();
    // While it rings the fan sees themself and may pick another camera or microphone.
    await fanTab.page.getByTestId('ringing').getByLabel('Microphone').waitFor();

    // The ring is announced to screen readers, and the incoming-call dialog takes focus.
    await creatorTab.page.getByTestId('ring-announcement').filter({ hasText: 'Incoming video call from Felix Fan' }).waitFor();
    await creatorTab.page.getByTestId('media-ready').waitFor();
    expect(await creatorTab.page.evaluate(() => document.activeElement?.closest('dialog')?.open === true)).toBe(true);
    // The creator tests another microphone before answering: the media is opened again with it.
    const microphone = creatorTab.page.getByTestId('incoming-call').getByLabel('Microphone');
    const options = await microphone.locator('option').evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value));
    expect(options.length).toBeGreaterThan(0);
    await microphone.selectOption(options[options.length - 1]);
    await creatorTab.page.getByTestId('media-ready').waitFor();
    const picked = options[options.length - 1];
    for (let i = 0; i < 50 && (await microphone.inputValue()) !== picked; i++) await creatorTab.page.waitForTimeout(100);
    expect(await microphone.inputValue()).toBe(picked);
    // Escape does not dismiss it: that would decline (or answer) without the creator meaning to.
    await creatorTab.page.keyboard.press('Escape');
    expect(await creatorTab.page.getByTestId('incoming-call').isVisible()).toBe(true);
    await expectAccessible(creatorTab.page, 'incoming call');
    await screenshot(creatorTab.page, 'storefront-incoming-call-devices');

    await creatorTab.page.getByRole('button', { name: 'Answer' }).click();
    await fanTab.page.locator('[data-testid=in-call][data-state=ONGOING]').waitFor();
    await creatorTab.page.locator('[data-testid=in-call][data-state=ONGOING]').waitFor();
    await Promise.all([videoPlays(fanTab.page, REMOTE_VIDEO), videoPlays(creatorTab.page, REMOTE_VIDEO)]);
    return { creator, fan, creatorTab, fanTab };
  }

  /** The element's box lies wholly inside the viewport. */
  async function inView(page: Page, name: string): Promise<void> {
    const box = await page.getByRole('toolbar', { name: 'Call controls' }).getByRole('button', { name }).boundingBox();
    const viewport = page.viewportSize()!;
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
    expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
  }

  it('fills the window at 390×844 with the low-balance banner over the picture, and End call stays in reach and works', async () => {
    // Enough for the first minute at 60 a minute, not the second: the banner comes as soon as it connects.
    const { fanTab, creatorTab } = await ongoingCall(60, 100, { width: 390, height: 844 });
    const page = fanTab.page;
    await page.getByTestId('low-balance').waitFor();
    // Full-window: no site header while the call is connected.
    expect(await page.locator('.app-header').count()).toBe(0);
    for (const name of ['Mute', 'Camera off', 'Report', 'End call']) await inView(page, name);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'in-call 390 with low balance');
    await screenshot(page, 'storefront-call-390-low-balance');
    await screenshot(creatorTab.page, 'storefront-call-1280-creator');
    for (const name of ['Mute', 'Camera off', 'Report', 'End call']) await inView(creatorTab.page, name);

    await page.getByRole('button', { name: 'End call' }).click();
    await page.locator('[data-testid=call-summary][data-state=ENDED]').waitFor();
    await creatorTab.page.locator('[data-testid=call-summary][data-state=ENDED]').waitFor();
    // The header is back for the summary.
    await page.locator('.app-header').waitFor();
  });

  it('opens the report dialog with focus inside, keeps Tab in it, and closes it on Escape without ending the call', async () => {
    const { fanTab, creatorTab } = await ongoingCall(10, 500);
    const page = fanTab.page;
    const report = page.getByRole('toolbar', { name: 'Call controls' }).getByRole('button', { name: 'Report' });
    await report.click();
    const dialog = page.getByRole('dialog', { name: 'Report this call' });
    await dialog.waitFor();
    const focusInDialog = () => page.evaluate(() => !!document.activeElement?.closest('[data-testid=report-dialog]'));
    expect(await focusInDialog()).toBe(true);
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInDialog()).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    expect(await focusInDialog()).toBe(true);
    await expectAccessible(page, 'report dialog');
    await screenshot(page, 'storefront-call-report-dialog');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await report.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('[data-testid=in-call]').getAttribute('data-state')).toBe('ONGOING');

    // In-call chat messages are shown once: as a pop-up while the panel is closed, in the panel when it is open.
    await creatorTab.page.getByRole('button', { name: 'Chat' }).click();
    await creatorTab.page.getByPlaceholder('Type a message…').fill('Can you hear me?');
    await creatorTab.page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByTestId('chat-popups').getByText('Can you hear me?').waitFor();
    await page.getByRole('button', { name: 'Chat' }).click();
    await page.getByRole('region', { name: 'Chat during the call' }).getByText('Can you hear me?').waitFor();
    expect(await page.getByText('Can you hear me?').count()).toBe(1);
    await creatorTab.page.getByPlaceholder('Type a message…').fill('And now?');
    await creatorTab.page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByRole('region', { name: 'Chat during the call' }).getByText('And now?').waitFor();
    expect(await page.getByText('And now?').count()).toBe(1);
    await screenshot(page, 'storefront-call-chat-open');
  });

  it('says "connection lost — reconnecting…" within 5 s of the other side’s tab closing, and holds the clock', async () => {
    const { fanTab, creatorTab } = await ongoingCall(10, 500);
    const page = creatorTab.page;
    const closedAt = Date.now();
    await fanTab.page.close();
    await page.getByTestId('connection-lost').waitFor({ timeout: 10_000 });
    const after = Date.now() - closedAt;
    expect(after).toBeLessThan(5000);
    expect(await page.getByTestId('connection-lost').textContent()).toContain('Connection lost — reconnecting…');
    await page.getByTestId('billing-paused').waitFor();
    const held = await page.getByTestId('elapsed').textContent();
    await page.waitForTimeout(1500);
    expect(await page.getByTestId('elapsed').textContent()).toBe(held);
    for (const name of ['Mute', 'End call']) await inView(page, name);
    await screenshot(page, 'storefront-call-connection-lost');
    console.warn(`connection lost shown ${after} ms after the fan's tab closed`);
    await page.getByRole('button', { name: 'End call' }).click();
    await page.locator('[data-testid=call-summary]').waitFor();
  });
});
