import { randomInt } from 'node:crypto';
import type { Clock } from '../../common/clock';
import { codeMatches, hashVerificationCode, type SmsProvider, type VerificationStarted } from './sms-provider';

/** Where the dev outbox keeps what it "sent" (the notifications module's `sms_outbox`, wired by the composition root). */
export interface SmsOutbox {
  /** Stores one message on its own connection (never inside a caller's transaction); returns its id. */
  store(message: { toPhone: string; body: string; purpose: 'VERIFICATION' | 'MESSAGE'; createdAt: Date }): Promise<string>;
}

/**
 * The SMS double of the embedded default and the tests: nothing leaves the machine. Every message is stored
 * in the outbox (listed by the dev-only `devOutbox` query), and verification codes are made here, six
 * random digits, of which only an HMAC is handed back to the caller.
 */
export class DevOutboxSmsProvider implements SmsProvider {
  readonly name = 'outbox' as const;

  constructor(
    private readonly outbox: SmsOutbox,
    private readonly clock: Clock,
    private readonly secret: string,
  ) {}

  async startVerification(phone: string): Promise<VerificationStarted> {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await this.outbox.store({
      toPhone: phone,
      body: `Your Minutely verification code is ${code}. Do not share it with anyone.`,
      purpose: 'VERIFICATION',
      createdAt: this.clock.now(),
    });
    return { codeHash: hashVerificationCode(this.secret, phone, code) };
  }

  async checkVerification(phone: string, code: string, started: VerificationStarted): Promise<boolean> {
    return !!started.codeHash && codeMatches(this.secret, phone, code, started.codeHash);
  }

  async sendMessage(to: string, body: string): Promise<{ id: string }> {
    return { id: await this.outbox.store({ toPhone: to, body, purpose: 'MESSAGE', createdAt: this.clock.now() }) };
  }
}
