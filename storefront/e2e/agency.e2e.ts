import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestAccount, type TestServer } from '../../api/test/harness';
import { describeWithBrowser, expectAccessible, keepLastScreens, launchBrowser, openPage, screenshot, type OpenedPage } from '@minutely/e2e-support';
import { callableCreator, fundedFan, signIn, walletOf } from './storefront-fixtures';

// Seed 002's group owner in the browser: an agency with two creators runs their availability and chats from
// its live panel. A fan writes to one of them, the row animates, the owner replies and locks the chat as the
// creator, the fan pays, and when the owner closes the panel both creators go offline for the fan.

const GRACE_MS = 1500;

describeWithBrowser('storefront: an agency’s live panel', () => {
  let t: TestServer;
  let browser: Browser;
  const tabs: OpenedPage[] = [];

  const open = async (): Promise<{ page: Page; tab: OpenedPage }> => {
    const tab = await openPage(browser);
    tabs.push(tab);
    return { page: tab.page, tab };
  };

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestServer({ env: { PRESENCE_GRACE_MS: String(GRACE_MS) } }), launchBrowser()]);
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

  async function member(owner: TestAccount, creator: TestAccount): Promise<void> {
    const { inviteCreatorToAgency } = await t.ok<{ inviteCreatorToAgency: { id: string } }>(
      `mutation($h: String!) { inviteCreatorToAgency(handle: $h, shareBps: 3000) { id } }`,
      { h: creator.handle },
      { token: owner.accessToken },
    );
    await t.ok(
      `mutation($m: ID!) { respondToAgencyInvitation(membershipId: $m, accept: true) { state } }`,
      { m: inviteCreatorToAgency.id },
      { token: creator.accessToken },
    );
  }

  it('sets two creators online, alerts on a fan’s message, replies and locks as the creator, and sets them offline when closed', async () => {
    const owner = await t.signUp('AGENCY', { displayName: 'Nova Agency' });
    await t.ok(`mutation { createAgency(name: "Nova Agency") { id } }`, {}, { token: owner.accessToken });
    const ava = await callableCreator(t, 20, { displayName: 'Ava Agency' });
    const leo = await callableCreator(t, 25, { displayName: 'Leo Agency' });
    await member(owner, ava);
    const fan = await fundedFan(t, 100, { displayName: 'Fay Fan' });

    const { page: panel, tab: panelTab } = await open();
    await signIn(panel, t, owner, '/agency');
    const row = (creator: TestAccount) => panel.locator(`tr[data-creator=${creator.handle}]`);
    await row(ava).waitFor();

    // Leo is invited from the panel and accepts in his settings: his row appears live.
    await panel.getByLabel('Creator’s handle').fill(`@${leo.handle}`);
    await panel.getByLabel('Agency share (% of the creator’s part)').fill('30');
    await panel.getByRole('button', { name: 'Invite', exact: true }).click();
    await panel.getByText(`@${leo.handle} · 30% · waiting for an answer`).waitFor();
    const { page: leoPage, tab: leoTab } = await open();
    await signIn(leoPage, t, leo, '/settings');
    const invitation = leoPage.getByTestId('agency-membership');
    await invitation.getByText('Nova Agency invites you for 30% of your part of each payment.').waitFor();
    await invitation.getByRole('button', { name: 'Accept' }).click();
    await invitation.getByText('You are managed by Nova Agency').waitFor();
    await row(leo).waitFor();
    tabs.splice(tabs.indexOf(leoTab), 1);
    expect(leoTab.errors).toEqual([]);
    await leoTab.close();
    // Everyone starts offline when the panel opens (Leo once his own tab's grace is over).
    expect(await row(ava).getByTestId('row-status').textContent()).toBe('Offline');
    await row(leo).getByTestId('row-status').filter({ hasText: 'Offline' }).waitFor();
    await panel.getByRole('button', { name: 'Set all online' }).click();
    await row(ava).getByTestId('row-status').filter({ hasText: 'Online' }).waitFor();
    await row(leo).getByTestId('row-status').filter({ hasText: 'Online' }).waitFor();
    await screenshot(panel, 'storefront-agency-panel');
    await expectAccessible(panel, 'storefront-agency-panel');

    const { page: fanPage } = await open();
    await signIn(fanPage, t, fan, '/creators');
    const card = (creator: TestAccount, reachability: string) => fanPage.locator(`article[data-handle=${creator.handle}][data-reachability=${reachability}]`);
    await card(ava, 'ONLINE_NOW').waitFor();
    await card(leo, 'ONLINE_NOW').waitFor();

    // The fan writes to Ava: her row animates and an alert sounds (counted by the panel).
    await fanPage.goto(`${t.url}/messages/with/${ava.id}`);
    await fanPage.getByPlaceholder('Write a message…').fill('Hi Ava, can you read my cards?');
    await fanPage.getByRole('button', { name: 'Send', exact: true }).click();
    await row(ava).and(panel.locator('[data-alerting]')).waitFor();
    expect(await row(leo).getAttribute('data-alerting')).toBeNull();
    await panel.waitForFunction(() => Number(document.querySelector('[data-testid=alert-count]')?.getAttribute('data-alerts')) >= 1);
    await row(ava).getByTestId('row-unread').filter({ hasText: '1' }).waitFor();

    // The owner opens Ava's chats, replies as Ava and locks the chat.
    await row(ava).getByRole('button', { name: 'Chats' }).click();
    const messages = panel.getByTestId('agency-messages');
    await messages.getByText('Hi Ava, can you read my cards?').waitFor();
    // With Ava's chat open in the panel, the fan sees Ava in the chat.
    await fanPage.getByTestId('creator-presence').filter({ hasText: 'In the chat now' }).waitFor();
    await panel.getByLabel('Reply as Ava Agency').fill('Of course! A full reading is 15 tokens.');
    await panel.getByRole('button', { name: 'Send', exact: true }).click();
    await messages.getByText('Of course! A full reading is 15 tokens.').waitFor();
    await messages.getByTestId('sent-by-agency').filter({ hasText: 'Nova Agency' }).waitFor();
    await panel.getByRole('button', { name: 'Lock chat' }).click();
    await panel.getByLabel('Price (tokens)').fill('15');
    await panel.getByLabel('What comes next').fill('A full three-card reading');
    await panel.getByRole('button', { name: 'Lock for 15 tokens' }).click();
    await messages.locator('[data-kind=CHAT_LOCKED] [data-lock-state=OPEN]').waitFor();
    await screenshot(panel, 'storefront-agency-chat');
    await expectAccessible(panel, 'storefront-agency-chat');

    // The fan sees Ava's reply (not the agency) and pays the lock.
    await fanPage.getByTestId('messages').getByText('Of course! A full reading is 15 tokens.').waitFor();
    expect(await fanPage.getByTestId('sent-by-agency').count()).toBe(0);
    const locked = fanPage.getByTestId('chat-locked');
    await locked.getByRole('button', { name: 'Pay 15 tokens to unlock' }).click();
    await locked.waitFor({ state: 'detached' });
    await messages.locator('[data-kind=CHAT_LOCKED] [data-lock-state=PAID]').waitFor();
    expect(await walletOf(t, fan)).toEqual({ available: 85, held: 0 });
    // 15 tokens: platform 3, the agency ⌊12 × 30%⌋ = 3, Ava 9.
    await row(ava).getByTestId('row-earned').filter({ hasText: '9 tokens' }).waitFor();
    await panel.getByTestId('agency-earnings').filter({ hasText: '3 tokens · 3 tokens today' }).waitFor();
    const { agencyEarnings } = await t.ok<{ agencyEarnings: { balance: number } }>('{ agencyEarnings { balance } }', {}, { token: owner.accessToken });
    expect(agencyEarnings.balance).toBe(3);

    // The owner closes the panel: both creators show offline to the fan within the grace.
    await fanPage.goto(`${t.url}/creators`);
    await card(ava, 'ONLINE_NOW').waitFor();
    await card(leo, 'ONLINE_NOW').waitFor();
    const closedAt = Date.now();
    tabs.splice(tabs.indexOf(panelTab), 1);
    expect(panelTab.errors).toEqual([]);
    await panelTab.close();
    await card(ava, 'BY_PHONE').waitFor({ timeout: GRACE_MS + 8000 });
    await card(leo, 'BY_PHONE').waitFor({ timeout: GRACE_MS + 8000 });
    expect(Date.now() - closedAt).toBeGreaterThanOrEqual(GRACE_MS - 200);
  }, 180_000);
});
