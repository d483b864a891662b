import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../../api/test/harness';
import { describeWithBrowser, expectAccessible, launchBrowser, openPage, screenshot, type OpenedPage } from '@minutely/e2e-support';

// The storefront's sign-up, log-in and log-out in real Chromium against the real API.

const PASSWORD = 'correct horse battery';
let counter = 0;
const unique = () => `${Date.now().toString(36)}${counter++}`;

interface SignUpForm {
  displayName: string;
  handle: string;
  email: string;
  password: string;
  role?: 'fan' | 'creator';
}

const newFan = (): SignUpForm => {
  const id = unique();
  return { displayName: `Fran ${id}`, handle: `fran_${id}`, email: `fran-${id}@example.test`, password: PASSWORD };
};

async function fillSignUp(page: Page, form: SignUpForm) {
  await page.getByText(form.role === 'creator' ? 'I’m a creator' : 'I’m a fan').click();
  await page.getByLabel('Display name').fill(form.displayName);
  await page.getByLabel('Handle').fill(form.handle);
  await page.getByLabel('Email').fill(form.email);
  await page.getByLabel('Password').fill(form.password);
  await page.getByRole('button', { name: 'Create account' }).click();
}

async function fillLogIn(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** Signs up through the form; the page says to check the inbox, and its "Log in" link leads to logging in. */
async function signUpAndLogIn(page: Page, form: SignUpForm) {
  await fillSignUp(page, form);
  await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();
  expect(await page.getByRole('status').textContent()).toContain(form.email);
  await page.getByRole('status').getByRole('link', { name: 'Log in' }).click();
  await page.waitForURL((url) => url.pathname === '/login');
  await fillLogIn(page, form.email, form.password);
}

const pathOf = (page: Page) => new URL(page.url()).pathname;
const accountName = (page: Page) => page.getByTestId('account-name');
const storedSession = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('minutely.session') ?? 'null') as { accessToken: string; refreshToken: string } | null);

