import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../common/context';
import type { AppFields } from './app-fields';

export interface PartnerAppRecord {
  id: string;
  ownerId: string;
  name: string;
  website: string | null;
  allowedOrigins: string[];
  createdAt: Date;
}

export interface ApiKeyRecord {
  id: string;
  appId: string;
  prefix: string;
  scopes: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** A key as a request presents it: enough to check it, its scopes and its app's origins. */
export interface KeyCredentials extends ApiKeyRecord {
  secretHash: string;
  allowedOrigins: string[];
}

/** One key's counts for one UTC day. */
export interface UsageCounts {
  requests: number;
  points: number;
  errors: number;
  rateLimited: number;
}

export interface UsageRow extends UsageCounts {
  keyId: string;
  /** `YYYY-MM-DD`, UTC. */
  day: string;
}

const APP = `id, owner_id AS "ownerId", name, website, allowed_origins AS "allowedOrigins", created_at AS "createdAt"`;
const KEY = `k.id, k.app_id AS "appId", k.prefix, k.scopes, k.created_at AS "createdAt", k.last_used_at AS "lastUsedAt", k.revoked_at AS "revokedAt"`;

/** The tables `partner_app`, `api_key` and `api_key_usage`. */
export class PartnerRepository {
  async insertApp(ctx: RequestContext, ownerId: string, fields: AppFields): Promise<PartnerAppRecord> {
    const rows: PartnerAppRecord[] = await ctx.em.query(
      `INSERT INTO partner_app (owner_id, name, website, allowed_origins, created_at) VALUES ($1, $2, $3, $4::text[], $5) RETURNING ${APP}`,
      [ownerId, fields.name, fields.website, fields.allowedOrigins, ctx.clock.now()],
    );
    return rows[0];
  }

  async updateApp(ctx: RequestContext, id: string, fields: AppFields): Promise<PartnerAppRecord> {
    // TypeORM answers `UPDATE … RETURNING` with [rows, count].
    const [rows]: [PartnerAppRecord[], number] = await ctx.em.query(
      `UPDATE partner_app SET name = $2, website = $3, allowed_origins = $4::text[] WHERE id = $1 RETURNING ${APP}`,
      [id, fields.name, fields.website, fields.allowedOrigins],
    );
    return rows[0];
  }

  async app(ctx: RequestContext, id: string): Promise<PartnerAppRecord | null> {
    const rows: PartnerAppRecord[] = await ctx.em.query(`SELECT ${APP} FROM partner_app WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  appsOf(ctx: RequestContext, ownerId: string): Promise<PartnerAppRecord[]> {
    return ctx.em.query(`SELECT ${APP} FROM partner_app WHERE owner_id = $1 ORDER BY created_at, id`, [ownerId]);
  }

  async countApps(ctx: RequestContext, ownerId: string): Promise<number> {
    const rows: { n: number }[] = await ctx.em.query(`SELECT count(*)::int AS n FROM partner_app WHERE owner_id = $1`, [ownerId]);
    return rows[0].n;
  }

  async insertKey(ctx: RequestContext, appId: string, prefix: string, secretHash: string, scopes: string[]): Promise<ApiKeyRecord> {
    const rows: ApiKeyRecord[] = await ctx.em.query(
      `INSERT INTO api_key AS k (app_id, prefix, secret_hash, scopes, created_at) VALUES ($1, $2, $3, $4::text[], $5) RETURNING ${KEY}`,
      [appId, prefix, secretHash, scopes, ctx.clock.now()],
    );
    return rows[0];
  }

  async countActiveKeys(ctx: RequestContext, appId: string): Promise<number> {
    const rows: { n: number }[] = await ctx.em.query(`SELECT count(*)::int AS n FROM api_key WHERE app_id = $1 AND revoked_at IS NULL`, [appId]);
    return rows[0].n;
  }

  keysOf(ctx: RequestContext, appId: string): Promise<ApiKeyRecord[]> {
    return ctx.em.query(`SELECT ${KEY} FROM api_key k WHERE k.app_id = $1 ORDER BY k.created_at DESC, k.id`, [appId]);
  }

  async key(ctx: RequestContext, id: string): Promise<(ApiKeyRecord & { ownerId: string }) | null> {
    const rows = await ctx.em.query(`SELECT ${KEY}, a.owner_id AS "ownerId" FROM api_key k JOIN partner_app a ON a.id = k.app_id WHERE k.id = $1`, [id]);
    return rows[0] ?? null;
  }

  async revokeKey(ctx: RequestContext, id: string): Promise<ApiKeyRecord> {
    const [rows]: [ApiKeyRecord[], number] = await ctx.em.query(
      `UPDATE api_key AS k SET revoked_at = coalesce(revoked_at, $2) WHERE id = $1 RETURNING ${KEY}`,
      [id, ctx.clock.now()],
    );
    return rows[0];
  }

  async credentials(ctx: RequestContext, prefix: string): Promise<KeyCredentials | null> {
    const rows: KeyCredentials[] = await ctx.em.query(
      `SELECT ${KEY}, k.secret_hash AS "secretHash", a.allowed_origins AS "allowedOrigins"
         FROM api_key k JOIN partner_app a ON a.id = k.app_id WHERE k.prefix = $1`,
      [prefix],
    );
    return rows[0] ?? null;
  }

  /** Whether any app allows `origin` (CORS preflights carry no key, only the origin). */
  async originAllowedByAnyApp(ctx: RequestContext, origin: string): Promise<boolean> {
    const rows = await ctx.em.query(`SELECT 1 FROM partner_app WHERE $1 = ANY(allowed_origins) LIMIT 1`, [origin]);
    return rows.length > 0;
  }

  /** Adds counts to each key's day, and moves each key's last-used time forward. */
  async addUsage(em: EntityManager, rows: UsageRow[], lastUsed: Map<string, Date>): Promise<void> {
    if (rows.length) {
      await em.query(
        `INSERT INTO api_key_usage AS u (key_id, day, requests, points, errors, rate_limited)
           SELECT * FROM unnest($1::uuid[], $2::date[], $3::int[], $4::bigint[], $5::int[], $6::int[])
         ON CONFLICT (key_id, day) DO UPDATE SET requests = u.requests + excluded.requests, points = u.points + excluded.points,
           errors = u.errors + excluded.errors, rate_limited = u.rate_limited + excluded.rate_limited`,
        [
          rows.map((r) => r.keyId),
          rows.map((r) => r.day),
          rows.map((r) => r.requests),
          rows.map((r) => r.points),
          rows.map((r) => r.errors),
          rows.map((r) => r.rateLimited),
        ],
      );
    }
    if (lastUsed.size) {
      await em.query(
        `UPDATE api_key k SET last_used_at = greatest(coalesce(k.last_used_at, v.at), v.at)
           FROM unnest($1::uuid[], $2::timestamptz[]) AS v(id, at) WHERE k.id = v.id`,
        [[...lastUsed.keys()], [...lastUsed.values()]],
      );
    }
  }

  /** Usage of the keys from `since` (a UTC day) on, oldest day first. */
  usage(ctx: RequestContext, keyIds: string[], since: string): Promise<UsageRow[]> {
    return ctx.em.query(
      `SELECT key_id AS "keyId", to_char(day, 'YYYY-MM-DD') AS day, requests, points::int AS points, errors, rate_limited AS "rateLimited"
         FROM api_key_usage WHERE key_id = ANY($1::uuid[]) AND day >= $2::date ORDER BY day, key_id`,
      [keyIds, since],
    );
  }
}
