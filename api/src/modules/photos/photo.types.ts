import { Field, ObjectType } from 'type-graphql';
import { PhotoView } from '../creators';
import type { CreatorPhotos } from './photos.service';

@ObjectType('CreatorPhotos', { description: 'The signed-in creator’s placed photos.' })
export class CreatorPhotosView implements CreatorPhotos {
  @Field(() => PhotoView, { nullable: true, description: 'The profile photo (square), if any.' })
  profile: PhotoView | null;

  @Field(() => [PhotoView], { description: 'The gallery, in order (at most 12).' })
  gallery: PhotoView[];
}
