import type { DataSource } from 'typeorm';
import type { Clock } from '../../common/clock';
import { validateEmail, type EmailMessage, type EmailProvider, type SentEmail } from './email-provider';

/** One message as the dev outbox keeps it. */
export interface OutboxEmail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  createdAt: Date;
}

interface OutboxRow {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  created_at: Date | string;
}

/**
 * The email double of the embedded default and the tests: nothing leaves the machine. Each message is stored in
 * `email_outbox` (created by the email-outbox migration), where a dev-only page or query can list it, so links
 * in verification and reset emails can be followed by hand.
 */
export class DevOutboxEmailProvider implements EmailProvider {
  readonly name = 'outbox' as const;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async send(message: EmailMessage): Promise<SentEmail> {
    const { to, subject, text, html } = validateEmail(message);
    const [row] = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO email_outbox (to_address, subject, text_body, html_body, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [to, subject, text, html ?? null, this.clock.now()],
    );
    return { id: row.id };
  }

  /** The newest messages first, optionally only those to one address (compared case-insensitively). */
  async recent(options: { to?: string; limit?: number } = {}): Promise<OutboxEmail[]> {
    const limit = Math.min(Math.max(options.limit ?? 50, 1), 500);
    const rows = await this.dataSource.query<OutboxRow[]>(
      `SELECT id, to_address, subject, text_body, html_body, created_at FROM email_outbox
        WHERE ($1::text IS NULL OR lower(to_address) = lower($1)) ORDER BY seq DESC LIMIT $2`,
      [options.to ?? null, limit],
    );
    return rows.map((r) => ({ id: r.id, to: r.to_address, subject: r.subject, text: r.text_body, html: r.html_body, createdAt: new Date(r.created_at) }));
  }

  async close(): Promise<void> {}
}
