import type { RequestContext } from '../../common/context';
import { PhoneVerification } from './phone-verification.entity';

/** The `phone_verification` table: one row per code sent. */
export class PhoneVerificationRepository {
  async insert(ctx: RequestContext, row: Omit<PhoneVerification, 'id' | 'seq'>): Promise<PhoneVerification> {
    const created = ctx.em.getRepository(PhoneVerification).create(row);
    await ctx.em.getRepository(PhoneVerification).insert(created);
    return created;
  }

  /** The newest code sent to the creator (the one that counts). */
  latest(ctx: RequestContext, accountId: string): Promise<PhoneVerification | null> {
    return ctx.em.getRepository(PhoneVerification).findOne({ where: { accountId }, order: { seq: 'DESC' } });
  }

  async update(ctx: RequestContext, id: string, patch: Partial<Pick<PhoneVerification, 'codeHash' | 'attempts' | 'verifiedAt'>>): Promise<void> {
    await ctx.em.getRepository(PhoneVerification).update({ id }, patch);
  }

  async delete(ctx: RequestContext, id: string): Promise<void> {
    await ctx.em.getRepository(PhoneVerification).delete({ id });
  }

  /** Every number the account was sent a code to. */
  async phonesOf(ctx: RequestContext, accountId: string): Promise<string[]> {
    const rows = (await ctx.em.query(`SELECT DISTINCT phone_e164 FROM phone_verification WHERE account_id = $1`, [accountId])) as { phone_e164: string }[];
    return rows.map((r) => r.phone_e164);
  }

  /** When each code of the hour before `now` was sent, oldest first. */
  async sentBetween(ctx: RequestContext, accountId: string, from: Date, to: Date): Promise<Date[]> {
    const rows = (await ctx.em.query(
      `SELECT created_at FROM phone_verification WHERE account_id = $1 AND created_at > $2 AND created_at <= $3 ORDER BY created_at`,
      [accountId, from, to],
    )) as { created_at: Date }[];
    return rows.map((r) => new Date(r.created_at));
  }
}
