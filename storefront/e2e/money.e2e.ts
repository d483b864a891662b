import type { Browser, Page } from 'playwright-core';
import { systemClock } from '../../api/src/common/clock';
import { startTestServer, type TestServer } from '../../api/test/harness';
import { describeWithBrowser, expectAccessible, keepLastScreens, launchBrowser, openPage, screenshot, type OpenedPage } from '@minutely/e2e-support';
import { callableCreator, fundedFan, signIn, walletOf } from './storefront-fixtures';

// Money people can read: one balance (the header's) everywhere — on the call screen during a call, after a
// top-up in the middle of it, and after it — one activity row per call, and the creator's own net share.

describeWithBrowser('storefront: one balance and activity per call', () => {
  let t: TestServer;
  let browser: Browser;
  const tabs: OpenedPage[] = [];

  const open = async (): Promise<Page> => {
    const tab = await openPage(browser);
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

  const header = (page: Page, expected: number) =>
    page
      .getByTestId('header-balance')
      .filter({ hasText: new RegExp(`^${expected} tokens$`) })
      .waitFor();
  const callScreen = (page: Page, expected: number) =>
    page
      .getByTestId('call-balance')
      .filter({ hasText: new RegExp(`^${expected}$`) })
      .waitFor();

  it('shows the header’s balance on the call screen during a call, after a mid-call top-up and after it; one wallet row per call; the creator’s net share', async () => {
    const creator = await callableCreator(t, 60, { displayName: 'Bea Balance' });
    const fan = await fundedFan(t, 300, { displayName: 'Mo Money' });
    const [creatorPage, fanPage] = await Promise.all([open(), open()]);
    await signIn(creatorPage, t, creator, '/');
    await signIn(fanPage, t, fan, `/creators/${creator.handle}`);
    await fanPage.locator('.profile [data-testid=availability][data-status=AVAILABLE]').waitFor();

    await fanPage.getByRole('button', { name: 'Video call' }).click();
    await fanPage.getByTestId('ringing').waitFor();
    await creatorPage.getByTestId('incoming-call').waitFor();
    await creatorPage.getByTestId('media-ready').waitFor();
    await creatorPage.getByRole('button', { name: 'Answer' }).click();
    await fanPage.locator('[data-testid=in-call][data-state=ONGOING]').waitFor();

    // During the call: two minutes are reserved (120 of 300); the call screen says 180 …
    await callScreen(fanPage, 180);
    expect(await fanPage.getByTestId('call-reserved').textContent()).toBe('120');
    await screenshot(fanPage, 'storefront-money-in-call');
    // … and so does the header on any other page while the call goes on (the call bar leads back to it).
    await fanPage.goto(`${t.url}/wallet`);
    await fanPage.getByRole('link', { name: 'Return to the call' }).waitFor();
    await header(fanPage, 180);
    await fanPage.getByTestId('wallet-available').filter({ hasText: /^180$/ }).waitFor();

    // A top-up in the middle of the call reaches the header live (the dev provider completes at once) …
    await t.ok(`mutation { purchaseTokens(packId: "starter") { purchase { status } } }`, {}, { token: fan.accessToken });
    const afterTopUp = (await walletOf(t, fan)).available;
    expect(afterTopUp).toBe(280);
    await header(fanPage, afterTopUp);
    // … and the call screen says the same.
    await fanPage.getByRole('link', { name: 'Return to the call' }).click();
    await fanPage.locator('[data-testid=in-call][data-state=ONGOING]').waitFor();
    await callScreen(fanPage, afterTopUp);

    // A tip from the call screen: a preset amount.
    await fanPage.getByTestId('tip').getByRole('button', { name: 'Tip' }).click();
    await fanPage.getByTestId('tip').getByRole('button', { name: '10', exact: true }).click();
    await fanPage.getByTestId('tip-sent').waitFor();
    await callScreen(fanPage, afterTopUp - 10);
    // The creator sees it at once, with their own share (8 of 10 after the commission).
    await creatorPage.getByTestId('tip-alert').filter({ hasText: 'Mo Money tipped you. Your share: 8 tokens' }).waitFor();

    await fanPage.waitForFunction(() => /^0:0[3-9]|^0:[1-5]\d/.test(document.querySelector('[data-testid=elapsed]')?.textContent ?? ''));
    await fanPage.getByRole('button', { name: 'End call' }).click();
    await fanPage.locator('[data-testid=call-summary][data-state=ENDED]').waitFor();
    const after = await walletOf(t, fan);
    expect(after.held).toBe(0);
    await header(fanPage, after.available);

    // The wallet: the same balance, and the call is one row (not its holds and returns), next to the purchase and the bonus.
    await fanPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Wallet' }).click();
    await fanPage
      .getByTestId('wallet-available')
      .filter({ hasText: new RegExp(`^${after.available}$`) })
      .waitFor();
    const rows = fanPage.getByTestId('activity-item');
    const callRow = fanPage.locator('[data-testid=activity-item][data-kind=CALL]');
    await callRow.filter({ hasText: 'Bea Balance' }).waitFor();
    expect(await rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')))).toEqual(['TIP', 'PURCHASE', 'CALL', 'PROMOTION']);
    const charged = 400 - 10 - after.available;
    expect(await callRow.getByTestId('activity-total').textContent()).toBe(`-${charged}`);
    await callRow.getByRole('button', { name: /Details/ }).click();
    await callRow.getByTestId('activity-transfers').waitFor();
    await screenshot(fanPage, 'storefront-wallet-activity');
    await expectAccessible(fanPage, 'storefront-wallet-activity');
    // The purchase has its receipt.
    await fanPage.locator('[data-testid=activity-item][data-kind=PURCHASE]').getByRole('link', { name: 'Receipt' }).click();
    await fanPage.getByTestId('receipt-amount').filter({ hasText: '$9.99' }).waitFor();
    expect(await fanPage.getByTestId('receipt-status').textContent()).toBe('Paid');
    await expectAccessible(fanPage, 'storefront-receipt');

    // The creator sees their own share of that call (20% commission kept by the platform) on the earnings page.
    const share = charged - Math.floor(charged * 0.2);
    await creatorPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Earnings' }).click();
    const earned = creatorPage.locator('[data-testid=activity-item][data-kind=CALL]').filter({ hasText: 'Mo Money' });
    await earned
      .getByTestId('activity-total')
      .filter({ hasText: `+${share}` })
      .waitFor();
    // … and of the tip (8 of 10), as its own row.
    await creatorPage.locator('[data-testid=activity-item][data-kind=TIP]').getByTestId('activity-total').filter({ hasText: '+8' }).waitFor();
    await creatorPage
      .getByTestId('earnings-balance')
      .filter({ hasText: new RegExp(`^${share + 8}$`) })
      .waitFor();
    // In money too: all of it pending for the holding period (one token is worth 10 cents by default).
    await creatorPage
      .getByTestId('earnings-pending')
      .filter({ hasText: `$${((share + 8) / 10).toFixed(2)}` })
      .waitFor();
    await earned
      .getByTestId('activity-value')
      .filter({ hasText: `$${(share / 10).toFixed(2)}` })
      .waitFor();
    await screenshot(creatorPage, 'storefront-earnings-activity');
    await expectAccessible(creatorPage, 'storefront-earnings-activity');
  });
});
