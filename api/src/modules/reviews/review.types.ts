import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../common/connection';

@ObjectType('Review', { description: 'A fan’s rating of a call with a creator, and the creator’s reply.' })
export class ReviewView {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => ID, { description: 'The creator reviewed.' })
  creatorId: string;

  @Field(() => Int, { description: 'Stars, 1–5.' })
  rating: number;

  @Field({ description: 'What the fan wrote (may be empty).' })
  text: string;

  @Field({ description: 'The reviewing fan’s display name.' })
  fanDisplayName: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was written.' })
  createdAt: Date;

  @Field(() => String, { nullable: true, description: 'The creator’s one reply, if any.' })
  reply: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the creator replied.' })
  repliedAt: Date | null;

  @Field({ description: 'True when a moderator hid it (only its author and staff still see it).' })
  hidden: boolean;
}

@ObjectType({ description: 'A page of a creator’s reviews, newest first.' })
export class ReviewConnection extends Connection(ReviewView, { typeName: 'Review', noun: 'review', plural: 'reviews' }) {}
