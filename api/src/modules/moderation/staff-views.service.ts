import type { RequestContext } from '../../common/context';
import { notFound } from '../../common/errors';
import type { ListArgs } from '../../common/staff-list';
import type { Call, CallListFilter, CallsService } from '../calls';
import { toAccountView, type AccountListFilter, type AccountView, type IdentityService } from '../identity';
import type { LedgerService, TransferDetails, TransferListFilter } from '../ledger';
import type { CallChatService, MessagingService } from '../messaging';
import type { PhotosService } from '../photos';
import type { AuditListFilter, AuditRecord, ModerationRepository, ReportListFilter, ReportRecord } from './moderation.repository';
import type { AuditEntry, LiveCall, Report, ReportDetails, Transfer } from './moderation.types';

/**
 * What staff read (the react-admin lists and records): each module's rows through its own public API, with
 * names, refunds and the like filled in by one batched query per kind, never one per row.
 */
export class StaffViewsService {
  constructor(
    private readonly moderation: ModerationRepository,
    private readonly identity: IdentityService,
    private readonly calls: CallsService,
    private readonly ledger: LedgerService,
    private readonly messaging: MessagingService,
    private readonly callChat: CallChatService,
    private readonly photos: PhotosService,
  ) {}

  async reports(ctx: RequestContext, filter: ReportListFilter, args: ListArgs): Promise<Report[]> {
    return this.reportViews(ctx, await this.moderation.reports(ctx, filter, args));
  }

  countReports(ctx: RequestContext, filter: ReportListFilter): Promise<number> {
    return this.moderation.countReports(ctx, filter);
  }

  async report(ctx: RequestContext, id: string): Promise<Report> {
    const row = await this.moderation.report(ctx, id);
    if (!row) throw notFound('Report');
    return (await this.reportViews(ctx, [row]))[0];
  }

  /** A report with its call and the call's kept chat, or the reported conversation's newest messages. */
  async reportDetails(ctx: RequestContext, id: string): Promise<ReportDetails> {
    const report = await this.report(ctx, id);
    const call = report.callId ? await this.liveCall(ctx, report.callId) : null;
    const transcript = report.callId ? await this.callChat.transcript(ctx, report.callId) : [];
    const conversationMessages = report.conversationId ? await this.messaging.messagesForStaff(ctx, report.conversationId) : [];
    const photo = report.photoId ? await this.photos.find(ctx, report.photoId) : null;
    return { report, call, transcript, conversationMessages, photo: photo ? this.photos.view(photo) : null, photoRemoved: !!photo?.removedAt };
  }

  async liveCalls(ctx: RequestContext, filter: CallListFilter, args: ListArgs): Promise<LiveCall[]> {
    return this.callViews(ctx, await this.calls.listForStaff(ctx, filter, args));
  }

  countLiveCalls(ctx: RequestContext, filter: CallListFilter): Promise<number> {
    return this.calls.countForStaff(ctx, filter);
  }

  async liveCall(ctx: RequestContext, id: string): Promise<LiveCall> {
    const call = await this.calls.find(ctx, id);
    if (!call) throw notFound('Call');
    return (await this.callViews(ctx, [call]))[0];
  }

  accounts(ctx: RequestContext, filter: AccountListFilter, args: ListArgs): Promise<AccountView[]> {
    return this.identity.listAccounts(ctx, filter, args);
  }

  countAccounts(ctx: RequestContext, filter: AccountListFilter): Promise<number> {
    return this.identity.countAccounts(ctx, filter);
  }

  async account(ctx: RequestContext, id: string): Promise<AccountView> {
    return toAccountView(await this.identity.account(ctx, id), ctx.requireViewer().account);
  }

  async transfers(ctx: RequestContext, filter: TransferListFilter, args: ListArgs): Promise<Transfer[]> {
    return this.transferViews(ctx, await this.ledger.transfers(ctx, filter, args));
  }

  countTransfers(ctx: RequestContext, filter: TransferListFilter): Promise<number> {
    return this.ledger.countTransfers(ctx, filter);
  }

