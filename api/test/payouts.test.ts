import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { ManualClock } from '../src/common/clock';
import { AccountKind, checkLedger, TransferKind } from '../src/modules/ledger';
import { isPostgres, nodes, startTestServer, type Connection, type TestAccount, type TestServer } from './harness';

const SECRET_KEY = 'sk_test_minutely_payouts';
const CONNECT_SECRET = 'whsec_minutely_payouts_connect';
const stripe = new Stripe(SECRET_KEY);
const DAY = 86_400_000;

/** A local stand-in for the Stripe Connect calls payouts make: it records each request and answers like Stripe, replaying by Idempotency-Key. */
class FakeConnect {
  readonly requests: { method: string; path: string; auth: string | undefined; idempotencyKey: string | undefined; form: Record<string, string> }[] = [];
  private readonly replies = new Map<string, unknown>();
  private server!: Server;
  private seq = 0;
  url = '';

  async start(): Promise<void> {
    this.server = createServer(async (req, res) => {
      const form = Object.fromEntries(new URLSearchParams(await body(req)));
      const idempotencyKey = req.headers['idempotency-key'] as string | undefined;
      this.requests.push({ method: req.method ?? '', path: req.url ?? '', auth: req.headers.authorization, idempotencyKey, form });
      const [status, reply] = this.answer(req.method ?? '', req.url ?? '', req.headers.authorization, idempotencyKey, form);
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  transfers(payoutId: string) {
    return this.requests.filter((r) => r.path === '/v1/transfers' && r.form['metadata[payoutId]'] === payoutId);
  }

  private answer(method: string, path: string, auth: string | undefined, key: string | undefined, form: Record<string, string>): [number, unknown] {
    if (auth !== `Bearer ${SECRET_KEY}`) return [401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } }];
    if (key && this.replies.has(key)) return [200, this.replies.get(key)];
    let reply: unknown;
    if (method === 'POST' && path === '/v1/accounts') reply = { id: `acct_test${++this.seq}`, object: 'account', email: form.email };
    else if (method === 'POST' && path === '/v1/account_links')
      reply = { object: 'account_link', url: `https://connect.stripe.test/setup/e/${form.account}/x`, expires_at: Math.floor(Date.now() / 1000) + 300 };
    else if (method === 'POST' && path === '/v1/transfers')
      reply = { id: `tr_test${++this.seq}`, object: 'transfer', amount: Number(form.amount), currency: form.currency, destination: form.destination };
    else return [404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${path})` } }];
    if (key) this.replies.set(key, reply);
    return [200, reply];
  }
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data));
  });
}

const fake = new FakeConnect();
const clock = new ManualClock(new Date());
let t: TestServer;
let moderator: TestAccount;

beforeAll(async () => {
  await fake.start();
  t = await startTestServer({
    clock,
    env: {
      STRIPE_SECRET_KEY: SECRET_KEY,
      STRIPE_WEBHOOK_SECRET: 'whsec_checkout_unused',
      STRIPE_CONNECT_WEBHOOK_SECRET: CONNECT_SECRET,
      STRIPE_API_URL: fake.url,
    },
  });
  moderator = await t.staff('MODERATOR');
});
afterAll(async () => {
  await t.close();
  await fake.stop();
});

const PAYOUT = 'id tokens status reason provider amount { amountCents currency } owner { id } ownerKind';
interface PayoutView {
  id: string;
  tokens: number;
  status: string;
  reason: string | null;
  provider: string;
  amount: { amountCents: number; currency: string };
}
const SUMMARY = `{ earningsSummary { balance pending available inPayout paidOut paidOutValue { amountCents currency } payoutMinimum } }`;
interface Summary {
  balance: number;
  pending: number;
  available: number;
  inPayout: number;
  paidOut: number;
  paidOutValue: { amountCents: number; currency: string }[];
  payoutMinimum: number;
}

const summary = async (who: TestAccount) => (await t.ok<{ earningsSummary: Summary }>(SUMMARY, {}, { token: who.accessToken })).earningsSummary;
const earnings = async (id: string) => (await t.app.ledger.balance(t.app.contexts.system('test'), id, AccountKind.CREATOR_EARNINGS)).balance;
const clearing = async (id: string) => (await t.app.ledger.balance(t.app.contexts.system('test'), id, AccountKind.PAYOUT_CLEARING)).balance;

let seq = 0;
/** Credits a creator's earnings (as a call would), dated now on the test clock. */
async function earn(creatorId: string, tokens: number): Promise<void> {
  await t.app.ledger.transfer(t.app.contexts.system('test'), {
    key: `earn:${creatorId}:${++seq}`,
    kind: TransferKind.ADJUSTMENT,
    legs: [
      { account: { platform: AccountKind.PROMOTIONS }, amount: -tokens },
      { account: { ownerId: creatorId, kind: AccountKind.CREATOR_EARNINGS }, amount: tokens },
    ],
  });
}

/** A creator with `available` tokens past the holding period and `pending` tokens within it. */
async function creatorWith(available: number, pending: number, options: { verified?: boolean } = {}): Promise<TestAccount> {
  const creator = await t.signUp('CREATOR', {}, options);
  // Earned 8 days ago (past the 7-day holding period), then today. Back-dated rather than moved forward, so access tokens stay valid.
  const now = clock.now();
  clock.set(new Date(now.getTime() - 8 * DAY));
  try {
    if (available) await earn(creator.id, available);
  } finally {
    clock.set(now);
  }
  if (pending) await earn(creator.id, pending);
  return creator;
}

const request = (who: TestAccount, tokens: number) =>
  t.gql<{ requestPayout: PayoutView }>(`mutation($n: Int!) { requestPayout(tokens: $n) { ${PAYOUT} } }`, { n: tokens }, { token: who.accessToken });
const approve = (id: string, token = moderator.accessToken) =>
  t.gql<{ approvePayout: PayoutView }>(`mutation($id: ID!) { approvePayout(id: $id) { ${PAYOUT} } }`, { id }, { token });
const reject = (id: string, reason: string, token = moderator.accessToken) =>
  t.gql<{ rejectPayout: PayoutView }>(`mutation($id: ID!, $r: String!) { rejectPayout(id: $id, reason: $r) { ${PAYOUT} } }`, { id, r: reason }, { token });
const staffView = async (id: string) =>
  (
    await t.ok<{ Payout: PayoutView & { recentActivity: { kind: string; total: number }[] } }>(
      `query($id: ID!) { Payout(id: $id) { ${PAYOUT} recentActivity(first: 5) { kind total } } }`,
      { id },
      { token: moderator.accessToken },
    )
  ).Payout;

let eventSeq = 0;
function connectEvent(type: string, object: Record<string, unknown>, id = `evt_connect_${++eventSeq}_${Date.now()}`) {
  return { id, object: 'event', type, api_version: '2025-01-01', created: Math.floor(Date.now() / 1000), livemode: false, data: { object } };
}
const transferObject = (payoutId: string, transferId: string, amount: number, overrides: Record<string, unknown> = {}) => ({
  id: transferId,
  object: 'transfer',
  amount,
  amount_reversed: 0,
  currency: 'usd',
  destination: 'acct_test1',
  metadata: { payoutId },
  reversed: false,
  ...overrides,
});
async function deliver(payload: object, options: { secret?: string } = {}) {
  const raw = JSON.stringify(payload);
  const signature = stripe.webhooks.generateTestHeaderString({ payload: raw, secret: options.secret ?? CONNECT_SECRET });
  const res = await fetch(`${t.url}/webhooks/stripe-connect`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': signature },
    body: raw,
  });
  return { status: res.status, body: await res.json() };
}

/** A payout requested, approved (PROCESSING), with its Stripe transfer id. */
async function approvedPayout(tokens = 600): Promise<{ creator: TestAccount; payout: PayoutView; transferId: string }> {
  const creator = await creatorWith(1000, 0);
  const payout = (await request(creator, tokens)).data!.requestPayout;
  const approved = await approve(payout.id);
  expect(approved.errors).toBeUndefined();
  expect(approved.data!.approvePayout.status).toBe('PROCESSING');
  const [row] = await t.sql<{ transfer_id: string }>(`SELECT transfer_id FROM payout WHERE id = $1`, [payout.id]);
  return { creator, payout, transferId: row.transfer_id };
}

describe(`payouts (${isPostgres() ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('a creator requests a payout of available earnings: set aside in payout clearing, listed, counted in the summary', async () => {
    const creator = await creatorWith(1000, 300);
    expect(await summary(creator)).toMatchObject({ balance: 1300, pending: 300, available: 1000, inPayout: 0, paidOut: 0, payoutMinimum: 500 });
    const result = await request(creator, 600);
    expect(result.errors).toBeUndefined();
    const payout = result.data!.requestPayout;
    expect(payout).toMatchObject({
      tokens: 600,
      status: 'REQUESTED',
      provider: 'stripe',
      amount: { amountCents: 6000, currency: 'usd' },
      owner: { id: creator.id },
    });
    expect(await summary(creator)).toMatchObject({ balance: 700, pending: 300, available: 400, inPayout: 600, paidOut: 0 });
    const legs = await t.sql<{ kind: string; amount: string; tkind: string }>(
      `SELECT a.kind, e.amount, tr.kind AS tkind FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id
         JOIN ledger_transfer tr ON tr.id = e.transfer_id WHERE tr.reference = $1 ORDER BY a.kind`,
      [`payout:${payout.id}`],
    );
    expect(legs.map((l) => [l.tkind, l.kind, Number(l.amount)])).toEqual([
      ['PAYOUT', 'CREATOR_EARNINGS', -600],
      ['PAYOUT', 'PAYOUT_CLEARING', 600],
    ]);
    const list = await t.ok<{ payouts: Connection<PayoutView> }>(
      `{ payouts(first: 10) { edges { cursor node { id status tokens } } pageInfo { hasNextPage endCursor } } }`,
      {},
      {
        token: creator.accessToken,
      },
    );
    expect(nodes(list.payouts)).toEqual([{ id: payout.id, status: 'REQUESTED', tokens: 600 }]);
    // The activity shows the payout as one item, with the creator's side of it.
    const activity = await t.ok<{ walletActivity: Connection<{ kind: string; total: number }> }>(
      `{ walletActivity(first: 1) { edges { cursor node { kind total } } pageInfo { hasNextPage } } }`,
      {},
      {
        token: creator.accessToken,
      },
    );
    expect(nodes(activity.walletActivity)).toEqual([{ kind: 'PAYOUT', total: -600 }]);
    expect(await checkLedger(t.app.db.dataSource.manager)).toEqual([]);
  });

  it('refuses payouts below the minimum, above the available earnings, unverified or from non-creators, and nothing moves', async () => {
    const creator = await creatorWith(1000, 300);
    const code = async (who: TestAccount, tokens: number) => (await request(who, tokens)).errors?.[0].extensions;
    expect(await code(creator, 499)).toMatchObject({ code: 'PAYOUT_BELOW_MINIMUM', minimum: 500 });
    // Pending earnings (within the holding period) are not available.
    expect(await code(creator, 1001)).toMatchObject({ code: 'PAYOUT_EXCEEDS_AVAILABLE', available: 1000 });
    expect(await code(creator, 0)).toMatchObject({ code: 'BAD_USER_INPUT' });
    const unverified = await creatorWith(1000, 0, { verified: false });
    expect(await code(unverified, 600)).toMatchObject({ code: 'EMAIL_NOT_VERIFIED' });
    const fan = await t.signUp('FAN');
    expect(await code(fan, 600)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await earnings(creator.id)).toBe(1300);
    expect(await clearing(creator.id)).toBe(0);
    expect(await t.sql(`SELECT id FROM payout WHERE owner_id = ANY($1::uuid[])`, [[creator.id, unverified.id]])).toEqual([]);
    // Two payouts cannot together take more than is available.
    expect((await request(creator, 600)).errors).toBeUndefined();
    expect(await code(creator, 500)).toMatchObject({ code: 'PAYOUT_EXCEEDS_AVAILABLE', available: 400 });
  });

  it('staff list and approve: the Stripe transfer is made once per payout (idempotency key), the payout is PROCESSING, and it is audited', async () => {
    const creator = await creatorWith(1000, 0);
    const payout = (await request(creator, 700)).data!.requestPayout;
    const listed = await t.ok<{ allPayouts: { id: string }[]; _allPayoutsMeta: { count: number } }>(
      `query($f: PayoutFilter) { allPayouts(filter: $f, perPage: 200) { id } _allPayoutsMeta(filter: $f) { count } }`,
      { f: { status: 'REQUESTED', ownerId: creator.id } },
      { token: moderator.accessToken },
    );
    expect(listed).toEqual({ allPayouts: [{ id: payout.id }], _allPayoutsMeta: { count: 1 } });
    expect((await approve(payout.id, creator.accessToken)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const approved = await approve(payout.id);
    expect(approved.data!.approvePayout.status).toBe('PROCESSING');
    const [sent] = fake.transfers(payout.id);
    expect(sent).toMatchObject({ auth: `Bearer ${SECRET_KEY}`, idempotencyKey: `payout:${payout.id}` });
    expect(sent.form).toMatchObject({
      amount: '7000',
      currency: 'usd',
      transfer_group: `payout:${payout.id}`,
      destination: expect.stringMatching(/^acct_test/),
    });
    // The creator's connected account was opened (once per owner) with their email.
    const account = fake.requests.find((r) => r.path === '/v1/accounts' && r.form.email === creator.email);
    expect(account?.idempotencyKey).toBe(`connect-account:${creator.id}`);
    // Approving twice is refused and makes no second transfer.
    expect((await approve(payout.id)).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(fake.transfers(payout.id)).toHaveLength(1);
    const audit = await t.sql<{ action: string; actor_id: string }>(`SELECT action, actor_id FROM audit_entry WHERE target_id = $1`, [payout.id]);
    expect(audit).toEqual([{ action: 'APPROVE_PAYOUT', actor_id: moderator.id }]);
    // The creator's recent activity is beside it for the reviewer.
    expect((await staffView(payout.id)).recentActivity[0]).toEqual({ kind: 'PAYOUT', total: -700 });
  });

  it('the paid webhook settles the clearing out of Minutely once, however often it is delivered', async () => {
    const { creator, payout, transferId } = await approvedPayout(600);
    const created = connectEvent('transfer.created', transferObject(payout.id, transferId, 6000));
    for (let i = 0; i < 3; i++) expect(await deliver(created)).toEqual({ status: 200, body: { received: true } });
    // The same transfer under a new event id (a resend) changes nothing either.
    expect((await deliver(connectEvent('transfer.created', transferObject(payout.id, transferId, 6000)))).status).toBe(200);
    expect((await staffView(payout.id)).status).toBe('PAID');
    expect(await summary(creator)).toMatchObject({
      balance: 400,
      available: 400,
      inPayout: 0,
      paidOut: 600,
      paidOutValue: [{ amountCents: 6000, currency: 'usd' }],
    });
    expect(await clearing(creator.id)).toBe(0);
    const paid = await t.sql(`SELECT id FROM ledger_transfer WHERE reference = $1 AND kind = 'PAYOUT_PAID'`, [`payout:${payout.id}`]);
    expect(paid).toHaveLength(1);
    expect(await checkLedger(t.app.db.dataSource.manager)).toEqual([]);
  });

  it('the failed (reversed) webhook returns the tokens to the earnings once, before or after the payout was paid', async () => {
    const first = await approvedPayout(600);
    const reversed = connectEvent('transfer.reversed', transferObject(first.payout.id, first.transferId, 6000, { amount_reversed: 6000, reversed: true }));
    for (let i = 0; i < 3; i++) expect((await deliver(reversed)).status).toBe(200);
    expect(await staffView(first.payout.id)).toMatchObject({ status: 'FAILED', reason: expect.stringMatching(/reversed/) });
    expect(await earnings(first.creator.id)).toBe(1000);
    expect(await clearing(first.creator.id)).toBe(0);
    // A late confirmation of the failed transfer does not pay it again.
    expect((await deliver(connectEvent('transfer.created', transferObject(first.payout.id, first.transferId, 6000)))).status).toBe(200);
    expect(await earnings(first.creator.id)).toBe(1000);
    // Returned tokens are not new earnings: they are available at once.
    expect(await summary(first.creator)).toMatchObject({ available: 1000, pending: 0, paidOut: 0 });

    const second = await approvedPayout(500);
    await deliver(connectEvent('transfer.created', transferObject(second.payout.id, second.transferId, 5000)));
    expect((await staffView(second.payout.id)).status).toBe('PAID');
    await deliver(connectEvent('transfer.reversed', transferObject(second.payout.id, second.transferId, 5000, { amount_reversed: 5000, reversed: true })));
    expect((await staffView(second.payout.id)).status).toBe('FAILED');
    expect(await earnings(second.creator.id)).toBe(1000);
    expect(await summary(second.creator)).toMatchObject({ paidOut: 0 });
    expect(await checkLedger(t.app.db.dataSource.manager)).toEqual([]);
  });

  it('reject returns the tokens to the earnings with a reason, audited; a rejected payout cannot be approved', async () => {
    const creator = await creatorWith(1000, 0);
    const payout = (await request(creator, 800)).data!.requestPayout;
    expect((await reject(payout.id, 'x')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const rejected = await reject(payout.id, '  Bank details under review  ');
    expect(rejected.data!.rejectPayout).toMatchObject({ status: 'REJECTED', reason: 'Bank details under review' });
    expect(await earnings(creator.id)).toBe(1000);
    expect(await clearing(creator.id)).toBe(0);
    expect((await approve(payout.id)).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await reject(payout.id, 'again please')).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(fake.transfers(payout.id)).toHaveLength(0);
    const audit = await t.sql<{ action: string; reason: string }>(`SELECT action, reason FROM audit_entry WHERE target_id = $1`, [payout.id]);
    expect(audit).toEqual([{ action: 'REJECT_PAYOUT', reason: 'Bank details under review' }]);
    const mine = await t.ok<{ payouts: Connection<{ status: string; reason: string }> }>(
      `{ payouts { edges { cursor node { status reason } } pageInfo { hasNextPage } } }`,
      {},
      {
        token: creator.accessToken,
      },
    );
    expect(nodes(mine.payouts)).toEqual([{ status: 'REJECTED', reason: 'Bank details under review' }]);
    expect(await checkLedger(t.app.db.dataSource.manager)).toEqual([]);
  });

  it('acknowledges and logs events naming no payout of ours, refuses bad signatures, and never answers 500', async () => {
    const { creator, payout, transferId } = await approvedPayout(600);
    const warn = jest.spyOn(t.app.log, 'warn');
    try {
      for (const payoutId of ['not-a-uuid', '00000000-0000-4000-8000-000000000000', "1' OR '1'='1"]) {
        const res = await deliver(connectEvent('transfer.created', transferObject(payoutId, transferId, 6000)));
        expect({ payoutId, res }).toEqual({ payoutId, res: { status: 200, body: { received: true, ignored: 'no such payout' } } });
      }
      // Another amount or another transfer than the payout's is not applied.
      expect((await deliver(connectEvent('transfer.created', transferObject(payout.id, transferId, 1)))).body).toMatchObject({ ignored: 'no such payout' });
      expect((await deliver(connectEvent('transfer.created', transferObject(payout.id, 'tr_someone_else', 6000)))).body).toMatchObject({
        ignored: 'no such payout',
      });
      // Signed, but not shaped like a transfer.
      expect((await deliver(connectEvent('transfer.created', { id: 'tr_x', object: 'transfer', metadata: { payoutId: payout.id } }))).status).toBe(200);
      expect(warn).toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
    expect((await deliver(connectEvent('transfer.created', transferObject(payout.id, transferId, 6000)), { secret: 'whsec_someone_else' })).status).toBe(400);
    expect((await staffView(payout.id)).status).toBe('PROCESSING');
    expect(await clearing(creator.id)).toBe(600);
    // Events Minutely does not use are acknowledged.
    expect((await deliver(connectEvent('charge.succeeded', { id: 'ch_1', object: 'charge' }))).status).toBe(200);
  });

  it('an agency owner requests a payout of the agency’s earnings', async () => {
    const agency = await t.signUp('AGENCY');
    const now = clock.now();
    clock.set(new Date(now.getTime() - 8 * DAY));
    try {
      await t.app.ledger.transfer(t.app.contexts.system('test'), {
        key: `earn:${agency.id}`,
        kind: TransferKind.ADJUSTMENT,
        legs: [
          { account: { platform: AccountKind.PROMOTIONS }, amount: -700 },
          { account: { ownerId: agency.id, kind: AccountKind.AGENCY_EARNINGS }, amount: 700 },
        ],
      });
    } finally {
      clock.set(now);
    }
    // The owner reads the agency's earnings as a creator reads theirs: the summary and one activity item.
    const SUMMARY = `{ earningsSummary { balance available pending inPayout paidOut } walletActivity(first: 5) { edges { node { kind total } } } }`;
    type Summary = { earningsSummary: Record<string, number>; walletActivity: { edges: { node: { kind: string; total: number } }[] } };
    const before = await t.ok<Summary>(SUMMARY, {}, { token: agency.accessToken });
    expect(before.earningsSummary).toEqual({ balance: 700, available: 700, pending: 0, inPayout: 0, paidOut: 0 });
    expect(before.walletActivity.edges.map((e) => e.node.total)).toEqual([700]);
    expect((await request(agency, 701)).errors?.[0].extensions).toMatchObject({ code: 'PAYOUT_EXCEEDS_AVAILABLE', available: 700 });
    const payout = (await request(agency, 700)).data!.requestPayout;
    expect((await t.ok<Summary>(SUMMARY, {}, { token: agency.accessToken })).earningsSummary).toMatchObject({ balance: 0, available: 0, inPayout: 700 });
    expect(payout).toMatchObject({ tokens: 700, status: 'REQUESTED', ownerKind: 'AGENCY' });
    const ctx = t.app.contexts.system('test');
    expect((await t.app.ledger.balance(ctx, agency.id, AccountKind.AGENCY_EARNINGS)).balance).toBe(0);
    expect(await clearing(agency.id)).toBe(700);
    expect((await reject(payout.id, 'Agency terms under review')).data!.rejectPayout.status).toBe('REJECTED');
    expect((await t.app.ledger.balance(ctx, agency.id, AccountKind.AGENCY_EARNINGS)).balance).toBe(700);
  });

  it('gives a Stripe Connect onboarding link for the creator’s connected account', async () => {
    const creator = await creatorWith(0, 0);
    const link = await t.ok<{ payoutOnboardingLink: { url: string; testMode: boolean } }>(
      `mutation { payoutOnboardingLink(country: "FR") { url testMode expiresAt } }`,
      {},
      {
        token: creator.accessToken,
      },
    );
    expect(link.payoutOnboardingLink).toMatchObject({ url: expect.stringMatching(/^https:\/\/connect\.stripe\.test\/setup\/e\/acct_test/), testMode: true });
    const opened = fake.requests.filter((r) => r.path === '/v1/accounts' && r.form.email === creator.email);
    expect(opened.map((r) => r.form.country)).toEqual(['FR']);
    expect(fake.requests.filter((r) => r.path === '/v1/account_links').at(-1)?.form).toMatchObject({
      type: 'account_onboarding',
      return_url: expect.stringMatching(/\/earnings\?onboarded=1$/),
    });
    // A second link reuses the account.
    await t.ok(`mutation { payoutOnboardingLink { url } }`, {}, { token: creator.accessToken });
    expect(fake.requests.filter((r) => r.path === '/v1/accounts' && r.form.email === creator.email)).toHaveLength(1);
  });
});

describe('payouts with the dev provider (no Stripe)', () => {
  let dev: TestServer;
  beforeAll(async () => {
    dev = await startTestServer({ clock });
  });
  afterAll(() => dev.close());

  it('pays an approved payout at once (the dev double sends no webhooks) and gives a local onboarding link', async () => {
    const creator = await dev.signUp('CREATOR');
    const now = clock.now();
    clock.set(new Date(now.getTime() - 8 * DAY));
    try {
      await dev.app.ledger.transfer(dev.app.contexts.system('test'), {
        key: `earn:${creator.id}`,
        kind: TransferKind.ADJUSTMENT,
        legs: [
          { account: { platform: AccountKind.PROMOTIONS }, amount: -900 },
          { account: { ownerId: creator.id, kind: AccountKind.CREATOR_EARNINGS }, amount: 900 },
        ],
      });
    } finally {
      clock.set(now);
    }
    const link = await dev.ok<{ payoutOnboardingLink: { url: string; testMode: boolean } }>(
      `mutation { payoutOnboardingLink { url testMode } }`,
      {},
      { token: creator.accessToken },
    );
    expect(link.payoutOnboardingLink).toEqual({ url: expect.stringMatching(/\/earnings\?onboarded=1$/), testMode: true });
    const { requestPayout } = await dev.ok<{ requestPayout: { id: string; provider: string } }>(
      `mutation { requestPayout(tokens: 900) { id provider } }`,
      {},
      {
        token: creator.accessToken,
      },
    );
    expect(requestPayout.provider).toBe('dev');
    const staff = await dev.staff('ADMIN');
    const approved = await dev.ok<{ approvePayout: { status: string } }>(
      `mutation($id: ID!) { approvePayout(id: $id, note: "Checked the calls") { status } }`,
      { id: requestPayout.id },
      {
        token: staff.accessToken,
      },
    );
    expect(approved.approvePayout.status).toBe('PAID');
    const { earningsSummary } = await dev.ok<{ earningsSummary: { balance: number; paidOut: number; inPayout: number } }>(
      `{ earningsSummary { balance paidOut inPayout } }`,
      {},
      {
        token: creator.accessToken,
      },
    );
    expect(earningsSummary).toEqual({ balance: 0, paidOut: 900, inPayout: 0 });
    const audit = await dev.sql<{ action: string; reason: string }>(`SELECT action, reason FROM audit_entry WHERE target_id = $1`, [requestPayout.id]);
    expect(audit).toEqual([{ action: 'APPROVE_PAYOUT', reason: 'Checked the calls' }]);
    // The Connect webhook route is Stripe's only.
    expect((await fetch(`${dev.url}/webhooks/stripe-connect`, { method: 'POST', body: '{}' })).status).toBe(404);
    expect(await checkLedger(dev.app.db.dataSource.manager)).toEqual([]);
  });
});
