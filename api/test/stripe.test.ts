import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { checkLedger, TransferKind } from '../src/modules/ledger';
import { startTestServer, type TestAccount, type TestServer } from './harness';

const SECRET_KEY = 'sk_test_minutely';
const WEBHOOK_SECRET = 'whsec_minutely_test_secret';
const stripe = new Stripe(SECRET_KEY);

/** A local stand-in for Stripe's API that checks each checkout request the way Stripe would receive it. */
class FakeStripe {
  readonly requests: { path: string; auth: string | undefined; idempotencyKey: string | undefined; form: URLSearchParams }[] = [];
  /** Refuses checkouts (as Stripe does with a bad request) while set. */
  refuseCheckouts = false;
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer(async (req, res) => {
      const form = new URLSearchParams(await body(req));
      this.requests.push({ path: req.url ?? '', auth: req.headers.authorization, idempotencyKey: req.headers['idempotency-key'] as string | undefined, form });
      if (this.refuseCheckouts || req.method !== 'POST' || req.url !== '/v1/checkout/sessions' || req.headers.authorization !== `Bearer ${SECRET_KEY}`) {
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'unexpected request' } }));
        return;
      }
      const id = `cs_test_${this.requests.length}`;
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ id, object: 'checkout.session', url: `https://checkout.stripe.test/pay/${id}`, payment_status: 'unpaid' }));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data));
  });
}

const fake = new FakeStripe();
let t: TestServer;

beforeAll(async () => {
  await fake.start();
  t = await startTestServer({ env: { STRIPE_SECRET_KEY: SECRET_KEY, STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_URL: fake.url } });
});
afterAll(async () => {
  await t.close();
  await fake.stop();
});

let eventSeq = 0;
function event(type: string, object: Record<string, unknown>, id = `evt_${++eventSeq}_${Date.now()}`) {
  return { id, object: 'event', type, api_version: '2025-01-01', created: Math.floor(Date.now() / 1000), data: { object } };
}

