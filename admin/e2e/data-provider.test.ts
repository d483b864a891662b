import { startTestServer, type TestAccount, type TestServer } from '../../api/test/harness';
import { AccountKind, TransferKind } from '../../api/src/modules/ledger';

// The panel's data provider against the real API, outside the browser: every resource through the
// ra-data-graphql-simple grammar (lists with paging, sorting and filters; one record; many records;
// references), and the refusals the panel itself makes. The browser tests cover the pages on top.

/** What the browser gives the panel: localStorage, and fetch resolving '/graphql' against the page's origin. */
const storage = new Map<string, string>();
Object.assign(globalThis, {
  localStorage: {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string) => void storage.set(key, value),
    removeItem: (key: string) => void storage.delete(key),
  },
});
const realFetch = globalThis.fetch;

// react-admin's CommonJS build needs ESM-only UI packages under jest; what the providers use of it
// (HttpError and types) is ra-core's, which react-admin re-exports unchanged.
jest.mock('react-admin', () => jest.requireActual('ra-core'));

// Imported after the globals exist (the session module reads localStorage when called, not when loaded).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { dataProvider, plural } = require('../src/dataProvider') as typeof import('../src/dataProvider');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { authProvider } = require('../src/authProvider') as typeof import('../src/authProvider');

let t: TestServer;
let moderator: TestAccount;
let fan: TestAccount;
let creator: TestAccount;
let callId: string;

beforeAll(async () => {
  t = await startTestServer();
  globalThis.fetch = (input: string | URL | Request, init?: RequestInit) =>
    realFetch(typeof input === 'string' && input.startsWith('/') ? `${t.url}${input}` : input, init);
  moderator = await t.staff('MODERATOR');
  creator = await t.signUp('CREATOR');
  fan = await t.signUp('FAN');
  await t.sql(
    `INSERT INTO creator_profile (account_id, calls_enabled, price_per_minute, phone_e164, phone_verified_at) VALUES ($1, true, 30, '+4915112345678', now())`,
    [creator.id],
  );
  await t.app.ledger.transfer(t.app.contexts.system('test'), {
    key: `fund:${fan.id}`,
    kind: TransferKind.PROMOTION,
    legs: [
      { account: { platform: AccountKind.PROMOTIONS }, amount: -300 },
      { account: { ownerId: fan.id, kind: AccountKind.FAN_WALLET }, amount: 300 },
    ],
  });
  const started = await t.ok<{ startCall: { id: string } }>(
    `mutation($c: ID!) { startCall(creatorId: $c) { ... on Call { id } } }`,
    { c: creator.id },
    { token: fan.accessToken },
  );
  callId = started.startCall.id;
  await t.ok(`mutation($id: ID!) { reportCall(callId: $id, reason: HARASSMENT, note: "rude") { id } }`, { id: callId }, { token: fan.accessToken });
  await authProvider.login({ email: moderator.email, password: moderator.password });
});
afterAll(async () => {
  globalThis.fetch = realFetch;
  await t?.close();
});

const page = (perPage = 10) => ({ pagination: { page: 1, perPage }, sort: { field: 'createdAt', order: 'DESC' as const }, filter: {} });

