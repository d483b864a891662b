import { startTestServer } from '../../api/test/harness';
import { RequestContext } from '../../api/src/common/context';
import { Role } from '../../api/src/modules/identity/account.entity';
import { launchBrowser, openPage, screenshot } from '../../storefront/e2e/browser';

it('debug', async () => {
  const [t, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  const { page } = await openPage(browser);
  page.on('console', (m) => console.log('console', m.type(), m.text()));
  page.on('request', (r) => console.log('req', r.method(), r.url(), r.postData()?.slice(0, 80)));
  await page.goto(`${t.url}/admin`);
  await page.waitForTimeout(2000);
  console.log('url', page.url());
  await screenshot(page, 'debug1');
  await t.app.identity.createAccount(new RequestContext(t.app, 'test', 'local', null), { email: 'm@example.test', password: 'correct horse battery', displayName: 'Mod', handle: 'modx', role: Role.MODERATOR });
  await page.goto(`${t.url}/admin/login`);
  await page.getByRole('textbox', { name: 'Email' }).fill('m@example.test');
  await page.locator('input[name="password"]').fill('correct horse battery');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForTimeout(2000);
  console.log('url', page.url(), await page.evaluate(() => localStorage.getItem('minutely.admin.session')));
  await screenshot(page, 'debug2');
  await browser.close(); await t.close();
});
