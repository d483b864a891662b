import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { IdArg } from '../../common/ids';
import { Role } from '../identity';
import { PaymentsService } from './payments.service';
import { Purchase, PurchaseResult, TokenPack } from './payments.types';

@Resolver()
export class PaymentsResolver {
  constructor(private readonly payments: PaymentsService) {}

  @Query(() => [TokenPack], { description: 'The token packs for sale, cheapest first.' })
  tokenPacks(@Ctx() ctx: RequestContext): Promise<TokenPack[]> {
    return this.payments.tokenPacks(ctx);
  }

  @Authorized(Role.FAN)
  @Mutation(() => PurchaseResult, {
    description:
      'Starts buying a token pack. With Stripe, send the buyer to checkoutUrl; tokens arrive when the payment is confirmed. The dev provider completes at once.',
  })
  purchaseTokens(
    // Pack ids are names such as "starter", not UUIDs: an unknown one is refused by name.
    @Arg('packId', () => ID, { description: 'The pack to buy.' }) packId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<PurchaseResult> {
    return this.payments.purchaseTokens(ctx, packId);
  }

  @Authorized(Role.FAN)
  @Query(() => Purchase, { description: 'One of the signed-in fan’s purchases (for the page a checkout returns to).' })
  purchase(@IdArg('id', { description: 'The purchase id.' }) id: string, @Ctx() ctx: RequestContext): Promise<Purchase> {
    return this.payments.purchase(ctx, id);
  }
}
