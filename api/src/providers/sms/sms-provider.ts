import { createHmac, timingSafeEqual } from 'node:crypto';

/** What startVerification leaves for the later check. */
export interface VerificationStarted {
  /** HMAC of the code when this provider made the code; null when the provider keeps it (Twilio Verify). */
  codeHash: string | null;
}

/**
 * One interface for SMS: phone verification (Verify) and plain messages (Messaging). Twilio is the real
 * implementation, the dev outbox the double for the embedded default and tests. Implementations talk to
 * the outside world (or open their own database connection): never call them inside a transaction.
 * Our own limits (expiry, sends per hour, wrong codes) are enforced by the caller, whatever the provider.
 */
export interface SmsProvider {
  readonly name: 'twilio' | 'outbox';
  /** Sends a one-time code to `phone` (E.164). */
  startVerification(phone: string): Promise<VerificationStarted>;
  /** True when `code` is the code last sent to `phone`. */
  checkVerification(phone: string, code: string, started: VerificationStarted): Promise<boolean>;
  /** Sends a text message; returns the provider's id of it. */
  sendMessage(to: string, body: string): Promise<{ id: string }>;
}

/** A refusal by the provider that the caller turns into a typed error. */
export class SmsProviderError extends Error {
  constructor(
    readonly reason: 'INVALID_NUMBER' | 'RATE_LIMITED' | 'FAILED',
    message: string,
  ) {
    super(message);
  }
}

/** HMAC-SHA256 of a code bound to its phone: a leaked table does not give codes away by a 10⁶ brute force. */
export function hashVerificationCode(secret: string, phone: string, code: string): string {
  return createHmac('sha256', secret).update(`${phone}:${code}`).digest('hex');
}

export function codeMatches(secret: string, phone: string, code: string, codeHash: string): boolean {
  const given = Buffer.from(hashVerificationCode(secret, phone, code), 'hex');
  const stored = Buffer.from(codeHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
