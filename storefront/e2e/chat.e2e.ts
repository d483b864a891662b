import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../../api/test/harness';
import { describeWithBrowser, expectAccessible, keepLastScreens, launchBrowser, openPage, screenshot, type OpenedPage } from '@minutely/e2e-support';
import { callableCreator, fundedFan, signIn } from './storefront-fixtures';

// The chat between a fan and a creator in two browsers (seed 002): emoji from the picker, the creator's presence
// in the chat and the "left the chat" line, and the creator's webcam invitation that the fan accepts.

const GRACE_MS = 1500;

describeWithBrowser('storefront: presence, emoji and call invitations in the chat', () => {
  let t: TestServer;
  let browser: Browser;
  const tabs: OpenedPage[] = [];

  const open = async (): Promise<{ page: Page; tab: OpenedPage }> => {
    const tab = await openPage(browser);
    tabs.push(tab);
    return { page: tab.page, tab };
  };

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestServer({ env: { PRESENCE_GRACE_MS: String(GRACE_MS) } }), launchBrowser({ fakeMedia: true })]);
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

  it('sends an emoji as text, shows the creator in the chat and their leaving, and starts a paid call from the creator’s invitation', async () => {
    const creator = await callableCreator(t, 20, { displayName: 'Cleo Creator' });
    const fan = await fundedFan(t, 100, { displayName: 'Finn Fan' });

    // The fan writes a first message with an emoji from the picker (loaded on first open).
    const { page: fanPage } = await open();
    await signIn(fanPage, t, fan, `/messages/with/${creator.id}`);
    const composer = fanPage.getByPlaceholder('Write a message…');
    await composer.fill('Hello ');
    await fanPage.getByTestId('emoji-button').click();
    const picker = fanPage.locator('emoji-picker');
    await picker.locator('input[type=search]').fill('thumbs up');
    const option = picker.locator('button[role=option]').first();
    await option.waitFor();
    const emoji = (await option.textContent())!.trim();
    expect(emoji).not.toBe('');
    await option.click();
    await fanPage.getByTestId('emoji-panel').waitFor({ state: 'hidden' });
    expect(await composer.inputValue()).toBe(`Hello ${emoji}`);
    await fanPage.getByRole('button', { name: 'Send', exact: true }).click();
    const fanMessages = fanPage.getByTestId('messages');
    await fanMessages.getByText(`Hello ${emoji}`).waitFor();
    await fanPage.waitForURL((url) => /^\/messages\/[0-9a-f-]{36}$/.test(url.pathname));
    const conversationId = new URL(fanPage.url()).pathname.split('/').pop()!;
    const stored = await t.sql<{ body: string }>(`SELECT body FROM message WHERE conversation_id = $1`, [conversationId]);
    expect(stored).toEqual([{ body: `Hello ${emoji}` }]);
    const presence = fanPage.getByTestId('creator-presence');
    await presence.filter({ hasText: 'Not in the chat' }).waitFor();

    // The creator opens the chat: the fan sees them in it, and the emoji as text.
    const { page: creatorPage, tab: creatorTab } = await open();
    await signIn(creatorPage, t, creator, `/messages/${conversationId}`);
    await creatorPage.getByTestId('messages').getByText(`Hello ${emoji}`).waitFor();
    await presence.filter({ hasText: 'In the chat now' }).waitFor();

    // The creator invites the fan to a video call at their price.
    await creatorPage.getByTestId('invite-to-call').click();
    const creatorCard = creatorPage.getByTestId('call-invitation');
    await creatorCard.getByText('Video call invitation · 20 tokens a minute').waitFor();
    expect(await creatorCard.getByRole('button', { name: 'Accept the call' }).count()).toBe(0);
    const card = fanPage.getByTestId('call-invitation');
    await card.getByText('Cleo Creator invites you to a video call at 20 tokens a minute.').waitFor();
    await card.getByText(/^Open for /).waitFor();
    await screenshot(fanPage, 'storefront-chat-invitation');
    await expectAccessible(fanPage, 'storefront-chat-invitation');

    // The creator closes their tab: after the grace the fan is told they left.
    const closedAt = Date.now();
    tabs.splice(tabs.indexOf(creatorTab), 1);
    expect(creatorTab.errors).toEqual([]);
    await creatorTab.close();
    await fanMessages
      .locator('[data-kind=CREATOR_LEFT_CHAT]')
      .getByText('Cleo Creator left the chat.')
      .waitFor({ timeout: GRACE_MS + 8000 });
    await presence.filter({ hasText: 'Not in the chat' }).waitFor();
    expect(Date.now() - closedAt).toBeGreaterThanOrEqual(GRACE_MS - 200);

    // The invitation is still open: the fan accepts it, which starts a normal call.
    await card.getByRole('button', { name: 'Accept the call' }).click();
    await fanPage.waitForURL((url) => url.pathname.startsWith('/call/'));
    const callId = new URL(fanPage.url()).pathname.split('/').pop()!;
    const [call] = await t.sql<{ state: string; price_per_minute: number; creator_id: string }>(
      `SELECT state, price_per_minute, creator_id FROM call WHERE id = $1`,
      [callId],
    );
    expect(call).toEqual({ state: 'RINGING', price_per_minute: 20, creator_id: creator.id });
    await t.ok(`mutation($id: ID!) { cancelCall(callId: $id) { state } }`, { id: callId }, { token: fan.accessToken });
  }, 120_000);
});
