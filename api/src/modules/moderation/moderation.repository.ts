import type { RequestContext } from '../../common/context';
import { countStaffList, readStaffList, type ListArgs, type StaffListQuery } from '../../common/staff-list';
import type { ReportReason, ReportStatus, ReportTarget } from './moderation.types';

/** A report as stored. */
export interface ReportRecord {
  id: string;
  targetType: ReportTarget;
  callId: string | null;
  conversationId: string | null;
  photoId: string | null;
  reporterId: string;
  reportedAccountId: string;
  reason: ReportReason;
  note: string;
  status: ReportStatus;
  resolutionNote: string | null;
  createdAt: Date;
  resolvedAt: Date | null;
}

/** An entry of the append-only audit log. */
export interface AuditRecord {
  id: string;
  actorId: string;
  action: string;
  targetType: string;
  targetId: string;
  reason: string;
  data: Record<string, unknown>;
  createdAt: Date;
}

export interface ReportListFilter {
  ids?: string[];
  status?: ReportStatus;
  reason?: ReportReason;
  callId?: string;
}

export interface AuditListFilter {
  id?: string;
  ids?: string[];
  action?: string;
  targetId?: string;
}

/** The `report` and `audit_entry` tables. */
export class ModerationRepository {
  async insertReport(
    ctx: RequestContext,
    r: Pick<ReportRecord, 'reporterId' | 'reportedAccountId' | 'targetType' | 'callId' | 'conversationId' | 'photoId' | 'reason' | 'note' | 'createdAt'>,
  ): Promise<ReportRecord> {
    const [row] = await ctx.em.query(
      `INSERT INTO report (reporter_id, reported_account_id, target_type, call_id, conversation_id, photo_id, reason, note, status, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'OPEN', $9) RETURNING *`,
      [r.reporterId, r.reportedAccountId, r.targetType, r.callId, r.conversationId, r.photoId, r.reason, r.note, r.createdAt],
    );
    return toReport(row);
  }

  /** The report; `lock` holds it for this transaction. */
  async report(ctx: RequestContext, id: string, lock = false): Promise<ReportRecord | null> {
    const [row] = await ctx.em.query(`SELECT * FROM report WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return row ? toReport(row) : null;
  }

  async closeReport(ctx: RequestContext, id: string, status: ReportStatus, note: string, by: string, at: Date): Promise<void> {
    await ctx.em.query(`UPDATE report SET status = $2, resolution_note = $3, resolved_by = $4, resolved_at = $5 WHERE id = $1`, [id, status, note, by, at]);
  }

  async reports(ctx: RequestContext, filter: ReportListFilter, args: ListArgs): Promise<ReportRecord[]> {
    return (await readStaffList<ReportRow>(ctx.em, reportQuery(filter), args)).map(toReport);
  }

  countReports(ctx: RequestContext, filter: ReportListFilter): Promise<number> {
    return countStaffList(ctx.em, reportQuery(filter));
  }

  async countOpenReports(ctx: RequestContext): Promise<number> {
    const [row] = await ctx.em.query(`SELECT count(*)::int AS n FROM report WHERE status = 'OPEN'`);
    return row.n;
  }

  async appendAudit(ctx: RequestContext, entry: Omit<AuditRecord, 'id'>): Promise<void> {
    await ctx.em.query(
      `INSERT INTO audit_entry (actor_id, action, target_type, target_id, reason, data, created_at) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)`,
      [entry.actorId, entry.action, entry.targetType, entry.targetId, entry.reason, JSON.stringify(entry.data), entry.createdAt],
    );
  }

  async auditEntries(ctx: RequestContext, filter: AuditListFilter, args: ListArgs): Promise<AuditRecord[]> {
    const rows = await readStaffList<AuditRow>(ctx.em, auditQuery(filter), args);
    return rows.map((r) => ({
      id: String(r.id),
      actorId: r.actor_id,
      action: r.action,
      targetType: r.target_type,
      targetId: r.target_id,
      reason: r.reason,
      data: r.data ?? {},
      createdAt: new Date(r.created_at),
    }));
  }

  countAuditEntries(ctx: RequestContext, filter: AuditListFilter): Promise<number> {
    return countStaffList(ctx.em, auditQuery(filter));
  }
}

function reportQuery(filter: ReportListFilter): StaffListQuery {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.ids) where.push(`r.id = ANY($${params.push(filter.ids)}::uuid[])`);
  if (filter.status) where.push(`r.status = $${params.push(filter.status)}`);
  if (filter.reason) where.push(`r.reason = $${params.push(filter.reason)}`);
  if (filter.callId) where.push(`r.call_id = $${params.push(filter.callId)}`);
  return { from: `FROM report r`, where, params, columns: `r.*`, sortable: { id: 'r.id', createdAt: 'r.created_at', status: 'r.status', reason: 'r.reason' } };
}

function auditQuery(filter: AuditListFilter): StaffListQuery {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.id) where.push(`e.id = $${params.push(filter.id)}`);
  if (filter.ids) where.push(`e.id = ANY($${params.push(filter.ids)}::bigint[])`);
  if (filter.action) where.push(`e.action = $${params.push(filter.action)}`);
  if (filter.targetId) where.push(`e.target_id = $${params.push(filter.targetId)}`);
  return { from: `FROM audit_entry e`, where, params, columns: `e.*`, sortable: { createdAt: 'e.created_at', id: 'e.id', action: 'e.action' } };
}

interface ReportRow {
  id: string;
  target_type: ReportTarget;
  call_id: string | null;
  conversation_id: string | null;
  photo_id: string | null;
  reporter_id: string;
  reported_account_id: string;
  reason: ReportReason;
  note: string;
  status: ReportStatus;
  resolution_note: string | null;
  created_at: Date;
  resolved_at: Date | null;
}

interface AuditRow {
  id: string;
  actor_id: string;
  action: string;
  target_type: string;
  target_id: string;
  reason: string;
  data: Record<string, unknown> | null;
  created_at: Date;
}

function toReport(r: ReportRow): ReportRecord {
  return {
    id: r.id,
    targetType: r.target_type,
    callId: r.call_id,
    conversationId: r.conversation_id,
    photoId: r.photo_id,
    reporterId: r.reporter_id,
    reportedAccountId: r.reported_account_id,
    reason: r.reason,
    note: r.note,
    status: r.status,
    resolutionNote: r.resolution_note,
    createdAt: new Date(r.created_at),
    resolvedAt: r.resolved_at ? new Date(r.resolved_at) : null,
  };
}
