import type { RequestContext } from '../../common/context';

/** The `account_block` table: who blocked whom. */
export class BlockRepository {
  async add(ctx: RequestContext, blockerId: string, blockedId: string): Promise<void> {
    await ctx.em.query(`INSERT INTO account_block (blocker_id, blocked_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [blockerId, blockedId]);
  }

  async remove(ctx: RequestContext, blockerId: string, blockedId: string): Promise<void> {
    await ctx.em.query(`DELETE FROM account_block WHERE blocker_id = $1 AND blocked_id = $2`, [blockerId, blockedId]);
  }

  /** Whom the account blocked, most recent first. */
  async blockedBy(ctx: RequestContext, blockerId: string): Promise<string[]> {
    const rows: { blocked_id: string }[] = await ctx.em.query(`SELECT blocked_id FROM account_block WHERE blocker_id = $1 ORDER BY created_at DESC`, [
      blockerId,
    ]);
    return rows.map((r) => r.blocked_id);
  }

  async eitherWay(ctx: RequestContext, a: string, b: string): Promise<boolean> {
    const rows = await ctx.em.query(
      `SELECT 1 FROM account_block WHERE (blocker_id = $1 AND blocked_id = $2) OR (blocker_id = $2 AND blocked_id = $1) LIMIT 1`,
      [a, b],
    );
    return rows.length > 0;
  }

  /** Everyone the account blocked or was blocked by. */
  async separatedFrom(ctx: RequestContext, accountId: string): Promise<string[]> {
    const rows: { other: string }[] = await ctx.em.query(
      `SELECT blocked_id AS other FROM account_block WHERE blocker_id = $1 UNION SELECT blocker_id FROM account_block WHERE blocked_id = $1`,
      [accountId],
    );
    return rows.map((r) => r.other);
  }
}