describe('the data provider over the staff API', () => {
  it('forms the grammar’s plurals', () => {
    expect(['Report', 'LiveCall', 'Account', 'Transfer', 'AuditEntry'].map(plural)).toEqual(['Reports', 'LiveCalls', 'Accounts', 'Transfers', 'AuditEntries']);
  });

  it('lists every resource with its total', async () => {
    for (const resource of ['Report', 'LiveCall', 'Account', 'Transfer', 'AuditEntry']) {
      const { data, total } = await dataProvider.getList(resource, page());
      expect(total).toBe(data.length);
      const expected: Record<string, number> = { Report: 1, LiveCall: 1, Account: 3, AuditEntry: 0 };
      if (resource in expected) expect(total).toBe(expected[resource]);
      else expect(total).toBeGreaterThanOrEqual(1);
    }
  });

  it('pages from 1 as react-admin does, and filters', async () => {
    const first = await dataProvider.getList('Account', { ...page(2), sort: { field: 'createdAt', order: 'ASC' } });
    const second = await dataProvider.getList('Account', { ...page(2), pagination: { page: 2, perPage: 2 }, sort: { field: 'createdAt', order: 'ASC' } });
    expect(first.data).toHaveLength(2);
    expect(second.data).toHaveLength(1);
    expect([...first.data, ...second.data].map((a) => a.id).sort()).toEqual([moderator.id, creator.id, fan.id].sort());
    expect(second.total).toBe(3);
    const creators = await dataProvider.getList('Account', { ...page(), filter: { role: 'CREATOR', q: '' } });
    expect(creators.data.map((a) => a.id)).toEqual([creator.id]);
    const open = await dataProvider.getList('Report', { ...page(), filter: { status: 'OPEN', reason: 'HARASSMENT' } });
    expect(open.data[0]).toMatchObject({ callId, reporterId: fan.id, reportedAccountId: creator.id, status: 'OPEN' });
  });

  it('falls back to the API’s order for fields it cannot sort by (react-admin’s default is id)', async () => {
    const { data } = await dataProvider.getList('Report', { ...page(), sort: { field: 'id', order: 'ASC' } });
    expect(data).toHaveLength(1);
  });

  it('reads one record, a report with its call and transcript, and many records', async () => {
    const [report] = (await dataProvider.getList('Report', page())).data;
    const { data: details } = await dataProvider.getOne('Report', { id: report.id });
    expect(details).toMatchObject({ id: report.id, call: { id: callId, state: 'RINGING', fanId: fan.id }, transcript: [] });
    const { data: call } = await dataProvider.getOne('LiveCall', { id: callId });
    expect(call).toMatchObject({ id: callId, fanName: fan.displayName, creatorName: creator.displayName });
    const { data: accounts } = await dataProvider.getMany('Account', { ids: [fan.id, creator.id, fan.id] });
    expect(accounts.map((a) => a.id).sort()).toEqual([fan.id, creator.id].sort());
    await expect(dataProvider.getOne('Account', { id: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ status: 404 });
  });

  it('lists references: a call’s transfers and reports, an account’s calls', async () => {
    await t.ok(`mutation($id: ID!) { cancelCall(callId: $id) { state } }`, { id: callId }, { token: fan.accessToken });
    const reports = await dataProvider.getManyReference('Report', { target: 'callId', id: callId, ...page() });
    expect(reports.total).toBe(1);
    const calls = await dataProvider.getManyReference('LiveCall', { target: 'accountId', id: fan.id, ...page(), filter: { includeEnded: true } });
    expect(calls.data.map((c) => c.id)).toEqual([callId]);
    const transfers = await dataProvider.getManyReference('Transfer', { target: 'accountId', id: fan.id, ...page() });
    expect(transfers.data.map((x) => x.kind)).toEqual(['PROMOTION']);
    const ofCall = await dataProvider.getManyReference('Transfer', { target: 'callId', id: callId, ...page() });
    expect(ofCall.total).toBe(0); // a call cancelled while ringing never moved tokens
  });

  it('acts, and the audit log records it; the log can be neither changed nor deleted', async () => {
    const [report] = (await dataProvider.getList('Report', page())).data;
    await dataProvider.dismissReport(report.id, 'the call never connected');
    const { data: entries } = await dataProvider.getList('AuditEntry', { ...page(), filter: { action: 'DISMISS_REPORT' } });
    expect(entries[0]).toMatchObject({ actorId: moderator.id, action: 'DISMISS_REPORT', targetId: report.id, reason: 'the call never connected' });
    const entry = entries[0];
    await expect(dataProvider.update('AuditEntry', { id: entry.id, data: { reason: 'edited' }, previousData: entry })).rejects.toMatchObject({
      status: 405,
      message: expect.stringContaining('append-only'),
    });
    await expect(dataProvider.delete('AuditEntry', { id: entry.id, previousData: entry })).rejects.toMatchObject({ status: 405 });
    await expect(dataProvider.deleteMany('AuditEntry', { ids: [entry.id] })).rejects.toMatchObject({ status: 405 });
    await expect(dataProvider.delete('Transfer', { id: 'x' })).rejects.toMatchObject({ status: 405 });
    const [kept] = await t.sql<{ reason: string }>(`SELECT reason FROM audit_entry WHERE id = $1`, [entry.id]);
    expect(kept.reason).toBe('the call never connected');
  });

  it('turns API refusals into react-admin errors with the API’s message', async () => {
    await expect(dataProvider.terminateCall(callId, 'too late')).rejects.toMatchObject({ status: 409, body: { code: 'CONFLICT' } });
    await expect(dataProvider.suspendAccount(fan.id, '')).rejects.toMatchObject({ status: 400, message: expect.stringContaining('reason') });
  });
});

describe('agencies in the moderation panel', () => {
  it('lists agency memberships by state and ends one with a reason, audited', async () => {
    const owner = await t.signUp('AGENCY');
    await t.ok(`mutation { createAgency(name: "Panel Agency") { id } }`, {}, { token: owner.accessToken });
    const { inviteCreatorToAgency: invited } = await t.ok<{ inviteCreatorToAgency: { id: string } }>(
      `mutation($h: String!) { inviteCreatorToAgency(handle: $h, shareBps: 1500) { id } }`,
      { h: creator.handle },
      { token: owner.accessToken },
    );
    await t.ok(`mutation($m: ID!) { respondToAgencyInvitation(membershipId: $m, accept: true) { id } }`, { m: invited.id }, { token: creator.accessToken });

    const active = await dataProvider.getList('AgencyMembership', { ...page(), filter: { state: 'ACTIVE' } });
    expect(active.total).toBe(1);
    expect(active.data[0]).toMatchObject({ id: invited.id, shareBps: 1500, agency: { name: 'Panel Agency' }, creator: { id: creator.id } });
    await expect(dataProvider.delete('AgencyMembership', { id: invited.id })).rejects.toMatchObject({ status: 405 });

    const ended = await dataProvider.endAgencyMembership(invited.id, 'Creator asked support to leave');
    expect(ended.state).toBe('ENDED');
    expect((await dataProvider.getList('AgencyMembership', { ...page(), filter: { state: 'ACTIVE' } })).total).toBe(0);
    const audit = await dataProvider.getList('AuditEntry', { ...page(), filter: { action: 'END_AGENCY_MEMBERSHIP' } });
    expect(audit.data[0]).toMatchObject({ action: 'END_AGENCY_MEMBERSHIP', reason: 'Creator asked support to leave' });
  });
});
