import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { IdArg } from '../../common/ids';
import { Role } from '../identity';
import { AgenciesService } from './agencies.service';
import { Agency, AgencyAction, AgencyEarnings, AgencyMembership } from './agency.types';

const limitArg = { defaultValue: 50, description: 'How many, newest first (1–200).' };

@Resolver(() => Agency)
export class AgenciesResolver {
  constructor(private readonly agencies: AgenciesService) {}

  @Authorized(Role.AGENCY)
  @Mutation(() => Agency, { description: 'Creates the signed-in agency account’s agency (one per account).' })
  createAgency(@Arg('name', { description: 'The agency’s name (2–60 characters).' }) name: string, @Ctx() ctx: RequestContext): Promise<Agency> {
    return this.agencies.createAgency(ctx, name);
  }

  @Authorized(Role.AGENCY)
  @Query(() => Agency, { nullable: true, description: 'The signed-in owner’s agency with its members and pending invitations; null before it is created.' })
  myAgency(@Ctx() ctx: RequestContext): Promise<Agency | null> {
    return this.agencies.myAgency(ctx);
  }

  @Authorized(Role.AGENCY)
  @Mutation(() => AgencyMembership, { description: 'Invites a creator, by handle, to join your agency for a share of their part of every payment.' })
  inviteCreatorToAgency(
    @Arg('handle', { description: 'The creator’s handle.' }) handle: string,
    @Arg('shareBps', () => Int, { description: 'The agency’s share of the creator’s part (after the platform’s commission), in basis points (0–5000).' })
    shareBps: number,
    @Ctx() ctx: RequestContext,
  ): Promise<AgencyMembership> {
    return this.agencies.invite(ctx, handle, shareBps);
  }

  @Authorized(Role.CREATOR)
  @Mutation(() => AgencyMembership, {
    description: 'Accepts (joining the agency) or declines an agency’s invitation. A creator belongs to at most one agency.',
  })
  respondToAgencyInvitation(
    @IdArg('membershipId', { description: 'The invitation.' }) membershipId: string,
    @Arg('accept', { description: 'True to join, false to decline.' }) accept: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<AgencyMembership> {
    return this.agencies.respond(ctx, membershipId, accept);
  }

  @Authorized(Role.CREATOR, Role.AGENCY)
  @Mutation(() => AgencyMembership, {
    description:
      'Ends a membership (or withdraws an invitation): its creator or its agency. The agency’s access ends at once; the creator’s earnings stay theirs.',
  })
  endAgencyMembership(@IdArg('membershipId', { description: 'The membership.' }) membershipId: string, @Ctx() ctx: RequestContext): Promise<AgencyMembership> {
    return this.agencies.endMembership(ctx, membershipId);
  }

  @Authorized(Role.CREATOR)
  @Query(() => [AgencyMembership], { description: 'Your agency invitations and memberships, newest first.' })
  myAgencyMemberships(@Ctx() ctx: RequestContext): Promise<AgencyMembership[]> {
    return this.agencies.myMemberships(ctx);
  }

  @Authorized(Role.CREATOR)
  @Query(() => [AgencyAction], { description: 'What agencies did on your behalf (and to your memberships): who, what, when; newest first.' })
  agencyActionsForMe(@Arg('limit', () => Int, limitArg) limit: number, @Ctx() ctx: RequestContext): Promise<AgencyAction[]> {
    return this.agencies.actionsForMe(ctx, limit);
  }

  @Authorized(Role.AGENCY)
  @Query(() => [AgencyAction], { description: 'What your agency did for its creators, newest first.' })
  myAgencyActions(@Arg('limit', () => Int, limitArg) limit: number, @Ctx() ctx: RequestContext): Promise<AgencyAction[]> {
    return this.agencies.actionsOfMyAgency(ctx, limit);
  }

  @Authorized(Role.AGENCY)
  @Query(() => AgencyEarnings, { description: 'Your agency’s earnings: its share of its members’ calls and chat unlocks.' })
  agencyEarnings(@Ctx() ctx: RequestContext): Promise<AgencyEarnings> {
    return this.agencies.myEarnings(ctx);
  }
}
