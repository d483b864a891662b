import { IsNull } from 'typeorm';
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

  /** Revokes every live session of the account but `keep` (the caller's own), returning the ids it ended. */
  async revokeOthers(ctx: RequestContext, accountId: string, keep: string | null, reason: string): Promise<string[]> {
    const live = await ctx.em.getRepository(Session).find({ where: { accountId, revokedAt: IsNull() }, select: { id: true } });
    const ended = live.map((s) => s.id).filter((id) => id !== keep);
    if (ended.length) {
      await ctx.em
        .createQueryBuilder()
        .update(Session)
        .set({ revokedAt: () => 'now()', revokedReason: reason })
        .where('id IN (:...ended) AND revoked_at IS NULL', { ended })
        .execute();
    }
    return ended;
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
