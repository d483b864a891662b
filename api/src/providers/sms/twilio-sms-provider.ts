import { SmsProviderError, type SmsProvider, type VerificationStarted } from './sms-provider';

export interface TwilioOptions {
  accountSid: string;
  authToken: string;
  verifyServiceSid: string;
  /** E.164 sender number, or a Messaging Service SID (MG…); needed for sendMessage only. */
  messagingFrom?: string;
  /** One base URL for both APIs (tests point it at a local server); Twilio's own hosts when unset. */
  apiBase?: string;
  timeoutMs?: number;
}

interface TwilioError {
  code?: number;
  message?: string;
  status?: number;
}

// Twilio error codes we turn into typed refusals (https://www.twilio.com/docs/api/errors).
const INVALID_NUMBER = new Set([60200, 60205, 21211, 21614, 21408, 21610]);
const TOO_MANY = new Set([60203, 60212, 20429]);
const CHECK_REFUSED = new Set([20404, 60202, 60200]);

/**
 * Twilio over its REST API with plain fetch: Verify v2 for codes (Twilio makes, sends and checks them),
 * Messaging for other texts. HTTP Basic auth with the Account SID and auth token, form-encoded bodies.
 */
export class TwilioSmsProvider implements SmsProvider {
  readonly name = 'twilio' as const;
  private readonly verifyBase: string;
  private readonly messagingBase: string;

  constructor(private readonly options: TwilioOptions) {
    const base = options.apiBase?.replace(/\/+$/, '');
    this.verifyBase = base ?? 'https://verify.twilio.com';
    this.messagingBase = base ?? 'https://api.twilio.com';
  }

  async startVerification(phone: string): Promise<VerificationStarted> {
    const { ok, status, body } = await this.post(`${this.verifyBase}/v2/Services/${this.options.verifyServiceSid}/Verifications`, {
      To: phone,
      Channel: 'sms',
    });
    if (!ok) throw refusal(status, body, 'start a verification');
    return { codeHash: null };
  }

  async checkVerification(phone: string, code: string): Promise<boolean> {
    const { ok, status, body } = await this.post(`${this.verifyBase}/v2/Services/${this.options.verifyServiceSid}/VerificationCheck`, {
      To: phone,
      Code: code,
    });
    if (ok) return (body as { status?: string }).status === 'approved';
    // Expired, already approved or out of attempts at Twilio: the code does not verify.
    if (status === 404 || CHECK_REFUSED.has((body as TwilioError).code ?? 0)) return false;
    throw refusal(status, body, 'check a verification');
  }

  async sendMessage(to: string, text: string): Promise<{ id: string }> {
    const from = this.options.messagingFrom;
    if (!from) throw new SmsProviderError('FAILED', 'TWILIO_MESSAGING_FROM is not set: cannot send SMS messages');
    const { ok, status, body } = await this.post(`${this.messagingBase}/2010-04-01/Accounts/${this.options.accountSid}/Messages.json`, {
      To: to,
      ...(from.startsWith('MG') ? { MessagingServiceSid: from } : { From: from }),
      Body: text,
    });
    if (!ok) throw refusal(status, body, 'send a message');
    return { id: String((body as { sid?: string }).sid) };
  }

  private async post(url: string, params: Record<string, string>): Promise<{ ok: boolean; status: number; body: unknown }> {
    const auth = Buffer.from(`${this.options.accountSid}:${this.options.authToken}`).toString('base64');
    const res = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Basic ${auth}`, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams(params).toString(),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
    });
    const text = await res.text();
    let body: unknown = {};
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      body = { message: text.slice(0, 200) };
    }
    return { ok: res.ok, status: res.status, body };
  }
}

function refusal(status: number, body: unknown, what: string): SmsProviderError {
  const { code = 0, message = '' } = body as TwilioError;
  if (INVALID_NUMBER.has(code)) return new SmsProviderError('INVALID_NUMBER', `Twilio refused the number (${code}): ${message}`);
  if (status === 429 || TOO_MANY.has(code)) return new SmsProviderError('RATE_LIMITED', `Twilio rate limit (${code}): ${message}`);
  return new SmsProviderError('FAILED', `Twilio could not ${what}: HTTP ${status} ${code ? `(${code}) ` : ''}${message}`);
}
