import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { eventually, startTestServer, subscribed, type TestAccount, type TestServer } from '../../api/test/harness';
import { ManualClock } from '../../api/src/common/clock';
import { Role } from '../../api/src/modules/identity';
import { AccountKind, TransferKind } from '../../api/src/modules/ledger';
import { describeWithBrowser, expectAccessible, launchBrowser, openPage, screenshot, type OpenedPage } from '@minutely/e2e-support';

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

  // Billing and party-presence deadlines follow this clock; the fan's and creator's clients move it with their heartbeats.
  const clock = new ManualClock(new Date());

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestServer({ clock }), launchBrowser()]);
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
    await t.app.identity.createAccount(t.app.contexts.system('test'), { email, password: PASSWORD, displayName, handle, role });
    return { email, displayName };
  };

  it('serves deep links such as /admin/login from the SPA fallback', async () => {
    const response = await page.goto(`${t.url}/admin/login`);
    expect(response?.status()).toBe(200);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(pathOf(page)).toBe('/admin/login');
    await expectAccessible(page, 'admin-login');
  });

  it('lets a moderator in: the dashboard shows their name, and logging out closes it', async () => {
    const moderator = await createStaff(Role.MODERATOR, 'Mona Moderator');
    await page.goto(`${t.url}/admin`);
    await page.waitForURL((url) => url.pathname === '/admin/login');
    await logIn(page, moderator.email, PASSWORD);

    await page.getByRole('heading', { name: 'Minutely moderation' }).waitFor();
    await page.getByText('Signed in as Mona Moderator').waitFor();
    await page.getByRole('heading', { name: 'Newest open reports' }).waitFor();
    await page.getByTestId('figure-open-reports').filter({ hasText: /^\d+$/ }).waitFor();
    expect(pathOf(page)).toMatch(/^\/admin\/?$/);
    expect(JSON.parse((await adminSession(page))!).account.role).toBe('MODERATOR');
    await screenshot(page, 'admin-dashboard');
    await expectAccessible(page, 'admin-dashboard');

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
    await expectAccessible(page, 'admin-login-refused-fan');
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

  // ---- the moderation flow, with a real call driven through the API by the fan's and creator's side ----

  const price = 60; // tokens per minute: one token per connected second
  const funds = 600;

  /** A creator who takes calls (seeded as api/test/calls.test.ts does) and a fan with `funds` tokens. */
  async function callPair() {
    const creator = await t.signUp('CREATOR', { displayName: 'Carla Creator' });
    await t.sql(
      `INSERT INTO creator_profile (account_id, calls_enabled, price_per_minute, phone_e164, phone_verified_at) VALUES ($1, true, $2, '+4915112345678', now())`,
      [creator.id, price],
    );
    const fan = await t.signUp('FAN', { displayName: 'Fred Fan' });
    await t.app.ledger.transfer(t.app.contexts.system('test'), {
      key: `fund:${fan.id}`,
      kind: TransferKind.PROMOTION,
      legs: [
        { account: { platform: AccountKind.PROMOTIONS }, amount: -funds },
        { account: { ownerId: fan.id, kind: AccountKind.FAN_WALLET }, amount: funds },
      ],
    });
    return { creator, fan };
  }

  const heartbeat = (who: TestAccount, callId: string) =>
    t.ok<{ reportMediaState: { state: string } }>(
      `mutation($id: ID!) { reportMediaState(callId: $id, media: { publishingAudio: true, publishingVideo: true }) { state } }`,
      { id: callId },
      { token: who.accessToken },
    );

  /**
   * The parties' clients while the call runs: every 2 s both send their media heartbeat, and the server's
   * clock moves on 2 s with its due timers (billing minutes, presence), as on a running server.
   */
  function keepCallAlive(callId: string, parties: TestAccount[]) {
    let running = true;
    const loop = (async () => {
      while (running) {
        await new Promise((r) => setTimeout(r, 2000));
        if (!running) break;
        clock.advance(2000);
        for (const who of parties) await heartbeat(who, callId).catch(() => undefined);
        await t.app.timers.runDue();
      }
    })();
    return async () => {
      running = false;
      await loop;
    };
  }

  const CALL_UPDATED = `subscription($id: ID!) { callUpdated(callId: $id) { state endReason } }`;
  type CallUpdated = { callUpdated: { state: string; endReason: string | null } };

  /** Reads a party's callUpdated events until the call has ended (minute ticks may come first). */
  async function endOf(events: { next(): Promise<{ data?: CallUpdated | null; errors?: readonly unknown[] }> }) {
    for (;;) {
      const event = await events.next();
      if (event.errors?.length) throw new Error(`callUpdated failed: ${JSON.stringify(event.errors)}`);
      if (event.data && event.data.callUpdated.state !== 'ONGOING' && event.data.callUpdated.state !== 'CONNECTING') return event.data.callUpdated;
    }
  }

  /** Fills the reason (or note) of an action's dialog and confirms it. */
  async function confirmDialog(title: string, text: string, confirm: string, amount?: number) {
    const dialog = page.getByRole('dialog', { name: title });
    await dialog.waitFor();
    if (amount !== undefined) await dialog.getByLabel('Tokens to refund').fill(String(amount));
    await dialog.getByRole('textbox', { name: /Reason|Note/ }).fill(text);
    await dialog.getByRole('button', { name: confirm, exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  const fanWallet = async (fanId: string) => (await t.app.ledger.balance(t.app.contexts.system('test'), fanId, AccountKind.FAN_WALLET)).balance;

  it('shows live calls as they start, change and end, without a reload', async () => {
    const moderator = await t.staff('MODERATOR');
    const { creator, fan } = await callPair();
    const subscriptionsBefore = t.app.sockets.subscriptionsStarted;
    await page.goto(`${t.url}/admin/login`);
    await logIn(page, moderator.email, moderator.password);
    await page.getByText(`Signed in as ${moderator.displayName}`).waitFor();
    await page.getByRole('menuitem', { name: 'Live calls' }).click();
    await page.getByText('Updates live').waitFor();
    await eventually(() => expect(t.app.sockets.subscriptionsStarted).toBeGreaterThanOrEqual(subscriptionsBefore + 2));
    const row = page.getByRole('row').filter({ hasText: 'Fred Fan' }).filter({ hasText: 'Carla Creator' });
    await expect(row.count()).resolves.toBe(0);

    // The fan calls: the call appears ringing, then ongoing once the creator answers and publishes.
    const started = await t.ok<{ startCall: { id: string } }>(
      `mutation($c: ID!) { startCall(creatorId: $c) { ... on Call { id } } }`,
      { c: creator.id },
      { token: fan.accessToken },
    );
    const callId = started.startCall.id;
    await row.getByText('Ringing').waitFor();
    await t.ok(`mutation($id: ID!) { answerCall(callId: $id) { call { id } } }`, { id: callId }, { token: creator.accessToken });
    await heartbeat(creator, callId);
    await row.getByText('Ongoing').waitFor();
    await row.getByRole('button', { name: 'Terminate', exact: true }).waitFor();
    await screenshot(page, 'admin-live-calls');
    await expectAccessible(page, 'admin-live-calls');

    for (let s = 0; s < 10; s += 5) {
      clock.advance(5000);
      await heartbeat(fan, callId);
      await heartbeat(creator, callId);
      await t.app.timers.runDue();
    }

    // The fan hangs up after 10 s: the call leaves the list of live calls.
    await t.ok(`mutation($id: ID!) { endCall(callId: $id) { state } }`, { id: callId }, { token: fan.accessToken });
    await row.waitFor({ state: 'detached' });
    // With ended calls included it is there, with why it ended, and can be refunded from the row.
    await page.getByLabel('Include ended calls').check();
    await row.getByText('Fan hung up').waitFor();
    await row.getByRole('cell', { name: '10', exact: true }).waitFor(); // tokens charged
    await row.getByRole('button', { name: 'Refund', exact: true }).waitFor();

    // The ledger shows what the call moved, linked to the call.
    await page.getByRole('menuitem', { name: 'Transfers' }).click();
    const settled = page
      .getByRole('row')
      .filter({ hasText: 'Settle' })
      .filter({ hasText: `Call ${callId.slice(0, 8)}` });
    await settled.getByText('+8 Carla Creator’s earnings').waitFor(); // 10 tokens, less the 20% commission
    await screenshot(page, 'admin-transfers');
    await expectAccessible(page, 'admin-transfers');
  });

  it('works a report from arrival to audit log: transcript, terminate, refund, suspend', async () => {
    const moderator = await t.staff('MODERATOR');
    const { creator, fan } = await callPair();

    // The moderator opens the panel; it subscribes to new reports and call changes.
    const subscriptionsBefore = t.app.sockets.subscriptionsStarted;
    await page.goto(`${t.url}/admin/login`);
    await logIn(page, moderator.email, moderator.password);
    await page.getByText(`Signed in as ${moderator.displayName}`).waitFor();
    await eventually(() => expect(t.app.sockets.subscriptionsStarted).toBeGreaterThanOrEqual(subscriptionsBefore + 2));
    await page.getByText('No calls right now.').waitFor();

    // The fan calls, the creator answers and publishes media: the call is ongoing and billed.
    const started = await t.ok<{ startCall: { __typename: string; id: string } }>(
      `mutation($c: ID!) { startCall(creatorId: $c) { __typename ... on Call { id } } }`,
      { c: creator.id },
      { token: fan.accessToken },
    );
    expect(started.startCall.__typename).toBe('Call');
    const callId = started.startCall.id;
    await t.ok(`mutation($id: ID!) { answerCall(callId: $id) { call { id } } }`, { id: callId }, { token: creator.accessToken });
    expect((await heartbeat(creator, callId)).reportMediaState.state).toBe('ONGOING');
    // They talk for 30 s (fast-forwarded), then the clients keep beating in real time.
    for (let s = 0; s < 30; s += 5) {
      clock.advance(5000);
      await heartbeat(fan, callId);
      await heartbeat(creator, callId);
      await t.app.timers.runDue();
    }
    const stopHeartbeats = keepCallAlive(callId, [fan, creator]);
    let reportId: string;

    try {
      // The dashboard shows the call without a reload.
      await page.getByRole('list', { name: 'Live calls' }).getByText('Fred Fan with Carla Creator').waitFor();
      await page.getByTestId('figure-live-calls').filter({ hasText: /^1$/ }).waitFor();

      // In the call's temporary chat the creator asks for money off-platform; the fan reports the call.
      const CHAT = `mutation($id: ID!, $t: String!) { sendCallChatMessage(callId: $id, text: $t) { id } }`;
      await t.ok(CHAT, { id: callId, t: 'Send me 50 euros on another site or I hang up' }, { token: creator.accessToken });
      await t.ok(CHAT, { id: callId, t: 'No, that is against the rules' }, { token: fan.accessToken });
      const reportedAt = Date.now();
      ({
        reportCall: { id: reportId },
      } = await t.ok<{ reportCall: { id: string } }>(
        `mutation($id: ID!) { reportCall(callId: $id, reason: SPAM_OR_SCAM, note: "Asked me to pay outside Minutely") { id } }`,
        { id: callId },
        { token: fan.accessToken },
      ));

      // It arrives in the open panel within 2 s, as a notification and in the dashboard's queue.
      const alert = page.getByTestId('new-report-alert');
      await alert.waitFor({ timeout: 2000 });
      expect(Date.now() - reportedAt).toBeLessThan(2000);
      await expect(alert.innerText()).resolves.toContain('Fred Fan reported Carla Creator in a call');
      await page.getByRole('list', { name: 'Open reports' }).getByText('Spam or scam: Carla Creator').waitFor();
      await page.getByTestId('figure-open-reports').filter({ hasText: /^1$/ }).waitFor();
      await screenshot(page, 'admin-moderation-1-new-report');
      await expectAccessible(page, 'admin-moderation-1-new-report');

      // The moderator opens it: the report, the live call and the transcript written before the report.
      await alert.getByRole('button', { name: 'Open' }).click();
      await page.waitForURL((url) => url.pathname === `/admin/Report/${reportId}/show`);
      const transcript = page.getByRole('list', { name: 'Transcript' });
      await transcript.getByText('Send me 50 euros on another site or I hang up').waitFor();
      await transcript.getByText('No, that is against the rules').waitFor();
      await page.getByText('Asked me to pay outside Minutely').waitFor();
      await page.getByText('Ongoing', { exact: true }).waitFor();
      await screenshot(page, 'admin-moderation-2-report');
      await expectAccessible(page, 'admin-moderation-2-report');

      // Terminate: both parties' clients are told at once that a moderator ended the call.
      const fanSees = await subscribed<CallUpdated>(t, t.ws(fan.accessToken), CALL_UPDATED, { id: callId });
      const creatorSees = await subscribed<CallUpdated>(t, t.ws(creator.accessToken), CALL_UPDATED, { id: callId });
      await page.getByRole('button', { name: 'Terminate', exact: true }).click();
      await confirmDialog('Terminate this call?', 'Asked the fan to pay off-platform', 'Terminate call');
      await page.getByText(/^Call terminated: \d+ tokens charged$/).waitFor();
      await expect(endOf(fanSees)).resolves.toEqual({ state: 'ENDED', endReason: 'MODERATOR_TERMINATED' });
      await expect(endOf(creatorSees)).resolves.toEqual({ state: 'ENDED', endReason: 'MODERATOR_TERMINATED' });
    } finally {
      await stopHeartbeats();
    }
    await page.getByText('Terminated by a moderator').waitFor();

    // Billing stopped at the second of the termination: one token per connected second at this price.
    const [ended] = await t.sql<{ charged_tokens: number; state: string; connected_at: Date; ended_at: Date }>(
      `SELECT charged_tokens, state, connected_at, ended_at FROM call WHERE id = $1`,
      [callId],
    );
    expect(ended.state).toBe('ENDED');
    const charged = Number(ended.charged_tokens);
    expect(charged).toBeGreaterThanOrEqual(30);
    expect(charged).toBe(Math.ceil(((new Date(ended.ended_at).getTime() - new Date(ended.connected_at).getTime()) / 1000) * (price / 60)));
    expect(await fanWallet(fan.id)).toBe(funds - charged);

    // The report queue lists it among the open reports; back to it from there.
    await page.getByRole('menuitem', { name: 'Reports' }).click();
    const queued = page.getByRole('row').filter({ hasText: 'Asked me to pay outside Minutely' });
    await queued.getByText('Open', { exact: true }).waitFor();
    await screenshot(page, 'admin-moderation-3-report-queue');
    await expectAccessible(page, 'admin-moderation-3-report-queue');
    await queued.click();
    await page.waitForURL((url) => url.pathname === `/admin/Report/${reportId}/show`);

    // The call's page lists its ledger transfers; refund 5 tokens, then the rest.
    await page.getByRole('link', { name: 'Open the call’s page' }).click();
    await page.waitForURL((url) => url.pathname === `/admin/LiveCall/${callId}/show`);
    await page.getByText('Settle').first().waitFor();
    await page.getByRole('button', { name: 'Refund', exact: true }).click();
    await confirmDialog('Refund this call?', 'Partial refund: the call was cut short', 'Refund', 5);
    await page.getByText(`Refunded 5 tokens to Fred Fan`).waitFor();
    await eventually(async () => expect(await fanWallet(fan.id)).toBe(funds - charged + 5));
    await page.getByRole('button', { name: 'Refund', exact: true }).click();
    await confirmDialog('Refund this call?', 'Refund the rest: the creator broke the rules', 'Refund');
    await page.getByText(`Refunded ${charged - 5} tokens to Fred Fan`).waitFor();
    await page.getByRole('button', { name: 'Fully refunded' }).waitFor();
    expect(await fanWallet(fan.id)).toBe(funds);
    await page.getByText(`${charged} tokens`, { exact: true }).first().waitFor();
    await screenshot(page, 'admin-moderation-4-call-refunded');
    await expectAccessible(page, 'admin-moderation-4-call-refunded');

    // Accounts: find the creator and suspend them.
    await page.getByRole('menuitem', { name: 'Accounts' }).click();
    await page.getByPlaceholder('Email, handle or name').fill(creator.handle);
    const row = page.getByRole('row').filter({ hasText: `@${creator.handle}` });
    await row.waitFor();
    await eventually(async () => expect(await page.getByRole('row').count()).toBe(2)); // the header and the creator
    await row.getByRole('button', { name: 'Suspend', exact: true }).click();
    await confirmDialog('Suspend Carla Creator?', 'Repeatedly asks fans for off-platform payments', 'Suspend account');
    await row.getByText('Suspended').waitFor();
    const [account] = await t.sql<{ status: string }>(`SELECT status FROM account WHERE id = $1`, [creator.id]);
    expect(account.status).toBe('SUSPENDED');
    expect((await t.gql(`{ me { id } }`, {}, { token: creator.accessToken })).errors?.[0].extensions?.code).toMatch(/UNAUTHENTICATED|ACCOUNT_SUSPENDED/);
    await screenshot(page, 'admin-moderation-5-suspended');
    await expectAccessible(page, 'admin-moderation-5-suspended');

    // Back to the report: resolve it with a note.
    await page.goto(`${t.url}/admin/Report/${reportId}/show`);
    await page.getByRole('button', { name: 'Resolve', exact: true }).click();
    await confirmDialog('Resolve this report?', 'Call terminated, refunded in full, creator suspended', 'Resolve report');
    await page.getByText('Resolved', { exact: true }).waitFor();

    // The audit log lists every step, newest first, with who and why.
    await page.getByRole('menuitem', { name: 'Audit log' }).click();
    const rows = page.getByRole('row');
    await rows.filter({ hasText: 'Resolved a report' }).waitFor();
    const lines = (await rows.allInnerTexts()).slice(1).map((line) => line.replace(/\s+/g, ' '));
    expect(lines.map((line) => /(Resolved a report|Suspended an account|Refunded a call|Terminated a call)/.exec(line)?.[1])).toEqual([
      'Resolved a report',
      'Suspended an account',
      'Refunded a call',
      'Refunded a call',
      'Terminated a call',
    ]);
    expect(lines.every((line) => line.includes(moderator.displayName))).toBe(true);
    expect(lines[0]).toContain('Call terminated, refunded in full, creator suspended');
    expect(lines[1]).toContain('Repeatedly asks fans for off-platform payments');
    expect(lines[2]).toContain(`amount: ${charged - 5}`);
    expect(lines[3]).toContain('amount: 5');
    expect(lines[4]).toContain('Asked the fan to pay off-platform');
    await screenshot(page, 'admin-moderation-6-audit-log');
    await expectAccessible(page, 'admin-moderation-6-audit-log');

    // Entries link to what they are about; none can be edited or deleted from the panel.
    await expect(page.getByRole('button', { name: /Delete|Edit/ }).count()).resolves.toBe(0);
    await rows.filter({ hasText: 'Suspended an account' }).getByRole('link').click();
    await page.waitForURL((url) => url.pathname === `/admin/Account/${creator.id}/show`);
    await page.getByRole('button', { name: 'Reinstate' }).waitFor();
  });

  it('is usable on a 390 px phone: the report queue and the accounts list fit the screen, in Minutely’s colours', async () => {
    const moderator = await t.staff('MODERATOR');
    const { creator, fan } = await callPair();
    const { sendMessage } = await t.ok<{ sendMessage: { conversationId: string } }>(
      'mutation($c: ID!) { sendMessage(creatorId: $c, text: "Pay me outside the site") { ... on Message { conversationId } } }',
      { c: creator.id },
      { token: fan.accessToken },
    );
    await t.ok(
      'mutation($id: ID!) { reportConversation(conversationId: $id, reason: SPAM_OR_SCAM, note: "Asks for payment elsewhere, twice.") { id } }',
      { id: sendMessage.conversationId },
      { token: creator.accessToken },
    );
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${t.url}/admin/login`);
    await logIn(page, moderator.email, moderator.password);
    await page.getByText(`Signed in as ${moderator.displayName}`).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'admin-dashboard-390');

    await page.goto(`${t.url}/admin/Report`);
    await page.getByText('Spam or scam · Fred Fan').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'admin-reports-390');
    await expectAccessible(page, 'admin-reports-390');

    await page.goto(`${t.url}/admin/Account`);
    await page.getByText('Fred Fan').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'admin-accounts-390');
    await expectAccessible(page, 'admin-accounts-390');
    // The app bar wears Minutely's ink, the primary buttons its violet.
    const appBar = await page.locator('header.MuiAppBar-root').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(appBar).toBe('rgb(28, 26, 46)');
  });

  it('shows a reported photo and lets a moderator remove it, audited', async () => {
    const moderator = await t.staff('MODERATOR');
    const creator = await t.signUp('CREATOR', { displayName: 'Pia Photo' });
    const fan = await t.signUp('FAN');
    const image = await sharp({ create: { width: 500, height: 500, channels: 3, background: '#d3e4f7' } })
      .jpeg()
      .toBuffer();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(image)], { type: 'image/jpeg' }), 'me.jpg');
    const upload = (await (
      await fetch(`${t.url}/uploads?purpose=PROFILE`, { method: 'POST', body: form, headers: { authorization: `Bearer ${creator.accessToken}` } })
    ).json()) as { uploadId: string };
    const placed = await t.ok<{ placePhoto: { profile: { id: string } } }>(
      `mutation($id: ID!) { placePhoto(uploadId: $id) { profile { id } } }`,
      { id: upload.uploadId },
      {
        token: creator.accessToken,
      },
    );
    const photoId = placed.placePhoto.profile.id;
    const report = await t.ok<{ reportPhoto: { id: string } }>(
      `mutation($id: ID!) { reportPhoto(photoId: $id, reason: OTHER, note: "Not a photo of a person") { id } }`,
      { id: photoId },
      { token: fan.accessToken },
    );

    await page.goto(`${t.url}/admin/login`);
    await logIn(page, moderator.email, moderator.password);
    await page.getByText(`Signed in as ${moderator.displayName}`).waitFor();
    await page.goto(`${t.url}/admin/Report/${report.reportPhoto.id}/show`);
    await page.getByRole('img', { name: 'The reported photo' }).waitFor();
    await screenshot(page, 'admin-report-photo');
    await page.getByRole('button', { name: 'Remove photo' }).first().click();
    await confirmDialog('Remove this photo?', 'Not a portrait of the creator', 'Remove photo');
    await page.getByText('This photo was removed; its files are gone.').waitFor();
    expect(await t.sql(`SELECT action, target_id, reason FROM audit_entry WHERE target_id = $1`, [photoId])).toEqual([
      { action: 'REMOVE_PHOTO', target_id: photoId, reason: 'Not a portrait of the creator' },
    ]);
    const shown = await t.ok<{ creator: { photo: unknown } }>(`query($id: ID!) { creator(id: $id) { photo { id } } }`, { id: creator.id });
    expect(shown.creator.photo).toBeNull();
    // Closed, so the queue is empty again.
    await page.getByRole('button', { name: 'Resolve', exact: true }).click();
    await confirmDialog('Resolve this report?', 'Photo removed', 'Resolve report');
    await page.getByText('Resolved', { exact: true }).waitFor();
  });
});
