import type { RequestContext } from '../../common/context';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import type { PubSub } from '../../common/pubsub';
import type { ListArgs } from '../../common/staff-list';
import { isUniqueViolation } from '../../db/errors';
import type { PresenceService } from '../availability';
import { Role, type IdentityService, type Person } from '../identity';
import { AccountKind, type AgencyCut, type AgencyCutSource, type LedgerService } from '../ledger';
import { agencyNameProblem, MembershipState, nextMembershipState, shareProblem, type MembershipAction, type MembershipParty } from './agency-rules';
import type { ActionRecord, AgencyListFilter, AgencyRecord, AgencyRepository, MembershipListFilter, MembershipRecord } from './agency.repository';
import { AgencyActionKind, type Agency, type AgencyAction, type AgencyEarnings, type AgencyMembership } from './agency.types';

const ACTIONS_MAX = 200;
const STAFF = new Set<string>([Role.MODERATOR, Role.ADMIN]);

/** The presence holder of an agency's live panel (see PresenceService.connectHolder). */
export const panelHolderKey = (agencyId: string): string => `agency-panel:${agencyId}`;

/** What an agency acting for a creator has checked: the agency, its current membership, and who acts. */
export interface ActingFor {
  agency: AgencyRecord;
  membership: MembershipRecord;
  actorId: string;
}

/**
 * Agencies and their memberships (DESIGN §3, seed 002): an AGENCY account owns one agency, invites creators by
 * handle with a proposed share, and the creator accepts or declines; either side (or a moderator) ends it. An
 * agency acts only for its current members (`actFor`), and every action on a creator's behalf is recorded
 * (`record`), visible to that creator and to moderators. Ending a membership ends the agency's access at once:
 * its panel lets go of the creator and the panel's row disappears (AGENCY_CHANGED).
 *
 * It is also the ledger's AgencyCutSource: payments to a member split three ways.
 */
export class AgenciesService implements AgencyCutSource {
  constructor(
    private readonly agencies: AgencyRepository,
    private readonly identity: IdentityService,
    private readonly ledger: LedgerService,
    private readonly presence: PresenceService,
    private readonly pubsub: PubSub,
  ) {}

  async createAgency(ctx: RequestContext, name: string): Promise<Agency> {
    const owner = ctx.requireViewer().account;
    if (owner.role !== Role.AGENCY) throw forbidden('Only agency accounts own an agency; sign up as an agency.');
    const problem = agencyNameProblem(name);
    if (problem) throw badInput(problem, 'name');
    if (await this.agencies.agencyOfOwner(ctx, owner.id)) throw conflict('You already own an agency.');
    let agency: AgencyRecord;
    try {
      agency = await this.agencies.insertAgency(ctx, owner.id, name.trim(), ctx.clock.now());
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict('You already own an agency.');
      throw err;
    }
    return this.view(ctx, agency);
  }

  /** The signed-in owner's agency, or null before they create it. */
  async myAgency(ctx: RequestContext): Promise<Agency | null> {
    const agency = await this.agencies.agencyOfOwner(ctx, ctx.requireViewer().account.id);
    return agency ? this.view(ctx, agency) : null;
  }

  /** The signed-in owner's agency; NOT_FOUND before they create one. */
  async requireOwnAgency(ctx: RequestContext): Promise<AgencyRecord> {
    const viewer = ctx.requireViewer().account;
    if (viewer.role !== Role.AGENCY) throw forbidden('Only agency owners can do this.');
    const agency = await this.agencies.agencyOfOwner(ctx, viewer.id);
    if (!agency) throw notFound('Agency');
    return agency;
  }

