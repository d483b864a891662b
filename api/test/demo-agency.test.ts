import { seedDemoData, DEMO_PASSWORD } from '../src/seed/demo';
import { startTestServer, type TestServer } from './harness';

// The demo agency of the embedded default (README "Trying it"): its owner logs in with the published demo
// password and finds two demo creators on the panel; seeding again changes nothing.

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

it('seeds agency@demo.minutely.dev owning an agency with Leo and Mia as members, once', async () => {
  await seedDemoData(t.app);
  await seedDemoData(t.app);
  const { logIn } = await t.ok<{ logIn: { accessToken: string; account: { role: string } } }>(
    `mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { accessToken account { role } } }`,
    { e: 'agency@demo.minutely.dev', p: DEMO_PASSWORD },
  );
  expect(logIn.account.role).toBe('AGENCY');
  const { agencyPanel, myAgency } = await t.ok<{ agencyPanel: { creator: { handle: string }; shareBps: number }[]; myAgency: { name: string } }>(
    `{ myAgency { name } agencyPanel { creator { handle } shareBps } }`,
    {},
    { token: logIn.accessToken },
  );
  expect(myAgency.name).toBe('Nova Talent');
  expect(agencyPanel.map((r) => [r.creator.handle, r.shareBps]).sort()).toEqual([
    ['leo', 2000],
    ['mia', 2000],
  ]);
  expect((await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM agency`))[0].n).toBe(1);
}, 120_000);
