import type { RequestContext } from '../../common/context';
import { notFound } from '../../common/errors';
import type { EmailMessage, EmailProvider } from '../../providers/email';
import { DevOutboxEmailProvider, type OutboxEmail } from '../../providers/email';
import type { SmsProvider } from '../../providers/sms/sms-provider';
import type { SmsOutboxMessage } from './sms-outbox.entity';
import type { SmsOutboxRepository } from './sms-outbox.repository';

export const DEV_OUTBOX_MAX = 100;

/** The phone numbers (E.164) an account owns or is verifying: the creators module answers it (a port). */
export type OwnPhones = (ctx: RequestContext, accountId: string) => Promise<string[]>;

// Role names as the identity module spells them (this module sits below it).
const STAFF = new Set(['MODERATOR', 'ADMIN']);

/** Outgoing notifications (SMS and email; browser push later) and the dev outboxes that stand in for them locally. */
export class NotificationService {
  constructor(
    readonly sms: SmsProvider | null,
    private readonly outbox: SmsOutboxRepository,
    private readonly production: boolean,
    readonly email: EmailProvider | null = null,
  ) {}

  /**
   * Sends an email once the current transaction commits (nothing goes out for a change that rolled back).
   * Failures are logged, not thrown: the state is in the database, and the person can ask for the link again.
   */
  sendEmailAfterCommit(ctx: RequestContext, message: EmailMessage): void {
    ctx.afterCommit(() => {
      if (!this.email) {
        ctx.log.warn({ event: 'email_not_configured' }, 'no email provider configured (SMTP_URL); message dropped');
        return;
      }
      // The dev outbox shows an email only to its signed-in recipient: the log is where a signed-out developer
      // (after "Forgot password") finds the link. Never in production, where the provider is SMTP or none.
      if (this.email instanceof DevOutboxEmailProvider)
        ctx.log.info({ event: 'dev_email', to: message.to, subject: message.subject, text: message.text }, 'dev outbox email');
      this.email.send(message).then(
        (sent) => ctx.log.info({ event: 'email_sent', id: sent.id, provider: this.email?.name }, 'email sent'),
        (err) => ctx.log.error({ err, event: 'email_failed' }, 'email could not be sent'),
      );
    });
  }

  /** The newest emails of the dev outbox, optionally to one address. Never in production, nor with SMTP. */
  async devEmailOutbox(to: string | null, first: number): Promise<OutboxEmail[]> {
    if (this.production || !(this.email instanceof DevOutboxEmailProvider)) throw notFound('The dev email outbox');
    return this.email.recent({ to: to ?? undefined, limit: Math.min(Math.max(1, Math.trunc(first) || 1), DEV_OUTBOX_MAX) });
  }

  /**
   * Sends an SMS once the current transaction commits (nothing is sent for a change that rolled back).
   * Failures are logged, not thrown: a text is a courtesy on top of the state in the database.
   */
  sendSmsAfterCommit(ctx: RequestContext, to: string, body: string): void {
    ctx.afterCommit(() => {
      if (!this.sms) {
        ctx.log.warn({ event: 'sms_not_configured' }, 'no SMS provider configured; message dropped');
        return;
      }
      this.sms.sendMessage(to, body).catch((err) => ctx.log.error({ err }, 'SMS could not be sent'));
    });
  }

  /**
   * The newest messages of the dev outbox the viewer may read: staff every message, anyone else only those sent
   * to `ownPhones` (their own numbers: verification codes and call links are keys to their account). Never in
   * production (the query is also absent from that schema).
   */
  async devOutbox(ctx: RequestContext, first: number, ownPhones: OwnPhones): Promise<SmsOutboxMessage[]> {
    if (this.production) throw notFound('The dev outbox');
    const viewer = ctx.requireViewer().account;
    const take = Math.min(Math.max(1, Math.trunc(first) || 1), DEV_OUTBOX_MAX);
    if (STAFF.has(viewer.role)) return this.outbox.newest(ctx, take);
    const phones = await ownPhones(ctx, viewer.id);
    return phones.length ? this.outbox.newest(ctx, take, phones) : [];
  }
}
