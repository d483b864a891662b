import { ManualClock } from '../src/common/clock';
import { readyCreator } from './fixtures';
import { AUTH_FIELDS, eventually, startTestServer, type TestServer } from './harness';
import { LocalSmtpServer, linkIn, type Received } from './smtp-server';

// Email flows of accounts through the API, with every message received by a real local SMTP server.

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { email message } }`;
const LOG_IN = `mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { ${AUTH_FIELDS} } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`;
const ME = `{ me { id email emailVerified displayName notificationPreferences { missedCalls messages productNews } } }`;
const VERIFY = `mutation($t: String!) { verifyEmail(token: $t) { id email emailVerified } }`;
const REQUEST_RESET = `mutation($e: String!) { requestPasswordReset(email: $e) }`;
const RESET = `mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }`;
const PASSWORD = 'correct horse battery';

const smtp = new LocalSmtpServer();
const clock = new ManualClock(new Date());
let t: TestServer;
let serial = 0;

beforeAll(async () => {
  await smtp.start();
  t = await startTestServer({ clock, env: { SMTP_URL: smtp.url(), EMAIL_FROM: 'Minutely <no-reply@minutely.test>', PUBLIC_URL: 'https://minutely.example' } });
});
afterAll(async () => {
  await t.close();
  await smtp.stop();
});

const fresh = (prefix: string) => {
  const n = `${Date.now().toString(36)}${serial++}`;
  return { email: `${prefix}-${n}@example.test`, password: PASSWORD, displayName: `${prefix} ${n}`, handle: `${prefix}_${n}`.slice(0, 30) };
};

/** Waits for the `count`-th message (1-based) to `to` and returns it. */
async function mailTo(to: string, count = 1): Promise<Received> {
  let found: Received | undefined;
  await eventually(() => {
    found = smtp.received.filter((m) => m.rcptTo.includes(to))[count - 1];
    if (!found) throw new Error(`no message #${count} to ${to} yet`);
  });
  return found!;
}
const mailsTo = (to: string) => smtp.received.filter((m) => m.rcptTo.includes(to));
const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;

async function logIn(email: string, password = PASSWORD) {
  return (await t.ok<{ logIn: { accessToken: string; refreshToken: string; account: { id: string } } }>(LOG_IN, { e: email, p: password })).logIn;
}

async function signUpAndVerify(prefix: string) {
  const fields = fresh(prefix);
  await t.ok(SIGN_UP, { input: { ...fields, role: 'FAN' } });
  const token = tokenOf(linkIn(await mailTo(fields.email), 'verify-email'));
  await t.ok(VERIFY, { t: token });
  return { ...fields, session: await logIn(fields.email) };
}