describeWithBrowser('storefront: accounts in the browser', () => {
  let t: TestServer;
  let browser: Browser;
  let tab: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestServer({ env: { LOGIN_MAX_PER_ACCOUNT: '3' } }), launchBrowser()]);
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

  it('sends a signed-out visitor to log in, then back where they were going', async () => {
    await page.goto(`${t.url}/wallet`);
    await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('next') === '/wallet');
    await page.getByRole('heading', { name: 'Welcome back' }).waitFor();
    expect(await page.title()).toBe('Log in · Minutely');

    await page.goto(`${t.url}/login?next=${encodeURIComponent('/?tab=creators')}`);
    const fan = await t.signUp('FAN', { displayName: 'Nora Next' });
    await fillLogIn(page, fan.email, fan.password);
    await page.waitForURL((url) => url.pathname === '/' && url.search.startsWith('?tab=creators'));
    // A fan's home leads with the creators (no welcome banner).
    await page.getByRole('heading', { name: 'Creators', exact: true }).waitFor();
    expect(await accountName(page).textContent()).toBe('Nora Next');
  });

  it('signs a fan up, shows their name, logs out and logs back in', async () => {
    const fan = newFan();
    await page.goto(`${t.url}/signup`);
    await signUpAndLogIn(page, fan);

    await page.getByRole('heading', { name: 'Creators', exact: true }).waitFor();
    expect(pathOf(page)).toBe('/');
    expect(await accountName(page).textContent()).toBe(fan.displayName);
    expect(await page.locator('.hero').count()).toBe(0);
    expect(await storedSession(page)).toMatchObject({ accessToken: expect.any(String), refreshToken: expect.any(String) });
    await screenshot(page, 'storefront-home');
    await expectAccessible(page, 'storefront-home');

    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    expect(await storedSession(page)).toBeNull();
    expect(await accountName(page).count()).toBe(0);
    // Signed out, home is the landing page again.
    await page.goto(`${t.url}/`);
    await page.getByRole('button', { name: 'I am 18 or older' }).waitFor();
    await page.goto(`${t.url}/login`);

    await fillLogIn(page, fan.email, fan.password);
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { name: 'Creators', exact: true }).waitFor();
    expect(await accountName(page).textContent()).toBe(fan.displayName);
  });

  it('signs a creator up as a creator', async () => {
    const creator = { ...newFan(), displayName: `Cora ${unique()}`, role: 'creator' as const };
    await page.goto(`${t.url}/signup`);
    await signUpAndLogIn(page, creator);
    await page.getByRole('heading', { name: `Welcome, ${creator.displayName}` }).waitFor();
    expect(await page.locator('.hero .badge').textContent()).toBe('Creator');
    const [row] = await t.sql<{ role: string }>('SELECT role FROM account WHERE handle = $1', [creator.handle]);
    expect(row.role).toBe('CREATOR');
  });

  it('shows the API’s message for a wrong password, and stays signed out', async () => {
    const fan = await t.signUp('FAN');
    await page.goto(`${t.url}/login`);
    await fillLogIn(page, fan.email, 'not the password');
    await page.getByRole('alert').filter({ hasText: 'Email or password is incorrect.' }).waitFor();
    expect(pathOf(page)).toBe('/login');
    expect(await storedSession(page)).toBeNull();
    await screenshot(page, 'storefront-login-wrong-password');
    await expectAccessible(page, 'storefront-login-wrong-password');
  });

  it('tells how long to wait after too many failed log-ins', async () => {
    const fan = await t.signUp('FAN');
    await page.goto(`${t.url}/login`);
    for (let attempt = 0; attempt < 3; attempt++) {
      await fillLogIn(page, fan.email, `wrong password ${attempt}`);
      await page.getByRole('button', { name: 'Log in' }).and(page.locator(':not([disabled])')).waitFor();
    }
    await fillLogIn(page, fan.email, fan.password);
    const alert = page.getByRole('alert').filter({ hasText: 'Too many attempts.' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^\s*Too many attempts\. Try again in (\d+ seconds?|\d+ minutes)\.\s*$/);
  });

  it('shows a taken handle next to the handle field', async () => {
    const existing = await t.signUp('FAN');
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${t.url}/signup`);
    await fillSignUp(page, { ...newFan(), handle: existing.handle });

    const handleError = page.locator('.field', { has: page.getByLabel('Handle') }).locator('.field__error');
    await handleError.waitFor();
    expect(await handleError.textContent()).toBe(`The handle "${existing.handle}" is taken.`);
    expect(await page.locator('.alert').textContent()).toContain('Please correct the fields marked below.');
    expect(pathOf(page)).toBe('/signup');
    await screenshot(page, 'storefront-signup-taken-handle-375');
    await expectAccessible(page, 'storefront-signup-taken-handle-375');
  });

  it('shows each invalid field’s message next to it', async () => {
    await page.goto(`${t.url}/signup`);
    await fillSignUp(page, { displayName: 'Val', handle: 'Not A Handle', email: 'not-an-email', password: 'short' });
    const errorOf = (label: string) => page.locator('.field', { has: page.getByLabel(label) }).locator('.field__error');
    await errorOf('Handle').waitFor();
    expect(await errorOf('Handle').textContent()).toBe('Must be 3 to 30 lower-case letters, digits or underscores.');
    expect(await errorOf('Email').textContent()).toBe('Must be a valid email address.');
    expect(await errorOf('Password').textContent()).toBe('Must be at least 10 characters long.');
    expect(await errorOf('Display name').count()).toBe(0);
  });

  it('renews an expired access token once with the refresh token and stays signed in', async () => {
    const fan = newFan();
    await page.goto(`${t.url}/signup`);
    await signUpAndLogIn(page, fan);
    await accountName(page).filter({ hasText: fan.displayName }).waitFor();
    const before = (await storedSession(page))!;

    // An access token the API refuses, still dated valid, so the client learns of it from UNAUTHENTICATED.
    await page.evaluate(() => {
      const session = JSON.parse(localStorage.getItem('minutely.session')!);
      localStorage.setItem('minutely.session', JSON.stringify({ ...session, accessToken: 'not-a-valid-token' }));
    });
    await page.reload();
    await accountName(page).filter({ hasText: fan.displayName }).waitFor();
    await page.waitForFunction((old) => {
      const session = JSON.parse(localStorage.getItem('minutely.session') ?? 'null');
      return session && session.accessToken !== 'not-a-valid-token' && session.refreshToken !== old;
    }, before.refreshToken);
    const after = (await storedSession(page))!;
    const { data } = await t.gql<{ me: { handle: string } }>('{ me { handle } }', {}, { token: after.accessToken });
    expect(data?.me.handle).toBe(fan.handle);
  });

  it('follows the account live: a rename elsewhere shows in the header', async () => {
    const fan = newFan();
    await page.goto(`${t.url}/signup`);
    await signUpAndLogIn(page, fan);
    await accountName(page).filter({ hasText: fan.displayName }).waitFor();
    const { accessToken } = (await storedSession(page))!;

    // The subscription is not acknowledged, so rename until the page shows it.
    const renamed = `Renamed ${unique()}`;
    let shown = false;
    for (let attempt = 0; attempt < 25 && !shown; attempt++) {
      await t.ok('mutation($n: String!) { updateDisplayName(displayName: $n) { id } }', { n: renamed }, { token: accessToken });
      shown = await accountName(page)
        .filter({ hasText: renamed })
        .waitFor({ timeout: 300 })
        .then(
          () => true,
          () => false,
        );
    }
    expect(shown).toBe(true);
  });

  it('fits a 375px-wide phone screen', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${t.url}/signup`);
    await page.getByRole('heading', { name: 'Create your account' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'storefront-signup-375');
    await expectAccessible(page, 'storefront-signup-375');

    const fan = newFan();
    await signUpAndLogIn(page, fan);
    await accountName(page).filter({ hasText: fan.displayName }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'storefront-home-375');
    await expectAccessible(page, 'storefront-home-375');
  });
});
