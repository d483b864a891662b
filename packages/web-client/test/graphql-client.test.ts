import { startTestServer, type TestServer } from '../../../api/test/harness';
import { ApiError, createGraphQLClient, createSessionStorage, type TypedDocument } from '../src';

// The shared client against the real API, as both apps use it: signed requests, one renewal however many
// requests are refused at once, a session that ends when its refresh token is refused, and errors mapped to
// ApiError. Only the browser's localStorage is stood in for; fetch is the real one, counted.

interface Session {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  account: { id: string; displayName: string };
}

const SESSION_FIELDS = 'accessToken accessTokenExpiresAt refreshToken account { id displayName }';
const refreshDocument = `mutation($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { ${SESSION_FIELDS} } }` as TypedDocument<
  { refreshSession: Session },
  { refreshToken: string }
>;
const meQuery = '{ me { id displayName } }' as TypedDocument<{ me: { id: string; displayName: string } | null }, Record<string, never>>;

const stored = new Map<string, string>();
Object.assign(globalThis, {
  localStorage: {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => void stored.set(key, value),
    removeItem: (key: string) => void stored.delete(key),
  },
});
const realFetch = globalThis.fetch;
/** The operations the client posted, in order. */
let posted: string[] = [];

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
  globalThis.fetch = (input: string | URL | Request, init?: RequestInit) => {
    if (typeof init?.body === 'string') posted.push(JSON.parse(init.body).query);
    return realFetch(input, init);
  };
});
afterAll(async () => {
  globalThis.fetch = realFetch;
  await t?.close();
});
beforeEach(() => {
  posted = [];
  stored.clear();
});

async function signedInClient(options: { endSessionOnSuspension?: boolean } = {}) {
  const fan = await t.signUp('FAN', { displayName: 'Cora Client' });
  const { logIn } = await t.ok<{ logIn: Session }>(`mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { ${SESSION_FIELDS} } }`, {
    e: fan.email,
    p: fan.password,
  });
  const session = createSessionStorage<Session>({ key: 'test.session' });
  session.save(logIn);
  const ended: string[] = [];
  const client = createGraphQLClient({
    endpoint: `${t.url}/graphql`,
    session,
    refreshDocument,
    onSessionEnded: (reason) => {
      ended.push(reason);
      session.save(null);
    },
    ...options,
  });
  return { fan, session, client, ended, logIn };
}

const refreshes = () => posted.filter((query) => query.includes('refreshSession')).length;

it('sends the stored access token', async () => {
  const { client, fan } = await signedInClient();
  const { me } = await client.request(meQuery, {});
  expect(me).toEqual({ id: fan.id, displayName: 'Cora Client' });
  expect(refreshes()).toBe(0);
});

it('renews a refused access token once for all the requests refused at the same time, and retries them', async () => {
  const { client, session, fan, logIn } = await signedInClient();
  session.save({ ...logIn, accessToken: 'not-a-valid-token' });

  const answers = await Promise.all([client.request(meQuery, {}), client.request(meQuery, {}), client.request(meQuery, {})]);
  expect(answers.map((a) => a.me?.id)).toEqual([fan.id, fan.id, fan.id]);
  expect(refreshes()).toBe(1);
  expect(session.current()?.refreshToken).not.toBe(logIn.refreshToken);
  expect(session.current()?.accessToken).not.toBe('not-a-valid-token');
});

it('renews before sending a token that is about to expire', async () => {
  const { client, session, logIn } = await signedInClient();
  session.save({ ...logIn, accessTokenExpiresAt: new Date(Date.now() + 5_000).toISOString() });
  await client.request(meQuery, {});
  expect(refreshes()).toBe(1);
  expect(Date.parse(session.current()!.accessTokenExpiresAt)).toBeGreaterThan(Date.now() + 60_000);
});

it('ends the session as expired when the refresh token is refused, and throws the refusal', async () => {
  const { client, session, ended, logIn } = await signedInClient();
  // Another tab used this refresh token already: it works once.
  await t.ok('mutation($r: String!) { refreshSession(refreshToken: $r) { accessToken } }', { r: logIn.refreshToken });
  session.save({ ...logIn, accessToken: 'not-a-valid-token' });

  const refused = await client.request(meQuery, {}).catch((err: unknown) => err);
  expect(refused).toBeInstanceOf(ApiError);
  expect((refused as ApiError).code).toBe('UNAUTHENTICATED');
  expect((refused as ApiError).status).toBe(401);
  expect(ended).toEqual(['expired']);
  expect(session.current()).toBeNull();
});

it('maps invalid input to BAD_USER_INPUT with a message per field', async () => {
  const { client } = await signedInClient();
  const signUp = 'mutation($input: SignUpInput!) { signUp(input: $input) { email } }' as TypedDocument<unknown, { input: Record<string, string> }>;
  const refused = await client
    .request(signUp, { input: { email: 'not-an-email', password: 'short', displayName: 'X', handle: 'no spaces allowed', role: 'FAN' } }, { auth: false })
    .catch((err: unknown) => err);
  expect(refused).toBeInstanceOf(ApiError);
  expect((refused as ApiError).code).toBe('BAD_USER_INPUT');
  expect((refused as ApiError).status).toBe(400);
  expect(Object.keys((refused as ApiError).fields)).toEqual(expect.arrayContaining(['email', 'password']));
});

it('says NETWORK_ERROR, in the app’s words, when the API cannot be reached', async () => {
  const session = createSessionStorage<Session>({ key: 'test.session' });
  const client = createGraphQLClient({ endpoint: 'http://127.0.0.1:9/graphql', session, refreshDocument, unreachableMessage: 'The API is away.' });
  const refused = await client.request(meQuery, {}).catch((err: unknown) => err);
  expect(refused).toBeInstanceOf(ApiError);
  expect(refused).toMatchObject({ code: 'NETWORK_ERROR', message: 'The API is away.', status: 503 });
});
