import { IsNull } from 'typeorm';
import type { RequestContext } from '../../common/context';
import { AccountToken, type AccountTokenPurpose } from './account-token.entity';

/** The `account_token` table: single-use emailed links. */
export class AccountTokenRepository {
  async insert(ctx: RequestContext, token: Pick<AccountToken, 'accountId' | 'purpose' | 'tokenHash' | 'email' | 'expiresAt'>): Promise<void> {
    await ctx.em.getRepository(AccountToken).insert({ ...token, usedAt: null });
  }

  /** The token with this hash, locked for this transaction so two clicks cannot both use it. */
  findForUpdate(ctx: RequestContext, tokenHash: string): Promise<AccountToken | null> {
    return ctx.em.getRepository(AccountToken).createQueryBuilder('t').setLock('pessimistic_write').where('t.tokenHash = :tokenHash', { tokenHash }).getOne();
  }

  /** Marks every unused link of these purposes used: one use spends its siblings too (a reset ends all reset links). */
  async spendAll(ctx: RequestContext, accountId: string, purposes: AccountTokenPurpose[], at: Date): Promise<void> {
    for (const purpose of purposes) {
      await ctx.em.getRepository(AccountToken).update({ accountId, purpose, usedAt: IsNull() }, { usedAt: at });
    }
  }

  async deleteAllOf(ctx: RequestContext, accountId: string): Promise<void> {
    await ctx.em.getRepository(AccountToken).delete({ accountId });
  }
}
