import type { RequestContext } from '../../common/context';
import { badInput, conflict, notFound } from '../../common/errors';
import { isUniqueViolation } from '../../db/errors';
import { loadCall } from '../calls/call.row';
import { isLive } from '../calls/call-state';
import { Account, Role } from '../identity/account.entity';
import { toAccountView } from '../identity/identity.service';
import type { AccountView } from '../identity/identity.types';
import { AccountKind, TransferKind } from '../ledger/ledger.model';
import type {
  AccountFilter,
  AuditEntry,
  AuditEntryFilter,
  LiveCall,
  LiveCallFilter,
  Report,
  ReportFilter,
  ReportReason,
  Transfer,
  TransferFilter,
} from './moderation.types';
import { ReportStatus, ReportTarget } from './moderation.types';

const REPORT_WINDOW_MS = 7 * 24 * 3600_000;
const NOTE_MAX = 1000;
const UUID = /^[0-9a-f-]{36}$/i;

export interface ListArgs {
  page?: number | null;
  perPage?: number | null;
  sortField?: string | null;
  sortOrder?: string | null;
}

/** Reports from users, and every staff action on calls, money and accounts, each written to the audit log. */
export class ModerationService {
  // ---- reports by fans and creators ----

  async report(
    ctx: RequestContext,
    target: { callId?: string; conversationId?: string },
    reason: ReportReason,
    noteInput: string,
  ): Promise<{ id: string; status: ReportStatus; createdAt: Date }> {
    const viewer = ctx.requireViewer().account.id;
    const note = (noteInput ?? '').trim();
    if (note.length > NOTE_MAX) throw badInput(`note must be at most ${NOTE_MAX} characters long.`, 'note');
    return ctx.transaction(async (tx) => {
      const now = tx.app.clock.now();
      let reported: string;
      if (target.callId) {
        const call = await tx.app.calls.callFor(tx, target.callId);
        if (!isLive(call.state) && now.getTime() - new Date(call.ended_at ?? call.created_at).getTime() > REPORT_WINDOW_MS) {
          throw badInput('Calls can be reported during the call and up to 7 days after it.', 'callId');
        }
        reported = call.fan_id === viewer ? call.creator_id : call.fan_id;
        // A call reported while live keeps its temporary chat as evidence.
        if (isLive(call.state)) await tx.em.query(`UPDATE call SET transcript_retained = true WHERE id = $1`, [call.id]);
      } else {
        const conversation = await tx.app.messaging.conversationFor(tx, target.conversationId!);
        reported = conversation.fan_id === viewer ? conversation.creator_id : conversation.fan_id;
      }
      let row: { id: string; status: ReportStatus; created_at: Date };
      try {
        [row] = await tx.em.transaction((em) =>
          em.query(
            `INSERT INTO report (reporter_id, reported_account_id, target_type, call_id, conversation_id, reason, note, status, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, 'OPEN', $8) RETURNING id, status, created_at`,
            [
              viewer,
              reported,
              target.callId ? ReportTarget.CALL : ReportTarget.CONVERSATION,
              target.callId ?? null,
              target.conversationId ?? null,
              reason,
              note,
              now,
            ],
          ),
        );
      } catch (err) {
        if (isUniqueViolation(err)) throw conflict('You already have an open report about this; a moderator will look at it.');
        throw err;
      }
      tx.afterCommit(() => tx.app.pubsub.publish('REPORT_CREATED', { reportId: row.id }));
      return { id: row.id, status: row.status, createdAt: new Date(row.created_at) };
    });
  }

  // ---- staff actions ----

  async terminateCall(ctx: RequestContext, callId: string, reason: string): Promise<LiveCall> {
    const why = requireReason(reason);
    return ctx.transaction(async (tx) => {
      const call = await loadCall(tx, callId, true);
      if (!isLive(call.state)) throw conflict(`This call is already over (${call.state}).`);
      await tx.app.calls.terminate(tx, callId);
      await this.audit(tx, 'TERMINATE_CALL', 'CALL', callId, why, { fanId: call.fan_id, creatorId: call.creator_id });
      return this.liveCall(tx, callId);
    });
  }

