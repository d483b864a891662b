import type { RequestContext } from '../../common/context';
import type { PushSubscription } from '../../providers/push';

export interface FavouriteRecord {
  creatorId: string;
  notify: boolean;
  createdAt: Date;
}

export interface AlertRecord {
  id: string;
  fanId: string;
  creatorId: string;
  online: boolean;
  createdAt: Date;
  readAt: Date | null;
}

interface AlertRow {
  id: string;
  fan_id: string;
  creator_id: string;
  online: boolean;
  created_at: Date;
  read_at: Date | null;
}

/** The tables `favourite`, `creator_alert_state`, `availability_alert` and `push_subscription`. */
export class FavouriteRepository {
  async upsert(ctx: RequestContext, fanId: string, creatorId: string, notify: boolean | null, at: Date): Promise<void> {
    await ctx.em.query(
      `INSERT INTO favourite (fan_id, creator_id, created_at, notify) VALUES ($1, $2, $3, COALESCE($4, false))
       ON CONFLICT (fan_id, creator_id) DO UPDATE SET notify = COALESCE($4, favourite.notify)`,
      [fanId, creatorId, at, notify],
    );
  }

  async remove(ctx: RequestContext, fanId: string, creatorId: string): Promise<void> {
    await ctx.em.query(`DELETE FROM favourite WHERE fan_id = $1 AND creator_id = $2`, [fanId, creatorId]);
  }

  async ofFan(ctx: RequestContext, fanId: string): Promise<FavouriteRecord[]> {
    const rows = await ctx.em.query(`SELECT creator_id, notify, created_at FROM favourite WHERE fan_id = $1 ORDER BY created_at DESC LIMIT 500`, [fanId]);
    return rows.map((r: { creator_id: string; notify: boolean; created_at: Date }) => ({
      creatorId: r.creator_id,
      notify: r.notify,
      createdAt: new Date(r.created_at),
    }));
  }

  async find(ctx: RequestContext, fanId: string, creatorIds: readonly string[]): Promise<Map<string, FavouriteRecord>> {
    if (!creatorIds.length) return new Map();
    const rows = await ctx.em.query(`SELECT creator_id, notify, created_at FROM favourite WHERE fan_id = $1 AND creator_id = ANY ($2::uuid[])`, [
      fanId,
      [...creatorIds],
    ]);
    return new Map(
      rows.map((r: { creator_id: string; notify: boolean; created_at: Date }) => [
        r.creator_id,
        { creatorId: r.creator_id, notify: r.notify, createdAt: new Date(r.created_at) },
      ]),
    );
  }

  /** The availability last seen for the creator, locked for this transaction; then records the new one. */
  async swapState(
    ctx: RequestContext,
    creatorId: string,
    next: { available: boolean; online: boolean },
    at: Date,
  ): Promise<{ available: boolean; online: boolean } | null> {
    const [prev] = await ctx.em.query(`SELECT available, online FROM creator_alert_state WHERE creator_id = $1 FOR UPDATE`, [creatorId]);
    if (!prev || prev.available !== next.available || prev.online !== next.online) {
      await ctx.em.query(
        `INSERT INTO creator_alert_state (creator_id, available, online, changed_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (creator_id) DO UPDATE SET available = $2, online = $3, changed_at = $4`,
        [creatorId, next.available, next.online, at],
      );
    }
    return prev ? { available: prev.available, online: prev.online } : null;
  }

  /**
   * Claims the alerts due for fans who asked to hear of this creator: those not alerted about them since
   * `notBefore`, leaving out `excluded` fans. Stamps them, so a concurrent change cannot alert them twice.
   */
  async claimDue(ctx: RequestContext, creatorId: string, now: Date, notBefore: Date, excluded: string[]): Promise<string[]> {
    // TypeORM answers `UPDATE … RETURNING` with [rows, count].
    const [rows] = await ctx.em.query(
      `UPDATE favourite SET last_alerted_at = $2
       WHERE creator_id = $1 AND notify AND (last_alerted_at IS NULL OR last_alerted_at <= $3) AND NOT (fan_id = ANY ($4::uuid[]))
       RETURNING fan_id`,
      [creatorId, now, notBefore, excluded],
    );
    return (rows as { fan_id: string }[]).map((r) => r.fan_id);
  }

  async insertAlerts(ctx: RequestContext, fanIds: string[], creatorId: string, online: boolean, at: Date): Promise<AlertRecord[]> {
    if (!fanIds.length) return [];
    const rows = (await ctx.em.query(
      `INSERT INTO availability_alert (fan_id, creator_id, online, created_at) SELECT x.fan_id, $2, $3, $4 FROM unnest($1::uuid[]) AS x (fan_id) RETURNING *`,
      [fanIds, creatorId, online, at],
    )) as AlertRow[];
    return rows.map(toAlert);
  }

  async alertsOf(ctx: RequestContext, fanId: string, limit: number): Promise<AlertRecord[]> {
    const rows = (await ctx.em.query(`SELECT * FROM availability_alert WHERE fan_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`, [
      fanId,
      limit,
    ])) as AlertRow[];
    return rows.map(toAlert);
  }

  async alert(ctx: RequestContext, id: string): Promise<AlertRecord | null> {
    const [row] = await ctx.em.query(`SELECT * FROM availability_alert WHERE id = $1`, [id]);
    return row ? toAlert(row) : null;
  }

  async markRead(ctx: RequestContext, fanId: string, at: Date): Promise<number> {
    const [, count] = await ctx.em.query(`UPDATE availability_alert SET read_at = $2 WHERE fan_id = $1 AND read_at IS NULL`, [fanId, at]);
    return Number(count);
  }

  async savePushSubscription(ctx: RequestContext, accountId: string, s: PushSubscription, at: Date): Promise<void> {
    await ctx.em.query(
      `INSERT INTO push_subscription (account_id, endpoint, p256dh, auth, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (endpoint) DO UPDATE SET account_id = $1, p256dh = $3, auth = $4, created_at = $5`,
      [accountId, s.endpoint, s.keys.p256dh, s.keys.auth, at],
    );
  }

  async deletePushSubscription(ctx: RequestContext, endpoint: string, accountId?: string): Promise<void> {
    if (accountId) await ctx.em.query(`DELETE FROM push_subscription WHERE endpoint = $1 AND account_id = $2`, [endpoint, accountId]);
    else await ctx.em.query(`DELETE FROM push_subscription WHERE endpoint = $1`, [endpoint]);
  }

  async pushSubscriptionsOf(ctx: RequestContext, accountIds: readonly string[]): Promise<(PushSubscription & { accountId: string })[]> {
    if (!accountIds.length) return [];
    const rows = await ctx.em.query(`SELECT account_id, endpoint, p256dh, auth FROM push_subscription WHERE account_id = ANY ($1::uuid[])`, [[...accountIds]]);
    return rows.map((r: { account_id: string; endpoint: string; p256dh: string; auth: string }) => ({
      accountId: r.account_id,
      endpoint: r.endpoint,
      keys: { p256dh: r.p256dh, auth: r.auth },
    }));
  }

  async countPushSubscriptions(ctx: RequestContext, accountId: string): Promise<number> {
    const [row] = await ctx.em.query(`SELECT count(*)::int AS n FROM push_subscription WHERE account_id = $1`, [accountId]);
    return row.n;
  }
}

function toAlert(row: AlertRow): AlertRecord {
  return {
    id: row.id,
    fanId: row.fan_id,
    creatorId: row.creator_id,
    online: row.online,
    createdAt: new Date(row.created_at),
    readAt: row.read_at ? new Date(row.read_at) : null,
  };
}
