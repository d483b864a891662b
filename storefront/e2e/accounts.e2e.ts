import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { systemClock } from '../../api/src/common/clock';
import { startTestServer, type TestServer } from '../../api/test/harness';
import { describeWithBrowser, expectAccessible, keepLastScreens, launchBrowser, openPage, screenshot, type OpenedPage } from '@minutely/e2e-support';
import { callableCreator, fundedFan, signIn } from './storefront-fixtures';

// Accounts as a person manages them, in real Chromium against the real API: sign-up confirmed by the emailed
// link, a forgotten password, settings, data export and deletion; and the small things around them.

const PASSWORD = 'correct horse battery';
let counter = 0;
const unique = () => `${Date.now().toString(36)}${counter++}`;

describeWithBrowser('storefront: managing an account', () => {
  let t: TestServer;
  let browser: Browser;
  const tabs: OpenedPage[] = [];

  const open = async (options: Parameters<typeof openPage>[1] = {}): Promise<Page> => {
    const tab = await openPage(browser, options);
    tabs.push(tab);
    return tab.page;
  };

  /** The path and query of the newest link to `page` emailed to `to` (links carry the server's PUBLIC_URL). */
  async function emailedLink(to: string, page: string): Promise<string> {
    for (let i = 0; i < 100; i++) {
      const mails = await t.app.notifications.devEmailOutbox(to, 10);
      const match = mails.map((mail) => mail.text.match(new RegExp(`https?://[^\\s/]+(/${page}\\?token=[A-Za-z0-9_%-]+)`))).find(Boolean);
      if (match) return match[1];
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no ${page} link emailed to ${to}`);
  }

  async function fillLogIn(page: Page, email: string, password: string) {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Log in' }).click();
  }

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

  it('signs up, confirms the address by the emailed link, buys tokens and calls', async () => {
    const creator = await callableCreator(t, 20, { displayName: 'Ada Answer' });
    const id = unique();
    const fan = { displayName: `Sam ${id}`, handle: `sam_${id}`, email: `sam-${id}@example.test` };
    const [creatorPage, page] = await Promise.all([open(), open()]);
    await signIn(creatorPage, t, creator, '/');

    await page.goto(`${t.url}/signup`);
    await expectAccessible(page, 'sign-up');
    await page.getByLabel('Display name').fill(fan.displayName);
    await page.getByLabel('Handle').fill(fan.handle);
    await page.getByLabel('Email').fill(fan.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();
    await screenshot(page, 'storefront-signup-check-inbox');

    // Logged in before confirming: the banner says what is missing, and buying is refused with the reason.
    await page.getByRole('status').getByRole('link', { name: 'Log in' }).click();
    await fillLogIn(page, fan.email, PASSWORD);
    // A fan's home leads with the creators; the header names who is signed in.
    await page.getByTestId('account-name').filter({ hasText: fan.displayName }).waitFor();
    await page.getByText('Confirm your email address to buy tokens and make calls').waitFor();
    await page.goto(`${t.url}/wallet`);
    await page.getByRole('button', { name: /^Buy 100 tokens/ }).click();
    await page.getByRole('alert').filter({ hasText: 'Please confirm your email address first' }).waitFor();
    await screenshot(page, 'storefront-wallet-unverified');

    // The link is followed from the dev outbox page, as a developer reads the "sent" emails.
    await page.goto(`${t.url}/dev/outbox`);
    const email = page
      .getByTestId('email-outbox')
      .getByRole('listitem')
      .filter({ hasText: fan.email })
      .filter({ hasText: 'Confirm your email address for Minutely' });
    await expectAccessible(page, 'dev-outbox');
    await screenshot(page, 'storefront-dev-outbox-emails');
    await email.getByRole('link').click();
    await page.getByRole('heading', { name: 'Your email address is confirmed' }).waitFor();
    expect(await page.title()).toBe('Confirm your email · Minutely');
    await expectAccessible(page, 'verify-email');
    await screenshot(page, 'storefront-email-confirmed');
    expect(await page.getByText('Confirm your email address to buy tokens').count()).toBe(0);

    await page.goto(`${t.url}/wallet`);
    await page.getByRole('button', { name: /^Buy 100 tokens/ }).click();
    await page.getByTestId('wallet-available').filter({ hasText: '100' }).waitFor();
    await expectAccessible(page, 'wallet');

    await page.goto(`${t.url}/creators/${creator.handle}`);
    await page.waitForFunction((name) => document.title === `${name} · Minutely`, 'Ada Answer');
    await page.getByRole('button', { name: 'Video call' }).click();
    await creatorPage.getByTestId('media-ready').waitFor();
    await creatorPage.getByRole('button', { name: 'Answer' }).click();
    await page.locator('[data-testid=in-call][data-state=ONGOING]').waitFor();
    await page.getByRole('button', { name: 'End call' }).click();
    await page.locator('[data-testid=call-summary][data-state=ENDED]').waitFor();
    const { logIn } = await t.ok<{ logIn: { accessToken: string } }>(`mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { accessToken } }`, {
      e: fan.email,
      p: PASSWORD,
    });
    const { wallet } = await t.ok<{ wallet: { available: number; held: number } }>(`{ wallet { available held } }`, {}, { token: logIn.accessToken });
    expect(wallet.available).toBeLessThan(100);
    expect(wallet.held).toBe(0);
  });

  it('resets a forgotten password by the emailed link; the session the old password opened is refused', async () => {
    const fan = await fundedFan(t, 0, { displayName: 'Rita Reset' });
    const [oldPage, page] = await Promise.all([open(), open({ viewport: { width: 390, height: 844 } })]);
    // Signed in on a page only a signed-in fan may see.
    await signIn(oldPage, t, fan, '/wallet');
    await oldPage.getByTestId('account-name').filter({ hasText: 'Rita Reset' }).waitFor();

    await page.goto(`${t.url}/login`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
    await expectAccessible(page, 'forgot-password');
    await page.getByLabel('Email').fill(fan.email);
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();
    await screenshot(page, 'storefront-forgot-password-390');

    await page.goto(`${t.url}${await emailedLink(fan.email, 'reset-password')}`);
    await expectAccessible(page, 'reset-password');
    await page.getByLabel('New password', { exact: true }).fill('a brand new password');
    await page.getByLabel('New password again').fill('not the same password');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByText('The two passwords are not the same.').waitFor();
    await page.getByLabel('New password again').fill('a brand new password');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByRole('heading', { name: 'Your password was changed' }).waitFor();
    await screenshot(page, 'storefront-password-changed-390');

    // The tab signed in with the old password is sent to log in once it next asks the API.
    await oldPage.reload();
    await oldPage.waitForURL((url) => url.pathname === '/login');
    await oldPage.getByText('Your session has ended. Please log in again.').waitFor();
    expect((await t.gql(`{ me { id } }`, {}, { token: fan.accessToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    await page.getByRole('status').getByRole('link', { name: 'Log in' }).click();
    await fillLogIn(page, fan.email, PASSWORD);
    await page.getByRole('alert').filter({ hasText: 'Email or password is incorrect.' }).waitFor();
    await fillLogIn(page, fan.email, 'a brand new password');
    await page.getByTestId('account-name').filter({ hasText: 'Rita Reset' }).waitFor();

    // The link worked once.
    await page.goto(`${t.url}${await emailedLink(fan.email, 'reset-password')}`);
    await page.getByLabel('New password', { exact: true }).fill('yet another password');
    await page.getByLabel('New password again').fill('yet another password');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByRole('alert').filter({ hasText: 'This link was already used.' }).waitFor();
  });

  it('changes settings, downloads the data as JSON and deletes the account after being told about the tokens', async () => {
    const fan = await fundedFan(t, 40, { displayName: 'Dora Delete' });
    const page = await open({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
    await signIn(page, t, fan, '/');
    await page.getByRole('link', { name: /Account settings/ }).click();
    await page.getByRole('heading', { name: 'Account settings' }).waitFor();
    expect(await page.getByTestId('account-email').textContent()).toBe(fan.email);
    await expectAccessible(page, 'account-settings');
    await screenshot(page, 'storefront-account-settings-390');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.getByLabel('Display name').fill('Dora Renamed');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByTestId('account-name').filter({ hasText: 'Dora Renamed' }).waitFor();
    await page.getByLabel('Occasional news about Minutely').check();
    await page.getByText('Saved.', { exact: true }).waitFor();
    const [prefs] = await t.sql<{ notify_product_news: boolean }>(`SELECT notify_product_news FROM account WHERE id = $1`, [fan.id]);
    expect(prefs.notify_product_news).toBe(true);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my data' }).click()]);
    expect(download.suggestedFilename()).toBe(`minutely-data-${fan.handle}.json`);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported.account).toMatchObject({ id: fan.id, email: fan.email, displayName: 'Dora Renamed' });
    expect(exported.balances.available).toBe(40);

    await page.getByRole('link', { name: 'Delete my account…' }).click();
    await page.getByRole('heading', { name: 'Delete your account' }).waitFor();
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.getByText('Enter your password to confirm.').waitFor();
    await page.getByLabel('Your password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.getByText('Your wallet still holds 40 tokens').waitFor();
    await expectAccessible(page, 'delete-account');
    await screenshot(page, 'storefront-delete-account-warning-390');
    expect(await page.getByRole('button', { name: 'Delete my account' }).isDisabled()).toBe(true);
    await page.getByLabel('I understand, delete my account anyway').check();
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.getByRole('heading', { name: 'Your account was deleted' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('minutely.session'))).toBeNull();
    const [row] = await t.sql<{ status: string }>(`SELECT status FROM account WHERE id = $1`, [fan.id]);
    expect(row.status).toBe('DELETED');
  });

  it('asks for empty log-in fields instead of calling the API, shows a 404 page, and tells a suspended user so', async () => {
    const page = await open();
    await page.goto(`${t.url}/login`);
    await expectAccessible(page, 'login');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByText('Enter your email address.').waitFor();
    await page.getByText('Enter your password.').waitFor();
    expect(await page.getByText('Email or password is incorrect.').count()).toBe(0);
    await screenshot(page, 'storefront-login-empty');

    await page.goto(`${t.url}/no/such/page`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    expect(await page.title()).toBe('Page not found · Minutely');
    expect(new URL(page.url()).pathname).toBe('/no/such/page');
    await expectAccessible(page, 'not-found');
    await screenshot(page, 'storefront-404');

    const fan = await fundedFan(t, 0);
    await signIn(page, t, fan, '/wallet');
    await page.getByRole('heading', { name: 'Wallet' }).waitFor();
    await t.app.uow.run(t.app.contexts.system('test'), (tx) => t.app.identity.suspendAccount(tx, fan.id, 'abuse'));
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByRole('alert').filter({ hasText: 'Your account has been suspended' }).waitFor();
    await screenshot(page, 'storefront-login-suspended');
  });

  it('states a creator’s pause once on their home page', async () => {
    const creator = await callableCreator(t, 30, { displayName: 'Pam Break' });
    await t.ok('mutation { pauseCalls(minutes: 60) { __typename } }', {}, { token: creator.accessToken });
    const page = await open();
    await signIn(page, t, creator, '/');
    await page.getByRole('heading', { name: 'Welcome, Pam Break' }).waitFor();
    await page.getByRole('button', { name: 'Resume calls now' }).waitFor();
    expect(await page.getByText(/paused/i).count()).toBe(1);
    expect(await page.getByText('Calls are on').count()).toBe(0);
    await page.getByText('Your price is 30 tokens a minute.').waitFor();
    await expectAccessible(page, 'creator home paused');
    await screenshot(page, 'storefront-creator-home-paused');
  });
});
