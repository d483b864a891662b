import { In, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../common/context';
import { SmsOutboxMessage } from './sms-outbox.entity';

/** The `sms_outbox` table of the dev SMS provider. */
export class SmsOutboxRepository {
  /** Stores a message through `em` (the root manager: the provider writes outside any caller's transaction). */
  async store(em: EntityManager, message: Pick<SmsOutboxMessage, 'toPhone' | 'body' | 'purpose' | 'createdAt'>): Promise<string> {
    const row = em.getRepository(SmsOutboxMessage).create(message);
    await em.getRepository(SmsOutboxMessage).insert(row);
    return row.id;
  }

  /** The newest messages, only those sent to `phones` when given. */
  newest(ctx: RequestContext, take: number, phones?: readonly string[]): Promise<SmsOutboxMessage[]> {
    const where = phones ? { toPhone: In([...phones]) } : {};
    return ctx.em.getRepository(SmsOutboxMessage).find({ where, order: { seq: 'DESC' }, take });
  }
}
