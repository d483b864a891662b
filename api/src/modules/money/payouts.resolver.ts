import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { Role } from '../identity';
import { EarningsSummary } from './earnings.types';
import { PayoutsService } from './payouts.service';
import { Payout, PayoutConnection, PayoutOnboardingLink } from './payouts.types';

const OWNERS = [Role.CREATOR, Role.AGENCY];

/** Creators (and agency owners) asking for their earnings: payout requests, their list, and the provider's onboarding. */
@Resolver(() => EarningsSummary)
export class PayoutsResolver {
  constructor(private readonly service: PayoutsService) {}

  @Authorized(...OWNERS)
  @Mutation(() => Payout, {
    description:
      'CREATOR (or AGENCY, for the agency’s earnings): asks for `tokens` of available earnings (past the holding period) to be paid out; they are set aside until staff approve or reject the request. Refused with PAYOUT_BELOW_MINIMUM, PAYOUT_EXCEEDS_AVAILABLE or EMAIL_NOT_VERIFIED; nothing moves then.',
  })
  requestPayout(
    @Arg('tokens', () => Int, { description: 'Tokens of available earnings to pay out (at least the platform’s minimum).' }) tokens: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Payout> {
    return this.service.requestPayout(ctx, tokens);
  }

  @Authorized(...OWNERS)
  @Query(() => PayoutConnection, { description: 'The signed-in creator’s (or agency’s) payouts, newest first.' })
  payouts(
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last payout of the previous page (`pageInfo.endCursor`).' }) after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PayoutConnection> {
    return this.service.myPayouts(ctx, first, after);
  }

  @Authorized(...OWNERS)
  @Mutation(() => PayoutOnboardingLink, {
    description:
      'CREATOR or AGENCY: a single-use link to the payout provider’s onboarding form (a Stripe Connect Express account), where payouts are sent; opens the account on first use.',
  })
  payoutOnboardingLink(
    @Arg('country', () => String, {
      nullable: true,
      description: 'ISO 3166-1 alpha-2 country of the account, when it is first opened (the platform’s by default).',
    })
    country: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PayoutOnboardingLink> {
    return this.service.onboardingLink(ctx, country);
  }

  @FieldResolver(() => Int, { description: 'The smallest payout that may be requested, in tokens.' })
  payoutMinimum(): number {
    return this.service.minimumTokens;
  }
}
