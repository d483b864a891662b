import type { RequestContext } from '../../common/context';
import { badInput, conflict, notFound } from '../../common/errors';
import type { PubSub } from '../../common/pubsub';
import { isUniqueViolation } from '../../db/errors';
import { isLive, type CallsService } from '../calls';
import { Role, toAccountView, type AccountView, type IdentityService } from '../identity';
import type { LedgerService } from '../ledger';
import type { MessagingService } from '../messaging';
import type { PhotosService } from '../photos';
import type { ReviewsService } from '../reviews';
import type { ModerationRepository } from './moderation.repository';
import { ReportStatus, ReportTarget, type LiveCall, type Report, type ReportReason, type Transfer } from './moderation.types';
import type { StaffViewsService } from './staff-views.service';

const REPORT_WINDOW_MS = 7 * 24 * 3600_000;
const NOTE_MAX = 1000;

/**
 * Reports from users, and every staff action on calls, money and accounts, each written to the audit log in
 * the action's transaction. Calls, money and accounts change through their own modules.
 */
export class ModerationService {
  constructor(
    private readonly moderation: ModerationRepository,
    private readonly views: StaffViewsService,
    private readonly identity: IdentityService,
    private readonly calls: CallsService,
    private readonly ledger: LedgerService,
    private readonly messaging: MessagingService,
    private readonly pubsub: PubSub,
    private readonly photos: PhotosService,
    private readonly reviews: ReviewsService,
  ) {}

  // ---- reports by fans and creators ----

