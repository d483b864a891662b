import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { Role } from '../identity/account.entity';
import { Purchase, PurchaseResult, TokenPack } from './payments.types';

@Resolver()
export class PaymentsResolver {
  @Query(() => [TokenPack], { description: 'The token packs for sale, cheapest first.' })
  tokenPacks(@Ctx() ctx: RequestContext): Promise<TokenPack[]> {
    return ctx.app.payments.tokenPacks(ctx);
  }

  @Authorized(Role.FAN)
  @Mutation(() => PurchaseResult, {
    description:
      'Starts buying a token pack. With Stripe, send the buyer to checkoutUrl; tokens arrive when the payment is confirmed. The dev provider completes at once.',
  })
  purchaseTokens(@Arg('packId', () => ID, { description: 'The pack to buy.' }) packId: string, @Ctx() ctx: RequestContext): Promise<PurchaseResult> {
    return ctx.app.payments.purchaseTokens(ctx, packId);
  }

  @Authorized(Role.FAN)
  @Query(() => Purchase, { description: 'One of the signed-in fan’s purchases (for the page a checkout returns to).' })
  purchase(@Arg('id', () => ID, { description: 'The purchase id.' }) id: string, @Ctx() ctx: RequestContext): Promise<Purchase> {
    return ctx.app.payments.purchase(ctx, id);
  }
}