  /** Invites a creator by handle with a proposed share (basis points of the creator's part). */
  async invite(ctx: RequestContext, handle: string, shareBps: number): Promise<AgencyMembership> {
    const agency = await this.requireOwnAgency(ctx);
    const problem = shareProblem(shareBps);
    if (problem) throw badInput(problem, 'shareBps');
    const creator = await this.identity.findByHandle(ctx, handle.trim().replace(/^@/, '').toLowerCase());
    if (!creator || creator.role !== Role.CREATOR || !(await this.identity.isActiveCreator(ctx, creator.id))) throw notFound('Creator');
    let membership: MembershipRecord;
    try {
      membership = await this.agencies.insertMembership(ctx, agency.id, creator.id, shareBps, ctx.clock.now());
    } catch (err) {
      if (isUniqueViolation(err) === 'agency_membership_one_open') throw conflict('This creator is already invited to or a member of your agency.');
      throw err;
    }
    await this.record(ctx, { agency, membership, actorId: agency.ownerId }, AgencyActionKind.INVITED, membership.id, `${shareBps} bps`);
    return (await this.views(ctx, [membership]))[0];
  }

  /** The invited creator accepts (joining the agency) or declines. */
  async respond(ctx: RequestContext, membershipId: string, accept: boolean): Promise<AgencyMembership> {
    const { membership, agency } = await this.membershipFor(ctx, membershipId, 'CREATOR');
    const next = this.transition(membership, 'CREATOR', accept ? 'ACCEPT' : 'DECLINE');
    const now = ctx.clock.now();
    let updated: MembershipRecord;
    try {
      updated = await this.agencies.setMembershipState(ctx, membership.id, next, now, membership.creatorId);
    } catch (err) {
      if (isUniqueViolation(err) === 'agency_membership_one_active') throw conflict('You already belong to an agency; leave it before joining another.');
      throw err;
    }
    await this.record(
      ctx,
      { agency, membership, actorId: membership.creatorId },
      accept ? AgencyActionKind.ACCEPTED : AgencyActionKind.DECLINED,
      membership.id,
      null,
    );
    if (accept) this.announce(ctx, agency.id, membership.creatorId);
    return (await this.views(ctx, [updated]))[0];
  }

  /**
   * Ends a membership (or withdraws an invitation): its agency's owner, its creator, or a moderator (with a
   * reason). The creator's earnings and history stay theirs; the agency's access ends at once.
   */
  async endMembership(ctx: RequestContext, membershipId: string, reason: string | null = null): Promise<AgencyMembership> {
    const viewer = ctx.requireViewer().account;
    const party: MembershipParty = STAFF.has(viewer.role) ? 'STAFF' : viewer.role === Role.AGENCY ? 'AGENCY' : 'CREATOR';
    if (party === 'STAFF' && (!reason || reason.trim().length < 3 || reason.trim().length > 500)) {
      throw badInput('A reason of 3 to 500 characters is required; it is recorded.', 'reason');
    }
    const { membership, agency } = await this.membershipFor(ctx, membershipId, party);
    const next = this.transition(membership, party, 'END');
    const updated = await this.agencies.setMembershipState(ctx, membership.id, next, ctx.clock.now(), viewer.id);
    const who = party === 'STAFF' ? `a moderator: ${reason!.trim()}` : party === 'AGENCY' ? 'the agency' : 'the creator';
    await this.record(ctx, { agency, membership, actorId: viewer.id }, AgencyActionKind.ENDED, membership.id, `ended by ${who}`);
    if (membership.state === MembershipState.ACTIVE) {
      ctx.afterCommit(() => this.presence.stopHolding(panelHolderKey(agency.id), [membership.creatorId]));
      this.announce(ctx, agency.id, membership.creatorId);
    }
    return (await this.views(ctx, [updated]))[0];
  }

  /** The signed-in creator's invitations and memberships, newest first. */
  async myMemberships(ctx: RequestContext): Promise<AgencyMembership[]> {
    return this.views(ctx, await this.agencies.membershipsOfCreator(ctx, ctx.requireViewer().account.id));
  }

  /** The agency's current memberships, in the order its creators were invited. */
  async members(ctx: RequestContext, agencyId: string): Promise<{ membershipId: string; creatorId: string; shareBps: number }[]> {
    const rows = await this.agencies.membershipsOfAgency(ctx, agencyId, [MembershipState.ACTIVE]);
    return rows.map((m) => ({ membershipId: m.id, creatorId: m.creatorId, shareBps: m.shareBps }));
  }

  /** The agency's current members (their creator ids), for its panel. */
  async memberIds(ctx: RequestContext, agencyId: string): Promise<string[]> {
    return (await this.members(ctx, agencyId)).map((m) => m.creatorId);
  }

