import type { RequestContext } from '../../common/context';
import type { AvailabilitySettings, AvailabilitySettingsSource, ScheduleSlot, WeeklySchedule } from '../availability';
import { CreatorProfile, type PhotoSummary } from './creator-profile.entity';

/** A creator as read in one query: the account joined with its profile (defaults when it has none yet). */
export interface CreatorRecord {
  id: string;
  handle: string;
  displayName: string;
  bio: string;
  avatarUrl: string | null;
  tags: string[];
  timeZone: string;
  callsEnabled: boolean;
  /** The stored price, also while calls are off. */
  pricePerMinute: number | null;
  slots: ScheduleSlot[];
  pausedUntil: Date | null;
  pausedIndefinitely: boolean;
  phoneE164: string | null;
  phoneVerifiedAt: Date | null;
  commissionBps: number | null;
  languages: string[];
  photo: PhotoSummary | null;
  ratingCount: number;
  ratingAverage: number | null;
  joinedAt: Date;
}

export type ProfilePatch = Partial<
  Pick<
    CreatorProfile,
    'bio' | 'avatarUrl' | 'tags' | 'languages' | 'timeZone' | 'callsEnabled' | 'pricePerMinute' | 'schedule' | 'pausedUntil' | 'pausedIndefinitely'
  >
>;

interface CreatorRow {
  id: string;
  handle: string;
  display_name: string;
  bio: string | null;
  avatar_url: string | null;
  tags: string[] | null;
  time_zone: string | null;
  calls_enabled: boolean | null;
  price_per_minute: number | null;
  schedule: ScheduleSlot[] | null;
  paused_until: Date | null;
  paused_indefinitely: boolean | null;
  phone_e164: string | null;
  phone_verified_at: Date | null;
  commission_bps: number | null;
  languages: string[] | null;
  photo: PhotoSummary | null;
  rating_count: number | null;
  rating_average: string | null;
  created_at: Date;
}

const COLUMNS = `a.id, a.handle, a.display_name, p.bio, p.avatar_url, p.tags, p.time_zone, p.calls_enabled, p.price_per_minute,
  p.schedule, p.paused_until, p.paused_indefinitely, p.phone_e164, p.phone_verified_at, p.commission_bps,
  p.languages, p.photo, p.rating_count, p.rating_average, a.created_at`;

/**
 * The `creator_profile` table. A creator is an active CREATOR account with its profile, so reads join the
 * identity module's `account` table (read only, never written here): the listing filters and pages on both in
 * one keyset query, which two modules' separate queries could not do without reading far more rows.
 * Implements availability's AvailabilitySettingsSource.
 */
export class CreatorRepository implements AvailabilitySettingsSource {
  /**
   * Active creators with their profiles, in one query. `where` and `tail` are SQL fragments over `a`
   * (account) and `p` (creator_profile) whose values are passed as `$n` parameters, never spliced in.
   */
  async select(ctx: RequestContext, where: string, params: unknown[], tail = ''): Promise<CreatorRecord[]> {
    const rows = (await ctx.em.query(
      `SELECT ${COLUMNS} FROM account a LEFT JOIN creator_profile p ON p.account_id = a.id
       WHERE a.role = 'CREATOR' AND a.status = 'ACTIVE'${where ? ` AND (${where})` : ''} ${tail}`,
      params,
    )) as CreatorRow[];
    return rows.map(toRecord);
  }

  async find(ctx: RequestContext, id: string): Promise<CreatorRecord | null> {
    const [record] = await this.select(ctx, 'a.id = $1', [id]);
    return record ?? null;
  }

  async findByHandle(ctx: RequestContext, handle: string): Promise<CreatorRecord | null> {
    const [record] = await this.select(ctx, 'a.handle = $1', [handle]);
    return record ?? null;
  }

  async findMany(ctx: RequestContext, ids: readonly string[]): Promise<CreatorRecord[]> {
    return ids.length ? this.select(ctx, 'a.id = ANY($1::uuid[])', [[...new Set(ids)]]) : [];
  }

  async settingsOf(ctx: RequestContext, creatorId: string): Promise<AvailabilitySettings | null> {
    const record = await this.find(ctx, creatorId);
    return record ? availabilitySettingsOf(record) : null;
  }

  async clearEndedPause(ctx: RequestContext, creatorId: string, now: Date): Promise<void> {
    await ctx.em.query(
      `UPDATE creator_profile SET paused_until = NULL, updated_at = now()
       WHERE account_id = $1 AND paused_until IS NOT NULL AND paused_until <= $2`,
      [creatorId, now],
    );
  }

  /** The creator's profile row, locked for this transaction; created with the defaults on first use. */
  async lockProfile(ctx: RequestContext, creatorId: string): Promise<CreatorProfile> {
    await ctx.em.query(`INSERT INTO creator_profile (account_id) VALUES ($1) ON CONFLICT (account_id) DO NOTHING`, [creatorId]);
    return ctx.em
      .getRepository(CreatorProfile)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.account_id = :id', { id: creatorId })
      .getOneOrFail();
  }

