import { Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { IdArg } from '../../common/ids';
import { CreatorView, PhotoView } from '../creators';
import { Role } from '../identity';
import { CreatorPhotosView } from './photo.types';
import { PhotosService } from './photos.service';
import { MAX_GALLERY } from './photo-rules';

/** Creators' photos: placing and removing uploads (files go to POST /uploads first), and the gallery on Creator. */
@Resolver(() => CreatorView)
export class PhotosResolver {
  constructor(private readonly photos: PhotosService) {}

  @FieldResolver(() => [PhotoView], { description: `The creator’s gallery, in their order (at most ${MAX_GALLERY}).` })
  async gallery(@Root() creator: CreatorView, @Ctx() ctx: RequestContext): Promise<PhotoView[]> {
    return (await this.photos.photosOf(ctx, creator.id)).gallery;
  }

  @Authorized(Role.CREATOR)
  @Query(() => CreatorPhotosView, { description: 'CREATOR only: your profile photo and gallery.' })
  myPhotos(@Ctx() ctx: RequestContext): Promise<CreatorPhotosView> {
    return this.photos.photosOf(ctx, ctx.requireViewer().account.id);
  }

  @Authorized(Role.CREATOR)
  @Mutation(() => CreatorPhotosView, {
    description: `CREATOR only: places a photo uploaded with POST /uploads?purpose=PROFILE|GALLERY: as your profile photo (replacing the old one) or last in your gallery (at most ${MAX_GALLERY}; BAD_USER_INPUT when full).`,
  })
  placePhoto(
    @IdArg('uploadId', { description: 'The `uploadId` POST /uploads answered.' }) uploadId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CreatorPhotosView> {
    return this.photos.place(ctx, uploadId);
  }

  @Authorized(Role.CREATOR)
  @Mutation(() => CreatorPhotosView, { description: 'CREATOR only: removes one of your photos; its files are deleted.' })
  removeMyPhoto(@IdArg('photoId', { description: 'The photo.' }) photoId: string, @Ctx() ctx: RequestContext): Promise<CreatorPhotosView> {
    return this.photos.removeOwn(ctx, photoId);
  }
}
