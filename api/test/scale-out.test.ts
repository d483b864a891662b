import { isPostgres, startTestServer, subscribed, type TestServer } from './harness';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Scale-out mode (DESIGN §2): two API processes on one PostgreSQL database and one Redis. An event caused
 * on one process reaches a subscriber connected to the other. Needs PostgreSQL (the embedded database is
 * single-process by nature).
 */
(isPostgres() ? describe : describe.skip)('two API processes sharing PostgreSQL and Redis', () => {
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    a = await startTestServer({ keepDatabase: true, env: { REDIS_URL } });
    b = await startTestServer({ reuse: a.database, env: { REDIS_URL } });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it('delivers a subscription event published by the other process', async () => {
    const fan = await a.signUp('FAN');
    const updates = await subscribed<{ accountUpdated: { displayName: string } }>(
      a,
      a.ws(fan.accessToken),
      `subscription { accountUpdated { displayName createdAt } }`,
    );
    await b.ok(`mutation { updateDisplayName(displayName: "Renamed on B") { id } }`, {}, { token: fan.accessToken });
    const event = await updates.next();
    expect(event.errors).toBeUndefined();
    expect(event.data?.accountUpdated.displayName).toBe('Renamed on B');
  });

  it('shares log-in rate limits between the processes', async () => {
    const fan = await a.signUp('FAN');
    const LOG_IN = `mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { accessToken } }`;
    for (let i = 0; i < 5; i++) await (i % 2 ? a : b).gql(LOG_IN, { e: fan.email, p: 'wrong password!!' });
    const blocked = await a.gql(LOG_IN, { e: fan.email, p: fan.password });
    expect(blocked.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });
});

if (!isPostgres()) {
  console.info('scale-out test skipped: it needs DATABASE_URL (PostgreSQL) and Redis');
}
