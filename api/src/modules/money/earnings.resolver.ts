import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { Role } from '../identity';
import { ActivityItem } from './activity.types';
import { EarningsService, earningsKindOf } from './earnings.service';
import { EarningsSummary, Money } from './earnings.types';

@Resolver(() => ActivityItem)
export class EarningsSummaryResolver {
  constructor(private readonly earnings: EarningsService) {}

  @Authorized(Role.CREATOR, Role.AGENCY)
  @Query(() => EarningsSummary, {
    description:
      'The signed-in creator’s earnings (or an agency owner’s: the agency’s share) in tokens and money: pending within the holding period, available, and paid out.',
  })
  earningsSummary(@Ctx() ctx: RequestContext): Promise<EarningsSummary> {
    const account = ctx.requireViewer().account;
    return this.earnings.summary(ctx, account.id, earningsKindOf(account.role));
  }

  @FieldResolver(() => [Money], { description: '`total` in money, in each payout currency (for a creator: their net share’s worth).' })
  value(@Root() item: ActivityItem): Money[] {
    return this.earnings.valueOf(item.total);
  }
}