  /**
   * The signed-in agency owner acting for `creatorId`: refused (FORBIDDEN) unless the creator is a current member
   * of their agency. Holds the membership for the transaction, so it cannot end half-way through the action.
   */
  async actFor(ctx: RequestContext, creatorId: string): Promise<ActingFor> {
    const agency = await this.requireOwnAgency(ctx);
    const current = await this.agencies.activeOfCreator(ctx, creatorId);
    if (!current || current.agency.id !== agency.id) throw forbidden('This creator is not a member of your agency.');
    const membership = (await this.agencies.membership(ctx, current.membership.id, true))!;
    if (membership.state !== MembershipState.ACTIVE) throw forbidden('This creator is not a member of your agency.');
    return { agency, membership, actorId: ctx.requireViewer().account.id };
  }

  /** Records one action on a creator's behalf (who, what, when), in the action's transaction. */
  async record(ctx: RequestContext, acting: ActingFor, action: AgencyActionKind, subject: string | null, detail: string | null): Promise<void> {
    await this.agencies.insertAction(ctx, {
      agencyId: acting.agency.id,
      creatorId: acting.membership.creatorId,
      actorId: acting.actorId,
      action,
      subject,
      detail: detail === null ? null : detail.slice(0, 500),
      createdAt: ctx.clock.now(),
    });
  }

  /** What agencies did for the signed-in creator, newest first. */
  async actionsForMe(ctx: RequestContext, limit: number): Promise<AgencyAction[]> {
    return this.actionViews(ctx, await this.agencies.actions(ctx, { creatorId: ctx.requireViewer().account.id }, clampLimit(limit)));
  }

  /** What the signed-in owner's agency did, newest first. */
  async actionsOfMyAgency(ctx: RequestContext, limit: number): Promise<AgencyAction[]> {
    const agency = await this.requireOwnAgency(ctx);
    return this.actionViews(ctx, await this.agencies.actions(ctx, { agencyId: agency.id }, clampLimit(limit)));
  }

  /** Staff: recorded agency actions, by creator or agency. */
  async actionsForStaff(ctx: RequestContext, filter: { creatorId?: string; agencyId?: string }, limit: number): Promise<AgencyAction[]> {
    return this.actionViews(ctx, await this.agencies.actions(ctx, filter, clampLimit(limit)));
  }

  /** The agency a creator belongs to now and its share (the ledger's AgencyCutSource). */
  async agencyCutOf(ctx: RequestContext, creatorId: string): Promise<AgencyCut | null> {
    const current = await this.agencies.activeOfCreator(ctx, creatorId);
    return current ? { ownerId: current.agency.ownerId, shareBps: current.membership.shareBps } : null;
  }

  /** The signed-in owner's earnings: the balance and what came in since midnight UTC. */
  async myEarnings(ctx: RequestContext): Promise<AgencyEarnings> {
    const ownerId = (await this.requireOwnAgency(ctx)).ownerId;
    const { balance } = await this.ledger.balance(ctx, ownerId, AccountKind.AGENCY_EARNINGS);
    const today = await this.ledger.creditedSince(ctx, [ownerId], AccountKind.AGENCY_EARNINGS, startOfUtcDay(ctx.clock.now()));
    return { balance, today: today.get(ownerId) ?? 0 };
  }

  async listAgencies(ctx: RequestContext, filter: AgencyListFilter, args: ListArgs): Promise<Agency[]> {
    const rows = await this.agencies.listAgencies(ctx, filter, args);
    return Promise.all(rows.map((row) => this.view(ctx, row)));
  }

  countAgencies(ctx: RequestContext, filter: AgencyListFilter): Promise<number> {
    return this.agencies.countAgencies(ctx, filter);
  }

  /** One agency as staff see it; NOT_FOUND when there is none. */
  async agencyForStaff(ctx: RequestContext, id: string): Promise<Agency> {
    const agency = (await this.agencies.agencies(ctx, [id])).get(id);
    if (!agency) throw notFound('Agency');
    return this.view(ctx, agency);
  }

