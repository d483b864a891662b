import { Arg, Ctx, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { MAX_WATCHED_CREATORS } from './availability.service';
import { CreatorAvailabilityChange } from './availability.types';

@Resolver()
export class AvailabilityResolver {
  @Subscription(() => CreatorAvailabilityChange, {
    description:
      'Every change of these creators’ availability: settings, pauses ending by themselves, weekly hours opening or closing, going online or offline, calls. Public; re-read after a reconnect.',
    subscribe: ({ args, context }) => (context as RequestContext).app.availability.subscribe(context as RequestContext, args.creatorIds as string[]),
  })
  creatorAvailabilityChanged(
    @Arg('creatorIds', () => [ID], { description: `The creators to watch (1–${MAX_WATCHED_CREATORS}).` }) _creatorIds: string[],
    @Root() change: CreatorAvailabilityChange,
    @Ctx() _ctx: RequestContext,
  ): CreatorAvailabilityChange {
    return change;
  }
}
