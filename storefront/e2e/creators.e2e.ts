import type { Browser, Page } from 'playwright-core';
import { ManualClock } from '../../api/src/common/clock';
import { startTestServer, type TestServer } from '../../api/test/harness';
import { describeWithBrowser, expectAccessible, keepLastScreens, launchBrowser, openPage, screenshot, type OpenedPage } from '@minutely/e2e-support';
import { callableCreator, fundedFan, signIn, walletOf } from './storefront-fixtures';

// The creator's side, and the fan's outcomes around it, on a clock the test moves: a missed call, a paid
// chat lock, call settings with phone verification through the dev outbox and weekly hours, the SMS link
// to the answer screen, and a fan buying tokens when a call needs more.

const clock = new ManualClock(new Date());

describeWithBrowser('storefront: creators and their fans in the browser', () => {
  let t: TestServer;
  let browser: Browser;
  const tabs: OpenedPage[] = [];

  const open = async (options: Parameters<typeof openPage>[1] = {}): Promise<Page> => {
    const tab = await openPage(browser, options);
    tabs.push(tab);
    return tab.page;
  };

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestServer({ clock }), launchBrowser({ fakeMedia: true })]);
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

  it('a call nobody answers is missed: the fan may leave a message, the creator sees an unread missed call', async () => {
    const creator = await callableCreator(t, 20, { displayName: 'Milo Missed' });
    const fan = await fundedFan(t, 100, { displayName: 'Nina Nobody' });
    const [creatorPage, fanPage] = await Promise.all([open(), open()]);
    await signIn(creatorPage, t, creator, '/');
    await creatorPage.getByRole('heading', { name: 'Welcome, Milo Missed' }).waitFor();
    await signIn(fanPage, t, fan, `/creators/${creator.handle}`);
    await fanPage.getByRole('button', { name: 'Video call' }).click();
    await fanPage.getByTestId('ringing').waitFor();
    await creatorPage.getByTestId('incoming-call').waitFor();

    clock.advance(61_000);
    await t.app.timers.runDue();

    const summary = fanPage.locator('[data-testid=call-summary][data-state=MISSED]');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Milo Missed did not answer');
    await creatorPage.getByTestId('incoming-call').waitFor({ state: 'detached' });

    // Unread for the creator, with a missed-call badge, and a system message in the chat.
    await creatorPage.getByTestId('unread-total').filter({ hasText: '1' }).waitFor();
    await creatorPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Messages' }).click();
    const row = creatorPage.getByTestId('conversations').locator('li', { hasText: 'Nina Nobody' });
    await row.getByTestId('missed-call-badge').waitFor();
    await screenshot(creatorPage, 'storefront-conversations-missed-call');
    await expectAccessible(creatorPage, 'storefront-conversations-missed-call');
    await row.click();
    await creatorPage.locator('[data-kind=MISSED_CALL]').getByText('Missed video call').waitFor();
    await creatorPage.getByTestId('unread-total').waitFor({ state: 'detached' });

    // The fan leaves a message from the missed call's screen; it arrives in the open chat at once.
    await summary.getByLabel('Leave Milo Missed a message').fill('Sorry I missed you, call me back?');
    await summary.getByRole('button', { name: 'Send message' }).click();
    await summary.getByText('Message sent.').waitFor();
    await creatorPage.getByTestId('messages').getByText('Sorry I missed you, call me back?').waitFor();
    await screenshot(fanPage, 'storefront-call-missed');
    await expectAccessible(fanPage, 'storefront-call-missed');
    await screenshot(creatorPage, 'storefront-chat-missed-call-creator');
    await expectAccessible(creatorPage, 'storefront-chat-missed-call-creator');
    expect(await walletOf(t, fan)).toEqual({ available: 100, held: 0 });
  });

  it('a creator locks a chat for a price and the fan pays to unlock it', async () => {
    const creator = await callableCreator(t, 20, { displayName: 'Tara Tarot' });
    const fan = await fundedFan(t, 100, { displayName: 'Lou Locked' });
    await t.ok(
      'mutation($c: ID!) { sendMessage(creatorId: $c, text: "Can you read my cards?") { __typename } }',
      { c: creator.id },
      { token: fan.accessToken },
    );

    const [creatorPage, fanPage] = await Promise.all([open(), open({ viewport: { width: 375, height: 812 } })]);
    await signIn(creatorPage, t, creator, '/messages');
    await creatorPage.getByTestId('conversations').getByText('Lou Locked').click();
    await creatorPage.getByTestId('messages').getByText('Can you read my cards?').waitFor();
    await creatorPage.locator('.chat__header').getByRole('button', { name: 'Lock chat' }).click();
    const form = creatorPage.locator('.lock-form');
    await form.getByLabel('Price (tokens)').fill('15');
    await form.getByLabel('What comes next').fill('A full three-card reading, written for you');
    await form.getByRole('button', { name: 'Lock chat' }).click();
    await creatorPage.getByText('Waiting for Lou Locked to pay 15 tokens').waitFor();

    await signIn(fanPage, t, fan, `/messages/with/${creator.id}`);
    const locked = fanPage.getByTestId('chat-locked');
    await locked.waitFor();
    expect(await locked.textContent()).toContain('A full three-card reading, written for you');
    expect(await fanPage.locator('[data-kind=CHAT_LOCKED] [data-lock-state=OPEN]').count()).toBe(1);
    expect(await fanPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(fanPage, 'storefront-chat-locked-375');
    await expectAccessible(fanPage, 'storefront-chat-locked-375');

    await locked.getByRole('button', { name: 'Pay 15 tokens to unlock' }).click();
    await locked.waitFor({ state: 'detached' });
    await fanPage.locator('[data-kind=CHAT_LOCKED] [data-lock-state=PAID]').waitFor();
    await fanPage.getByPlaceholder('Write a message…').fill('Paid, thank you!');
    await fanPage.getByRole('button', { name: 'Send', exact: true }).click();
    await creatorPage.getByTestId('messages').getByText('Paid, thank you!').waitFor();
    await creatorPage.locator('[data-kind=CHAT_UNLOCKED]').waitFor();
    await screenshot(creatorPage, 'storefront-chat-unlocked-creator');
    await expectAccessible(creatorPage, 'storefront-chat-unlocked-creator');

    expect(await walletOf(t, fan)).toEqual({ available: 85, held: 0 });
    const { earnings } = await t.ok<{ earnings: { balance: number } }>('{ earnings { balance } }', {}, { token: creator.accessToken });
    expect(earnings.balance).toBe(12); // 15 less the 20% commission
  });

  it('a creator verifies a phone with the code from the dev outbox, turns calls on and sets hours a fan reads in their own time zone', async () => {
    const creator = await t.signUp('CREATOR', { displayName: 'Sol Settings' });
    const page = await open({ timezoneId: 'Asia/Tokyo' });
    await signIn(page, t, creator, '/settings');
    await page.getByRole('heading', { name: 'Call settings' }).waitFor();
    expect(await page.getByRole('button', { name: 'Turn calls on' }).isDisabled()).toBe(true);

    const phone = `+491511234${String(Math.floor(Math.random() * 1e4)).padStart(4, '0')}`;
    await page.getByLabel('Mobile number').fill(phone);
    await page.getByRole('button', { name: 'Send code' }).click();
    await page.getByText(`A code was sent`).or(page.getByText('We sent a code')).first().waitFor();

    // The code, read where a developer reads it: the dev outbox page.
    const outbox = await page.context().newPage();
    await outbox.goto(`${t.url}/dev/outbox`);
    const sms = outbox.locator('[data-purpose=VERIFICATION]', { hasText: phone.slice(-4) }).first();
    await sms.waitFor();
    const code = (await sms.textContent())!.match(/\b(\d{6})\b/)![1];
    await screenshot(outbox, 'storefront-dev-outbox');
    await expectAccessible(outbox, 'storefront-dev-outbox');
    await outbox.close();

    await page.getByLabel('Code from the SMS').fill('000000' === code ? '111111' : '000000');
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('alert').filter({ hasText: /code/i }).first().waitFor();
    await page.getByLabel('Code from the SMS').fill(code);
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByText(`Phone verified (number ending in ${phone.slice(-2)})`).waitFor();

    await page.getByLabel('Price per minute (tokens)').fill('5');
    await page.getByRole('button', { name: 'Turn calls on' }).click();
    await page
      .locator('.field__error')
      .filter({ hasText: /10/ })
      .or(page.getByRole('alert').filter({ hasText: /10/ }))
      .first()
      .waitFor();
    await page.getByLabel('Price per minute (tokens)').fill('25');
    await page.getByRole('button', { name: 'Turn calls on' }).click();
    await page.getByText('Calls are on. Fans can call you now.').waitFor();

    // Weekly hours in Tokyo: Monday evening, and Friday night past midnight.
    await page.getByLabel('Your time zone').selectOption('Asia/Tokyo');
    await page.getByRole('button', { name: 'Add hours' }).click();
    await page.getByRole('button', { name: 'Add hours' }).click();
    await page.getByLabel('Day of slot 1').selectOption('1');
    await page.getByLabel('Start of slot 1').fill('18:00');
    await page.getByLabel('End of slot 1').fill('22:00');
    await page.getByLabel('Day of slot 2').selectOption('5');
    await page.getByLabel('Start of slot 2').fill('23:00');
    await page.getByLabel('End of slot 2').fill('02:00');
    await page.getByRole('button', { name: 'Save hours' }).click();
    await page.getByText('Hours saved.').waitFor();
    await screenshot(page, 'storefront-creator-settings');
    await expectAccessible(page, 'storefront-creator-settings');

    // A fan in India reads them in India time (UTC+5:30, Tokyo is UTC+9; neither has DST).
    const fanPage = await open({ timezoneId: 'Asia/Kolkata' });
    await fanPage.goto(`${t.url}/creators/${creator.handle}`);
    const hours = fanPage.getByTestId('hours');
    await hours.waitFor();
    const shown = await hours.locator('li').evaluateAll((items) => items.map((li) => [...li.children].map((c) => c.textContent).join(' ')));
    expect(shown).toEqual(['Monday 14:30–18:30', 'Friday 19:30–22:30']);
    expect(await fanPage.getByText('In your time zone (Asia/Calcutta)').or(fanPage.getByText('In your time zone (Asia/Kolkata)')).count()).toBe(1);
    expect(await fanPage.locator('.profile__price').textContent()).toContain('25');
    await screenshot(fanPage, 'storefront-creator-profile-hours');
    await expectAccessible(fanPage, 'storefront-creator-profile-hours');

    // On a Wednesday the creator is away: a call tells the fan when they are back (Friday 23:00 in Tokyo).
    const now = clock.now();
    const wednesday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + ((3 - now.getUTCDay() + 7) % 7 || 7), 3));
    clock.set(wednesday);
    const fan = await fundedFan(t, 100);
    await signIn(fanPage, t, fan, `/creators/${creator.handle}`);
    await fanPage.locator('.profile [data-testid=availability][data-status=AWAY]').waitFor();
    await fanPage.getByRole('button', { name: 'Video call' }).click();
    const outcome = fanPage.locator('[data-outcome=CreatorUnavailable]');
    await outcome.waitFor();
    expect(await outcome.textContent()).toMatch(/Back .*(7:30\sPM|19:30) \(your time\)/);
    await outcome.getByLabel('Leave Sol Settings a message').waitFor();
    await screenshot(fanPage, 'storefront-call-unavailable');
    await expectAccessible(fanPage, 'storefront-call-unavailable');
  });

  it('the SMS link signs the creator in on the answer screen, where they can decline', async () => {
    const creator = await callableCreator(t, 20, { displayName: 'Ada Away' });
    const fan = await fundedFan(t, 100, { displayName: 'Sam Sms' });
    // The creator has no page open, so the ring goes out by SMS with a single-use link.
    const { startCall } = await t.ok<{ startCall: { id: string } }>(
      'mutation($c: ID!) { startCall(creatorId: $c) { ... on Call { id } } }',
      { c: creator.id },
      { token: fan.accessToken },
    );
    const { devOutbox } = await t.ok<{ devOutbox: { body: string }[] }>('{ devOutbox(first: 50) { body } }', {}, { token: creator.accessToken });
    const link = devOutbox.map((m) => m.body.match(/https?:\/\/\S+\/answer\/\S+/)?.[0]).find((l) => l?.includes(startCall.id));
    expect(link).toBeDefined();
    expect(devOutbox.find((m) => m.body.includes(startCall.id))!.body).toMatch(/^Minutely: you have an incoming call\./);

    const page = await open({ viewport: { width: 375, height: 740 } });
    const { pathname, search } = new URL(link!);
    await page.goto(`${t.url}${pathname}${search}`);
    const incoming = page.getByTestId('incoming-call');
    await incoming.waitFor();
    expect(await incoming.textContent()).toContain('Sam Sms');
    await page.getByTestId('media-ready').waitFor();
    expect(new URL(page.url()).search).toBe(''); // the token is not left in the address bar
    await screenshot(page, 'storefront-answer-link-375');
    await expectAccessible(page, 'storefront-answer-link-375');

    await incoming.getByRole('button', { name: 'Decline' }).click();
    await incoming.waitFor({ state: 'detached' });
    expect(await page.getByTestId('account-name').textContent()).toBe('Ada Away');
    const { call } = await t.ok<{ call: { state: string } }>('query($id: ID!) { call(id: $id) { state } }', { id: startCall.id }, { token: fan.accessToken });
    expect(call.state).toBe('DECLINED');
  });

  it('a fan short of tokens buys a pack (test mode) and calls', async () => {
    const creator = await callableCreator(t, 30, { displayName: 'Ivy Pricey' });
    const fan = await fundedFan(t, 10);
    const page = await open();
    await signIn(page, t, fan, `/creators/${creator.handle}`);
    await page.getByRole('button', { name: 'Video call' }).click();
    const outcome = page.locator('[data-outcome=InsufficientTokens]');
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain('needs at least 30 tokens for the first minute; you have 10 tokens');
    await outcome.getByRole('button', { name: /^Buy 100 tokens/ }).click();
    await outcome.getByText('100 tokens added to your wallet.').waitFor();
    await outcome.getByText('Test mode: no real money was charged.').waitFor();
    await screenshot(page, 'storefront-insufficient-tokens');
    await expectAccessible(page, 'storefront-insufficient-tokens');
    await outcome.getByRole('button', { name: 'Call now' }).click();
    await page.getByTestId('ringing').waitFor();
    await page.getByRole('button', { name: 'Cancel call' }).click();
    await page.locator('[data-testid=call-summary][data-state=CANCELLED]').waitFor();
    expect(await walletOf(t, fan)).toEqual({ available: 110, held: 0 });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Wallet' }).click();
    await page.getByTestId('history').getByText('Token purchase', { exact: true }).first().waitFor();
    await screenshot(page, 'storefront-wallet');
    await expectAccessible(page, 'storefront-wallet');
  });
});
