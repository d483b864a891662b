import type { Browser, Page } from 'playwright-core';
import { ManualClock } from '../../api/src/common/clock';
import { AccountKind, TransferKind } from '../../api/src/modules/ledger';
import { startTestServer, type TestServer } from '../../api/test/harness';
import { describeWithBrowser, expectAccessible, keepLastScreens, launchBrowser, openPage, screenshot, type OpenedPage } from '@minutely/e2e-support';
import { signIn } from './storefront-fixtures';

// Payouts end to end: a creator asks for their available earnings on the earnings page, a moderator approves the
// request in the admin panel beside the creator's recent activity, and the creator sees it paid (the dev provider
// pays on approval).

describeWithBrowser('payouts: a creator requests, a moderator approves', () => {
  let t: TestServer;
  let browser: Browser;
  const tabs: OpenedPage[] = [];
  // Earnings are back-dated past the 7-day holding period on this clock.
  const clock = new ManualClock(new Date());

  const open = async (): Promise<Page> => {
    const tab = await openPage(browser);
    tabs.push(tab);
    return tab.page;
  };

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestServer({ clock }), launchBrowser()]);
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

  it('takes a payout request from the earnings page to paid, through the admin panel', async () => {
    const creator = await t.signUp('CREATOR', { displayName: 'Pia Payout' });
    const now = clock.now();
    clock.set(new Date(now.getTime() - 8 * 86_400_000));
    try {
      await t.app.ledger.transfer(t.app.contexts.system('test'), {
        key: `earn:${creator.id}`,
        kind: TransferKind.ADJUSTMENT,
        legs: [
          { account: { platform: AccountKind.PROMOTIONS }, amount: -1000 },
          { account: { ownerId: creator.id, kind: AccountKind.CREATOR_EARNINGS }, amount: 1000 },
        ],
      });
    } finally {
      clock.set(now);
    }

    const creatorPage = await open();
    await signIn(creatorPage, t, creator, '/earnings');
    await creatorPage.getByTestId('earnings-available').filter({ hasText: '$100.00' }).waitFor();
    await creatorPage.getByText('No payouts yet.').waitFor();
    // Below the minimum is refused with the API's words, and nothing is listed.
    await creatorPage.getByLabel('Tokens to pay out').fill('100');
    await creatorPage.getByRole('button', { name: 'Request payout' }).click();
    await creatorPage.getByText('A payout must be at least 500 tokens.').waitFor();
    await creatorPage.getByLabel('Tokens to pay out').fill('600');
    await creatorPage.getByText('Worth $60.00').waitFor();
    await creatorPage.getByRole('button', { name: 'Request payout' }).click();
    const requested = creatorPage.getByTestId('payout-list').locator('li[data-status=REQUESTED]');
    await requested.getByText('Waiting for review').waitFor();
    await creatorPage.getByTestId('earnings-available').filter({ hasText: '$40.00' }).waitFor();
    await screenshot(creatorPage, 'storefront-payout-requested');
    await expectAccessible(creatorPage, 'storefront-earnings-payouts');

    // The moderator finds it waiting in the admin panel, with the creator's recent activity beside it, and approves it.
    const moderator = await t.staff('MODERATOR');
    const adminPage = await open();
    await adminPage.goto(`${t.url}/admin/login`);
    await adminPage.getByRole('textbox', { name: 'Email' }).fill(moderator.email);
    await adminPage.locator('input[name="password"]').fill(moderator.password);
    await adminPage.getByRole('button', { name: 'Sign in' }).click();
    await adminPage.getByText(`Signed in as ${moderator.displayName}`).waitFor();
    await adminPage.getByRole('menuitem', { name: 'Payouts' }).click();
    const row = adminPage.getByRole('row').filter({ hasText: 'Pia Payout' });
    await row.getByText('Waiting for review').waitFor();
    await row.getByText('$60.00 (600 tokens)').click();
    await adminPage.getByRole('heading', { name: 'Recent activity of Pia Payout' }).waitFor();
    await adminPage.getByRole('cell', { name: '-600', exact: true }).waitFor();
    await screenshot(adminPage, 'admin-payout-show');
    await expectAccessible(adminPage, 'admin-payout-show');
    await adminPage.getByRole('button', { name: 'Approve', exact: true }).click();
    const dialog = adminPage.getByRole('dialog', { name: 'Pay $60.00 to Pia Payout?' });
    await dialog.getByRole('textbox', { name: 'Note' }).fill('Calls and tips look genuine');
    await dialog.getByRole('button', { name: 'Approve payout', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await adminPage.getByText('The payout was paid').waitFor();
    await adminPage.getByRole('button', { name: 'Approve', exact: true }).waitFor({ state: 'detached' });

    // The creator sees it paid, and the paid-out figure.
    await creatorPage.reload();
    await creatorPage.getByTestId('payout-list').locator('li[data-status=PAID]').getByText('Paid').waitFor();
    await creatorPage.getByTestId('earnings-paid-out').filter({ hasText: '$60.00' }).waitFor();
    const audit = await t.sql<{ action: string; reason: string }>(`SELECT action, reason FROM audit_entry WHERE actor_id = $1`, [moderator.id]);
    expect(audit).toEqual([{ action: 'APPROVE_PAYOUT', reason: 'Calls and tips look genuine' }]);
  });
});