async function deliver(payload: object, options: { secret?: string; timestamp?: number; signature?: string } = {}) {
  const raw = JSON.stringify(payload);
  const signature =
    options.signature ?? stripe.webhooks.generateTestHeaderString({ payload: raw, secret: options.secret ?? WEBHOOK_SECRET, timestamp: options.timestamp });
  const res = await fetch(`${t.url}/webhooks/stripe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': signature },
    body: raw,
  });
  return { status: res.status, body: await res.json() };
}

async function startPurchase(fan: TestAccount, packId = 'starter') {
  const result = await t.ok<{ purchaseTokens: { purchase: { id: string; status: string; tokens: number }; checkoutUrl: string; testMode: boolean } }>(
    `mutation($p: ID!) { purchaseTokens(packId: $p) { purchase { id status tokens } checkoutUrl testMode } }`,
    { p: packId },
    { token: fan.accessToken },
  );
  return result.purchaseTokens;
}

const paidSession = (purchaseId: string, overrides: Record<string, unknown> = {}) => ({
  id: `cs_for_${purchaseId}`,
  object: 'checkout.session',
  client_reference_id: purchaseId,
  metadata: { purchaseId },
  payment_status: 'paid',
  amount_total: 999,
  currency: 'usd',
  payment_intent: `pi_${purchaseId.slice(0, 8)}`,
  ...overrides,
});

const walletOf = async (fan: TestAccount) =>
  (await t.ok<{ wallet: { available: number; frozen: boolean } }>(`{ wallet { available frozen } }`, {}, { token: fan.accessToken })).wallet;

describe('Stripe checkout', () => {
  it('creates a Checkout Session with an idempotency key and grants nothing before the webhook', async () => {
    const fan = await t.signUp('FAN');
    const started = await startPurchase(fan);
    expect(started).toMatchObject({ purchase: { status: 'PENDING', tokens: 100 }, testMode: true });
    expect(started.checkoutUrl).toMatch(/^https:\/\/checkout\.stripe\.test\/pay\/cs_test_/);

    const sent = fake.requests[fake.requests.length - 1];
    expect(sent.path).toBe('/v1/checkout/sessions');
    expect(sent.auth).toBe(`Bearer ${SECRET_KEY}`);
    expect(sent.idempotencyKey).toBe(`purchase:${started.purchase.id}`);
    expect(Object.fromEntries(sent.form)).toMatchObject({
      mode: 'payment',
      client_reference_id: started.purchase.id,
      'metadata[purchaseId]': started.purchase.id,
      'line_items[0][price_data][unit_amount]': '999',
      'line_items[0][price_data][currency]': 'usd',
      'line_items[0][quantity]': '1',
    });
    expect((await walletOf(fan)).available).toBe(0);
  });

  it('leaves no trace of a purchase the provider refuses: the mutation is one transaction', async () => {
    const fan = await t.signUp('FAN');
    fake.refuseCheckouts = true;
    try {
      const refused = await t.gql(`mutation { purchaseTokens(packId: "starter") { purchase { id } } }`, {}, { token: fan.accessToken });
      expect(refused.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      fake.refuseCheckouts = false;
    }
    expect(await t.sql(`SELECT id FROM purchase WHERE account_id = $1`, [fan.id])).toEqual([]);
  });
});

describe('Stripe webhooks', () => {
  it('credits a paid checkout once, however often and in whatever form it is delivered', async () => {
    const fan = await t.signUp('FAN');
    const { purchase } = await startPurchase(fan);
    const completed = event('checkout.session.completed', paidSession(purchase.id));
    for (let i = 0; i < 10; i++) expect((await deliver(completed)).status).toBe(200);
    // A different event about the same session (e.g. a resend with a new id) does not pay twice either.
    expect((await deliver(event('checkout.session.async_payment_succeeded', paidSession(purchase.id)))).status).toBe(200);
    expect((await walletOf(fan)).available).toBe(100);
    const { purchase: after } = await t.ok<{ purchase: { status: string } }>(
      `query($id: ID!) { purchase(id: $id) { status } }`,
      { id: purchase.id },
      { token: fan.accessToken },
    );
    expect(after.status).toBe('COMPLETED');
    expect(await checkLedger(t.app.db.dataSource.manager)).toEqual([]);
  });

  it('waits for an asynchronous payment to succeed', async () => {
    const fan = await t.signUp('FAN');
    const { purchase } = await startPurchase(fan);
    await deliver(event('checkout.session.completed', paidSession(purchase.id, { payment_status: 'unpaid' })));
    expect((await walletOf(fan)).available).toBe(0);
    await deliver(event('checkout.session.async_payment_succeeded', paidSession(purchase.id)));
    expect((await walletOf(fan)).available).toBe(100);
  });

  it('refuses bad, stale and future-dated signatures with 400 and changes nothing', async () => {
    const fan = await t.signUp('FAN');
    const { purchase } = await startPurchase(fan);
    const completed = event('checkout.session.completed', paidSession(purchase.id));
    expect((await deliver(completed, { secret: 'whsec_someone_else' })).status).toBe(400);
    expect((await deliver(completed, { timestamp: Math.floor(Date.now() / 1000) - 3600 })).status).toBe(400);
    // Dated more than 5 minutes ahead is refused as well (a minute ahead is clock skew, and fine).
    expect((await deliver(completed, { timestamp: Math.floor(Date.now() / 1000) + 6 * 60 })).status).toBe(400);
    expect((await deliver(completed, { timestamp: Math.floor(Date.now() / 1000) + 24 * 3600 })).status).toBe(400);
    expect((await deliver(completed, { signature: 'nonsense' })).status).toBe(400);
    expect((await walletOf(fan)).available).toBe(0);
    expect(await t.sql(`SELECT 1 FROM payment_event WHERE event_id = $1`, [completed.id])).toHaveLength(0);
    // The genuine delivery still works afterwards.
    expect((await deliver(completed)).status).toBe(200);
    expect((await walletOf(fan)).available).toBe(100);
  });

  it('refuses an amount mismatch and an unknown purchase, and logs them', async () => {
    const fan = await t.signUp('FAN');
    const { purchase } = await startPurchase(fan);
    const cheap = await deliver(event('checkout.session.completed', paidSession(purchase.id, { amount_total: 1 })));
    expect(cheap).toMatchObject({ status: 400, body: { error: expect.stringContaining('amount mismatch') } });
    const unknown = await deliver(event('checkout.session.completed', paidSession('00000000-0000-4000-8000-000000000000')));
    expect(unknown.status).toBe(400);
    expect((await walletOf(fan)).available).toBe(0);
  });

  it('acknowledges (200) and logs a signed event that can never apply, so Stripe does not retry a poison event', async () => {
    const fan = await t.signUp('FAN');
    await startPurchase(fan);
    const warn = jest.spyOn(t.app.log, 'warn');
    try {
      for (const purchaseId of ['a'.repeat(36), '-'.repeat(36), "1' OR '1'='1", '']) {
        const res = await deliver(event('checkout.session.completed', paidSession(purchaseId)));
        expect({ purchaseId, res }).toEqual({ purchaseId, res: { status: 200, body: { received: true, ignored: 'malformed event' } } });
      }
      // Text the database cannot store, past the checks: still acknowledged, never a 500.
      const nul = await deliver(event('charge.refunded', { id: 'ch_1', object: 'charge', payment_intent: 'pi_\u0000', amount_refunded: 100 }));
      expect(nul.status).toBe(200);
      expect(warn).toHaveBeenCalledWith(expect.objectContaining({ requestId: expect.any(String) }), 'stripe webhook ignored: malformed event');
    } finally {
      warn.mockRestore();
    }
    expect((await walletOf(fan)).available).toBe(0);
  });

  it('takes tokens back on refunds (partial, then full) and on a dispute, freezing a wallet that spent them', async () => {
    const fan = await t.signUp('FAN');
    const { purchase } = await startPurchase(fan);
    const session = paidSession(purchase.id);
    await deliver(event('checkout.session.completed', session));
    const charge = { object: 'charge', id: 'ch_1', payment_intent: session.payment_intent, amount: 999 };

    const partial = event('charge.refunded', { ...charge, amount_refunded: 500 });
    await deliver(partial);
    await deliver(partial);
    expect((await walletOf(fan)).available).toBe(100 - 50);
    await deliver(event('charge.refunded', { ...charge, amount_refunded: 999 }));
    expect((await walletOf(fan)).available).toBe(0);

    const spender = await t.signUp('FAN');
    const second = await startPurchase(spender);
    const spenderSession = paidSession(second.purchase.id, { payment_intent: 'pi_spender' });
    await deliver(event('checkout.session.completed', spenderSession));
    const creator = await t.signUp('CREATOR');
    await t.app.ledger.pay(t.app.contexts.system('test'), {
      key: `spend:${spender.id}`,
      kind: TransferKind.CHAT_UNLOCK,
      fanId: spender.id,
      creatorId: creator.id,
      amount: 60,
      commissionBps: 2000,
    });
    await deliver(event('charge.dispute.created', { object: 'dispute', id: 'dp_1', payment_intent: 'pi_spender', amount: 999 }));
    expect(await walletOf(spender)).toEqual({ available: -60, frozen: true });
    expect(await checkLedger(t.app.db.dataSource.manager)).toEqual([]);
  });
});
