import { createHash, randomUUID } from 'node:crypto';
import type { RequestContext } from '../../common/context';
import { AppError, badInput, conflict, ErrorCode, forbidden, notFound } from '../../common/errors';
import { isUuid } from '../../common/ids';
import type { Logger } from '../../common/logger';
import type { ImagePipeline, ImageUse } from '../../providers/images';
import { IMMUTABLE_CACHE_CONTROL } from '../../providers/images';
import type { ObjectStorage } from '../../providers/storage';
import { toPhotoView, type CreatorService, type PhotoSummary, type PhotoView } from '../creators';
import { Role } from '../identity';
import type { PhotoPurpose, PhotoRecord, PhotoRepository } from './photo.repository';
import { decidePlacement, MAX_UNPLACED_PER_DAY } from './photo-rules';

/** What an upload returns: the id to place it with, and its sizes. */
export interface UploadedPhoto {
  uploadId: string;
  purpose: PhotoPurpose;
  photo: PhotoView;
}

/** A creator's placed photos. */
export interface CreatorPhotos {
  profile: PhotoView | null;
  gallery: PhotoView[];
}

/**
 * Creators' photos: uploads are re-encoded by the image pipeline (type by magic bytes, metadata stripped,
 * WebP sizes) and stored in object storage under content-addressed keys, then placed as the profile photo or in
 * the gallery. A refused file stores nothing. Removed photos' objects are deleted once the removal commits.
 */
export class PhotosService {
  constructor(
    private readonly photos: PhotoRepository,
    private readonly pipeline: ImagePipeline,
    private readonly storage: ObjectStorage,
    private readonly creators: CreatorService,
    private readonly log: Logger,
  ) {}

  get maxBytes(): number {
    return this.pipeline.limits.maxBytes;
  }

  /** Processes and stores an upload for `purpose`; BAD_USER_INPUT with `reason` (TOO_LARGE, NOT_AN_IMAGE…) when refused. */
  async upload(ctx: RequestContext, bytes: Buffer, purpose: PhotoPurpose): Promise<UploadedPhoto> {
    const creatorId = requireCreator(ctx);
    const now = ctx.clock.now();
    const dayAgo = new Date(now.getTime() - 24 * 3600_000);
    // Uploads left unplaced for a day are abandoned: they go (files too) before another is taken.
    for (const abandoned of await this.photos.abandonedUploads(ctx, creatorId, dayAgo)) await this.removeRecord(ctx, abandoned, creatorId, 'never placed');
    if ((await this.photos.countUnplacedSince(ctx, creatorId, dayAgo)) >= MAX_UNPLACED_PER_DAY) {
      throw new AppError(ErrorCode.RATE_LIMITED, 'Too many photos uploaded and not placed today; place or remove some first.', { retryAfterSeconds: 3600 });
    }
    const result = await this.pipeline.process(bytes, purpose.toLowerCase() as ImageUse);
    if (!result.ok) throw new AppError(ErrorCode.BAD_USER_INPUT, result.message, { field: 'file', reason: result.reason });
    const id = randomUUID();
    const stored: PhotoRecord['variants'] = [];
    try {
      for (const variant of result.image.variants) {
        const hash = createHash('sha256')
          .update(variant.bytes)
          .digest('base64url')
          .slice(0, 12)
          .replace(/[^A-Za-z0-9]/g, 'x');
        const key = `photos/${creatorId}/${id}-${hash}-${variant.width}.webp`;
        await this.storage.put(key, variant.bytes, variant.contentType, IMMUTABLE_CACHE_CONTROL);
        stored.push({ key, width: variant.width, height: variant.height });
      }
      const largest = stored[stored.length - 1];
      await this.photos.insert(ctx, { id, creatorId, purpose, width: largest.width, height: largest.height, variants: stored, createdAt: now });
    } catch (err) {
      await this.deleteObjects(stored);
      throw err;
    }
    return {
      uploadId: id,
      purpose,
      photo: this.view({ id, width: stored[stored.length - 1].width, height: stored[stored.length - 1].height, variants: stored }),
    };
  }

