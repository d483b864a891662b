import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestAccount, type TestServer } from '../../api/test/harness';
import { describeWithBrowser, expectAccessible, keepLastScreens, launchBrowser, openPage, screenshot, type OpenedPage } from '@minutely/e2e-support';
import { callableCreator, signIn } from './storefront-fixtures';

// Partners in the browser: the developer console (an app, a key shown once, usage), and the call button embedded
// in a page served from another local port under a strict CSP that allows only Minutely's origin.

describeWithBrowser('storefront: partners', () => {
  let t: TestServer;
  let browser: Browser;
  let host: Server;
  let hostOrigin: string;
  let hostPage = '';
  const tabs: OpenedPage[] = [];

  const open = async (): Promise<{ page: Page; tab: OpenedPage }> => {
    const tab = await openPage(browser);
    tabs.push(tab);
    return { page: tab.page, tab };
  };

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    // The partner's site: another origin (another port), with a strict CSP naming Minutely's origin only.
    host = createServer((_req, res) => {
      const minutely = t.url;
      res.setHeader(
        'Content-Security-Policy',
        `default-src 'none'; script-src ${minutely}; connect-src ${minutely} ${minutely.replace(/^http/, 'ws')}; style-src 'self'; img-src 'self'`,
      );
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(hostPage);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => host?.close(resolve));
    await t?.close();
  });
  afterEach(async () => {
    await keepLastScreens(tabs);
    const errors = tabs.flatMap((tab) => tab.errors);
    await Promise.all(tabs.splice(0).map((tab) => tab.close()));
    expect(errors).toEqual([]);
  });

  async function embedKeyFor(owner: TestAccount): Promise<string> {
    const app = await t.ok<{ registerPartnerApp: { id: string } }>(
      `mutation($input: PartnerAppInput!) { registerPartnerApp(input: $input) { id } }`,
      { input: { name: 'Fan site', allowedOrigins: [hostOrigin] } },
      { token: owner.accessToken },
    );
    const key = await t.ok<{ createApiKey: { secret: string } }>(
      `mutation($app: ID!) { createApiKey(appId: $app, scopes: [CALLS_EMBED]) { secret } }`,
      { app: app.registerPartnerApp.id },
      { token: owner.accessToken },
    );
    return key.createApiKey.secret;
  }

  it('registers an app in the developer console and shows a new key’s secret once', async () => {
    const partner = await t.signUp('FAN', { displayName: 'Pat Partner' });
    const { page } = await open();
    await signIn(page, t, partner, '/developers');
    await page.getByRole('heading', { name: 'Developers' }).waitFor();
    await page.getByLabel('Name').fill('Pat’s shop');
    await page.getByLabel('Website (optional)').fill('https://shop.example');
    await page.getByLabel('Allowed browser origins, one per line (optional)').fill('https://shop.example');
    await page.getByRole('button', { name: 'Register app' }).click();
    const card = page.getByRole('region', { name: 'Pat’s shop' });
    await card.waitFor();
    await card.getByLabel(/calls:embed/).uncheck();
    await card.getByLabel(/creators:read/).check();
    await card.getByRole('button', { name: 'Create key' }).click();
    const secret = (await card.getByTestId('new-key-secret').textContent())!.trim();
    expect(secret).toMatch(/^pk_[A-Za-z0-9]{10}_/);
    await card
      .getByTestId('api-key-row')
      .filter({ hasText: secret.slice(0, 13) })
      .getByText('creators:read')
      .waitFor();

    // The key works; its usage appears in the chart after a refresh.
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': secret },
      body: JSON.stringify({ query: '{ creators(first: 2) { edges { cursor } } }' }),
    });
    expect(res.status).toBe(200);
    await card.getByRole('button', { name: 'Refresh usage' }).click();
    await card.getByTestId('usage-totals').filter({ hasText: '1 requests' }).waitFor();
    await screenshot(page, 'storefront-developers-console');
    await expectAccessible(page, 'developers');

    // Shown once: after a reload only the prefix is listed.
    await page.reload();
    await card.getByTestId('api-key-row').first().waitFor();
    expect(await page.getByTestId('new-key-secret').count()).toBe(0);
    expect(await page.content()).not.toContain(secret);
  });

  it('renders the quick-start from the schema’s descriptions', async () => {
    const { page } = await open();
    await page.goto(`${t.url}/developers/docs`);
    await page.getByRole('heading', { name: 'Partner quick-start' }).waitFor();
    await page.getByTestId('docs-scopes').getByText('CALLS_EMBED').waitFor();
    await page
      .getByTestId('docs-operation')
      .filter({ hasText: 'query creators' })
      .getByText(t.server.schema.getQueryType()!.getFields().creators.description!.slice(0, 60))
      .waitFor();
    expect(await page.locator('pre').first().textContent()).toContain(`curl ${t.url}/graphql`);
    await expectAccessible(page, 'developers-docs');
  });

  it('embeds the call button on another origin under a strict CSP: live availability, and the call flow in a popup on Minutely', async () => {
    const creator = await callableCreator(t, 30, { displayName: 'Ava Embed' });
    const partner = await t.signUp('FAN');
    const key = await embedKeyFor(partner);
    hostPage = `<!doctype html><html lang="en"><head><title>Fan site</title></head><body>
      <h1>Talk to Ava</h1>
      <minutely-call-button creator="${creator.handle}" key="${key}"></minutely-call-button>
      <script async src="${t.url}/embed.js"></script>
    </body></html>`;
    const { page } = await open();
    const violations: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
    });
    await page.goto(hostOrigin);
    const button = page.locator('minutely-call-button');
    await page.locator('minutely-call-button[status=AVAILABLE]').waitFor();
    const inner = button.getByRole('button');
    expect(await inner.textContent()).toContain('Call now');
    expect(await inner.textContent()).toContain('30 tokens/min');

    // The creator pauses: the button follows live, and comes back on resume.
    await t.ok(`mutation { pauseCalls(minutes: 15) { pricePerMinute } }`, {}, { token: creator.accessToken });
    await page.locator('minutely-call-button[status=PAUSED]').waitFor();
    expect(await inner.isDisabled()).toBe(true);
    expect(await inner.textContent()).toContain('On a break');
    await screenshot(page, 'storefront-embed-paused');
    await t.ok(`mutation { resumeCalls { pricePerMinute } }`, {}, { token: creator.accessToken });
    await page.locator('minutely-call-button[status=AVAILABLE]').waitFor();

    // A click opens Minutely's own page for the creator in a popup, on Minutely's origin.
    const [popup] = await Promise.all([page.waitForEvent('popup'), inner.click()]);
    await popup.waitForLoadState();
    const opened = new URL(popup.url());
    expect(opened.origin).toBe(t.url);
    expect(opened.pathname).toBe(`/creators/${creator.handle}`);
    await popup.getByText('Ava Embed').first().waitFor();
    await popup.close();
    expect(violations).toEqual([]);
  });

  it('shows nothing live to a page whose origin the app does not allow', async () => {
    const creator = await callableCreator(t, 30);
    const partner = await t.signUp('FAN');
    const app = await t.ok<{ registerPartnerApp: { id: string } }>(
      `mutation($input: PartnerAppInput!) { registerPartnerApp(input: $input) { id } }`,
      { input: { name: 'Elsewhere', allowedOrigins: ['https://elsewhere.example'] } },
      { token: partner.accessToken },
    );
    const { createApiKey } = await t.ok<{ createApiKey: { secret: string } }>(
      `mutation($app: ID!) { createApiKey(appId: $app, scopes: [CALLS_EMBED]) { secret } }`,
      { app: app.registerPartnerApp.id },
      { token: partner.accessToken },
    );
    hostPage = `<!doctype html><html lang="en"><head><title>Not allowed</title></head><body>
      <minutely-call-button creator="${creator.handle}" key="${createApiKey.secret}"></minutely-call-button>
      <script async src="${t.url}/embed.js"></script></body></html>`;
    const { page } = await open();
    await page.goto(hostOrigin);
    await page
      .locator('minutely-call-button')
      .getByRole('button', { name: /Unavailable/ })
      .waitFor();
    expect(await page.locator('minutely-call-button').getAttribute('status')).toBe('unknown');
  });
});
