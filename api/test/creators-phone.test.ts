import { ManualClock } from '../src/common/clock';
import { codeFromOutbox, CONFIRM_VERIFICATION, MY_SETTINGS, newPhone, START_VERIFICATION, storedProfile, type SettingsResult } from './creator-fixtures';
import { startTestServer, type TestAccount, type TestServer } from './harness';

const clock = new ManualClock('2026-03-23T10:00:00Z');
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ clock, env: { ACCESS_TOKEN_TTL_SECONDS: '86400' } });
});
afterAll(() => t.close());

const MINUTE = 60_000;
type Started = { startPhoneVerification: { phoneLastTwoDigits: string; expiresAt: string; attemptsLeft: number; sendsLeft: number } };
const start = (creator: TestAccount, phone: string) => t.gql<Started>(START_VERIFICATION, { phone }, { token: creator.accessToken });
const confirm = (creator: TestAccount, code: string) =>
  t.gql<{ confirmPhoneVerification: SettingsResult }>(CONFIRM_VERIFICATION, { code }, { token: creator.accessToken });
const outboxSize = async () => Number((await t.sql<{ n: string }>(`SELECT count(*) AS n FROM sms_outbox`))[0].n);
const wrong = (code: string) => (code === '000000' ? '000001' : '000000');

describe('phone verification through the dev outbox', () => {
  it('sends a code, confirms it, and shows the phone to its owner only as verified with two last digits', async () => {
    const creator = await t.signUp('CREATOR');
    const phone = newPhone();
    const started = await start(creator, `${phone.slice(0, 3)} ${phone.slice(3, 6)} ${phone.slice(6)}`);
    expect(started.data?.startPhoneVerification).toEqual({
      phoneLastTwoDigits: phone.slice(-2),
      expiresAt: new Date(clock.now().getTime() + 10 * MINUTE).toISOString(),
      attemptsLeft: 5,
      sendsLeft: 4,
    });
    const pending = (await t.ok<{ myCreatorSettings: SettingsResult }>(MY_SETTINGS, {}, { token: creator.accessToken })).myCreatorSettings;
    expect(pending).toMatchObject({ phoneVerified: false, phoneLastTwoDigits: null, pendingPhoneVerification: { attemptsLeft: 5, sendsLeft: 4 } });

    const code = await codeFromOutbox(t, phone, creator.accessToken);
    expect(code).toMatch(/^\d{6}$/);
    // Stored as an HMAC, never as the code.
    const [stored] = await t.sql<{ code_hash: string; phone_e164: string }>(`SELECT code_hash, phone_e164 FROM phone_verification WHERE account_id = $1`, [
      creator.id,
    ]);
    expect(stored.phone_e164).toBe(phone);
    expect(stored.code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.code_hash).not.toContain(code);

    const confirmed = (await confirm(creator, ` ${code} `)).data!.confirmPhoneVerification;
    expect(confirmed).toMatchObject({ phoneVerified: true, phoneLastTwoDigits: phone.slice(-2), pendingPhoneVerification: null });
    expect(await storedProfile(t, creator.id)).toMatchObject({ phone_e164: phone });
    // Nothing in the public schema can carry a phone number.
    const creatorType = await t.ok<{ __type: { fields: { name: string }[] } }>(`{ __type(name: "Creator") { fields { name } } }`);
    expect(creatorType.__type.fields.map((f) => f.name).filter((n) => /phone/i.test(n))).toEqual([]);
  });

  it.each([
    ['a national number without country code', '0151 12345678'],
    ['a number with too few digits', '+49151123'],
    ['a landline', '+49 30 12345678'],
    ['letters', 'call me maybe'],
  ])('refuses %s with BAD_USER_INPUT and sends nothing', async (_what, phone) => {
    const creator = await t.signUp('CREATOR');
    const before = await outboxSize();
    const result = await start(creator, phone);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phone' });
    expect(await outboxSize()).toBe(before);
    expect(await t.sql(`SELECT 1 FROM phone_verification WHERE account_id = $1`, [creator.id])).toEqual([]);
  });

  it('counts wrong codes: after 5 the code is dead, even the right one, and the phone stays unverified', async () => {
    const creator = await t.signUp('CREATOR');
    const phone = newPhone();
    await start(creator, phone);
    const code = await codeFromOutbox(t, phone, creator.accessToken);
    for (let left = 4; left >= 0; left--) {
      const error = (await confirm(creator, wrong(code))).errors?.[0];
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WRONG_CODE', attemptsLeft: left });
    }
    const dead = (await confirm(creator, code)).errors?.[0];
    expect(dead).toMatchObject({ message: 'Too many wrong codes; request a new code.', extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ATTEMPTS' } });
    expect(await storedProfile(t, creator.id)).toMatchObject({ phone_e164: null, phone_verified_at: null });

    // A new code works.
    await start(creator, phone);
    expect((await confirm(creator, await codeFromOutbox(t, phone, creator.accessToken))).data?.confirmPhoneVerification.phoneVerified).toBe(true);
  });

  it('refuses a malformed code without counting it, and a code when none was sent', async () => {
    const creator = await t.signUp('CREATOR');
    expect((await confirm(creator, '123456')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NO_PENDING_CODE' });
    await start(creator, newPhone());
    expect((await confirm(creator, 'abc')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(await t.sql(`SELECT attempts FROM phone_verification WHERE account_id = $1`, [creator.id])).toEqual([{ attempts: 0 }]);
  });

  it('lets a code expire after 10 minutes', async () => {
    const creator = await t.signUp('CREATOR');
    const phone = newPhone();
    await start(creator, phone);
    const code = await codeFromOutbox(t, phone, creator.accessToken);
    clock.advance(10 * MINUTE);
    expect((await confirm(creator, code)).errors?.[0]).toMatchObject({
      message: 'This code has expired; request a new code.',
      extensions: { code: 'BAD_USER_INPUT', reason: 'CODE_EXPIRED' },
    });
    expect(await storedProfile(t, creator.id)).toMatchObject({ phone_verified_at: null });
  });

  it('sends at most 5 codes an hour, then RATE_LIMITED with retryAfterSeconds, and again once the oldest is an hour old', async () => {
    const creator = await t.signUp('CREATOR');
    const phone = newPhone();
    const firstSentAt = clock.now().getTime();
    for (let i = 0; i < 5; i++) {
      expect((await start(creator, phone)).data?.startPhoneVerification.sendsLeft).toBe(4 - i);
      clock.advance(MINUTE);
    }
    const before = await outboxSize();
    const refused = (await start(creator, phone)).errors?.[0];
    expect(refused?.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: (firstSentAt + 3_600_000 - clock.now().getTime()) / 1000 });
    expect(await outboxSize()).toBe(before);
    expect(await t.sql(`SELECT 1 FROM phone_verification WHERE account_id = $1`, [creator.id])).toHaveLength(5);

    clock.set(new Date(firstSentAt + 3_600_000));
    expect((await start(creator, phone)).data?.startPhoneVerification.sendsLeft).toBe(0);
  });

  it('verifies the number of the newest code when a creator changes their mind', async () => {
    const creator = await t.signUp('CREATOR');
    const [first, second] = [newPhone(), newPhone()];
    await start(creator, first);
    const oldCode = await codeFromOutbox(t, first, creator.accessToken);
    await start(creator, second);
    const newCode = await codeFromOutbox(t, second, creator.accessToken);
    if (oldCode !== newCode) expect((await confirm(creator, oldCode)).errors?.[0].extensions?.reason).toBe('WRONG_CODE');
    await confirm(creator, newCode);
    expect(await storedProfile(t, creator.id)).toMatchObject({ phone_e164: second });
  });

  it('is for creators only', async () => {
    const fan = await t.signUp('FAN');
    expect((await start(fan, newPhone())).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('who reads the dev outbox', () => {
  it('shows each account only the texts sent to its own phones, staff everything, and nobody signed out', async () => {
    const alice = await t.signUp('CREATOR');
    const bob = await t.signUp('CREATOR');
    const fan = await t.signUp('FAN');
    const phone = newPhone();
    await start(alice, phone);
    const OUTBOX = `{ devOutbox(first: 100) { to body purpose } }`;
    type Outbox = { devOutbox: { to: string; body: string }[] };
    const seenBy = async (token?: string) => (await t.ok<Outbox>(OUTBOX, {}, { token })).devOutbox.filter((m) => m.to.endsWith(phone.slice(-4)));

    expect(await seenBy(alice.accessToken)).toHaveLength(1);
    expect(await codeFromOutbox(t, phone, alice.accessToken)).toMatch(/^\d{6}$/);
    expect(await seenBy(bob.accessToken)).toEqual([]);
    expect((await t.ok<Outbox>(OUTBOX, {}, { token: fan.accessToken })).devOutbox).toEqual([]);
    expect(await seenBy((await t.staff('MODERATOR')).accessToken)).toHaveLength(1);
    const anonymous = await t.gql(OUTBOX);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data).toBeNull();
  });
});

describe('the dev outbox in production', () => {
  it('is absent from the schema, refused by the service, and phone verification is unavailable without Twilio', async () => {
    const prod = await startTestServer({ env: { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40) } });
    try {
      expect((await prod.gql(`{ devOutbox { id } }`)).errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const ctx = prod.app.contexts.system('test');
      await expect(prod.app.notifications.devOutbox(ctx, 10, async () => [])).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
      const creator = await prod.signUp('CREATOR');
      const result = await prod.gql(START_VERIFICATION, { phone: newPhone() }, { token: creator.accessToken });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SMS_UNAVAILABLE' });
      expect(await prod.sql(`SELECT 1 FROM phone_verification`)).toEqual([]);
    } finally {
      await prod.close();
    }
  });
});
