import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { IdArg } from '../../common/ids';
import type { PubSub } from '../../common/pubsub';
import type { ListArgs } from '../../common/staff-list';
import { AgenciesService, Agency, AgencyAction, AgencyFilter, AgencyMembership, AgencyMembershipFilter } from '../agencies';
import { Role } from '../identity';
import { ListMetadata, ModerationRepository } from '../moderation';

const STAFF = [Role.MODERATOR, Role.ADMIN];
const page = { nullable: true, description: 'Page number, from 0.' };
const perPage = { nullable: true, description: 'Records per page (1–200, default 25).' };
const sortField = { nullable: true, description: 'Field to sort by (createdAt by default).' };
const sortOrder = { nullable: true, description: 'ASC or DESC (default).' };
const limitArg = { defaultValue: 50, description: 'How many, newest first (1–200).' };

/** Moderators' view of agencies (react-admin grammar) and their power to end a membership, audited. */
@Resolver(() => Agency)
export class AgencyStaffResolver {
  constructor(
    private readonly agencies: AgenciesService,
    private readonly moderation: ModerationRepository,
    private readonly pubsub: PubSub,
  ) {}

  @Authorized(...STAFF)
  @Query(() => [Agency], { description: 'Staff: agencies, newest first by default.' })
  allAgencies(
    @Arg('page', () => Int, page) p: number | null,
    @Arg('perPage', () => Int, perPage) pp: number | null,
    @Arg('sortField', () => String, sortField) sf: string | null,
    @Arg('sortOrder', () => String, sortOrder) so: string | null,
    @Arg('filter', () => AgencyFilter, { nullable: true, description: 'Filters.' }) filter: AgencyFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Agency[]> {
    return this.agencies.listAgencies(ctx, cleanAgencyFilter(filter), args(p, pp, sf, so));
  }

  @Authorized(...STAFF)
  @Query(() => ListMetadata, { description: 'How many agencies allAgencies would list.' })
  async _allAgenciesMeta(
    @Arg('filter', () => AgencyFilter, { nullable: true, description: 'Filters.' }) filter: AgencyFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ListMetadata> {
    return { count: await this.agencies.countAgencies(ctx, cleanAgencyFilter(filter)) };
  }

  @Authorized(...STAFF)
  @Query(() => Agency, { description: 'Staff: one agency, with its current members and pending invitations.' })
  Agency(@IdArg('id', { description: 'The agency id.' }) id: string, @Ctx() ctx: RequestContext): Promise<Agency> {
    return this.agencies.agencyForStaff(ctx, id);
  }

  @Authorized(...STAFF)
  @Query(() => [AgencyMembership], { description: 'Staff: agency memberships and invitations, newest first by default.' })
  allAgencyMemberships(
    @Arg('page', () => Int, page) p: number | null,
    @Arg('perPage', () => Int, perPage) pp: number | null,
    @Arg('sortField', () => String, sortField) sf: string | null,
    @Arg('sortOrder', () => String, sortOrder) so: string | null,
    @Arg('filter', () => AgencyMembershipFilter, { nullable: true, description: 'Filters.' }) filter: AgencyMembershipFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AgencyMembership[]> {
    return this.agencies.listMemberships(ctx, cleanFilter(filter), args(p, pp, sf, so));
  }

  @Authorized(...STAFF)
  @Query(() => ListMetadata, { description: 'How many memberships allAgencyMemberships would list.' })
  async _allAgencyMembershipsMeta(
    @Arg('filter', () => AgencyMembershipFilter, { nullable: true, description: 'Filters.' }) filter: AgencyMembershipFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ListMetadata> {
    return { count: await this.agencies.countMemberships(ctx, cleanFilter(filter)) };
  }

  @Authorized(...STAFF)
  @Query(() => AgencyMembership, { description: 'Staff: one agency membership.' })
  AgencyMembership(@IdArg('id', { description: 'The membership id.' }) id: string, @Ctx() ctx: RequestContext): Promise<AgencyMembership> {
    return this.agencies.membershipForStaff(ctx, id);
  }

  @Authorized(...STAFF)
  @Query(() => [AgencyAction], { description: 'Staff: what agencies did on creators’ behalf (and to memberships), newest first.' })
  agencyActions(
    @IdArg('creatorId', { nullable: true, description: 'Only for this creator.' }) creatorId: string | null,
    @IdArg('agencyId', { nullable: true, description: 'Only by this agency.' }) agencyId: string | null,
    @Arg('limit', () => Int, limitArg) limit: number,
    @Ctx() ctx: RequestContext,
  ): Promise<AgencyAction[]> {
    return this.agencies.actionsForStaff(ctx, { creatorId: creatorId ?? undefined, agencyId: agencyId ?? undefined }, limit);
  }

  @Authorized(...STAFF)
  @Mutation(() => AgencyMembership, {
    description:
      'Staff: ends an agency membership (or withdraws an invitation) at once, with a reason; written to the audit log and to the creator’s agency record.',
  })
  async endAgencyMembershipAsStaff(
    @IdArg('membershipId', { description: 'The membership.' }) membershipId: string,
    @Arg('reason', { description: 'Why (3–500 characters); recorded in the audit log.' }) reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<AgencyMembership> {
    const ended = await this.agencies.endMembership(ctx, membershipId, reason);
    await this.moderation.appendAudit(ctx, {
      actorId: ctx.requireViewer().account.id,
      action: 'END_AGENCY_MEMBERSHIP',
      targetType: 'AGENCY_MEMBERSHIP',
      targetId: ended.id,
      reason: reason.trim(),
      data: { agencyId: ended.agency.id, creatorId: ended.creator.id },
      createdAt: ctx.clock.now(),
    });
    ctx.afterCommit(() => this.pubsub.publish('AUDIT_APPENDED', { action: 'END_AGENCY_MEMBERSHIP' }));
    return ended;
  }
}

function args(page: number | null, perPage: number | null, sortField: string | null, sortOrder: string | null): ListArgs {
  return { page, perPage, sortField, sortOrder };
}

function cleanAgencyFilter(filter: AgencyFilter | null) {
  return { ids: filter?.ids ?? undefined, q: filter?.q?.trim() || undefined, ownerId: filter?.ownerId ?? undefined };
}

function cleanFilter(filter: AgencyMembershipFilter | null) {
  return { agencyId: filter?.agencyId ?? undefined, creatorId: filter?.creatorId ?? undefined, state: filter?.state ?? undefined };
}
