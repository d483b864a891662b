import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { Role } from '../identity';
import { ActivityItem } from './activity.types';
import { EarningsService } from './earnings.service';
import { EarningsSummary, Money } from './earnings.types';

@Resolver(() => ActivityItem)
export class EarningsSummaryResolver {
  constructor(private readonly earnings: EarningsService) {}

  @Authorized(Role.CREATOR)
  @Query(() => EarningsSummary, { description: 'The signed-in creator’s earnings in tokens and money: pending within the holding period, and available.' })
  earningsSummary(@Ctx() ctx: RequestContext): Promise<EarningsSummary> {
    return this.earnings.summary(ctx, ctx.requireViewer().account.id);
  }

  @FieldResolver(() => [Money], { description: '`total` in money, in each payout currency (for a creator: their net share’s worth).' })
  value(@Root() item: ActivityItem): Money[] {
    return this.earnings.valueOf(item.total);
  }
}
