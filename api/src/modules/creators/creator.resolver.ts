import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { CreatorFilter } from './creator.inputs';
import { CreatorService, MAX_PAGE } from './creator.service';
import { CreatorConnection, CreatorView } from './creator.types';

/** What fans and partners read about creators; public. */
@Resolver()
export class CreatorResolver {
  constructor(private readonly creatorService: CreatorService) {}

  @Query(() => CreatorConnection, { description: 'Creators, ordered by handle, with their live availability. Public.' })
  creators(
    @Arg('first', () => Int, { defaultValue: 20, description: `Page size, 1–${MAX_PAGE}.` }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last creator of the previous page (`pageInfo.endCursor`).' })
    after: string | null,
    @Arg('filter', () => CreatorFilter, { nullable: true, description: 'Only creators matching all given conditions.' }) filter: CreatorFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CreatorConnection> {
    return this.creatorService.listCreators(ctx, { first, after, filter });
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
