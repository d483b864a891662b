import { ManualClock } from '../src/common/clock';
import { Role, toAccountView } from '../src/modules/identity';
import { AUTH_FIELDS, eventually, nextEvent, untilReceived, startTestServer, type TestServer } from './harness';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { email message } }`;
const LOG_IN = `mutation($email: String!, $password: String!) { logIn(email: $email, password: $password) { ${AUTH_FIELDS} } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { ${AUTH_FIELDS} } }`;
const ME = `{ me { id email handle role status displayName } }`;

let t: TestServer;
const clock = new ManualClock(new Date());

beforeAll(async () => {
  t = await startTestServer({ clock, env: { LOGIN_MAX_PER_ACCOUNT: '3' } });
});
afterAll(() => t.close());

const accountCount = async () => Number((await t.sql<{ n: string }>('SELECT count(*) AS n FROM account'))[0].n);

describe('sign up', () => {
  it('creates a fan who can read `me` over HTTP', async () => {
    const fan = await t.signUp('FAN', { email: 'New.Fan@Example.test' });
    const { me } = await t.ok<{ me: { id: string; email: string; role: string; status: string } }>(ME, {}, { token: fan.accessToken });
    expect(me).toMatchObject({ id: fan.id, email: 'new.fan@example.test', role: 'FAN', status: 'ACTIVE' });
  });

  it('creates a creator when asked', async () => {
    const creator = await t.signUp('CREATOR');
    expect(creator.role).toBe('CREATOR');
  });

  it('returns null for `me` when signed out', async () => {
    expect((await t.ok<{ me: null }>(ME)).me).toBeNull();
  });

  it.each([
    ['a malformed email', { email: 'not-an-email' }, 'email must be a valid email address'],
    ['a short password', { password: 'short' }, 'password must be at least 10 characters long'],
    ['an upper-case handle', { handle: 'Has Spaces' }, 'handle must be 3 to 30 lower-case letters'],
    ['an empty display name', { displayName: '' }, 'displayName must be 1 to 50 characters long'],
  ])('refuses %s with BAD_USER_INPUT and changes nothing', async (_what, override, message) => {
    const before = await accountCount();
    const result = await t.gql(SIGN_UP, {
      input: { email: 'ok@example.test', password: 'long enough password', displayName: 'Ok', handle: 'okhandle', ...override },
    });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain(message);
    expect(await accountCount()).toBe(before);
  });

  it('refuses a duplicate handle with CONFLICT; a duplicate email gets the answer a new one gets and creates nothing', async () => {
    const first = await t.signUp('FAN');
    const before = await accountCount();
    const sameHandle = await t.gql(SIGN_UP, {
      input: { email: 'other@example.test', password: 'long enough password', displayName: 'X', handle: first.handle },
    });
    expect(sameHandle.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: `The handle "${first.handle}" is taken.` });
    const sameEmail = await t.gql<{ signUp: { email: string; message: string } }>(SIGN_UP, {
      input: { email: first.email.toUpperCase(), password: 'long enough password', displayName: 'X', handle: 'fresh_handle' },
    });
    const fresh = await t.gql<{ signUp: { email: string; message: string } }>(SIGN_UP, {
      input: { email: 'brand.new@example.test', password: 'long enough password', displayName: 'X', handle: 'brand_new_handle' },
    });
    expect(sameEmail.errors).toBeUndefined();
    expect(fresh.errors).toBeUndefined();
    expect(sameEmail.data?.signUp.message).toBe(fresh.data?.signUp.message);
    expect(sameEmail.data?.signUp.email).toBe(first.email);
    expect(await accountCount()).toBe(before + 1);
  });

  it('does not let anyone sign up as staff', async () => {
    const result = await t.gql(SIGN_UP, {
      input: { email: 'mod@example.test', password: 'long enough password', displayName: 'M', handle: 'sneaky', role: 'MODERATOR' },
    });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain('"MODERATOR" does not exist in "SignUpRole" enum');
    expect(await t.sql(`SELECT 1 FROM account WHERE handle = 'sneaky'`)).toHaveLength(0);
  });
});

describe('log in', () => {
  it('signs in with the right password and refuses a wrong one without saying whether the email exists', async () => {
    const fan = await t.signUp('FAN');
    const good = await t.ok<{ logIn: { account: { id: string } } }>(LOG_IN, { email: fan.email, password: fan.password });
    expect(good.logIn.account.id).toBe(fan.id);

    const wrongPassword = await t.gql(LOG_IN, { email: fan.email, password: 'wrong password!!' });
    const unknownEmail = await t.gql(LOG_IN, { email: 'nobody@example.test', password: 'wrong password!!' });
    expect(wrongPassword.errors?.[0]).toEqual(unknownEmail.errors?.[0]);
    expect(wrongPassword.errors?.[0]).toMatchObject({ message: 'Email or password is incorrect.', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('rate-limits failures per account, also for emails that do not exist', async () => {
    const fan = await t.signUp('FAN');
    for (let i = 0; i < 3; i++) await t.gql(LOG_IN, { email: fan.email, password: 'wrong password!!' });
    const blocked = await t.gql(LOG_IN, { email: fan.email, password: fan.password });
    expect(blocked.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(blocked.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);

    for (let i = 0; i < 3; i++) await t.gql(LOG_IN, { email: 'ghost@example.test', password: 'wrong password!!' });
    const ghost = await t.gql(LOG_IN, { email: 'ghost@example.test', password: 'wrong password!!' });
    expect(ghost.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });

  it('rate-limits attempts per IP', async () => {
    const strict = await startTestServer({ env: { LOGIN_MAX_PER_IP: '2' } });
    try {
      await strict.gql(LOG_IN, { email: 'a@example.test', password: 'whatever pass' });
      await strict.gql(LOG_IN, { email: 'b@example.test', password: 'whatever pass' });
      const third = await strict.gql(LOG_IN, { email: 'c@example.test', password: 'whatever pass' });
      expect(third.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    } finally {
      await strict.close();
    }
  });
});

describe('sessions', () => {
  it('rotates refresh tokens; reusing one ends the whole session', async () => {
    const fan = await t.signUp('FAN');
    const first = await t.ok<{ refreshSession: { accessToken: string; refreshToken: string } }>(REFRESH, { t: fan.refreshToken });
    expect(first.refreshSession.refreshToken).not.toBe(fan.refreshToken);
    const second = await t.ok<{ refreshSession: { accessToken: string; refreshToken: string } }>(REFRESH, {
      t: first.refreshSession.refreshToken,
    });

    const reuse = await t.gql(REFRESH, { t: fan.refreshToken });
    expect(reuse.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(reuse.errors?.[0].message).toContain('already used');

    // The family is revoked: the newest tokens stop working too.
    const newest = await t.gql(REFRESH, { t: second.refreshSession.refreshToken });
    expect(newest.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const me = await t.gql(ME, {}, { token: second.refreshSession.accessToken });
    expect(me.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an unknown refresh token', async () => {
    const result = await t.gql(REFRESH, { t: 'made-up-token' });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('logs out: the access token stops working at once', async () => {
    const fan = await t.signUp('FAN');
    expect(await t.ok(`mutation { logOut }`, {}, { token: fan.accessToken })).toEqual({ logOut: true });
    const me = await t.gql(ME, {}, { token: fan.accessToken });
    expect(me.status).toBe(401);
    expect(me.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses expired and forged access tokens with UNAUTHENTICATED', async () => {
    const fan = await t.signUp('FAN');
    const [header, payload] = fan.accessToken.split('.');
    const forged = `${header}.${payload}.${Buffer.from('not the signature').toString('base64url')}`;
    expect((await t.gql(ME, {}, { token: forged })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(ME, {}, { token: 'garbage' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    clock.advance(t.app.config.ACCESS_TOKEN_TTL_SECONDS * 1000 + 1000);
    try {
      const expired = await t.gql(ME, {}, { token: fan.accessToken });
      expect(expired.errors?.[0]).toMatchObject({ message: 'Access token is invalid or expired.', extensions: { code: 'UNAUTHENTICATED' } });
      // The refresh token still works and yields a valid access token.
      const fresh = await t.ok<{ refreshSession: { accessToken: string } }>(REFRESH, { t: fan.refreshToken });
      expect((await t.ok<{ me: { id: string } }>(ME, {}, { token: fresh.refreshSession.accessToken })).me.id).toBe(fan.id);
    } finally {
      clock.advance(-(t.app.config.ACCESS_TOKEN_TTL_SECONDS * 1000 + 1000));
    }
  });
});

describe('roles and suspension', () => {
  const CREATE_STAFF = `mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id role email } }`;
  const staffInput = (handle: string) => ({
    email: `${handle}@example.test`,
    password: 'long enough password',
    displayName: 'Staff',
    handle,
    role: 'MODERATOR',
  });

  it('lets only an ADMIN create staff accounts', async () => {
    const fan = await t.signUp('FAN');
    const refusedFan = await t.gql(CREATE_STAFF, { input: staffInput('mod_by_fan') }, { token: fan.accessToken });
    expect(refusedFan.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.gql(CREATE_STAFF, { input: staffInput('mod_by_anon') });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const ctx = t.app.contexts.system('test');
    await t.app.identity.createAccount(ctx, {
      email: 'root@example.test',
      password: 'long enough password',
      displayName: 'Root',
      handle: 'root_admin',
      role: Role.ADMIN,
    });
    const admin = await t.ok<{ logIn: { accessToken: string } }>(LOG_IN, { email: 'root@example.test', password: 'long enough password' });
    const created = await t.ok<{ createStaffAccount: { role: string; email: string } }>(
      CREATE_STAFF,
      { input: staffInput('real_mod') },
      { token: admin.logIn.accessToken },
    );
    expect(created.createStaffAccount).toEqual(expect.objectContaining({ role: 'MODERATOR', email: 'real_mod@example.test' }));
    expect(await t.sql(`SELECT 1 FROM account WHERE handle IN ('mod_by_fan', 'mod_by_anon')`)).toHaveLength(0);
  });

  it('hides emails from other accounts', async () => {
    const a = await t.signUp('FAN');
    const b = await t.signUp('CREATOR');
    const ctx = t.app.contexts.system('test');
    const view = await t.app.identity.findAccount(ctx, b.id);
    const viewerA = await t.app.identity.findAccount(ctx, a.id);
    expect(toAccountView(view!, viewerA).email).toBeNull();
    expect(toAccountView(view!, view).email).toBe(b.email);
  });

  it('refuses a suspended account on its next request and closes its sockets', async () => {
    const fan = await t.signUp('FAN');
    const client = t.ws(fan.accessToken);
    const updates = nextEvent<{ accountUpdated: { status: string } }>(client, `subscription { accountUpdated { id status } }`);
    const first = await untilReceived(updates, () => t.ok(`mutation { updateDisplayName(displayName: "Renamed") { id } }`, {}, { token: fan.accessToken }));
    expect(first.data?.accountUpdated.status).toBe('ACTIVE');

    const ctx = t.app.contexts.system('test');
    await t.app.uow.run(ctx, (tx) => t.app.identity.suspendAccount(tx, fan.id, 'abuse'));

    // Told it is suspended, on a request and on a refresh alike, not that the session merely ended.
    const me = await t.gql(ME, {}, { token: fan.accessToken });
    expect(me.errors?.[0].extensions?.code).toBe('ACCOUNT_SUSPENDED');
    const refresh = await t.gql(REFRESH, { t: fan.refreshToken });
    expect(refresh.errors?.[0]).toMatchObject({ message: 'This account is suspended.', extensions: { code: 'ACCOUNT_SUSPENDED' } });
    const login = await t.gql(LOG_IN, { email: fan.email, password: fan.password });
    expect(login.errors?.[0].extensions?.code).toBe('ACCOUNT_SUSPENDED');
    await eventually(() => expect(t.app.sockets.countForAccount(fan.id)).toBe(0));
  });
});