  /**
   * Refunds a call, whole (the default) or in part, as transfers that reverse its settlements: the creator's
   * and the platform's shares go back in proportion. Never more than was paid, however many refunds.
   */
  async refundCall(ctx: RequestContext, callId: string, amount: number | null, reason: string): Promise<Transfer> {
    const why = requireReason(reason);
    return ctx.transaction(async (tx) => {
      const call = await loadCall(tx, callId, true);
      if (isLive(call.state)) throw conflict('End the call before refunding it.');
      const [paid] = await tx.em.query(
        `SELECT coalesce(sum(e.amount) FILTER (WHERE a.kind = 'PLATFORM_REVENUE' AND t.kind = 'SETTLE'), 0)::int AS platform,
                coalesce(sum(e.amount) FILTER (WHERE a.kind = 'CREATOR_EARNINGS' AND t.kind = 'SETTLE'), 0)::int AS creator,
                coalesce(sum(e.amount) FILTER (WHERE a.kind = 'FAN_WALLET' AND t.kind = 'REFUND'), 0)::int AS refunded
           FROM ledger_transfer t JOIN ledger_entry e ON e.transfer_id = t.id JOIN ledger_account a ON a.id = e.account_id
          WHERE t.reference = $1`,
        [`call:${call.id}`],
      );
      const total = paid.platform + paid.creator;
      const left = total - paid.refunded;
      const refund = amount ?? left;
      if (!Number.isInteger(refund) || refund <= 0) throw badInput('amount must be a whole, positive number of tokens.', 'amount');
      if (refund > left) throw badInput(`Only ${left} of the ${total} tokens paid for this call can still be refunded.`, 'amount');
      // Cumulative proportions, so several partial refunds add up to exactly the shares paid.
      const platformBefore = Math.floor((paid.refunded * paid.platform) / total);
      const platformAfter = Math.floor(((paid.refunded + refund) * paid.platform) / total);
      const fromPlatform = platformAfter - platformBefore;
      const fromCreator = refund - fromPlatform;
      const legs = [
        { account: { ownerId: call.fan_id, kind: AccountKind.FAN_WALLET } as const, amount: refund },
        { account: { ownerId: call.creator_id, kind: AccountKind.CREATOR_EARNINGS } as const, amount: -fromCreator },
        { account: { platform: AccountKind.PLATFORM_REVENUE } as const, amount: -fromPlatform },
      ].filter((leg) => leg.amount !== 0);
      const result = await tx.app.ledger.transfer(tx, {
        key: `call:${call.id}:refund:${paid.refunded + refund}`,
        kind: TransferKind.REFUND,
        reference: `call:${call.id}`,
        memo: `Call refund: ${why}`,
        createdBy: tx.requireViewer().account.id,
        // A creator who was paid may have spent it; the refund still goes through and freezes the shortfall.
        allowOverdraft: true,
        allowFrozen: true,
        legs,
      });
      await this.audit(tx, 'REFUND_CALL', 'CALL', call.id, why, { amount: refund, transferId: result.transferId });
      return this.transferById(tx, result.transferId);
    });
  }

  async suspendAccount(ctx: RequestContext, accountId: string, reason: string): Promise<AccountView> {
    const why = requireReason(reason);
    const viewer = ctx.requireViewer().account;
    const target = await this.account(ctx, accountId);
    if (target.id === viewer.id) throw badInput('You cannot suspend yourself.', 'accountId');
    if (target.role === Role.ADMIN && viewer.role !== Role.ADMIN) throw badInput('Only an admin can suspend an admin.', 'accountId');
    // Live calls end first (billed to this second), then the sessions and sockets close.
    await ctx.app.calls.endCallsOfSuspended(ctx, accountId);
    const account = await ctx.transaction(async (tx) => {
      const updated = await tx.app.identity.suspendAccount(tx, accountId, why);
      await this.audit(tx, 'SUSPEND_ACCOUNT', 'ACCOUNT', accountId, why, {});
      return updated;
    });
    return toAccountView(account, viewer);
  }

  async reinstateAccount(ctx: RequestContext, accountId: string, reason: string): Promise<AccountView> {
    const why = requireReason(reason);
    await this.account(ctx, accountId);
    return ctx.transaction(async (tx) => {
      const account = await tx.app.identity.reinstateAccount(tx, accountId);
      await this.audit(tx, 'REINSTATE_ACCOUNT', 'ACCOUNT', accountId, why, {});
      return toAccountView(account, tx.requireViewer().account);
    });
  }