  async transfer(ctx: RequestContext, id: string): Promise<Transfer> {
    const [found] = await this.transfers(ctx, { id }, {});
    if (!found) throw notFound('Transfer');
    return found;
  }

  async auditEntries(ctx: RequestContext, filter: AuditListFilter, args: ListArgs): Promise<AuditEntry[]> {
    return this.auditViews(ctx, await this.moderation.auditEntries(ctx, filter, args));
  }

  countAuditEntries(ctx: RequestContext, filter: AuditListFilter): Promise<number> {
    return this.moderation.countAuditEntries(ctx, filter);
  }

  async auditEntry(ctx: RequestContext, id: string): Promise<AuditEntry> {
    // Audit entries are numbered (bigint): anything else, or beyond its range, names no entry.
    const [found] = /^[1-9]\d{0,17}$/.test(id) ? await this.auditEntries(ctx, { id }, {}) : [];
    if (!found) throw notFound('Audit entry');
    return found;
  }

  /** Figures for the dashboard. */
  async stats(ctx: RequestContext): Promise<{ liveCalls: number; openReports: number; callsToday: number; tokensToday: number }> {
    const now = ctx.clock.now();
    const dayStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
    const calls = await this.calls.stats(ctx, dayStart);
    return { liveCalls: calls.live, openReports: await this.moderation.countOpenReports(ctx), callsToday: calls.since, tokensToday: calls.tokens };
  }

  private async reportViews(ctx: RequestContext, rows: readonly ReportRecord[]): Promise<Report[]> {
    const names = await this.identity.people(
      ctx,
      rows.flatMap((r) => [r.reporterId, r.reportedAccountId]),
    );
    return rows.map((r) => ({
      ...r,
      reporterName: names.get(r.reporterId)?.displayName ?? '',
      reportedAccountName: names.get(r.reportedAccountId)?.displayName ?? '',
    }));
  }

  private async callViews(ctx: RequestContext, calls: readonly Call[]): Promise<LiveCall[]> {
    const names = await this.identity.people(
      ctx,
      calls.flatMap((c) => [c.fanId, c.creatorId]),
    );
    const refunded = await this.ledger.refundedUnder(
      ctx,
      calls.map((c) => `call:${c.id}`),
    );
    return calls.map((c) => ({
      id: c.id,
      state: c.state,
      kind: c.kind,
      fanId: c.fanId,
      fanName: names.get(c.fanId)?.displayName ?? '',
      creatorId: c.creatorId,
      creatorName: names.get(c.creatorId)?.displayName ?? '',
      pricePerMinute: c.pricePerMinute,
      chargedTokens: c.chargedTokens,
      heldTokens: c.heldTokens,
      refundedTokens: refunded.get(`call:${c.id}`) ?? 0,
      endReason: c.endReason,
      createdAt: c.createdAt,
      connectedAt: c.connectedAt,
      endedAt: c.endedAt,
    }));
  }

  private async transferViews(ctx: RequestContext, transfers: readonly TransferDetails[]): Promise<Transfer[]> {
    const names = await this.identity.people(
      ctx,
      transfers.flatMap((t) => t.legs.flatMap((l) => (l.ownerId ? [l.ownerId] : []))),
    );
    return transfers.map((t) => ({
      ...t,
      legs: t.legs.map((l) => ({ ...l, ownerName: l.ownerId ? (names.get(l.ownerId)?.displayName ?? null) : null })),
    }));
  }

  private async auditViews(ctx: RequestContext, rows: readonly AuditRecord[]): Promise<AuditEntry[]> {
    const names = await this.identity.people(
      ctx,
      rows.map((r) => r.actorId),
    );
    return rows.map((r) => ({
      id: r.id,
      actorId: r.actorId,
      actorName: names.get(r.actorId)?.displayName ?? '',
      action: r.action,
      targetType: r.targetType,
      targetId: r.targetId,
      reason: r.reason,
      details: JSON.stringify(r.data),
      createdAt: r.createdAt,
    }));
  }
}
