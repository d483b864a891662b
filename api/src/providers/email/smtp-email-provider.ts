import type { Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { EmailProviderError, validateEmail, type EmailMessage, type EmailProvider, type SentEmail } from './email-provider';

export interface SmtpOptions {
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465 (TLS from the start); `?pool=true` keeps connections. */
  url: string;
  /** The From header, e.g. `Minutely <no-reply@example.com>`. */
  from: string;
  /** Longest wait for a connection, the greeting and each command; 10 s by default. */
  timeoutMs?: number;
}

interface NodemailerError extends Error {
  code?: string;
  responseCode?: number;
  response?: string;
}

// Network trouble: the message was not taken, try again later.
const TEMPORARY = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS']);

/** SMTP through nodemailer. The server's acceptance of the message (250 after DATA) is what "sent" means. */
export class SmtpEmailProvider implements EmailProvider {
  readonly name = 'smtp' as const;
  private transport?: Promise<Transporter<SMTPTransport.SentMessageInfo>>;

  constructor(private readonly options: SmtpOptions) {}

  /** nodemailer is loaded for the first message, not at start-up. */
  private transporter(): Promise<Transporter<SMTPTransport.SentMessageInfo>> {
    return (this.transport ??= import('nodemailer').then(({ default: nodemailer }) => {
      const timeout = this.options.timeoutMs ?? 10_000;
      return nodemailer.createTransport(
        { url: this.options.url, connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout * 3 },
        { from: this.options.from },
      );
    }));
  }

  async send(message: EmailMessage): Promise<SentEmail> {
    const { to, subject, text, html } = validateEmail(message);
    try {
      const transport = await this.transporter();
      const info = await transport.sendMail({
        to,
        subject,
        text,
        ...(html ? { html } : {}),
        // RFC 3834: an automatic message, so auto-responders do not answer it.
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
      if (info.rejected.length > 0 || info.accepted.length === 0) {
        throw new EmailProviderError('REJECTED', `The SMTP server refused ${to}: ${info.response}`);
      }
      return { id: info.messageId };
    } catch (err) {
      throw refusal(err, to);
    }
  }

  async close(): Promise<void> {
    (await this.transport)?.close();
  }
}

function refusal(err: unknown, to: string): EmailProviderError {
  if (err instanceof EmailProviderError) return err;
  const { code = '', responseCode, message } = err as NodemailerError;
  // 4xx replies are temporary by definition (RFC 5321 §4.2.1), 5xx permanent.
  if (TEMPORARY.has(code) || (responseCode !== undefined && responseCode >= 400 && responseCode < 500)) {
    return new EmailProviderError('UNAVAILABLE', `The SMTP server is unavailable (${code || responseCode}): ${message}`);
  }
  if (code === 'EENVELOPE' && responseCode !== undefined && responseCode >= 500) {
    return new EmailProviderError('REJECTED', `The SMTP server refused ${to} (${responseCode}): ${message}`);
  }
  return new EmailProviderError('FAILED', `Could not send email through SMTP (${code || responseCode || 'error'}): ${message}`);
}