  async closeReport(ctx: RequestContext, reportId: string, status: ReportStatus.RESOLVED | ReportStatus.DISMISSED, note: string): Promise<Report> {
    const why = requireReason(note);
    if (!UUID.test(reportId)) throw notFound('Report');
    return ctx.transaction(async (tx) => {
      const [row] = await tx.em.query(`SELECT status FROM report WHERE id = $1 FOR UPDATE`, [reportId]);
      if (!row) throw notFound('Report');
      if (row.status !== ReportStatus.OPEN) throw conflict(`This report is already ${row.status.toLowerCase()}.`);
      await tx.em.query(`UPDATE report SET status = $2, resolution_note = $3, resolved_by = $4, resolved_at = $5 WHERE id = $1`, [
        reportId,
        status,
        why,
        tx.requireViewer().account.id,
        tx.app.clock.now(),
      ]);
      await this.audit(tx, status === ReportStatus.RESOLVED ? 'RESOLVE_REPORT' : 'DISMISS_REPORT', 'REPORT', reportId, why, {});
      return this.reportById(tx, reportId);
    });
  }

  /** Appends one entry to the audit log, in the transaction of the action it records. */
  async audit(ctx: RequestContext, action: string, targetType: string, targetId: string, reason: string, data: Record<string, unknown>): Promise<void> {
    await ctx.em.query(
      `INSERT INTO audit_entry (actor_id, action, target_type, target_id, reason, data, created_at) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)`,
      [ctx.requireViewer().account.id, action, targetType, targetId, reason, JSON.stringify(data), ctx.app.clock.now()],
    );
    ctx.afterCommit(() => ctx.app.pubsub.publish('AUDIT_APPENDED', { action }));
  }

  // ---- admin lists (ra-data-graphql-simple grammar) ----

