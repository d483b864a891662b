import type { Browser, Page } from 'playwright-core';
import { readyCreator } from '../../api/test/fixtures';
import { startTestServer, type TestAccount, type TestServer } from '../../api/test/harness';
import { describeWithBrowser, expectAccessible, launchBrowser, openPage, screenshot, type OpenedPage } from '@minutely/e2e-support';

// The Agencies resource of the react-admin panel in real Chromium: find an agency, open it, end a membership.

describeWithBrowser('admin: agencies in the browser', () => {
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

  async function agencyWithMember(name: string): Promise<{ owner: TestAccount; creator: TestAccount; membershipId: string; agencyId: string }> {
    const owner = await t.signUp('AGENCY');
    const { createAgency } = await t.ok<{ createAgency: { id: string } }>(
      `mutation($n: String!) { createAgency(name: $n) { id } }`,
      { n: name },
      {
        token: owner.accessToken,
      },
    );
    const creator = await readyCreator(t);
    const { inviteCreatorToAgency } = await t.ok<{ inviteCreatorToAgency: { id: string } }>(
      `mutation($h: String!) { inviteCreatorToAgency(handle: $h, shareBps: 2500) { id } }`,
      { h: creator.handle },
      { token: owner.accessToken },
    );
    await t.ok(
      `mutation($m: ID!) { respondToAgencyInvitation(membershipId: $m, accept: true) { id } }`,
      { m: inviteCreatorToAgency.id },
      {
        token: creator.accessToken,
      },
    );
    return { owner, creator, membershipId: inviteCreatorToAgency.id, agencyId: createAgency.id };
  }

  it('lists agencies, finds one by name, shows its members and ends a membership with a reason, audited', async () => {
    const nova = await agencyWithMember('Nova Admin Talent');
    await agencyWithMember('Orbit Admin Agency');
    const moderator = await t.staff('MODERATOR');

    await page.goto(`${t.url}/admin/login`);
    await page.getByRole('textbox', { name: 'Email' }).fill(moderator.email);
    await page.locator('input[name="password"]').fill(moderator.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(`Signed in as ${moderator.displayName}`).waitFor();

    await page.getByRole('menuitem', { name: 'Agencies' }).click();
    await page.waitForURL((url) => url.pathname === '/admin/Agency');
    await page.getByText('Orbit Admin Agency').waitFor();
    await page.getByText('Nova Admin Talent').waitFor();

    // The search narrows the list to the one agency (the API's filter, not the page's).
    await page.getByPlaceholder('Agency name').fill('nova admin');
    await page.getByText('Orbit Admin Agency').waitFor({ state: 'hidden' });
    const row = page.getByRole('row').filter({ hasText: 'Nova Admin Talent' });
    await row.getByText(`${nova.owner.displayName} (@${nova.owner.handle})`).waitFor();
    await screenshot(page, 'admin-agencies-list');
    await expectAccessible(page, 'admin-agencies-list');

    await row.click();
    await page.waitForURL((url) => url.pathname === `/admin/Agency/${nova.agencyId}/show`);
    const member = page.getByRole('row').filter({ hasText: `${nova.creator.displayName} (@${nova.creator.handle})` });
    await member.getByText('25%').waitFor();
    await screenshot(page, 'admin-agency-show');
    await expectAccessible(page, 'admin-agency-show');

    await member.getByRole('button', { name: 'End' }).click();
    const dialog = page.getByRole('dialog', { name: `End Nova Admin Talent’s membership of ${nova.creator.displayName}?` });
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: /Reason/ }).fill('The creator reported being pressured');
    await dialog.getByRole('button', { name: 'End membership', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(`The membership of ${nova.creator.displayName} ended`).waitFor();
    await member.getByRole('button', { name: 'End' }).waitFor({ state: 'detached' });

    expect(await t.sql(`SELECT state FROM agency_membership WHERE id = $1`, [nova.membershipId])).toEqual([{ state: 'ENDED' }]);
    expect(await t.sql(`SELECT action, reason FROM audit_entry WHERE target_id = $1`, [nova.membershipId])).toEqual([
      { action: 'END_AGENCY_MEMBERSHIP', reason: 'The creator reported being pressured' },
    ]);
  });
});
