import { randomInt } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../common/clock';
import { SmsOutboxMessage } from '../../modules/notifications/sms-outbox.entity';
import { codeMatches, hashVerificationCode, type SmsProvider, type VerificationStarted } from './sms-provider';

/**
 * The SMS double of the embedded default and the tests: nothing leaves the machine. Every message is stored
 * in `sms_outbox` (listed by the dev-only `devOutbox` query), and verification codes are made here, six
 * random digits, of which only an HMAC is handed back to the caller.
 */
export class DevOutboxSmsProvider implements SmsProvider {
  readonly name = 'outbox' as const;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly secret: string,
  ) {}

  async startVerification(phone: string): Promise<VerificationStarted> {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await this.store(phone, `Your Minutely verification code is ${code}. Do not share it with anyone.`, 'VERIFICATION');
    return { codeHash: hashVerificationCode(this.secret, phone, code) };
  }

  async checkVerification(phone: string, code: string, started: VerificationStarted): Promise<boolean> {
    return !!started.codeHash && codeMatches(this.secret, phone, code, started.codeHash);
  }

  async sendMessage(to: string, body: string): Promise<{ id: string }> {
    return { id: await this.store(to, body, 'MESSAGE') };
  }

  private async store(to: string, body: string, purpose: string): Promise<string> {
    const row = this.dataSource.getRepository(SmsOutboxMessage).create({ toPhone: to, body, purpose, createdAt: this.clock.now() });
    await this.dataSource.getRepository(SmsOutboxMessage).insert(row);
    return row.id;
  }
}
