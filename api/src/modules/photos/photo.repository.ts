import type { RequestContext } from '../../common/context';

export type PhotoPurpose = 'PROFILE' | 'GALLERY';

/** A stored variant: the object key and its size. */
export interface StoredVariant {
  key: string;
  width: number;
  height: number;
}

/** A photo as stored. */
export interface PhotoRecord {
  id: string;
  creatorId: string;
  purpose: PhotoPurpose;
  placement: PhotoPurpose | null;
  position: number;
  width: number;
  height: number;
  variants: StoredVariant[];
  createdAt: Date;
  removedAt: Date | null;
}

interface PhotoRow {
  id: string;
  creator_id: string;
  purpose: PhotoPurpose;
  placement: PhotoPurpose | null;
  position: number;
  width: number;
  height: number;
  variants: StoredVariant[];
  created_at: Date;
  removed_at: Date | null;
}

/** The `creator_photo` table: uploads waiting to be placed, the profile photo and the gallery. */
export class PhotoRepository {
  async insert(ctx: RequestContext, photo: Omit<PhotoRecord, 'placement' | 'position' | 'removedAt'>): Promise<void> {
    await ctx.em.query(`INSERT INTO creator_photo (id, creator_id, purpose, width, height, variants, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      photo.id,
      photo.creatorId,
      photo.purpose,
      photo.width,
      photo.height,
      JSON.stringify(photo.variants),
      photo.createdAt,
    ]);
  }

  async find(ctx: RequestContext, id: string, lock = false): Promise<PhotoRecord | null> {
    const [row] = await ctx.em.query(`SELECT * FROM creator_photo WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return row ? toRecord(row) : null;
  }

  /** Placed photos not removed: the profile photo first, then the gallery in order. */
  async placedOf(ctx: RequestContext, creatorId: string): Promise<PhotoRecord[]> {
    const rows = (await ctx.em.query(
      `SELECT * FROM creator_photo WHERE creator_id = $1 AND placement IS NOT NULL AND removed_at IS NULL
       ORDER BY placement = 'PROFILE' DESC, position, created_at`,
      [creatorId],
    )) as PhotoRow[];
    return rows.map(toRecord);
  }

  /** Uploads not yet placed nor removed, since `since` (a creator may hold only a few at once). */
  async countUnplacedSince(ctx: RequestContext, creatorId: string, since: Date): Promise<number> {
    const [row] = await ctx.em.query(
      `SELECT count(*)::int AS n FROM creator_photo WHERE creator_id = $1 AND placement IS NULL AND removed_at IS NULL AND created_at >= $2`,
      [creatorId, since],
    );
    return row.n;
  }

  /** Uploads never placed, made before `before`: abandoned, so removed (their objects deleted) on the creator's next upload. */
  async abandonedUploads(ctx: RequestContext, creatorId: string, before: Date): Promise<PhotoRecord[]> {
    const rows = (await ctx.em.query(
      `SELECT * FROM creator_photo WHERE creator_id = $1 AND placement IS NULL AND removed_at IS NULL AND created_at < $2 FOR UPDATE`,
      [creatorId, before],
    )) as PhotoRow[];
    return rows.map(toRecord);
  }

  /** Locks the creator's placed photos (serialises placements of one creator). */
  async lockPlaced(ctx: RequestContext, creatorId: string): Promise<void> {
    await ctx.em.query(`SELECT id FROM creator_photo WHERE creator_id = $1 AND placement IS NOT NULL AND removed_at IS NULL FOR UPDATE`, [creatorId]);
  }

  async place(ctx: RequestContext, id: string, placement: PhotoPurpose, position: number, at: Date): Promise<void> {
    await ctx.em.query(`UPDATE creator_photo SET placement = $2, position = $3, placed_at = $4 WHERE id = $1`, [id, placement, position, at]);
  }

  async remove(ctx: RequestContext, id: string, by: string, reason: string, at: Date): Promise<void> {
    await ctx.em.query(`UPDATE creator_photo SET removed_at = $2, removed_by = $3, removed_reason = $4 WHERE id = $1 AND removed_at IS NULL`, [
      id,
      at,
      by,
      reason,
    ]);
  }
}

function toRecord(row: PhotoRow): PhotoRecord {
  return {
    id: row.id,
    creatorId: row.creator_id,
    purpose: row.purpose,
    placement: row.placement,
    position: row.position,
    width: row.width,
    height: row.height,
    variants: row.variants,
    createdAt: new Date(row.created_at),
    removedAt: row.removed_at ? new Date(row.removed_at) : null,
  };
}
