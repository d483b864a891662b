import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ManualClock } from '../src/common/clock';
import { SmsProviderError } from '../src/providers/sms/sms-provider';
import { TwilioSmsProvider } from '../src/providers/sms/twilio-sms-provider';
import { CONFIRM_VERIFICATION, START_VERIFICATION, storedProfile, type SettingsResult } from './creator-fixtures';
import { startTestServer, type TestServer } from './harness';

const ACCOUNT_SID = `AC${'a1'.repeat(16)}`;
const AUTH_TOKEN = 'twilio-test-auth-token';
const SERVICE_SID = `VA${'b2'.repeat(16)}`;
const MESSAGING_SID = `MG${'c3'.repeat(16)}`;
const GOOD_CODE = '424242';
const UNREACHABLE = '+447911123456'; // the fake answers as Twilio does for a number it cannot text

interface Received {
  method: string;
  path: string;
  params: Record<string, string>;
}

/**
 * A local stand-in for Twilio's REST API that checks what it is sent — method, path, HTTP Basic auth,
 * form encoding, parameters — and answers like Twilio (JSON bodies and error codes), so the adapter is
 * tested against the protocol rather than against a mock that accepts anything.
 */
class FakeTwilio {
  readonly received: Received[] = [];
  readonly refused: string[] = [];
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer(
      (req, res) => void this.handle(req).then(([status, body]) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))),
    );
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage): Promise<[number, unknown]> {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const path = req.url ?? '';
    const refuse = (status: number, code: number, message: string): [number, unknown] => {
      this.refused.push(`${path}: ${message}`);
      return [status, { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status }];
    };
    if (req.method !== 'POST') return refuse(405, 20004, 'Method not allowed');
    if (req.headers.authorization !== `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64')}`) {
      return refuse(401, 20003, 'Authenticate');
    }
    if (req.headers['content-type'] !== 'application/x-www-form-urlencoded') return refuse(400, 20001, 'Expected a form-encoded body');
    const params = Object.fromEntries(new URLSearchParams(raw));
    this.received.push({ method: req.method, path, params });
    const e164 = /^\+[1-9]\d{6,14}$/;

    if (path === `/v2/Services/${SERVICE_SID}/Verifications`) {
      if (!e164.test(params.To ?? '') || params.Channel !== 'sms' || Object.keys(params).length !== 2) return refuse(400, 60200, 'Invalid parameter');
      if (params.To === UNREACHABLE) return refuse(400, 60205, 'SMS is not supported by landline phone number');
      return [
        201,
        { sid: 'VE' + 'd4'.repeat(16), service_sid: SERVICE_SID, account_sid: ACCOUNT_SID, to: params.To, channel: 'sms', status: 'pending', valid: false },
      ];
    }
    if (path === `/v2/Services/${SERVICE_SID}/VerificationCheck`) {
      if (!e164.test(params.To ?? '') || !/^\d{4,10}$/.test(params.Code ?? '') || Object.keys(params).length !== 2)
        return refuse(400, 60200, 'Invalid parameter');
      const approved = params.Code === GOOD_CODE;
      return [
        200,
        { sid: 'VE' + 'd4'.repeat(16), service_sid: SERVICE_SID, to: params.To, channel: 'sms', status: approved ? 'approved' : 'pending', valid: approved },
      ];
    }
    if (path === `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`) {
      const sender = params.From ?? params.MessagingServiceSid;
      if (!e164.test(params.To ?? '') || !params.Body || !sender || (params.From && params.MessagingServiceSid))
        return refuse(400, 21604, 'Missing or bad parameter');
      return [201, { sid: 'SM' + 'e5'.repeat(16), to: params.To, body: params.Body, status: 'queued' }];
    }
    return refuse(404, 20404, 'The requested resource was not found');
  }
}

const twilio = new FakeTwilio();
beforeAll(() => twilio.start());
afterAll(() => twilio.stop());
beforeEach(() => {
  twilio.received.length = 0;
  twilio.refused.length = 0;
});
afterEach(() => expect(twilio.refused.filter((r) => !r.includes('landline'))).toEqual([]));

const provider = (options: { messagingFrom?: string; authToken?: string } = {}) =>
  new TwilioSmsProvider({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, verifyServiceSid: SERVICE_SID, apiBase: twilio.url, ...options });