  async report(
    ctx: RequestContext,
    target: { callId?: string; conversationId?: string; photoId?: string },
    reason: ReportReason,
    noteInput: string,
  ): Promise<{ id: string; status: ReportStatus; createdAt: Date }> {
    const viewer = ctx.requireViewer().account.id;
    const note = (noteInput ?? '').trim();
    if (note.length > NOTE_MAX) throw badInput(`note must be at most ${NOTE_MAX} characters long.`, 'note');
    const now = ctx.clock.now();
    let reported: string;
    if (target.callId) {
      const call = await this.calls.callFor(ctx, target.callId);
      if (!isLive(call.state) && now.getTime() - (call.endedAt ?? call.createdAt).getTime() > REPORT_WINDOW_MS) {
        throw badInput('Calls can be reported during the call and up to 7 days after it.', 'callId');
      }
      reported = call.fanId === viewer ? call.creatorId : call.fanId;
      // A call reported while live keeps its temporary chat as evidence.
      if (isLive(call.state)) await this.calls.retainTranscript(ctx, call.id);
    } else if (target.photoId) {
      const photo = await this.photos.find(ctx, target.photoId);
      if (!photo || !photo.placement || photo.removedAt) throw notFound('Photo');
      if (photo.creatorId === viewer) throw badInput('You cannot report your own photo; remove it instead.', 'photoId');
      reported = photo.creatorId;
    } else {
      const conversation = await this.messaging.conversationFor(ctx, target.conversationId!);
      reported = conversation.fanId === viewer ? conversation.creatorId : conversation.fanId;
    }
    let row;
    try {
      row = await this.moderation.insertReport(ctx, {
        reporterId: viewer,
        reportedAccountId: reported,
        targetType: target.callId ? ReportTarget.CALL : target.photoId ? ReportTarget.PHOTO : ReportTarget.CONVERSATION,
        callId: target.callId ?? null,
        conversationId: target.conversationId ?? null,
        photoId: target.photoId ?? null,
        reason,
        note,
        createdAt: now,
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict('You already have an open report about this; a moderator will look at it.');
      throw err;
    }
    const reportId = row.id;
    ctx.afterCommit(() => this.pubsub.publish('REPORT_CREATED', { reportId }));
    return { id: row.id, status: row.status, createdAt: row.createdAt };
  }

  // ---- staff actions ----

  async terminateCall(ctx: RequestContext, callId: string, reason: string): Promise<LiveCall> {
    const why = requireReason(reason);
    const call = await this.calls.find(ctx, callId, { lock: true });
    if (!call) throw notFound('Call');
    if (!isLive(call.state)) throw conflict(`This call is already over (${call.state}).`);
    await this.calls.terminate(ctx, callId);
    await this.audit(ctx, 'TERMINATE_CALL', 'CALL', callId, why, { fanId: call.fanId, creatorId: call.creatorId });
    return this.views.liveCall(ctx, callId);
  }

  /**
   * Refunds a call, whole (the default) or in part: the ledger reverses its settlements, the creator's and
   * the platform's shares going back in proportion. Never more than was paid, however many refunds.
   */
  async refundCall(ctx: RequestContext, callId: string, amount: number | null, reason: string): Promise<Transfer> {
    const why = requireReason(reason);
    const call = await this.calls.find(ctx, callId, { lock: true });
    if (!call) throw notFound('Call');
    if (isLive(call.state)) throw conflict('End the call before refunding it.');
    const result = await this.ledger.refundReference(ctx, {
      reference: `call:${call.id}`,
      fanId: call.fanId,
      creatorId: call.creatorId,
      amount,
      memo: `Call refund: ${why}`,
      createdBy: ctx.requireViewer().account.id,
      subject: 'this call',
    });
    await this.audit(ctx, 'REFUND_CALL', 'CALL', call.id, why, { amount: result.amount, transferId: result.transferId });
    return this.views.transfer(ctx, result.transferId);
  }

  /** One transaction: the account's live calls end (billed to this second), it is suspended, its sessions end. */
  async suspendAccount(ctx: RequestContext, accountId: string, reason: string): Promise<AccountView> {
    const why = requireReason(reason);
    const viewer = ctx.requireViewer().account;
    const target = await this.identity.account(ctx, accountId);
    if (target.id === viewer.id) throw badInput('You cannot suspend yourself.', 'accountId');
    if (target.role === Role.ADMIN && viewer.role !== Role.ADMIN) throw badInput('Only an admin can suspend an admin.', 'accountId');
    await this.calls.endCallsOf(ctx, accountId);
    const account = await this.identity.suspendAccount(ctx, accountId, why);
    await this.audit(ctx, 'SUSPEND_ACCOUNT', 'ACCOUNT', accountId, why, {});
    return toAccountView(account, viewer);
  }

  async reinstateAccount(ctx: RequestContext, accountId: string, reason: string): Promise<AccountView> {
    const why = requireReason(reason);
    const account = await this.identity.reinstateAccount(ctx, accountId);
    await this.audit(ctx, 'REINSTATE_ACCOUNT', 'ACCOUNT', accountId, why, {});
    return toAccountView(account, ctx.requireViewer().account);
  }

  /** Removes a creator's photo (its files are deleted), audited. */
  async removePhoto(ctx: RequestContext, photoId: string, reason: string): Promise<boolean> {
    const why = requireReason(reason);
    const photo = await this.photos.removeByStaff(ctx, photoId, why);
    await this.audit(ctx, 'REMOVE_PHOTO', 'PHOTO', photo.id, why, { creatorId: photo.creatorId, placement: photo.placement });
    return true;
  }

  /** Hides a review from everyone but its author and staff, audited; the creator's rating is recomputed. */
  async hideReview(ctx: RequestContext, reviewId: string, reason: string): Promise<boolean> {
    const why = requireReason(reason);
    const review = await this.reviews.hide(ctx, reviewId, why);
    await this.audit(ctx, 'HIDE_REVIEW', 'REVIEW', review.id, why, { creatorId: review.creatorId, fanId: review.fanId, rating: review.rating });
    return true;
  }

  async closeReport(ctx: RequestContext, reportId: string, status: ReportStatus.RESOLVED | ReportStatus.DISMISSED, note: string): Promise<Report> {
    const why = requireReason(note);
    const report = await this.moderation.report(ctx, reportId, true);
    if (!report) throw notFound('Report');
    if (report.status !== ReportStatus.OPEN) throw conflict(`This report is already ${report.status.toLowerCase()}.`);
    await this.moderation.closeReport(ctx, reportId, status, why, ctx.requireViewer().account.id, ctx.clock.now());
    await this.audit(ctx, status === ReportStatus.RESOLVED ? 'RESOLVE_REPORT' : 'DISMISS_REPORT', 'REPORT', reportId, why, {});
    return this.views.report(ctx, reportId);
  }

  /** Appends one entry to the audit log, in the transaction of the action it records. */
  private async audit(ctx: RequestContext, action: string, targetType: string, targetId: string, reason: string, data: Record<string, unknown>): Promise<void> {
    await this.moderation.appendAudit(ctx, { actorId: ctx.requireViewer().account.id, action, targetType, targetId, reason, data, createdAt: ctx.clock.now() });
    ctx.afterCommit(() => this.pubsub.publish('AUDIT_APPENDED', { action }));
  }
}

function requireReason(reason: string): string {
  const trimmed = (reason ?? '').trim();
  if (trimmed.length < 3 || trimmed.length > NOTE_MAX)
    throw badInput(`A reason of 3 to ${NOTE_MAX} characters is required; it goes in the audit log.`, 'reason');
  return trimmed;
}
