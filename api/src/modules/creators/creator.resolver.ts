import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { CreatorFilter } from './creator.inputs';
import { MAX_PAGE } from './creator.service';
import { CreatorConnection, CreatorView } from './creator.types';

/** What fans and partners read about creators; public. */
@Resolver()
export class CreatorResolver {
  @Query(() => CreatorConnection, { description: 'Creators, ordered by handle, with their live availability. Public.' })
  creators(
    @Arg('first', () => Int, { defaultValue: 20, description: `Page size, 1–${MAX_PAGE}.` }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last creator of the previous page (`pageInfo.endCursor`).' })
    after: string | null,
    @Arg('filter', () => CreatorFilter, { nullable: true, description: 'Only creators matching all given conditions.' }) filter: CreatorFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CreatorConnection> {
    return ctx.app.creators.listCreators(ctx, { first, after, filter });
  }

  @Query(() => CreatorView, { nullable: true, description: 'One creator by id or by handle (give exactly one); null when there is none. Public.' })
  creator(
    @Arg('id', () => ID, { nullable: true, description: 'The creator’s id.' }) id: string | null,
    @Arg('handle', () => String, { nullable: true, description: 'The creator’s handle.' }) handle: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CreatorView | null> {
    return ctx.app.creators.findCreator(ctx, { id, handle });
  }
}
