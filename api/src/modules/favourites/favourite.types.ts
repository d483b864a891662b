import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { CreatorView } from '../creators';

@ObjectType('Favourite', { description: 'A creator the signed-in fan keeps in their favourites.' })
export class FavouriteView {
  @Field(() => CreatorView, { description: 'The creator, with live availability.' })
  creator: CreatorView;

  @Field({ description: 'True: the fan is alerted when the creator becomes available (at most once per 6 hours).' })
  notify: boolean;

  @Field(() => GraphQLISODateTime, { description: 'When it was added.' })
  createdAt: Date;
}

@ObjectType('AvailabilityAlert', { description: 'An in-app notification: a favourite creator became available.' })
export class AvailabilityAlertView {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => CreatorView, { nullable: true, description: 'The creator, as they are now (null if no longer listed).' })
  creator: CreatorView | null;

  @Field({ description: 'True when they were online at that moment (answer at once); false: available by phone.' })
  online: boolean;

  @Field(() => GraphQLISODateTime, { description: 'When they became available.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the fan marked it read.' })
  readAt: Date | null;
}

@ObjectType('ViewerFavourite', { description: 'Whether the signed-in fan favourited a creator and wants alerts.' })
export class ViewerFavouriteView {
  @Field({ description: 'In the fan’s favourites.' })
  favourite: boolean;

  @Field({ description: 'Alerts on when the creator becomes available.' })
  notify: boolean;
}
