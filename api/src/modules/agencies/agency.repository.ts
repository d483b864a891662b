import type { RequestContext } from '../../common/context';
import { readStaffList, countStaffList, type ListArgs, type StaffListQuery } from '../../common/staff-list';
import type { MembershipState } from './agency-rules';

export interface AgencyRecord {
  id: string;
  ownerId: string;
  name: string;
  createdAt: Date;
}

export interface MembershipRecord {
  id: string;
  agencyId: string;
  creatorId: string;
  shareBps: number;
  state: MembershipState;
  invitedAt: Date;
  respondedAt: Date | null;
  endedAt: Date | null;
  endedBy: string | null;
}

/** One thing an agency did on a creator's behalf (or to the membership), as recorded. */
export interface ActionRecord {
  id: string;
  agencyId: string;
  creatorId: string;
  actorId: string;
  action: string;
  subject: string | null;
  detail: string | null;
  createdAt: Date;
}

export type NewAction = Omit<ActionRecord, 'id'>;

/** Filters of the staff's membership list. */
export interface MembershipListFilter {
  agencyId?: string;
  creatorId?: string;
  state?: MembershipState;
}

/** Filters of the staff's agency list. */
export interface AgencyListFilter {
  ids?: string[];
  /** The agency's name contains this (any case). */
  q?: string;
  ownerId?: string;
}

/** The `agency`, `agency_membership` and `agency_action` tables. */
export class AgencyRepository {
  async insertAgency(ctx: RequestContext, ownerId: string, name: string, at: Date): Promise<AgencyRecord> {
    const [row] = await ctx.em.query(`INSERT INTO agency (owner_id, name, created_at) VALUES ($1, $2, $3) RETURNING *`, [ownerId, name, at]);
    return toAgency(row);
  }

  async agencyOfOwner(ctx: RequestContext, ownerId: string): Promise<AgencyRecord | null> {
    const [row] = await ctx.em.query(`SELECT * FROM agency WHERE owner_id = $1`, [ownerId]);
    return row ? toAgency(row) : null;
  }