  async update(ctx: RequestContext, creatorId: string, patch: ProfilePatch): Promise<void> {
    if (Object.keys(patch).length) await ctx.em.getRepository(CreatorProfile).update({ accountId: creatorId }, patch);
  }

  async setVerifiedPhone(ctx: RequestContext, creatorId: string, phoneE164: string, at: Date): Promise<void> {
    await ctx.em.query(`UPDATE creator_profile SET phone_e164 = $2, phone_verified_at = $3, updated_at = now() WHERE account_id = $1`, [
      creatorId,
      phoneE164,
      at,
    ]);
  }

  /** Erases what the profile says about its person (text, photo, phone, hours) and turns calls off. */
  async erase(ctx: RequestContext, creatorId: string): Promise<void> {
    await ctx.em.query(
      `UPDATE creator_profile SET bio = '', avatar_url = NULL, tags = '{}', calls_enabled = false, phone_e164 = NULL, phone_verified_at = NULL,
              schedule = NULL, paused_until = NULL, paused_indefinitely = false, updated_at = now()
        WHERE account_id = $1`,
      [creatorId],
    );
    await ctx.em.query(`DELETE FROM phone_verification WHERE account_id = $1`, [creatorId]);
  }

  /** Of these handles, the accounts that have a creator profile, with their pause (one query: seeding's start-up check). */
  async profilesByHandle(ctx: RequestContext, handles: readonly string[]): Promise<Map<string, { accountId: string; paused: boolean }>> {
    const rows: { handle: string; account_id: string; paused: boolean }[] = await ctx.em.query(
      `SELECT a.handle, a.id AS account_id, (p.paused_indefinitely OR coalesce(p.paused_until > now(), false)) AS paused
         FROM account a JOIN creator_profile p ON p.account_id = a.id WHERE a.handle = ANY ($1::text[])`,
      [handles],
    );
    return new Map(rows.map((r) => [r.handle, { accountId: r.account_id, paused: r.paused }]));
  }

  async hasProfile(ctx: RequestContext, creatorId: string): Promise<boolean> {
    return (await ctx.em.query(`SELECT 1 FROM creator_profile WHERE account_id = $1`, [creatorId])).length > 0;
  }

  /** Sets (or clears) the profile photo summary; the photos module owns the photos themselves. */
  async setPhoto(ctx: RequestContext, creatorId: string, photo: PhotoSummary | null): Promise<void> {
    await ctx.em.query(`INSERT INTO creator_profile (account_id) VALUES ($1) ON CONFLICT (account_id) DO NOTHING`, [creatorId]);
    await ctx.em.query(`UPDATE creator_profile SET photo = $2, updated_at = now() WHERE account_id = $1`, [creatorId, photo ? JSON.stringify(photo) : null]);
  }

  /** Sets the rating summary the reviews module computed. */
  async setRating(ctx: RequestContext, creatorId: string, count: number, average: number | null): Promise<void> {
    await ctx.em.query(`INSERT INTO creator_profile (account_id) VALUES ($1) ON CONFLICT (account_id) DO NOTHING`, [creatorId]);
    await ctx.em.query(`UPDATE creator_profile SET rating_count = $2, rating_average = $3 WHERE account_id = $1`, [creatorId, count, average]);
  }

  /** The creator's own commission rate, when one is set. */
  async commissionOf(ctx: RequestContext, creatorId: string): Promise<number | null> {
    const [row] = await ctx.em.query(`SELECT commission_bps FROM creator_profile WHERE account_id = $1`, [creatorId]);
    return row?.commission_bps ?? null;
  }
}

function toRecord(row: CreatorRow): CreatorRecord {
  return {
    id: row.id,
    handle: row.handle,
    displayName: row.display_name,
    bio: row.bio ?? '',
    avatarUrl: row.avatar_url,
    tags: row.tags ?? [],
    timeZone: row.time_zone ?? 'UTC',
    callsEnabled: row.calls_enabled ?? false,
    pricePerMinute: row.price_per_minute,
    slots: row.schedule ?? [],
    pausedUntil: row.paused_until ? new Date(row.paused_until) : null,
    pausedIndefinitely: row.paused_indefinitely ?? false,
    phoneE164: row.phone_e164,
    phoneVerifiedAt: row.phone_verified_at ? new Date(row.phone_verified_at) : null,
    commissionBps: row.commission_bps,
    languages: row.languages ?? [],
    photo: row.photo,
    ratingCount: row.rating_count ?? 0,
    ratingAverage: row.rating_average == null ? null : Number(row.rating_average),
    joinedAt: new Date(row.created_at),
  };
}

/** The weekly schedule in the creator's zone; null (any time) when there are no slots. */
export function weeklyScheduleOf(record: Pick<CreatorRecord, 'timeZone' | 'slots'>): WeeklySchedule | null {
  return record.slots.length ? { timeZone: record.timeZone, slots: record.slots } : null;
}

export function availabilitySettingsOf(record: CreatorRecord): AvailabilitySettings {
  return {
    callsEnabled: record.callsEnabled,
    pausedUntil: record.pausedUntil,
    pausedIndefinitely: record.pausedIndefinitely,
    schedule: weeklyScheduleOf(record),
  };
}
