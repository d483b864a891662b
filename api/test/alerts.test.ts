import { ManualClock } from '../src/common/clock';
import { fundedFan, readyCreator } from './fixtures';
import { eventually, startTestServer, type TestAccount, type TestServer } from './harness';
import { LocalSmtpServer } from './smtp-server';

// Emails about what happened while an account was away, as its notification preferences ask; received by a
// real local SMTP server.

const smtp = new LocalSmtpServer();
const clock = new ManualClock(new Date());
let t: TestServer;

beforeAll(async () => {
  await smtp.start();
  t = await startTestServer({ clock, env: { SMTP_URL: smtp.url(), EMAIL_FROM: 'Minutely <no-reply@minutely.test>', PUBLIC_URL: 'https://minutely.example' } });
});
afterAll(async () => {
  await t.close();
  await smtp.stop();
});

/** The alerts `to` received (the sign-up's verification email left out). */
const alertsTo = (to: string) => smtp.received.filter((m) => m.rcptTo.includes(to) && !m.mail.subject?.startsWith('Confirm your email'));
const subjectsTo = (to: string) => alertsTo(to).map((m) => m.mail.subject ?? '');
const quietly = () => new Promise((r) => setTimeout(r, 300));
const prefs = (account: TestAccount, input: Record<string, boolean>) =>
  t.ok(`mutation($i: NotificationPreferencesInput!) { updateNotificationPreferences(input: $i) { id } }`, { i: input }, { token: account.accessToken });
const send = (from: TestAccount, creatorId: string, text: string) =>
  t.ok(`mutation($c: ID!, $t: String!) { sendMessage(creatorId: $c, text: $t) { __typename } }`, { c: creatorId, t: text }, { token: from.accessToken });

async function missCall(fan: TestAccount, creator: TestAccount): Promise<void> {
  const { startCall } = await t.ok<{ startCall: { id: string } }>(
    `mutation($c: ID!) { startCall(creatorId: $c, kind: AUDIO) { ... on Call { id } } }`,
    { c: creator.id },
    { token: fan.accessToken },
  );
  clock.advance(61_000);
  await t.app.timers.runDue();
  const [row] = await t.sql<{ state: string }>(`SELECT state FROM call WHERE id = $1`, [startCall.id]);
  expect(row.state).toBe('MISSED');
}

describe('alert emails', () => {
  it('tells a creator about a missed call, unless they turned it off', async () => {
    const creator = await readyCreator(t, 10);
    const fan = await fundedFan(t, 100);
    await missCall(fan, creator);
    await eventually(() => expect(subjectsTo(creator.email)).toContain(`You missed a call from ${fan.displayName}`));
    const mail = alertsTo(creator.email)[0];
    expect(mail.mail.text).toContain('You missed an audio call');
    expect(mail.mail.text).toContain('https://minutely.example/messages');
    expect(mail.mail.text).toContain('https://minutely.example/account');

    await prefs(creator, { missedCalls: false });
    await missCall(fan, creator);
    await quietly();
    expect(subjectsTo(creator.email).filter((s) => s.startsWith('You missed a call'))).toHaveLength(1);
  });

  it('tells an account that is away about a new message, once per conversation in half an hour', async () => {
    const creator = await readyCreator(t, 10);
    const fan = await fundedFan(t, 0);
    await send(fan, creator.id, 'Hello there');
    await eventually(() => expect(subjectsTo(creator.email)).toEqual([`New message from ${fan.displayName}`]));
    await send(fan, creator.id, 'Are you there?');
    await quietly();
    expect(subjectsTo(creator.email)).toHaveLength(1);

    // The throttle is per conversation: another fan's message is announced at once.
    const other = await fundedFan(t, 0);
    await send(other, creator.id, 'Hi from someone else');
    await eventually(() => expect(subjectsTo(creator.email)).toContain(`New message from ${other.displayName}`));
  });

  it('sends nothing to someone with Minutely open, or who turned message emails off', async () => {
    const online = await readyCreator(t, 10);
    const fan = await fundedFan(t, 0);
    const socket = t.ws(online.accessToken);
    await eventually(() => expect(t.app.sockets.countForAccount(online.id)).toBe(1));
    await send(fan, online.id, 'You are online');
    await quietly();
    expect(subjectsTo(online.email)).toEqual([]);
    await socket.dispose();

    const optedOut = await readyCreator(t, 10);
    await prefs(optedOut, { messages: false });
    await send(fan, optedOut.id, 'You opted out');
    await quietly();
    expect(subjectsTo(optedOut.email)).toEqual([]);
  });

  it('never emails an unverified address', async () => {
    const creator = await readyCreator(t, 10);
    await t.sql(`UPDATE account SET email_verified_at = NULL WHERE id = $1`, [creator.id]);
    const fan = await fundedFan(t, 0);
    await send(fan, creator.id, 'Hello unverified');
    await quietly();
    expect(subjectsTo(creator.email)).toEqual([]);
  });
});
