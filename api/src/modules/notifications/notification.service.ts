import type { RequestContext } from '../../common/context';
import { notFound } from '../../common/errors';
import type { SmsProvider } from '../../providers/sms/sms-provider';
import type { SmsOutboxMessage } from './sms-outbox.entity';
import type { SmsOutboxRepository } from './sms-outbox.repository';

export const DEV_OUTBOX_MAX = 100;

/** The phone numbers (E.164) an account owns or is verifying: the creators module answers it (a port). */
export type OwnPhones = (ctx: RequestContext, accountId: string) => Promise<string[]>;

// Role names as the identity module spells them (this module sits below it).
const STAFF = new Set(['MODERATOR', 'ADMIN']);

/** Outgoing notifications (SMS now; browser push later) and the dev outbox that stands in for them locally. */
export class NotificationService {
  constructor(
    readonly sms: SmsProvider | null,
    private readonly outbox: SmsOutboxRepository,
    private readonly production: boolean,
  ) {}

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
