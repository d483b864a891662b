import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { IdArg } from '../../common/ids';
import { CallView } from '../calls';
import { Role } from '../identity';
import { ReviewConnection, ReviewView } from './review.types';
import { ReviewsService } from './reviews.service';

/** Reviews: leaving and replying, a creator's list, and the review of a call. */
@Resolver(() => CallView)
export class ReviewsResolver {
  constructor(private readonly service: ReviewsService) {}

  @Query(() => ReviewConnection, { description: 'A creator’s reviews, newest first. Public; reviews by someone you are blocked with are left out.' })
  reviews(
    @IdArg('creatorId', { description: 'The creator.' }) creatorId: string,
    @Arg('first', () => Int, { defaultValue: 10, description: 'Page size, 1–50.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last review of the previous page.' }) after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ReviewConnection> {
    return this.service.reviewsOf(ctx, creatorId, first, after);
  }

  @Authorized(Role.FAN)
  @Mutation(() => ReviewView, {
    description:
      'FAN only: rates a call of yours 1–5 stars with an optional text (≤ 1000 characters): once per call, after it ENDED with at least 60 billed seconds, within 14 days. CONFLICT (reason NOT_REVIEWABLE) otherwise.',
  })
  leaveReview(
    @IdArg('callId', { description: 'The call.' }) callId: string,
    @Arg('rating', () => Int, { description: 'Stars, 1–5.' }) rating: number,
    @Arg('text', () => String, { nullable: true, description: 'What you want to say (optional).' }) text: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ReviewView> {
    return this.service.leaveReview(ctx, callId, rating, text);
  }

  @Authorized(Role.CREATOR)
  @Mutation(() => ReviewView, { description: 'CREATOR only: replies once to a review of you (1–1000 characters).' })
  replyToReview(
    @IdArg('reviewId', { description: 'The review.' }) reviewId: string,
    @Arg('text', { description: 'Your reply.' }) text: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ReviewView> {
    return this.service.reply(ctx, reviewId, text);
  }

  @FieldResolver(() => ReviewView, { nullable: true, description: 'The fan’s review of this call, if any.' })
  async review(@Root() call: CallView, @Ctx() ctx: RequestContext): Promise<ReviewView | null> {
    return (await this.service.reviewsOfCalls(ctx, [call.id])).get(call.id) ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'True when you (the fan) may review this call now and have not yet.' })
  async reviewable(@Root() call: CallView, @Ctx() ctx: RequestContext): Promise<boolean> {
    if (call.myRole !== 'FAN' || call.state !== 'ENDED') return false;
    return this.service.canReview(ctx, {
      id: call.id,
      fanId: call.fan.id,
      state: call.state,
      billedSeconds: call.billedSeconds ?? null,
      endedAt: call.endedAt,
    });
  }
}