  /** Places an upload of the signed-in creator: as the profile photo (replacing the old one) or last in the gallery. */
  async place(ctx: RequestContext, uploadId: string): Promise<CreatorPhotos> {
    const creatorId = requireCreator(ctx);
    const photo = isUuid(uploadId) ? await this.photos.find(ctx, uploadId, true) : null;
    if (!photo || photo.creatorId !== creatorId || photo.removedAt) throw notFound('Upload');
    if (photo.placement) throw conflict('This photo is already placed.');
    await this.photos.lockPlaced(ctx, creatorId);
    const placed = await this.photos.placedOf(ctx, creatorId);
    const decision = decidePlacement(photo.purpose, placed);
    if (!decision.ok) throw badInput(decision.message, 'uploadId');
    const now = ctx.clock.now();
    if (decision.replacesProfile) {
      const old = placed.find((p) => p.placement === 'PROFILE')!;
      await this.removeRecord(ctx, old, creatorId, 'replaced');
    }
    await this.photos.place(ctx, photo.id, photo.purpose, decision.position, now);
    if (photo.purpose === 'PROFILE') await this.creators.setProfilePhoto(ctx, creatorId, this.summary(photo));
    else this.creators.announceUpdate(ctx, creatorId);
    return this.photosOf(ctx, creatorId);
  }

  /** Removes one of the signed-in creator's photos (placed or not). */
  async removeOwn(ctx: RequestContext, photoId: string): Promise<CreatorPhotos> {
    const creatorId = requireCreator(ctx);
    const photo = isUuid(photoId) ? await this.photos.find(ctx, photoId, true) : null;
    if (!photo || photo.creatorId !== creatorId || photo.removedAt) throw notFound('Photo');
    await this.removeRecord(ctx, photo, creatorId, 'removed by the creator');
    return this.photosOf(ctx, creatorId);
  }

  /** Removes a photo for a moderator (the moderation module audits it); returns the photo as it was. */
  async removeByStaff(ctx: RequestContext, photoId: string, reason: string): Promise<PhotoRecord> {
    const photo = isUuid(photoId) ? await this.photos.find(ctx, photoId, true) : null;
    if (!photo) throw notFound('Photo');
    if (photo.removedAt) throw conflict('This photo is already removed.');
    await this.removeRecord(ctx, photo, ctx.requireViewer().account.id, reason);
    return photo;
  }

  /** A photo by id (for reports), or null. */
  async find(ctx: RequestContext, photoId: string): Promise<PhotoRecord | null> {
    return isUuid(photoId) ? this.photos.find(ctx, photoId) : null;
  }

  /** The creator's profile photo and gallery. */
  async photosOf(ctx: RequestContext, creatorId: string): Promise<CreatorPhotos> {
    const placed = await this.photos.placedOf(ctx, creatorId);
    const profile = placed.find((p) => p.placement === 'PROFILE');
    return { profile: profile ? this.view(profile) : null, gallery: placed.filter((p) => p.placement === 'GALLERY').map((p) => this.view(p)) };
  }

  /** A photo as the API shows it (also removed ones, for moderators). */
  view(photo: Pick<PhotoRecord, 'id' | 'width' | 'height' | 'variants'>): PhotoView {
    return toPhotoView(this.summary(photo));
  }

  private summary(photo: Pick<PhotoRecord, 'id' | 'width' | 'height' | 'variants'>): PhotoSummary {
    return {
      id: photo.id,
      width: photo.width,
      height: photo.height,
      variants: photo.variants.map((v) => ({ url: this.storage.urlOf(v.key), width: v.width, height: v.height })),
    };
  }

  private async removeRecord(ctx: RequestContext, photo: PhotoRecord, by: string, reason: string): Promise<void> {
    await this.photos.remove(ctx, photo.id, by, reason, ctx.clock.now());
    if (photo.placement === 'PROFILE') await this.creators.setProfilePhoto(ctx, photo.creatorId, null);
    else if (photo.placement) this.creators.announceUpdate(ctx, photo.creatorId);
    ctx.afterCommit(() => void this.deleteObjects(photo.variants));
  }

  private async deleteObjects(variants: readonly { key: string }[]): Promise<void> {
    for (const { key } of variants) {
      await this.storage.delete(key).catch((err) => this.log.warn({ err, key }, 'could not delete a stored object'));
    }
  }
}

function requireCreator(ctx: RequestContext): string {
  const viewer = ctx.requireViewer();
  if (viewer.account.role !== Role.CREATOR) throw forbidden('Only creators can do this.');
  return viewer.account.id;
}