  async reports(ctx: RequestContext, filter: ReportFilter, args: ListArgs, countOnly = false): Promise<Report[] | number> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.ids) where.push(`r.id = ANY($${params.push(filter.ids.filter((id) => UUID.test(id)))}::uuid[])`);
    if (filter.status) where.push(`r.status = $${params.push(filter.status)}`);
    if (filter.reason) where.push(`r.reason = $${params.push(filter.reason)}`);
    if (filter.callId) where.push(`r.call_id = $${params.push(filter.callId)}`);
    const rows = await this.list(
      ctx,
      `FROM report r JOIN account rep ON rep.id = r.reporter_id JOIN account tgt ON tgt.id = r.reported_account_id`,
      where,
      params,
      args,
      countOnly,
      {
        id: 'r.id',
        createdAt: 'r.created_at',
        status: 'r.status',
        reason: 'r.reason',
      },
      `r.*, rep.display_name AS reporter_name, tgt.display_name AS reported_name`,
    );
    return typeof rows === 'number' ? rows : rows.map(toReport);
  }

  async reportById(ctx: RequestContext, id: string): Promise<Report> {
    const [row] = UUID.test(id)
      ? await ctx.em.query(
          `SELECT r.*, rep.display_name AS reporter_name, tgt.display_name AS reported_name
             FROM report r JOIN account rep ON rep.id = r.reporter_id JOIN account tgt ON tgt.id = r.reported_account_id WHERE r.id = $1`,
          [id],
        )
      : [];
    if (!row) throw notFound('Report');
    return toReport(row);
  }

  async liveCalls(ctx: RequestContext, filter: LiveCallFilter, args: ListArgs, countOnly = false): Promise<LiveCall[] | number> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.ids) where.push(`c.id = ANY($${params.push(filter.ids.filter((id) => UUID.test(id)))}::uuid[])`);
    else if (!filter.includeEnded) where.push(`c.state IN ('RINGING', 'CONNECTING', 'ONGOING')`);
    if (filter.accountId) where.push(`(c.fan_id = $${params.push(filter.accountId)} OR c.creator_id = $${params.length})`);
    const rows = await this.list(
      ctx,
      CALL_FROM,
      where,
      params,
      args,
      countOnly,
      { id: 'c.id', createdAt: 'c.created_at', state: 'c.state', chargedTokens: 'c.charged_tokens' },
      CALL_COLUMNS,
    );
    return typeof rows === 'number' ? rows : rows.map(toLiveCall);
  }

  async liveCall(ctx: RequestContext, id: string): Promise<LiveCall> {
    if (!UUID.test(id)) throw notFound('Call');
    const [row] = await ctx.em.query(`SELECT ${CALL_COLUMNS} ${CALL_FROM} WHERE c.id = $1`, [id]);
    if (!row) throw notFound('Call');
    return toLiveCall(row);
  }

  async accounts(ctx: RequestContext, filter: AccountFilter, args: ListArgs, countOnly = false): Promise<AccountView[] | number> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.ids) where.push(`a.id = ANY($${params.push(filter.ids.filter((id) => UUID.test(id)))}::uuid[])`);
    if (filter.q) where.push(`(a.email ILIKE $${params.push(`%${filter.q}%`)} OR a.handle ILIKE $${params.length} OR a.display_name ILIKE $${params.length})`);
    if (filter.role) where.push(`a.role = $${params.push(filter.role)}`);
    if (filter.status) where.push(`a.status = $${params.push(filter.status)}`);
    const rows = await this.list(
      ctx,
      `FROM account a`,
      where,
      params,
      args,
      countOnly,
      { id: 'a.id', createdAt: 'a.created_at', handle: 'a.handle', role: 'a.role', status: 'a.status' },
      `a.*`,
    );
    if (typeof rows === 'number') return rows;
    const viewer = ctx.requireViewer().account;
    return rows.map((r) =>
      toAccountView(
        {
          id: r.id,
          email: r.email,
          displayName: r.display_name,
          handle: r.handle,
          role: r.role,
          status: r.status,
          createdAt: new Date(r.created_at),
        } as Account,
        viewer,
      ),
    );
  }

  async accountById(ctx: RequestContext, id: string): Promise<AccountView> {
    return toAccountView(await this.account(ctx, id), ctx.requireViewer().account);
  }

  async transferById(ctx: RequestContext, id: string): Promise<Transfer> {
    const [found] = UUID.test(id) ? ((await this.transfers(ctx, { id }, {})) as Transfer[]) : [];
    if (!found) throw notFound('Transfer');
    return found;
  }

  async auditEntryById(ctx: RequestContext, id: string): Promise<AuditEntry> {
    const [found] = /^\d+$/.test(id) ? ((await this.auditEntries(ctx, { id }, {})) as AuditEntry[]) : [];
    if (!found) throw notFound('Audit entry');
    return found;
  }

  async transfers(ctx: RequestContext, filter: TransferFilter & { id?: string }, args: ListArgs, countOnly = false): Promise<Transfer[] | number> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.id) where.push(`t.id = $${params.push(filter.id)}`);
    if (filter.ids) where.push(`t.id = ANY($${params.push(filter.ids.filter((id) => UUID.test(id)))}::uuid[])`);
    if (filter.reference) where.push(`t.reference = $${params.push(filter.reference)}`);
    if (filter.accountId)
      where.push(
        `EXISTS (SELECT 1 FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id WHERE e.transfer_id = t.id AND a.owner_id = $${params.push(filter.accountId)})`,
      );
    const rows = await this.list(
      ctx,
      `FROM ledger_transfer t`,
      where,
      params,
      args,
      countOnly,
      { id: 't.id', createdAt: 't.created_at', kind: 't.kind' },
      `t.*`,
    );
    if (typeof rows === 'number') return rows;
    if (!rows.length) return [];
    const legs: { transfer_id: string; kind: string; owner_id: string | null; display_name: string | null; amount: string }[] = await ctx.em.query(
      `SELECT e.transfer_id, a.kind, a.owner_id, acc.display_name, e.amount FROM ledger_entry e
         JOIN ledger_account a ON a.id = e.account_id LEFT JOIN account acc ON acc.id = a.owner_id
        WHERE e.transfer_id = ANY($1) ORDER BY e.id`,
      [rows.map((r) => r.id)],
    );
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      key: r.idempotency_key,
      reference: r.reference,
      memo: r.memo,
      createdBy: r.created_by,
      createdAt: new Date(r.created_at),
      legs: legs
        .filter((l) => l.transfer_id === r.id)
        .map((l) => ({ accountKind: l.kind, ownerId: l.owner_id, ownerName: l.display_name, amount: Number(l.amount) })),
    }));
  }

  async auditEntries(ctx: RequestContext, filter: AuditEntryFilter & { id?: string }, args: ListArgs, countOnly = false): Promise<AuditEntry[] | number> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.id) where.push(`e.id = $${params.push(filter.id)}`);
    if (filter.ids) where.push(`e.id = ANY($${params.push(filter.ids.filter((id) => /^\d+$/.test(id)))}::bigint[])`);
    if (filter.action) where.push(`e.action = $${params.push(filter.action)}`);
    if (filter.targetId) where.push(`e.target_id = $${params.push(filter.targetId)}`);
    const rows = await this.list(
      ctx,
      `FROM audit_entry e JOIN account a ON a.id = e.actor_id`,
      where,
      params,
      args,
      countOnly,
      { createdAt: 'e.created_at', id: 'e.id', action: 'e.action' },
      `e.*, a.display_name AS actor_name`,
    );
    if (typeof rows === 'number') return rows;
    return rows.map((r) => ({
      id: String(r.id),
      actorId: r.actor_id,
      actorName: r.actor_name,
      action: r.action,
      targetType: r.target_type,
      targetId: r.target_id,
      reason: r.reason,
      details: JSON.stringify(r.data ?? {}),
      createdAt: new Date(r.created_at),
    }));
  }

  async stats(ctx: RequestContext): Promise<{ liveCalls: number; openReports: number; callsToday: number; tokensToday: number }> {
    const now = ctx.app.clock.now();
    const dayStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
    const [row] = await ctx.em.query(
      `SELECT (SELECT count(*) FROM call WHERE state IN ('RINGING', 'CONNECTING', 'ONGOING'))::int AS live,
              (SELECT count(*) FROM report WHERE status = 'OPEN')::int AS open,
              (SELECT count(*) FROM call WHERE created_at >= $1)::int AS today,
              (SELECT coalesce(sum(charged_tokens), 0) FROM call WHERE created_at >= $1)::int AS tokens`,
      [dayStart],
    );
    return { liveCalls: row.live, openReports: row.open, callsToday: row.today, tokensToday: row.tokens };
  }

  private async account(ctx: RequestContext, id: string): Promise<Account> {
    const account = UUID.test(id) ? await ctx.em.getRepository(Account).findOneBy({ id }) : null;
    if (!account) throw notFound('Account');
    return account;
  }

  /** Runs a paged, sorted list query (or its count) with whitelisted sort columns. */
  private async list(
    ctx: RequestContext,
    from: string,
    where: string[],
    params: unknown[],
    args: ListArgs,
    countOnly: boolean,
    sortable: Record<string, string>,
    columns: string,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ): Promise<any[] | number> {
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    if (countOnly) return (await ctx.em.query(`SELECT count(*)::int AS n ${from} ${clause}`, params))[0].n;
    const perPage = Math.min(Math.max(args.perPage ?? 25, 1), 200);
    const page = Math.max(args.page ?? 0, 0);
    if (args.sortField && !sortable[args.sortField]) throw badInput(`Cannot sort by "${args.sortField}".`, 'sortField');
    const direction = args.sortOrder?.toUpperCase() === 'ASC' ? 'ASC' : 'DESC';
    const column = sortable[args.sortField ?? 'createdAt'] ?? Object.values(sortable)[0];
    // The row id breaks ties, so pages never repeat or skip a record.
    const order = `${column} ${direction}, ${column.split('.')[0]}.id ${direction}`;
    return ctx.em.query(`SELECT ${columns} ${from} ${clause} ORDER BY ${order} LIMIT ${perPage} OFFSET ${page * perPage}`, params);
  }
}

