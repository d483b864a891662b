import type { RequestContext } from '../../common/context';
import { RefreshToken, Session } from './session.entity';

/** The `session` and `refresh_token` tables. */
export class SessionRepository {
  /** A new session; `scope` limits it to one call (an SMS call link) and a lifetime. */
  async create(ctx: RequestContext, accountId: string, scope: { callId: string; expiresAt: Date } | null = null): Promise<Session> {
    const session = ctx.em
      .getRepository(Session)
      .create({ accountId, callId: scope?.callId ?? null, expiresAt: scope?.expiresAt ?? null, revokedAt: null, revokedReason: null });
    await ctx.em.getRepository(Session).insert(session);
    return session;
  }

  find(ctx: RequestContext, id: string): Promise<Session | null> {
    return ctx.em.getRepository(Session).findOneBy({ id });
  }

  async addRefreshToken(ctx: RequestContext, token: Pick<RefreshToken, 'sessionId' | 'tokenHash' | 'expiresAt'>): Promise<void> {
    await ctx.em.getRepository(RefreshToken).insert({ ...token, usedAt: null });
  }

  /** The refresh token with this hash, locked for this transaction. */
  findRefreshTokenForUpdate(ctx: RequestContext, tokenHash: string): Promise<RefreshToken | null> {
    return ctx.em.getRepository(RefreshToken).createQueryBuilder('t').setLock('pessimistic_write').where('t.tokenHash = :hash', { hash: tokenHash }).getOne();
  }

  async markUsed(ctx: RequestContext, tokenId: string, at: Date): Promise<void> {
    await ctx.em.getRepository(RefreshToken).update({ id: tokenId }, { usedAt: at });
  }

  async revoke(ctx: RequestContext, sessionId: string, reason: string): Promise<void> {
    await ctx.em
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where('id = :sessionId AND revoked_at IS NULL', { sessionId })
      .execute();
  }

  async revokeAllOf(ctx: RequestContext, accountId: string, reason: string): Promise<void> {
    await ctx.em
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where('account_id = :accountId AND revoked_at IS NULL', { accountId })
      .execute();
  }
}