describe('the Twilio adapter', () => {
  it('starts a Verify verification by SMS', async () => {
    expect(await provider().startVerification('+4915112345678')).toEqual({ codeHash: null });
    expect(twilio.received).toEqual([{ method: 'POST', path: `/v2/Services/${SERVICE_SID}/Verifications`, params: { To: '+4915112345678', Channel: 'sms' } }]);
  });

  it('checks a code: approved only for the right one', async () => {
    expect(await provider().checkVerification('+4915112345678', GOOD_CODE)).toBe(true);
    expect(await provider().checkVerification('+4915112345678', '111111')).toBe(false);
    expect(twilio.received.map((r) => r.params)).toEqual([
      { To: '+4915112345678', Code: GOOD_CODE },
      { To: '+4915112345678', Code: '111111' },
    ]);
  });

  it('sends a message from a number or through a Messaging Service', async () => {
    expect(await provider({ messagingFrom: '+15005550006' }).sendMessage('+4915112345678', 'You have a call waiting.')).toEqual({ id: 'SM' + 'e5'.repeat(16) });
    await provider({ messagingFrom: MESSAGING_SID }).sendMessage('+4915112345678', 'Hello');
    expect(twilio.received).toEqual([
      {
        method: 'POST',
        path: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`,
        params: { To: '+4915112345678', From: '+15005550006', Body: 'You have a call waiting.' },
      },
      {
        method: 'POST',
        path: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`,
        params: { To: '+4915112345678', MessagingServiceSid: MESSAGING_SID, Body: 'Hello' },
      },
    ]);
  });

  it('turns Twilio refusals into typed errors', async () => {
    await expect(provider().startVerification(UNREACHABLE)).rejects.toMatchObject({ reason: 'INVALID_NUMBER' });
    const badAuth = provider({ authToken: 'wrong' }).startVerification('+4915112345678');
    await expect(badAuth).rejects.toBeInstanceOf(SmsProviderError);
    await expect(badAuth).rejects.toMatchObject({ reason: 'FAILED', message: expect.stringContaining('HTTP 401 (20003) Authenticate') });
    twilio.refused.length = 0; // refusals provoked on purpose
  });
});

describe('phone verification through Twilio', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({
      clock: new ManualClock('2026-03-23T10:00:00Z'),
      env: { TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: AUTH_TOKEN, TWILIO_VERIFY_SERVICE_SID: SERVICE_SID, TWILIO_API_BASE: twilio.url },
    });
  });
  afterAll(() => t.close());

  it('sends the code through Twilio Verify and confirms it there; our limits still apply', async () => {
    const creator = await t.signUp('CREATOR');
    const token = { token: creator.accessToken };
    await t.ok(START_VERIFICATION, { phone: '+49 151 1234 5678' }, token);
    expect(twilio.received).toEqual([
      expect.objectContaining({ path: `/v2/Services/${SERVICE_SID}/Verifications`, params: { To: '+4915112345678', Channel: 'sms' } }),
    ]);
    expect(await t.sql(`SELECT provider, code_hash FROM phone_verification WHERE account_id = $1`, [creator.id])).toEqual([
      { provider: 'twilio', code_hash: null },
    ]);
    expect(await t.sql(`SELECT 1 FROM sms_outbox`)).toEqual([]);

    expect((await t.gql(CONFIRM_VERIFICATION, { code: '111111' }, token)).errors?.[0].extensions).toMatchObject({ reason: 'WRONG_CODE', attemptsLeft: 4 });
    const confirmed = await t.ok<{ confirmPhoneVerification: SettingsResult }>(CONFIRM_VERIFICATION, { code: GOOD_CODE }, token);
    expect(confirmed.confirmPhoneVerification).toMatchObject({ phoneVerified: true, phoneLastTwoDigits: '78' });
    expect(twilio.received.filter((r) => r.path.endsWith('/VerificationCheck')).map((r) => r.params.Code)).toEqual(['111111', GOOD_CODE]);

    for (let i = 0; i < 4; i++) await t.ok(START_VERIFICATION, { phone: '+4915112345678' }, token);
    const sent = twilio.received.length;
    expect((await t.gql(START_VERIFICATION, { phone: '+4915112345678' }, token)).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(twilio.received).toHaveLength(sent); // refused by us, Twilio never asked
  });

  it('refuses a number Twilio cannot text with BAD_USER_INPUT, without using up a send', async () => {
    const creator = await t.signUp('CREATOR');
    const result = await t.gql(START_VERIFICATION, { phone: UNREACHABLE }, { token: creator.accessToken });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phone' });
    expect(await t.sql(`SELECT 1 FROM phone_verification WHERE account_id = $1`, [creator.id])).toEqual([]);
    expect((await storedProfile(t, creator.id))?.phone_e164 ?? null).toBeNull();
  });
});
