import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../../api/test/harness';
import { RequestContext } from '../../api/src/common/context';
import { Role } from '../../api/src/modules/identity/account.entity';
import { describeWithBrowser, launchBrowser, openPage, screenshot, type OpenedPage } from '../../storefront/e2e/browser';

// The react-admin panel at /admin in real Chromium: who may use it, and what they see.

const PASSWORD = 'correct horse battery';

async function logIn(page: Page, email: string, password: string) {
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const pathOf = (page: Page) => new URL(page.url()).pathname;
const adminSession = (page: Page) => page.evaluate(() => localStorage.getItem('minutely.admin.session'));

describeWithBrowser('admin: the moderation panel in the browser', () => {
  let t: TestServer;
  let browser: Browser;
  let tab: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  beforeEach(async () => {
    tab = await openPage(browser);
    page = tab.page;
  });
  afterEach(async () => {
    expect(tab.errors).toEqual([]);
    await tab.close();
  });

  const createStaff = async (role: Role, displayName: string) => {
    const handle = `staff_${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
    const email = `${handle}@example.test`;
    await t.app.identity.createAccount(new RequestContext(t.app, 'test', 'local', null), { email, password: PASSWORD, displayName, handle, role });
    return { email, displayName };
  };

  it('serves deep links such as /admin/login from the SPA fallback', async () => {
    const response = await page.goto(`${t.url}/admin/login`);
    expect(response?.status()).toBe(200);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(pathOf(page)).toBe('/admin/login');
  });

  it('lets a moderator in: the dashboard shows their name, and logging out closes it', async () => {
    const moderator = await createStaff(Role.MODERATOR, 'Mona Moderator');
    await page.goto(`${t.url}/admin`);
    await page.waitForURL((url) => url.pathname === '/admin/login');
    await logIn(page, moderator.email, PASSWORD);

    await page.getByRole('heading', { name: 'Minutely moderation' }).waitFor();
    await page.getByText('Signed in as Mona Moderator').waitFor();
    await page.getByText('arrive with the moderation issue').waitFor();
    expect(pathOf(page)).toMatch(/^\/admin\/?$/);
    expect(JSON.parse((await adminSession(page))!).account.role).toBe('MODERATOR');
    await screenshot(page, 'admin-dashboard');

    // A reload keeps the moderator signed in.
    await page.reload();
    await page.getByText('Signed in as Mona Moderator').waitFor();

    await page.getByRole('button', { name: 'Profile' }).click();
    await page.getByRole('menuitem', { name: 'Logout' }).click();
    await page.waitForURL((url) => url.pathname === '/admin/login');
    expect(await adminSession(page)).toBeNull();
  });

  it('lets an admin in too', async () => {
    const admin = await createStaff(Role.ADMIN, 'Ada Admin');
    await page.goto(`${t.url}/admin/login`);
    await logIn(page, admin.email, PASSWORD);
    await page.getByText('Signed in as Ada Admin').waitFor();
  });

  it('refuses a fan with "This panel is for moderators." and keeps no session', async () => {
    const fan = await t.signUp('FAN');
    await page.goto(`${t.url}/admin/login`);
    await logIn(page, fan.email, fan.password);

    await page.getByText('This panel is for moderators.').waitFor();
    expect(pathOf(page)).toBe('/admin/login');
    expect(await adminSession(page)).toBeNull();
    // Let the notification finish sliding in before the screenshot.
    await page.locator('.MuiSnackbar-root').evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
    await screenshot(page, 'admin-login-refused-fan');
    // The session the refused log-in opened was ended at once.
    const [open] = await t.sql<{ n: string }>(
      'SELECT count(*) AS n FROM session s JOIN account a ON a.id = s.account_id WHERE a.id = $1 AND s.revoked_at IS NULL',
      [fan.id],
    );
    expect(Number(open.n)).toBe(1); // the harness's own sign-up session only
  });

  it('shows the API’s message for a wrong password', async () => {
    const moderator = await createStaff(Role.MODERATOR, 'Mo Wrong');
    await page.goto(`${t.url}/admin/login`);
    await logIn(page, moderator.email, 'not the password');
    await page.getByText('Email or password is incorrect.').waitFor();
    expect(pathOf(page)).toBe('/admin/login');
  });
});
