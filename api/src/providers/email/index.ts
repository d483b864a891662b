import type { DataSource } from 'typeorm';
import type { Clock } from '../../common/clock';
import type { Config } from '../../config';
import { DevOutboxEmailProvider } from './dev-outbox-email-provider';
import type { EmailProvider } from './email-provider';
import { SmtpEmailProvider } from './smtp-email-provider';

export type { EmailMessage, EmailProvider, SentEmail } from './email-provider';
export { EmailProviderError } from './email-provider';
export { DevOutboxEmailProvider, type OutboxEmail } from './dev-outbox-email-provider';

/** SMTP when SMTP_URL is set; the dev outbox outside production; else none (the caller says email is unavailable). */
export function createEmailProvider(config: Config, dataSource: DataSource, clock: Clock): EmailProvider | null {
  if (config.SMTP_URL) return new SmtpEmailProvider({ url: config.SMTP_URL, from: config.EMAIL_FROM! });
  return config.production ? null : new DevOutboxEmailProvider(dataSource, clock);
}
