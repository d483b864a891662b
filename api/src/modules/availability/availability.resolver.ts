import { Ctx, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { checkIds, IdsArg } from '../../common/ids';
import { subscribeWith } from '../../common/resolver-container';
import { AvailabilityService, MAX_WATCHED_CREATORS } from './availability.service';
import { CreatorAvailabilityChange } from './availability.types';

@Resolver()
export class AvailabilityResolver {
  constructor(private readonly availability: AvailabilityService) {}

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
