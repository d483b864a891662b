import { Ctx, FieldResolver, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { checkIds, IdsArg } from '../../common/ids';
import { subscribeWith } from '../../common/resolver-container';
import { AvailabilityService, MAX_WATCHED_CREATORS } from './availability.service';
import { CreatorAvailabilityChange, CreatorAvailabilityView, Reachability, reachabilityOf } from './availability.types';

@Resolver(() => CreatorAvailabilityView)
export class AvailabilityResolver {
  constructor(private readonly availability: AvailabilityService) {}

  @FieldResolver(() => Reachability, { description: 'What calling now does: ONLINE_NOW (answers at once), BY_PHONE (an SMS alerts them) or NOT_NOW.' })
  reachability(@Root() availability: CreatorAvailabilityView): Reachability {
    return reachabilityOf(availability);
  }

  @Subscription(() => CreatorAvailabilityChange, {
    description:
      'Every change of these creators’ availability: settings, pauses ending by themselves, weekly hours opening or closing, going online or offline, calls. Public; re-read after a reconnect.',
    subscribe: subscribeWith(AvailabilityResolver, (resolver, args: { creatorIds: string[] }) => resolver.watch(args.creatorIds)),
  })
  creatorAvailabilityChanged(
    @IdsArg('creatorIds', { description: `The creators to watch (1–${MAX_WATCHED_CREATORS}).` }) _creatorIds: string[],
    @Root() change: CreatorAvailabilityChange,
    @Ctx() _ctx: RequestContext,
  ): CreatorAvailabilityChange {
    return change;
  }

  watch(creatorIds: string[]): AsyncIterable<CreatorAvailabilityChange> {
    return this.availability.subscribe(checkIds(creatorIds, 'creatorIds'));
  }
}