const CALL_COLUMNS = `c.*, f.display_name AS fan_name, cr.display_name AS creator_name,
  coalesce((SELECT sum(e.amount) FROM ledger_transfer t JOIN ledger_entry e ON e.transfer_id = t.id JOIN ledger_account a ON a.id = e.account_id
             WHERE t.reference = 'call:' || c.id AND t.kind = 'REFUND' AND a.kind = 'FAN_WALLET'), 0)::int AS refunded`;
const CALL_FROM = `FROM call c JOIN account f ON f.id = c.fan_id JOIN account cr ON cr.id = c.creator_id`;

function requireReason(reason: string): string {
  const trimmed = (reason ?? '').trim();
  if (trimmed.length < 3 || trimmed.length > NOTE_MAX)
    throw badInput(`A reason of 3 to ${NOTE_MAX} characters is required; it goes in the audit log.`, 'reason');
  return trimmed;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function toReport(r: any): Report {
  return {
    id: r.id,
    targetType: r.target_type,
    callId: r.call_id,
    conversationId: r.conversation_id,
    reporterId: r.reporter_id,
    reporterName: r.reporter_name,
    reportedAccountId: r.reported_account_id,
    reportedAccountName: r.reported_name,
    reason: r.reason,
    note: r.note,
    status: r.status,
    resolutionNote: r.resolution_note,
    createdAt: new Date(r.created_at),
    resolvedAt: r.resolved_at ? new Date(r.resolved_at) : null,
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function toLiveCall(r: any): LiveCall {
  return {
    id: r.id,
    state: r.state,
    kind: r.kind,
    fanId: r.fan_id,
    fanName: r.fan_name,
    creatorId: r.creator_id,
    creatorName: r.creator_name,
    pricePerMinute: r.price_per_minute,
    chargedTokens: r.charged_tokens,
    heldTokens: r.held_tokens,
    refundedTokens: r.refunded,
    endReason: r.end_reason,
    createdAt: new Date(r.created_at),
    connectedAt: r.connected_at ? new Date(r.connected_at) : null,
    endedAt: r.ended_at ? new Date(r.ended_at) : null,
  };
}
