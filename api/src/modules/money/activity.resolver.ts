import { Arg, Authorized, Ctx, FieldResolver, GraphQLISODateTime, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { Role } from '../identity';
import { ActivityService } from './activity.service';
import { ActivityConnection, ActivityItem, ActivityTransfer } from './activity.types';

@Resolver(() => ActivityItem)
export class ActivityResolver {
  constructor(private readonly activity: ActivityService) {}

  @Authorized(Role.FAN, Role.CREATOR, Role.AGENCY)
  @Query(() => ActivityConnection, {
    description:
      'The signed-in account’s money, one item per business event, newest first: for a fan their wallet (a call — billed per minute at the creator’s price, the last minute by the second; ringing is never billed — is one item whatever its holds, charges and refunds), for a creator their earnings (their own net share), for an agency owner the agency’s share of its creators’ earnings.',
  })
  walletActivity(
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last item of the previous page (`pageInfo.endCursor`).' }) after: string | null,
    @Arg('from', () => GraphQLISODateTime, { nullable: true, description: 'Only items that started at or after this instant.' }) from: Date | null,
    @Arg('to', () => GraphQLISODateTime, { nullable: true, description: 'Only items that started before this instant.' }) to: Date | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ActivityConnection> {
    return this.activity.activity(ctx, first, after, { from, to });
  }

  @Authorized(Role.FAN, Role.CREATOR, Role.AGENCY)
  @Query(() => ActivityItem, {
    nullable: true,
    description: 'One item of the signed-in account’s activity by its id (`call:<id>`, `purchase:<id>` …), or null.',
  })
  activityItem(@Arg('id', { description: 'The item’s id.' }) id: string, @Ctx() ctx: RequestContext): Promise<ActivityItem | null> {
    return this.activity.item(ctx, id);
  }

  @Authorized(Role.FAN, Role.CREATOR, Role.AGENCY)
  @Query(() => String, {
    description: 'The signed-in account’s activity items that started within [from, to) as CSV (RFC 4180, oldest first; at most 366 days and 10,000 items).',
  })
  walletActivityCsv(
    @Arg('from', () => GraphQLISODateTime, { description: 'First instant included.' }) from: Date,
    @Arg('to', () => GraphQLISODateTime, { description: 'First instant excluded.' }) to: Date,
    @Ctx() ctx: RequestContext,
  ): Promise<string> {
    return this.activity.exportCsv(ctx, from, to);
  }

  @FieldResolver(() => [ActivityTransfer], { description: 'The ledger transfers it is made of, oldest first.' })
  transfers(@Root() item: ActivityItem, @Ctx() ctx: RequestContext): Promise<ActivityTransfer[]> {
    return this.activity.transfers(ctx, item);
  }
}