  async listMemberships(ctx: RequestContext, filter: MembershipListFilter, args: ListArgs): Promise<AgencyMembership[]> {
    return this.views(ctx, await this.agencies.listMemberships(ctx, filter, args));
  }

  countMemberships(ctx: RequestContext, filter: MembershipListFilter): Promise<number> {
    return this.agencies.countMemberships(ctx, filter);
  }

  async membershipForStaff(ctx: RequestContext, id: string): Promise<AgencyMembership> {
    const row = await this.agencies.membership(ctx, id);
    if (!row) throw notFound('Membership');
    return (await this.views(ctx, [row]))[0];
  }

  /** The membership, if `party` may act on it: its creator, its agency's owner, or staff. NOT_FOUND for anyone else. */
  private async membershipFor(ctx: RequestContext, id: string, party: MembershipParty): Promise<{ membership: MembershipRecord; agency: AgencyRecord }> {
    const viewer = ctx.requireViewer().account.id;
    const membership = await this.agencies.membership(ctx, id, true);
    const agency = membership ? (await this.agencies.agencies(ctx, [membership.agencyId])).get(membership.agencyId) : undefined;
    if (!membership || !agency) throw notFound('Membership');
    const mine = party === 'STAFF' || (party === 'CREATOR' ? membership.creatorId === viewer : agency.ownerId === viewer);
    if (!mine) throw notFound('Membership');
    return { membership, agency };
  }

  private transition(membership: MembershipRecord, party: MembershipParty, action: MembershipAction): MembershipState {
    const next = nextMembershipState(membership.state, party, action);
    if (typeof next === 'object') throw conflict(next.refused);
    return next;
  }

  /** Tells the agency's open panels that a creator joined or left, once the change commits. */
  private announce(ctx: RequestContext, agencyId: string, creatorId: string): void {
    ctx.afterCommit(() => this.pubsub.publish('AGENCY_CHANGED', agencyId, { creatorId }));
  }

  private async view(ctx: RequestContext, agency: AgencyRecord): Promise<Agency> {
    const memberships = await this.agencies.membershipsOfAgency(ctx, agency.id, [MembershipState.INVITED, MembershipState.ACTIVE]);
    const people = await this.identity.people(ctx, [agency.ownerId]);
    return {
      id: agency.id,
      name: agency.name,
      owner: people.get(agency.ownerId)!,
      createdAt: agency.createdAt,
      memberships: await this.views(ctx, memberships),
    };
  }

  private async views(ctx: RequestContext, rows: readonly MembershipRecord[]): Promise<AgencyMembership[]> {
    if (!rows.length) return [];
    const agencies = await this.agencies.agencies(
      ctx,
      rows.map((r) => r.agencyId),
    );
    const people = await this.identity.people(
      ctx,
      rows.map((r) => r.creatorId),
    );
    return rows.map((row) => ({
      id: row.id,
      agency: { id: row.agencyId, name: agencies.get(row.agencyId)!.name },
      creator: people.get(row.creatorId)!,
      shareBps: row.shareBps,
      state: row.state,
      invitedAt: row.invitedAt,
      respondedAt: row.respondedAt,
      endedAt: row.endedAt,
    }));
  }

  private async actionViews(ctx: RequestContext, rows: readonly ActionRecord[]): Promise<AgencyAction[]> {
    if (!rows.length) return [];
    const agencies = await this.agencies.agencies(
      ctx,
      rows.map((r) => r.agencyId),
    );
    const people: Map<string, Person> = await this.identity.people(
      ctx,
      rows.flatMap((r) => [r.creatorId, r.actorId]),
    );
    return rows.map((row) => ({
      id: row.id,
      agency: { id: row.agencyId, name: agencies.get(row.agencyId)!.name },
      creator: people.get(row.creatorId)!,
      actor: people.get(row.actorId)!,
      action: row.action as AgencyActionKind,
      subject: row.subject,
      detail: row.detail,
      createdAt: row.createdAt,
    }));
  }
}

const clampLimit = (limit: number) => Math.min(Math.max(Math.trunc(limit) || 50, 1), ACTIONS_MAX);

export function startOfUtcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}