describe('sign-up without enumeration, and email verification', () => {
  it('emails a single-use verification link; until it is followed the account can log in but not buy or call', async () => {
    const fields = fresh('newfan');
    const answer = await t.ok<{ signUp: { email: string; message: string } }>(SIGN_UP, {
      input: { ...fields, email: fields.email.toUpperCase(), role: 'FAN' },
    });
    expect(answer.signUp.email).toBe(fields.email);

    const mail = await mailTo(fields.email);
    expect(mail.mail.subject).toBe('Confirm your email address for Minutely');
    expect(mail.mailFrom).toBe('no-reply@minutely.test');
    const link = linkIn(mail, 'verify-email');
    expect(link.startsWith('https://minutely.example/verify-email?token=')).toBe(true);
    expect(mail.mail.html).toContain(`href="${link.replace(/&/g, '&amp;')}"`);

    const session = await logIn(fields.email);
    const me = await t.ok<{ me: { emailVerified: boolean } }>(ME, {}, { token: session.accessToken });
    expect(me.me.emailVerified).toBe(false);

    const purchase = await t.gql(`mutation { purchaseTokens(packId: "starter") { purchase { status } } }`, {}, { token: session.accessToken });
    expect(purchase.errors?.[0].extensions?.code).toBe('EMAIL_NOT_VERIFIED');
    const creator = await readyCreator(t, 10);
    const call = await t.gql(`mutation($c: ID!) { startCall(creatorId: $c) { __typename } }`, { c: creator.id }, { token: session.accessToken });
    expect(call.errors?.[0].extensions?.code).toBe('EMAIL_NOT_VERIFIED');
    expect(await t.sql(`SELECT 1 FROM purchase WHERE account_id = $1`, [session.account.id])).toHaveLength(0);

    const verified = await t.ok<{ verifyEmail: { emailVerified: boolean; email: string } }>(VERIFY, { t: tokenOf(link) });
    expect(verified.verifyEmail).toEqual({ email: fields.email, emailVerified: true, id: session.account.id });
    const again = await t.gql(VERIFY, { t: tokenOf(link) });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LINK_USED' });

    const bought = await t.ok<{ purchaseTokens: { purchase: { status: string } } }>(
      `mutation { purchaseTokens(packId: "starter") { purchase { status } } }`,
      {},
      { token: session.accessToken },
    );
    expect(bought.purchaseTokens.purchase.status).toBe('COMPLETED');
  });

  it('answers a sign-up with a registered address exactly like a new one, and tells the owner instead', async () => {
    const owner = fresh('owner');
    const first = await t.ok<{ signUp: { message: string } }>(SIGN_UP, { input: { ...owner, role: 'FAN' } });
    await mailTo(owner.email);
    const accounts = await t.sql(`SELECT id FROM account`);

    const second = await t.ok<{ signUp: { message: string; email: string } }>(SIGN_UP, {
      input: { ...fresh('intruder'), email: owner.email, password: 'a different password', role: 'CREATOR' },
    });
    expect(second.signUp).toEqual({ email: owner.email, message: first.signUp.message });
    expect(await t.sql(`SELECT id FROM account`)).toHaveLength(accounts.length);

    const note = await mailTo(owner.email, 2);
    expect(note.mail.subject).toBe('Someone tried to sign up to Minutely with your address');
    expect(note.mail.text).toContain('https://minutely.example/forgot-password');
    expect(note.mail.text).not.toMatch(/token=/);
    // The intruder's password does not work: the existing account is untouched.
    expect((await t.gql(LOG_IN, { e: owner.email, p: 'a different password' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('sends nothing for a sign-up that was refused (a taken handle): mail goes out only after the commit', async () => {
    const taken = await signUpAndVerify('handle');
    const fields = { ...fresh('refused'), handle: taken.handle };
    expect((await t.gql(SIGN_UP, { input: { ...fields, role: 'FAN' } })).errors?.[0].extensions?.code).toBe('CONFLICT');
    await new Promise((r) => setTimeout(r, 300));
    expect(mailsTo(fields.email)).toHaveLength(0);
  });

  it('refuses an expired verification link, and a new one can be asked for', async () => {
    const fields = fresh('late');
    await t.ok(SIGN_UP, { input: { ...fields, role: 'FAN' } });
    const stale = tokenOf(linkIn(await mailTo(fields.email), 'verify-email'));
    clock.advance(24 * 60 * 60_000 + 1000);
    const refused = await t.gql(VERIFY, { t: stale });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LINK_EXPIRED' });
    expect(refused.errors?.[0].message).toBe('This link has expired. Ask for a new one.');

    const session = await logIn(fields.email);
    await t.ok(`mutation { resendVerificationEmail }`, {}, { token: session.accessToken });
    const renewed = tokenOf(linkIn(await mailTo(fields.email, 2), 'verify-email'));
    expect((await t.ok<{ verifyEmail: { emailVerified: boolean } }>(VERIFY, { t: renewed })).verifyEmail.emailVerified).toBe(true);
    expect((await t.gql(VERIFY, { t: 'made-up-token' })).errors?.[0].extensions).toMatchObject({ reason: 'LINK_INVALID' });
  });
});

describe('password reset', () => {
  it('answers the same for an unknown address and sends nothing', async () => {
    const nobody = `nobody-here-${serial++}@example.test`;
    expect((await t.ok<{ requestPasswordReset: boolean }>(REQUEST_RESET, { e: nobody })).requestPasswordReset).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(mailsTo(nobody)).toHaveLength(0);
  });

  it('resets by single-use link and ends every session; the old password and tokens stop working', async () => {
    const fan = await signUpAndVerify('reset');
    const other = await logIn(fan.email);
    expect((await t.ok<{ requestPasswordReset: boolean }>(REQUEST_RESET, { e: ` ${fan.email.toUpperCase()} ` })).requestPasswordReset).toBe(true);
    const mail = await mailTo(fan.email, 2);
    expect(mail.mail.subject).toBe('Reset your Minutely password');
    expect(mail.mail.text).toContain('expires in 30 minutes');
    const token = tokenOf(linkIn(mail, 'reset-password'));

    const tooShort = await t.gql(RESET, { t: token, p: 'short' });
    expect(tooShort.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    expect((await t.ok<{ resetPassword: boolean }>(RESET, { t: token, p: 'a brand new password' })).resetPassword).toBe(true);
    for (const session of [fan.session, other]) {
      expect((await t.gql(ME, {}, { token: session.accessToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await t.gql(REFRESH, { t: session.refreshToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await t.gql(LOG_IN, { e: fan.email, p: PASSWORD })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await logIn(fan.email, 'a brand new password');

    const reused = await t.gql(RESET, { t: token, p: 'yet another password' });
    expect(reused.errors?.[0].extensions).toMatchObject({ reason: 'LINK_USED' });
    const notice = await mailTo(fan.email, 3);
    expect(notice.mail.subject).toBe('Your Minutely password was changed');
  });

  it('refuses a reset link after 30 minutes, and a later link spends the earlier ones', async () => {
    const fan = await signUpAndVerify('expiry');
    await t.ok(REQUEST_RESET, { e: fan.email });
    const first = tokenOf(linkIn(await mailTo(fan.email, 2), 'reset-password'));
    clock.advance(30 * 60_000);
    expect((await t.gql(RESET, { t: first, p: 'a brand new password' })).errors?.[0].extensions).toMatchObject({ reason: 'LINK_EXPIRED' });

    await t.ok(REQUEST_RESET, { e: fan.email });
    await t.ok(REQUEST_RESET, { e: fan.email });
    const second = tokenOf(linkIn(await mailTo(fan.email, 3), 'reset-password'));
    const third = tokenOf(linkIn(await mailTo(fan.email, 4), 'reset-password'));
    await t.ok(RESET, { t: third, p: 'a brand new password' });
    expect((await t.gql(RESET, { t: second, p: 'someone elses password' })).errors?.[0].extensions).toMatchObject({ reason: 'LINK_USED' });
    await logIn(fan.email, 'a brand new password');
  });

  it('caps the emails one address receives in an hour; the answer does not change', async () => {
    const fan = await signUpAndVerify('flood');
    for (let i = 0; i < 10; i++) expect((await t.ok<{ requestPasswordReset: boolean }>(REQUEST_RESET, { e: fan.email })).requestPasswordReset).toBe(true);
    await mailTo(fan.email, 10);
    await new Promise((r) => setTimeout(r, 300));
    expect(mailsTo(fan.email)).toHaveLength(10);
  });

  it('verifies an unverified address, since following the link proves it', async () => {
    const fields = fresh('unverified');
    await t.ok(SIGN_UP, { input: { ...fields, role: 'FAN' } });
    await mailTo(fields.email);
    await t.ok(REQUEST_RESET, { e: fields.email });
    await t.ok(RESET, { t: tokenOf(linkIn(await mailTo(fields.email, 2), 'reset-password')), p: 'a brand new password' });
    const session = await logIn(fields.email, 'a brand new password');
    expect((await t.ok<{ me: { emailVerified: boolean } }>(ME, {}, { token: session.accessToken })).me.emailVerified).toBe(true);
  });
});

describe('account settings', () => {
  const CHANGE_PASSWORD = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
  const CHANGE_EMAIL = `mutation($e: String!, $p: String!) { requestEmailChange(newEmail: $e, currentPassword: $p) { pendingEmail message } }`;

  it('changes the password with the current one; other sessions end, this one stays', async () => {
    const fan = await signUpAndVerify('chpw');
    const other = await logIn(fan.email);
    const wrong = await t.gql(CHANGE_PASSWORD, { c: 'not my password', n: 'a brand new password' }, { token: fan.session.accessToken });
    expect(wrong.errors?.[0]).toMatchObject({
      message: 'Your current password is not correct.',
      extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' },
    });

    await t.ok(CHANGE_PASSWORD, { c: PASSWORD, n: 'a brand new password' }, { token: fan.session.accessToken });
    expect((await t.gql(ME, {}, { token: other.accessToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.ok<{ me: { id: string } }>(ME, {}, { token: fan.session.accessToken })).me.id).toBe(fan.session.account.id);
    await logIn(fan.email, 'a brand new password');
    expect((await mailTo(fan.email, 2)).mail.subject).toBe('Your Minutely password was changed');
  });

  it('changes the email only once the link sent to the new address is followed', async () => {
    const fan = await signUpAndVerify('chmail');
    const target = fresh('target').email;
    const wrong = await t.gql(CHANGE_EMAIL, { e: target, p: 'not my password' }, { token: fan.session.accessToken });
    expect(wrong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const asked = await t.ok<{ requestEmailChange: { pendingEmail: string } }>(CHANGE_EMAIL, { e: target, p: PASSWORD }, { token: fan.session.accessToken });
    expect(asked.requestEmailChange.pendingEmail).toBe(target);
    expect((await mailTo(fan.email, 2)).mail.subject).toBe('Your Minutely email address is being changed');
    const link = linkIn(await mailTo(target), 'verify-email');
    expect((await t.ok<{ me: { email: string } }>(ME, {}, { token: fan.session.accessToken })).me.email).toBe(fan.email);

    const moved = await t.ok<{ verifyEmail: { email: string; emailVerified: boolean } }>(VERIFY, { t: tokenOf(link) });
    expect(moved.verifyEmail).toMatchObject({ email: target, emailVerified: true });
    await logIn(target);
    expect((await t.gql(LOG_IN, { e: fan.email, p: PASSWORD })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers a change to a registered address like any other and changes nothing', async () => {
    const fan = await signUpAndVerify('chtaken');
    const owner = await signUpAndVerify('taken');
    const asked = await t.ok<{ requestEmailChange: { message: string } }>(CHANGE_EMAIL, { e: owner.email, p: PASSWORD }, { token: fan.session.accessToken });
    expect(asked.requestEmailChange.message).toBe('We sent a confirmation link to the new address; your email changes once it is followed.');
    const note = await mailTo(owner.email, 2);
    expect(note.mail.subject).toBe('Someone tried to use your address on Minutely');
    expect(note.mail.text).not.toMatch(/token=/);
    expect((await t.ok<{ me: { email: string } }>(ME, {}, { token: fan.session.accessToken })).me.email).toBe(fan.email);
  });

  it('changes the display name and notification preferences', async () => {
    const fan = await signUpAndVerify('prefs');
    const before = await t.ok<{ me: { notificationPreferences: Record<string, boolean> } }>(ME, {}, { token: fan.session.accessToken });
    expect(before.me.notificationPreferences).toEqual({ missedCalls: true, messages: true, productNews: false });
    await t.ok(`mutation { updateNotificationPreferences(input: { messages: false, productNews: true }) { id } }`, {}, { token: fan.session.accessToken });
    await t.ok(`mutation { updateDisplayName(displayName: "  New Name ") { id } }`, {}, { token: fan.session.accessToken });
    const after = await t.ok<{ me: { displayName: string; notificationPreferences: Record<string, boolean> } }>(ME, {}, { token: fan.session.accessToken });
    expect(after.me).toMatchObject({ displayName: 'New Name', notificationPreferences: { missedCalls: true, messages: false, productNews: true } });
  });
});
