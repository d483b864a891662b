import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../../api/test/harness';
import { describeWithBrowser, launchBrowser, openPage, type OpenedPage } from '@minutely/e2e-support';

// The apps work under the API's Content-Security-Policy: the storefront, the admin panel and the Agora SDK the
// call screen loads lazily. openPage turns every CSP violation Chromium reports into a page error.

describeWithBrowser('the Content-Security-Policy in the browser', () => {
  let t: TestServer;
  let browser: Browser;
  let tab: OpenedPage;

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestServer(), launchBrowser({ fakeMedia: true })]);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  beforeEach(async () => {
    tab = await openPage(browser);
  });
  afterEach(async () => {
    const errors = tab.errors.map((e) => e.message);
    await tab.close();
    expect(errors).toEqual([]);
  });

  it('is sent with the storefront, which loads and signs in under it', async () => {
    const response = await tab.page.goto(`${t.url}/login`);
    expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await tab.page.getByLabel('Email').waitFor();
    await tab.page.goto(`${t.url}/creators`);
    await tab.page.waitForLoadState('networkidle');
  });

  it('lets the admin panel load', async () => {
    await tab.page.goto(`${t.url}/admin/`);
    await tab.page.getByLabel(/email/i).first().waitFor();
    await tab.page.waitForLoadState('networkidle');
  });

  it('lets the lazily loaded Agora SDK start a session (its worker and first connections allowed)', async () => {
    await tab.page.goto(`${t.url}/`);
    await tab.page.waitForLoadState('networkidle');
    const chunk = readdirSync(join(__dirname, '..', 'dist', 'assets')).find((f) => /^agora-session-.*\.js$/.test(f));
    expect(chunk).toBeDefined();
    const outcome = await tab.page.evaluate(async (path) => {
      const { startAgoraSession } = await import(path);
      const canvas = Object.assign(document.createElement('canvas'), { width: 64, height: 48 });
      canvas.getContext('2d')!.fillRect(0, 0, 64, 48);
      const local = canvas.captureStream(5);
      const attempt = startAgoraSession({
        party: 'FAN',
        kind: 'VIDEO',
        local,
        credentials: {
          provider: 'agora',
          appId: '0123456789abcdef0123456789abcdef',
          channel: 'csp-check',
          token: 'not-a-real-token',
          uid: 7,
          expiresAt: new Date().toISOString(),
        },
        signalling: { send: async () => undefined, listen: () => () => undefined },
        renewCredentials: async () => {
          throw new Error('no renewal here');
        },
        events: { remote: () => undefined, connection: () => undefined },
      }).then(
        (session: { close(): void }) => (session.close(), 'joined'),
        (err: Error) => `refused: ${err.message}`,
      );
      // Offline, Agora cannot be reached: what matters is that nothing was blocked on the way.
      return Promise.race([attempt, new Promise((resolve) => setTimeout(() => resolve('still trying'), 4000))]);
    }, `/assets/${chunk}`);
    expect(typeof outcome).toBe('string');
  });
});
