import { execFile } from 'node:child_process';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Stripe from 'stripe';
import { ManualClock } from '../src/common/clock';
import { loadConfig } from '../src/config';
import { createPayoutProvider, PayoutWebhookError } from '../src/providers/payouts';
import { DevPayoutProvider } from '../src/providers/payouts/dev-payout-provider';
import { StripeConnectPayoutProvider } from '../src/providers/payouts/stripe-connect-payout-provider';

const SECRET_KEY = 'sk_test_minutely_connect';
const WEBHOOK_SECRET = 'whsec_minutely_connect_test';
const stripe = new Stripe(SECRET_KEY);

interface Received {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
  form: Record<string, string>;
}

const stripeError = (status: number, error: Record<string, string>): [number, unknown] => [status, { error }];

/**
 * A local stand-in for Stripe's API that checks what the Connect calls send — method, path, Bearer auth,
 * form encoding and fields, Idempotency-Key — and answers like Stripe: objects as JSON, errors with their
 * codes, idempotent replays returning the first response, and a 500 with Stripe-Should-Retry once per
 * "flaky" payout so the SDK's retry can be watched.
 */
class FakeStripeConnect {
  readonly received: Received[] = [];
  readonly refused: string[] = [];
  private readonly byIdempotencyKey = new Map<string, { form: string; response: [number, unknown] }>();
  private readonly flakyOnce = new Set<string>();
  private server!: Server;
  url = '';
  private seq = 0;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(([status, body, headers]) =>
        res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body)),
      );
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage): Promise<[number, unknown, Record<string, string>?]> {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const path = req.url ?? '';
    const refuse = (status: number, message: string): [number, unknown] => {
      this.refused.push(`${req.method} ${path}: ${message}`);
      return stripeError(status, { type: 'invalid_request_error', message });
    };
    if (req.headers.authorization !== `Bearer ${SECRET_KEY}`) return refuse(401, 'Invalid API Key provided');
    if (req.method === 'POST' && req.headers['content-type'] !== 'application/x-www-form-urlencoded') return refuse(400, 'Expected a form body');
    const form = Object.fromEntries(new URLSearchParams(raw));
    const idempotencyKey = req.headers['idempotency-key'] as string | undefined;
    this.received.push({ method: req.method ?? '', path, idempotencyKey, form });

    if (req.method === 'POST' && idempotencyKey && this.byIdempotencyKey.has(idempotencyKey)) {
      const first = this.byIdempotencyKey.get(idempotencyKey)!;
      if (first.form !== raw)
        return stripeError(400, {
          type: 'idempotency_error',
          message: 'Keys for idempotent requests can only be used with the same parameters they were first used with.',
        });
      return [...first.response, { 'idempotent-replayed': 'true' }] as [number, unknown, Record<string, string>];
    }
    const [status, body, headers] = this.route(req.method ?? '', path, form);
    if (req.method === 'POST' && idempotencyKey && status < 500) this.byIdempotencyKey.set(idempotencyKey, { form: raw, response: [status, body] });
    return [status, body, headers];
  }

  private route(method: string, path: string, form: Record<string, string>): [number, unknown, Record<string, string>?] {
    const now = Math.floor(Date.now() / 1000);
    if (method === 'POST' && path === '/v1/accounts') {
      if (form.type !== 'express' || form['capabilities[transfers][requested]'] !== 'true' || !/^[A-Z]{2}$/.test(form.country ?? '') || !form.email) {
        return stripeError(400, { type: 'invalid_request_error', message: 'Invalid account parameters' });
      }
      return [
        200,
        {
          id: `acct_test${++this.seq}`,
          object: 'account',
          type: 'express',
          country: form.country,
          email: form.email,
          details_submitted: false,
          payouts_enabled: false,
        },
      ];
    }
    if (method === 'POST' && path === '/v1/account_links') {
      if (form.type !== 'account_onboarding' || !form.account?.startsWith('acct_') || !form.return_url || !form.refresh_url) {
        return stripeError(400, { type: 'invalid_request_error', message: 'Invalid account link parameters' });
      }
      return [200, { object: 'account_link', created: now, expires_at: now + 300, url: `https://connect.stripe.test/setup/e/${form.account}/${++this.seq}` }];
    }
    const account = /^\/v1\/accounts\/(acct_\w+)$/.exec(path);
    if (method === 'GET' && account) {
      const ready = account[1] === 'acct_ready';
      return [
        200,
        {
          id: account[1],
          object: 'account',
          details_submitted: ready,
          payouts_enabled: ready,
          capabilities: { transfers: ready ? 'active' : 'inactive' },
          requirements: {
            currently_due: ready ? [] : ['individual.dob.day', 'external_account'],
            past_due: ready ? [] : ['external_account'],
            disabled_reason: ready ? null : 'requirements.past_due',
          },
        },
      ];
    }
    if (method === 'POST' && path === '/v1/transfers') {
      const amount = Number(form.amount);
      if (!Number.isInteger(amount) || amount <= 0 || !form.currency || !form.destination)
        return stripeError(400, { type: 'invalid_request_error', message: 'Invalid transfer parameters' });
      if (form.destination === 'acct_notready') {
        return stripeError(400, {
          type: 'invalid_request_error',
          code: 'insufficient_capabilities_for_transfer',
          param: 'destination',
          message: 'Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments',
        });
      }
      if (amount > 1_000_000)
        return stripeError(400, {
          type: 'invalid_request_error',
          code: 'balance_insufficient',
          message: 'You have insufficient available funds in your Stripe account.',
        });
      const payoutId = form['metadata[payoutId]'];
      if (payoutId?.startsWith('flaky') && !this.flakyOnce.has(payoutId)) {
        this.flakyOnce.add(payoutId);
        return [500, { error: { type: 'api_error', message: 'An unknown error occurred' } }, { 'stripe-should-retry': 'true' }];
      }
      return [
        200,
        {
          id: `tr_test${++this.seq}`,
          object: 'transfer',
          amount,
          amount_reversed: 0,
          currency: form.currency,
          destination: form.destination,
          transfer_group: form.transfer_group,
          metadata: { payoutId },
          reversed: false,
        },
      ];
    }
    return stripeError(404, { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${path})` });
  }
}

const fake = new FakeStripeConnect();
let provider: StripeConnectPayoutProvider;

beforeAll(async () => {
  await fake.start();
  provider = await StripeConnectPayoutProvider.create({ secretKey: SECRET_KEY, webhookSecret: WEBHOOK_SECRET, platformCountry: 'US', apiUrl: fake.url });
});
afterAll(() => fake.stop());

const last = (path: string) => fake.received.filter((r) => r.path === path).at(-1)!;

describe('Stripe Connect payouts (against a local fake that checks requests)', () => {
  it('creates an Express account that can receive transfers, once per owner', async () => {
    const { connectedAccountId } = await provider.createConnectedAccount({ ownerId: 'creator-1', email: 'ava@example.com', country: 'us' });
    expect(connectedAccountId).toMatch(/^acct_test/);
    const sent = last('/v1/accounts');
    expect(sent.idempotencyKey).toBe('connect-account:creator-1');
    expect(sent.form).toEqual({
      type: 'express',
      country: 'US',
      email: 'ava@example.com',
      business_type: 'individual',
      'capabilities[transfers][requested]': 'true',
      'metadata[ownerId]': 'creator-1',
    });
    // A retry (double click, timeout) gets the same account back.
    expect(await provider.createConnectedAccount({ ownerId: 'creator-1', email: 'ava@example.com', country: 'US' })).toEqual({ connectedAccountId });
    console.log(`Connect: POST /v1/accounts ${JSON.stringify(sent.form)} with Idempotency-Key ${sent.idempotencyKey} → ${connectedAccountId}`);
  });

  it('gives accounts outside the platform country the recipient service agreement', async () => {
    await provider.createConnectedAccount({ ownerId: 'creator-2', email: 'lea@example.com', country: 'FR' });
    expect(last('/v1/accounts').form).toMatchObject({ country: 'FR', 'tos_acceptance[service_agreement]': 'recipient' });
  });

  it('makes an onboarding link with return and refresh URLs', async () => {
    const link = await provider.onboardingLink('acct_test1', {
      returnUrl: 'http://localhost:4000/earnings?onboarded=1',
      refreshUrl: 'http://localhost:4000/earnings?relink=1',
    });
    expect(link.url).toMatch(/^https:\/\/connect\.stripe\.test\/setup\/e\/acct_test1\//);
    expect(link.expiresAt.getTime()).toBeGreaterThan(Date.now());
    expect(last('/v1/account_links').form).toEqual({
      account: 'acct_test1',
      type: 'account_onboarding',
      return_url: 'http://localhost:4000/earnings?onboarded=1',
      refresh_url: 'http://localhost:4000/earnings?relink=1',
    });
  });

  it('reads whether an account can receive transfers and what it still needs', async () => {
    expect(await provider.accountStatus('acct_ready')).toEqual({
      connectedAccountId: 'acct_ready',
      detailsSubmitted: true,
      transfersActive: true,
      payoutsEnabled: true,
      requirementsDue: [],
      disabledReason: null,
    });
    expect(await provider.accountStatus('acct_pending')).toMatchObject({
      transfersActive: false,
      requirementsDue: ['external_account', 'individual.dob.day'],
      disabledReason: 'requirements.past_due',
    });
    expect(last('/v1/accounts/acct_pending').method).toBe('GET');
  });

  it('transfers to the connected account with the payout as idempotency key, transfer group and metadata', async () => {
    const result = await provider.transfer({
      payoutId: 'payout-42',
      connectedAccountId: 'acct_ready',
      amountCents: 12_345,
      currency: 'usd',
      description: 'Minutely earnings',
    });
    expect(result).toEqual({ status: 'SENT', transferId: expect.stringMatching(/^tr_test/) });
    const sent = last('/v1/transfers');
    expect(sent.idempotencyKey).toBe('payout:payout-42');
    expect(sent.form).toEqual({
      amount: '12345',
      currency: 'usd',
      destination: 'acct_ready',
      transfer_group: 'payout:payout-42',
      'metadata[payoutId]': 'payout-42',
      description: 'Minutely earnings',
    });
    // Retried (the first answer was lost): Stripe replays the same transfer, no second one is made.
    expect(
      await provider.transfer({
        payoutId: 'payout-42',
        connectedAccountId: 'acct_ready',
        amountCents: 12_345,
        currency: 'usd',
        description: 'Minutely earnings',
      }),
    ).toEqual(result);
    console.log(
      `Connect: POST /v1/transfers amount=${sent.form.amount} ${sent.form.currency} → ${sent.form.destination}, Idempotency-Key ${sent.idempotencyKey}; replay gave ${result.status === 'SENT' ? result.transferId : ''} again`,
    );
  });

  it("retries a 500 with the same idempotency key, so Stripe's retry cannot pay twice", async () => {
    const result = await provider.transfer({ payoutId: 'flaky-1', connectedAccountId: 'acct_ready', amountCents: 500, currency: 'usd' });
    expect(result.status).toBe('SENT');
    const attempts = fake.received.filter((r) => r.path === '/v1/transfers' && r.form['metadata[payoutId]'] === 'flaky-1');
    expect(attempts.map((a) => a.idempotencyKey)).toEqual(['payout:flaky-1', 'payout:flaky-1']);
  });

  it('turns Stripe refusals into typed results and checks requests before sending', async () => {
    expect(await provider.transfer({ payoutId: 'p-nr', connectedAccountId: 'acct_notready', amountCents: 100, currency: 'usd' })).toMatchObject({
      status: 'REFUSED',
      reason: 'ACCOUNT_NOT_READY',
    });
    expect(await provider.transfer({ payoutId: 'p-big', connectedAccountId: 'acct_ready', amountCents: 5_000_000, currency: 'usd' })).toMatchObject({
      status: 'REFUSED',
      reason: 'INSUFFICIENT_PLATFORM_BALANCE',
    });
    const before = fake.received.length;
    for (const bad of [{ amountCents: 0 }, { amountCents: 1.5 }, { currency: 'USD' }]) {
      expect(await provider.transfer({ payoutId: 'p-bad', connectedAccountId: 'acct_ready', amountCents: 100, currency: 'usd', ...bad })).toMatchObject({
        status: 'REFUSED',
        reason: 'INVALID',
      });
    }
    expect(fake.received.length).toBe(before);
    await expect(provider.createConnectedAccount({ ownerId: 'x', email: 'x@example.com', country: 'USA' })).rejects.toMatchObject({ reason: 'FAILED' });
    const wrongKey = await StripeConnectPayoutProvider.create({
      secretKey: 'sk_test_wrong',
      webhookSecret: WEBHOOK_SECRET,
      platformCountry: 'US',
      apiUrl: fake.url,
    });
    await expect(wrongKey.accountStatus('acct_ready')).rejects.toMatchObject({ reason: 'FAILED' });
    expect(fake.refused.at(-1)).toMatch(/Invalid API Key/);
  });
});

describe('Stripe Connect webhooks (real signatures)', () => {
  let seq = 0;
  const event = (type: string, object: Record<string, unknown>, account?: string) => ({
    id: `evt_connect_${++seq}`,
    object: 'event',
    type,
    api_version: '2025-01-01',
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    ...(account ? { account } : {}),
    data: { object },
  });
  const signed = (payload: object, options: { secret?: string; timestamp?: number } = {}) => {
    const raw = JSON.stringify(payload);
    return {
      raw: Buffer.from(raw),
      signature: stripe.webhooks.generateTestHeaderString({ payload: raw, secret: options.secret ?? WEBHOOK_SECRET, timestamp: options.timestamp }),
    };
  };
  const parse = (payload: object) => {
    const { raw, signature } = signed(payload);
    return provider.parseWebhook(raw, signature);
  };
  const transfer = (overrides: Record<string, unknown> = {}) => ({
    id: 'tr_1',
    object: 'transfer',
    amount: 12_345,
    amount_reversed: 0,
    currency: 'usd',
    destination: 'acct_ready',
    metadata: { payoutId: 'payout-42' },
    reversed: false,
    ...overrides,
  });

  it('reads transfer.created as the payout sent and transfer.reversed as money back (Connect has no transfer.paid/failed)', () => {
    const created = event('transfer.created', transfer());
    expect(parse(created)).toEqual({
      type: 'TRANSFER_SENT',
      eventId: created.id,
      payoutId: 'payout-42',
      transferId: 'tr_1',
      connectedAccountId: 'acct_ready',
      amountCents: 12_345,
      currency: 'usd',
    });
    expect(parse(event('transfer.reversed', transfer({ amount_reversed: 12_345, reversed: true })))).toMatchObject({
      type: 'TRANSFER_REVERSED',
      payoutId: 'payout-42',
      amountReversedCents: 12_345,
      fullyReversed: true,
    });
    expect(parse(event('transfer.reversed', transfer({ amount_reversed: 45, reversed: false })))).toMatchObject({
      amountReversedCents: 45,
      fullyReversed: false,
    });
    // A transfer someone made by hand in the dashboard is not one of ours.
    expect(parse(event('transfer.created', transfer({ metadata: {} })))).toBeNull();
  });

  it("reads the connected account's bank payouts (payout.paid / payout.failed with event.account) and account updates", () => {
    const payout = {
      id: 'po_1',
      object: 'payout',
      amount: 12_000,
      currency: 'usd',
      arrival_date: 1_767_225_600,
      status: 'paid',
      failure_code: null,
      failure_message: null,
    };
    expect(parse(event('payout.paid', payout, 'acct_ready'))).toMatchObject({
      type: 'BANK_PAYOUT_PAID',
      connectedAccountId: 'acct_ready',
      bankPayoutId: 'po_1',
      amountCents: 12_000,
      arrivalDate: new Date(1_767_225_600 * 1000),
    });
    expect(
      parse(
        event(
          'payout.failed',
          { ...payout, status: 'failed', failure_code: 'account_closed', failure_message: 'The bank account has been closed.' },
          'acct_ready',
        ),
      ),
    ).toMatchObject({
      type: 'BANK_PAYOUT_FAILED',
      failureCode: 'account_closed',
      failureMessage: 'The bank account has been closed.',
    });
    // The platform paying out its own balance is not a creator's payout.
    expect(parse(event('payout.paid', payout))).toBeNull();
    expect(
      parse(
        event('account.updated', {
          id: 'acct_ready',
          object: 'account',
          details_submitted: true,
          payouts_enabled: true,
          capabilities: { transfers: 'active' },
          requirements: { currently_due: [], past_due: [], disabled_reason: null },
        }),
      ),
    ).toMatchObject({
      type: 'ACCOUNT_UPDATED',
      status: { connectedAccountId: 'acct_ready', transfersActive: true, payoutsEnabled: true },
    });
    expect(parse(event('charge.succeeded', { id: 'ch_1', object: 'charge' }))).toBeNull();
  });

  it('refuses a webhook with a missing, wrong or stale signature', () => {
    const payload = event('transfer.created', transfer());
    const { raw } = signed(payload);
    expect(() => provider.parseWebhook(raw, undefined)).toThrow(PayoutWebhookError);
    expect(() => provider.parseWebhook(raw, signed(payload, { secret: 'whsec_someone_else' }).signature)).toThrow(PayoutWebhookError);
    expect(() => provider.parseWebhook(raw, signed(payload, { timestamp: Math.floor(Date.now() / 1000) - 600 }).signature)).toThrow(PayoutWebhookError);
    expect(() => provider.parseWebhook(raw, signed(payload, { timestamp: Math.floor(Date.now() / 1000) + 600 }).signature)).toThrow(PayoutWebhookError);
    const tampered = Buffer.from(raw.toString().replace('12345', '99999'));
    expect(() => provider.parseWebhook(tampered, signed(payload).signature)).toThrow(PayoutWebhookError);
  });
});

describe('dev payouts and selection', () => {
  it('pays at once, idempotently, and marks itself as test mode', async () => {
    const dev = new DevPayoutProvider(new ManualClock('2026-03-01T10:00:00Z'));
    expect(dev.testMode).toBe(true);
    const { connectedAccountId } = await dev.createConnectedAccount({ ownerId: 'creator-9', email: 'x@example.com', country: 'US' });
    expect(await dev.onboardingLink(connectedAccountId, { returnUrl: 'http://localhost:4000/earnings', refreshUrl: 'http://localhost:4000/x' })).toEqual({
      url: 'http://localhost:4000/earnings',
      expiresAt: new Date('2026-03-01T10:05:00Z'),
    });
    expect((await dev.accountStatus(connectedAccountId)).transfersActive).toBe(true);
    const first = await dev.transfer({ payoutId: 'p1', connectedAccountId, amountCents: 100, currency: 'usd' });
    expect(first).toEqual({ status: 'SENT', transferId: 'dev_tr_p1' });
    expect(await dev.transfer({ payoutId: 'p1', connectedAccountId, amountCents: 100, currency: 'usd' })).toEqual(first);
    expect(await dev.transfer({ payoutId: 'p2', connectedAccountId, amountCents: -5, currency: 'usd' })).toMatchObject({
      status: 'REFUSED',
      reason: 'INVALID',
    });
  });

  it('uses Stripe Connect with its webhook secret, the dev double outside production, and nothing in production otherwise', async () => {
    const clock = new ManualClock();
    expect(
      (
        await createPayoutProvider(
          loadConfig({ STRIPE_SECRET_KEY: SECRET_KEY, STRIPE_WEBHOOK_SECRET: 'whsec_x', STRIPE_CONNECT_WEBHOOK_SECRET: WEBHOOK_SECRET }),
          clock,
        )
      )?.name,
    ).toBe('stripe');
    expect((await createPayoutProvider(loadConfig({}), clock))?.name).toBe('dev');
    expect(await createPayoutProvider(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }), clock)).toBeNull();
    expect(() => loadConfig({ STRIPE_CONNECT_WEBHOOK_SECRET: WEBHOOK_SECRET })).toThrow(/STRIPE_SECRET_KEY/);
  });
});

/**
 * Run in a child process against the build (`node scripts/build.mjs`): an ESM resolve hook refuses `stripe`, so the
 * API's modules and an unconfigured payout provider must come up without it, and only a configured one asks for it.
 */
const LAZY_STRIPE_CHECK = `
const { register } = require('node:module');
register('data:text/javascript,' + encodeURIComponent(
  'export async function resolve(s, c, next) { if (s === "stripe") throw new Error("stripe was loaded"); return next(s, c); }'));
const dist = process.argv[1];
require(dist + '/app.js');
require(dist + '/server.js');
const { createPayoutProvider } = require(dist + '/providers/payouts/index.js');
const { loadConfig } = require(dist + '/config.js');
const { ManualClock } = require(dist + '/common/clock.js');
(async () => {
  const cached = Object.keys(require.cache).filter((k) => /node_modules[\\/]stripe[\\/]/.test(k));
  const dev = await createPayoutProvider(loadConfig({}), new ManualClock());
  let stripe = 'not asked for';
  try {
    await createPayoutProvider(loadConfig({ STRIPE_SECRET_KEY: 'sk_test_x', STRIPE_WEBHOOK_SECRET: 'whsec_x', STRIPE_CONNECT_WEBHOOK_SECRET: 'whsec_y' }), new ManualClock());
  } catch (err) {
    stripe = err.message;
  }
  console.log(JSON.stringify({ cached, dev: dev.name, stripe }));
})();
`;

describe('the wired provider', () => {
  it('loads the Stripe SDK only when Stripe Connect is configured', async () => {
    const dist = join(__dirname, '..', 'dist', 'api', 'src');
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', LAZY_STRIPE_CHECK, dist], { timeout: 30_000 });
    expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toEqual({ cached: [], dev: 'dev', stripe: expect.stringContaining('stripe was loaded') });
  });
});
