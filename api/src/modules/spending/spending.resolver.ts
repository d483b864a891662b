import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { Role } from '../identity';
import { SpendingLimitsService } from './spending-limits.service';
import { SpendingLimits, SpendingLimitsInput } from './spending.types';

@Resolver(() => SpendingLimits)
export class SpendingLimitsResolver {
  constructor(private readonly spending: SpendingLimitsService) {}

  @Authorized(Role.FAN)
  @Query(() => SpendingLimits, { description: 'The signed-in fan’s spending limits and what they spent in the last 24 hours.' })
  spendingLimits(@Ctx() ctx: RequestContext): Promise<SpendingLimits> {
    return this.spending.limitsOf(ctx, ctx.requireViewer().account.id);
  }

  @Authorized(Role.FAN)
  @Mutation(() => SpendingLimits, {
    description:
      'FAN only: sets a cap per call, a limit per 24 hours, and/or a self-exclusion. Limits apply at once to new calls, unlocks and tips (a call already connected keeps the cap it started with).',
  })
  setSpendingLimits(
    @Arg('limits', () => SpendingLimitsInput, { description: 'The new limits.' }) limits: SpendingLimitsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SpendingLimits> {
    return this.spending.setLimits(ctx, ctx.requireViewer().account.id, limits);
  }
}
