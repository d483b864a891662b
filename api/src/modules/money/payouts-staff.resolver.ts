import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { IdArg } from '../../common/ids';
import type { ListArgs } from '../../common/staff-list';
import { Role } from '../identity';
import { ListMetadata } from '../moderation';
import { ActivityService } from './activity.service';
import { ActivityItem } from './activity.types';
import { PayoutsService } from './payouts.service';
import { Payout, PayoutFilter } from './payouts.types';

const STAFF = [Role.MODERATOR, Role.ADMIN];
const page = { nullable: true, description: 'Page number, from 0.' };
const perPage = { nullable: true, description: 'Records per page (1–200, default 25).' };
const sortField = { nullable: true, description: 'Field to sort by (createdAt by default; also updatedAt, tokens, status).' };
const sortOrder = { nullable: true, description: 'ASC or DESC (default).' };

/** Staff's payout review (react-admin grammar): the list, one payout with its owner's recent activity, approve and reject (audited). */
@Resolver(() => Payout)
export class PayoutsStaffResolver {
  constructor(
    private readonly payouts: PayoutsService,
    private readonly activity: ActivityService,
  ) {}

  @Authorized(...STAFF)
  @Query(() => [Payout], { description: 'Staff: payout requests, newest first by default.' })
  allPayouts(
    @Arg('page', () => Int, page) p: number | null,
    @Arg('perPage', () => Int, perPage) pp: number | null,
    @Arg('sortField', () => String, sortField) sf: string | null,
    @Arg('sortOrder', () => String, sortOrder) so: string | null,
    @Arg('filter', () => PayoutFilter, { nullable: true, description: 'Filters.' }) filter: PayoutFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Payout[]> {
    return this.payouts.list(ctx, cleanFilter(filter), args(p, pp, sf, so));
  }

  @Authorized(...STAFF)
  @Query(() => ListMetadata, { description: 'How many payouts allPayouts would list.' })
  async _allPayoutsMeta(
    @Arg('filter', () => PayoutFilter, { nullable: true, description: 'Filters.' }) filter: PayoutFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ListMetadata> {
    return { count: await this.payouts.count(ctx, cleanFilter(filter)) };
  }

  @Authorized(...STAFF)
  @Query(() => Payout, { description: 'Staff: one payout request.' })
  Payout(@IdArg('id', { description: 'The payout id.' }) id: string, @Ctx() ctx: RequestContext): Promise<Payout> {
    return this.payouts.payout(ctx, id);
  }

  @Authorized(...STAFF)
  @Mutation(() => Payout, {
    description:
      'Staff: approves a requested payout: the payout provider’s transfer is made (once per payout) and the payout is PROCESSING until the provider confirms it. Written to the audit log. Refused with CONFLICT when it is not REQUESTED or the provider refuses (the owner has not finished onboarding …); nothing changes then.',
  })
  approvePayout(
    @IdArg('id', { description: 'The payout.' }) id: string,
    @Arg('note', () => String, { nullable: true, description: 'What the reviewer checked (at most 500 characters); recorded in the audit log.' })
    note: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Payout> {
    return this.payouts.approve(ctx, id, note ?? null);
  }

  @Authorized(...STAFF)
  @Mutation(() => Payout, {
    description: 'Staff: rejects a requested payout with a reason; its tokens go back to the owner’s earnings. Written to the audit log.',
  })
  rejectPayout(
    @IdArg('id', { description: 'The payout.' }) id: string,
    @Arg('reason', { description: 'Why (3–500 characters); shown to the owner and recorded in the audit log.' }) reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Payout> {
    return this.payouts.reject(ctx, id, reason);
  }

  @Authorized(...STAFF)
  @FieldResolver(() => [ActivityItem], { description: 'Staff: the owner’s most recent earnings activity (calls, unlocks, tips, payouts), newest first.' })
  async recentActivity(
    @Root() payout: Payout,
    @Arg('first', () => Int, { defaultValue: 10, description: 'How many, 1–100.' }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ActivityItem[]> {
    const { ownerId, kinds } = await this.payouts.ownerOf(ctx, payout.id);
    return this.activity.recentOf(ctx, ownerId, kinds, first);
  }
}

function args(page: number | null, perPage: number | null, sortField: string | null, sortOrder: string | null): ListArgs {
  return { page, perPage, sortField, sortOrder };
}

function cleanFilter(filter: PayoutFilter | null) {
  return { ids: filter?.ids ?? undefined, status: filter?.status ?? undefined, ownerId: filter?.ownerId ?? undefined };
}