  async agencies(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, AgencyRecord>> {
    if (!ids.length) return new Map();
    const rows = await ctx.em.query(`SELECT * FROM agency WHERE id = ANY($1::uuid[])`, [[...new Set(ids)]]);
    return new Map(rows.map((r: RawAgency) => [r.id, toAgency(r)]));
  }

  async insertMembership(ctx: RequestContext, agencyId: string, creatorId: string, shareBps: number, at: Date): Promise<MembershipRecord> {
    const [row] = await ctx.em.query(
      `INSERT INTO agency_membership (agency_id, creator_id, share_bps, state, invited_at) VALUES ($1, $2, $3, 'INVITED', $4) RETURNING *`,
      [agencyId, creatorId, shareBps, at],
    );
    return toMembership(row);
  }

  /** The membership; `lock` holds it for this transaction. */
  async membership(ctx: RequestContext, id: string, lock = false): Promise<MembershipRecord | null> {
    const [row] = await ctx.em.query(`SELECT * FROM agency_membership WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return row ? toMembership(row) : null;
  }

  async setMembershipState(ctx: RequestContext, id: string, state: MembershipState, at: Date, by: string): Promise<MembershipRecord> {
    const ending = state === 'ENDED' || state === 'CANCELLED';
    const [rows] = await ctx.em.query(
      `UPDATE agency_membership SET state = $2,
              responded_at = CASE WHEN $4 THEN responded_at ELSE $3 END,
              ended_at = CASE WHEN $4 THEN $3 ELSE ended_at END,
              ended_by = CASE WHEN $4 THEN $5::uuid ELSE ended_by END
        WHERE id = $1 RETURNING *`,
      [id, state, at, ending, by],
    );
    return toMembership(rows[0]);
  }

  /** An agency's memberships in these states, oldest first. */
  async membershipsOfAgency(ctx: RequestContext, agencyId: string, states: readonly MembershipState[]): Promise<MembershipRecord[]> {
    const rows = await ctx.em.query(`SELECT * FROM agency_membership WHERE agency_id = $1 AND state = ANY($2::text[]) ORDER BY invited_at, id`, [
      agencyId,
      states,
    ]);
    return rows.map(toMembership);
  }

  /** A creator's memberships and invitations, newest first. */
  async membershipsOfCreator(ctx: RequestContext, creatorId: string): Promise<MembershipRecord[]> {
    const rows = await ctx.em.query(`SELECT * FROM agency_membership WHERE creator_id = $1 ORDER BY invited_at DESC, id DESC LIMIT 50`, [creatorId]);
    return rows.map(toMembership);
  }

  /** The creator's current membership and its agency, if any. */
  async activeOfCreator(ctx: RequestContext, creatorId: string): Promise<{ membership: MembershipRecord; agency: AgencyRecord } | null> {
    const [row] = await ctx.em.query(
      `SELECT m.*, a.owner_id AS agency_owner_id, a.name AS agency_name, a.created_at AS agency_created_at
         FROM agency_membership m JOIN agency a ON a.id = m.agency_id
        WHERE m.creator_id = $1 AND m.state = 'ACTIVE'`,
      [creatorId],
    );
    if (!row) return null;
    return {
      membership: toMembership(row),
      agency: { id: row.agency_id, ownerId: row.agency_owner_id, name: row.agency_name, createdAt: new Date(row.agency_created_at) },
    };
  }

  async insertAction(ctx: RequestContext, action: NewAction): Promise<void> {
    await ctx.em.query(`INSERT INTO agency_action (agency_id, creator_id, actor_id, action, subject, detail, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      action.agencyId,
      action.creatorId,
      action.actorId,
      action.action,
      action.subject,
      action.detail,
      action.createdAt,
    ]);
  }

  /** Recorded actions about a creator (or an agency), newest first. */
  async actions(ctx: RequestContext, filter: { creatorId?: string; agencyId?: string }, limit: number): Promise<ActionRecord[]> {
    const rows = await ctx.em.query(
      `SELECT * FROM agency_action WHERE ($1::uuid IS NULL OR creator_id = $1) AND ($2::uuid IS NULL OR agency_id = $2) ORDER BY id DESC LIMIT $3`,
      [filter.creatorId ?? null, filter.agencyId ?? null, limit],
    );
    return rows.map(toAction);
  }

  /** Staff's membership list (react-admin grammar). */
  async listMemberships(ctx: RequestContext, filter: MembershipListFilter, args: ListArgs): Promise<MembershipRecord[]> {
    return (await readStaffList<RawMembership>(ctx.em, membershipQuery(filter), args)).map(toMembership);
  }

  countMemberships(ctx: RequestContext, filter: MembershipListFilter): Promise<number> {
    return countStaffList(ctx.em, membershipQuery(filter));
  }

  /** Staff's agency list (react-admin grammar). */
  async listAgencies(ctx: RequestContext, filter: AgencyListFilter, args: ListArgs): Promise<AgencyRecord[]> {
    return (await readStaffList<RawAgency>(ctx.em, agencyQuery(filter), args)).map(toAgency);
  }

  countAgencies(ctx: RequestContext, filter: AgencyListFilter): Promise<number> {
    return countStaffList(ctx.em, agencyQuery(filter));
  }
}

function membershipQuery(filter: MembershipListFilter): StaffListQuery {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.agencyId) where.push(`m.agency_id = $${params.push(filter.agencyId)}`);
  if (filter.creatorId) where.push(`m.creator_id = $${params.push(filter.creatorId)}`);
  if (filter.state) where.push(`m.state = $${params.push(filter.state)}`);
  return {
    from: 'FROM agency_membership m',
    where,
    params,
    columns: 'm.*',
    sortable: { createdAt: 'm.invited_at', invitedAt: 'm.invited_at', state: 'm.state' },
  };
}

function agencyQuery(filter: AgencyListFilter): StaffListQuery {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.ids) where.push(`a.id = ANY($${params.push(filter.ids)}::uuid[])`);
  if (filter.ownerId) where.push(`a.owner_id = $${params.push(filter.ownerId)}`);
  if (filter.q) where.push(`a.name ILIKE $${params.push(`%${filter.q.replace(/[\\%_]/g, '\\$&')}%`)} ESCAPE '\\'`);
  return { from: 'FROM agency a', where, params, columns: 'a.*', sortable: { createdAt: 'a.created_at', name: 'a.name' } };
}

interface RawAgency {
  id: string;
  owner_id: string;
  name: string;
  created_at: string | Date;
}

interface RawMembership {
  id: string;
  agency_id: string;
  creator_id: string;
  share_bps: number;
  state: MembershipState;
  invited_at: string | Date;
  responded_at: string | Date | null;
  ended_at: string | Date | null;
  ended_by: string | null;
}

const date = (v: string | Date | null): Date | null => (v === null ? null : new Date(v));

function toAgency(row: RawAgency): AgencyRecord {
  return { id: row.id, ownerId: row.owner_id, name: row.name, createdAt: new Date(row.created_at) };
}

function toMembership(row: RawMembership): MembershipRecord {
  return {
    id: row.id,
    agencyId: row.agency_id,
    creatorId: row.creator_id,
    shareBps: row.share_bps,
    state: row.state,
    invitedAt: new Date(row.invited_at),
    respondedAt: date(row.responded_at),
    endedAt: date(row.ended_at),
    endedBy: row.ended_by,
  };
}

function toAction(row: Record<string, unknown>): ActionRecord {
  return {
    id: String(row.id),
    agencyId: row.agency_id as string,
    creatorId: row.creator_id as string,
    actorId: row.actor_id as string,
    action: row.action as string,
    subject: (row.subject as string | null) ?? null,
    detail: (row.detail as string | null) ?? null,
    createdAt: new Date(row.created_at as string),
  };
}
