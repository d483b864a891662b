import { Arg, Ctx, ID, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import { IdArg, checkId } from '../../common/ids';
import { subscribeWith } from '../../common/resolver-container';
import type { RequestContext } from '../../common/context';
import { CreatorFilter } from './creator.inputs';
import { CreatorService, MAX_PAGE } from './creator.service';
import { CreatorConnection, CreatorSort, CreatorView } from './creator.types';

/** What fans and partners read about creators; public. */
@Resolver()
export class CreatorResolver {
  constructor(private readonly creatorService: CreatorService) {}

  @Query(() => CreatorConnection, {
    description: 'The directory: creators in the order asked for (by handle unless `sort` says otherwise), with their live availability. Public.',
  })
  creators(
    @Arg('first', () => Int, { defaultValue: 20, description: `Page size, 1–${MAX_PAGE}.` }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last creator of the previous page (`pageInfo.endCursor`).' })
    after: string | null,
    @Arg('filter', () => CreatorFilter, { nullable: true, description: 'Only creators matching all given conditions.' }) filter: CreatorFilter | null,
    @Arg('sort', () => CreatorSort, { defaultValue: CreatorSort.HANDLE, description: 'The order; a cursor only continues the order it came from.' })
    sort: CreatorSort,
    @Ctx() ctx: RequestContext,
  ): Promise<CreatorConnection> {
    return this.creatorService.listCreators(ctx, { first, after, filter, sort });
  }

  @Subscription(() => CreatorView, {
    nullable: true,
    description:
      'The creator as fans see it, each time their profile or call settings change (price, photo, bio, rating…); null once they are no longer an active creator. Public. Availability changes come on creatorAvailabilityChanged.',
    subscribe: subscribeWith(CreatorResolver, (resolver, args: { creatorId: string }) => resolver.watch(args.creatorId)),
  })
  async creatorUpdated(
    @IdArg('creatorId', { description: 'The creator to watch.' }) creatorId: string,
    @Root() _hint: { creatorId: string },
    @Ctx() ctx: RequestContext,
  ): Promise<CreatorView | null> {
    return this.creatorService.creatorView(ctx, creatorId);
  }

  watch(creatorId: string): AsyncIterable<{ creatorId: string }> {
    return this.creatorService.updatesOf(checkId(creatorId, 'creatorId'));
  }

  /** A lookup answering null for what names no creator: a malformed id included (the one id argument not refused as BAD_USER_INPUT). */
  @Query(() => CreatorView, { nullable: true, description: 'One creator by id or by handle (give exactly one); null when there is none. Public.' })
  creator(
    @Arg('id', () => ID, { nullable: true, description: 'The creator’s id.' }) id: string | null,
    @Arg('handle', () => String, { nullable: true, description: 'The creator’s handle.' }) handle: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CreatorView | null> {
    return this.creatorService.findCreator(ctx, { id, handle });
  }
}
