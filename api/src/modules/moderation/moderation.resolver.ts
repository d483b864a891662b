import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { IdArg } from '../../common/ids';
import type { ListArgs } from '../../common/staff-list';
import { AccountView, Role } from '../identity';
import { ModerationService } from './moderation.service';
import {
  AccountFilter,
  AuditEntry,
  AuditEntryFilter,
  ListMetadata,
  LiveCall,
  LiveCallFilter,
  ModerationStats,
  Report,
  ReportDetails,
  ReportFilter,
  ReportReason,
  ReportReceipt,
  ReportStatus,
  Transfer,
  TransferFilter,
} from './moderation.types';
import { StaffViewsService } from './staff-views.service';

const STAFF = [Role.MODERATOR, Role.ADMIN];
const page = { nullable: true, description: 'Page number, from 0.' };
const perPage = { nullable: true, description: 'Records per page (1–200, default 25).' };
const sortField = { nullable: true, description: 'Field to sort by (createdAt by default).' };
const sortOrder = { nullable: true, description: 'ASC or DESC (default).' };
const reasonArg = { description: 'Why (3–1000 characters); recorded in the audit log.' };

/** The react-admin API: names follow ra-data-graphql-simple (allX, _allXMeta, X(id)); staff only. */
@Resolver()
export class ModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly staff: StaffViewsService,
  ) {}

  @Authorized(Role.FAN, Role.CREATOR)
  @Mutation(() => ReportReceipt, {
    description: 'Reports a call you took part in, during it or up to 7 days after. A live call’s temporary chat is kept as evidence.',
  })
  reportCall(
    @IdArg('callId', { description: 'The call.' }) callId: string,
    @Arg('reason', () => ReportReason, { description: 'Why.' }) reason: ReportReason,
    @Arg('note', { defaultValue: '', description: 'What happened (up to 1000 characters).' }) note: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.moderation.report(ctx, { callId }, reason, note);
  }

  @Authorized(Role.FAN, Role.CREATOR, ...STAFF)
  @Mutation(() => ReportReceipt, { description: 'Reports a creator’s photo (not your own) to the moderators.' })
  reportPhoto(
    @IdArg('photoId', { description: 'The photo.' }) photoId: string,
    @Arg('reason', () => ReportReason, { description: 'Why.' }) reason: ReportReason,
    @Arg('note', { defaultValue: '', description: 'What is wrong with it (up to 1000 characters).' }) note: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.moderation.report(ctx, { photoId }, reason, note);
  }

  @Authorized(...STAFF)
  @Mutation(() => Boolean, { description: 'Removes a creator’s photo and deletes its files; audited.' })
  removePhoto(
    @IdArg('photoId', { description: 'The photo.' }) photoId: string,
    @Arg('reason', { description: 'Why (3–1000 characters).' }) reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.moderation.removePhoto(ctx, photoId, reason);
  }

  @Authorized(...STAFF)
  @Mutation(() => Boolean, { description: 'Hides a review from everyone but its author and staff; the creator’s rating is recomputed; audited.' })
  hideReview(
    @IdArg('reviewId', { description: 'The review.' }) reviewId: string,
    @Arg('reason', { description: 'Why (3–1000 characters).' }) reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.moderation.hideReview(ctx, reviewId, reason);
  }

  @Authorized(Role.FAN, Role.CREATOR)
  @Mutation(() => ReportReceipt, { description: 'Reports a conversation you take part in.' })
  reportConversation(
    @IdArg('conversationId', { description: 'The conversation.' }) conversationId: string,
    @Arg('reason', () => ReportReason, { description: 'Why.' }) reason: ReportReason,
    @Arg('note', { defaultValue: '', description: 'What happened (up to 1000 characters).' }) note: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.moderation.report(ctx, { conversationId }, reason, note);
  }

  @Authorized(...STAFF)
  @Query(() => [Report], { description: 'Reports, newest first by default.' })
  allReports(
    @Arg('page', () => Int, page) p: number,
    @Arg('perPage', () => Int, perPage) pp: number,
    @Arg('sortField', () => String, sortField) sf: string,
    @Arg('sortOrder', () => String, sortOrder) so: string,
    @Arg('filter', () => ReportFilter, { nullable: true, description: 'Filters.' }) filter: ReportFilter | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.staff.reports(ctx, filter ?? {}, args(p, pp, sf, so));
  }

  @Authorized(...STAFF)
  @Query(() => ListMetadata, { description: 'How many reports allReports would list.' })
  async _allReportsMeta(
    @Arg('filter', () => ReportFilter, { nullable: true, description: 'Filters.' }) filter: ReportFilter | null,
    @Ctx() ctx: RequestContext,
  ) {
    return { count: await this.staff.countReports(ctx, filter ?? {}) };
  }

  @Authorized(...STAFF)
  @Query(() => Report, { description: 'One report.' })
  Report(@IdArg('id', { description: 'The report id.' }) id: string, @Ctx() ctx: RequestContext) {
    return this.staff.report(ctx, id);
  }

  @Authorized(...STAFF)
  @Query(() => ReportDetails, { description: 'A report with its call and the call’s kept temporary-chat transcript, or the reported conversation’s messages.' })
  reportDetails(@IdArg('id', { description: 'The report id.' }) id: string, @Ctx() ctx: RequestContext): Promise<ReportDetails> {
    return this.staff.reportDetails(ctx, id);
  }

  @Authorized(...STAFF)
  @Query(() => [LiveCall], { description: 'Live calls (or all calls with includeEnded).' })
  allLiveCalls(
    @Arg('page', () => Int, page) p: number,
    @Arg('perPage', () => Int, perPage) pp: number,
    @Arg('sortField', () => String, sortField) sf: string,
    @Arg('sortOrder', () => String, sortOrder) so: string,
    @Arg('filter', () => LiveCallFilter, { nullable: true, description: 'Filters.' }) filter: LiveCallFilter | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.staff.liveCalls(ctx, filter ?? {}, args(p, pp, sf, so));
  }

  @Authorized(...STAFF)
  @Query(() => ListMetadata, { description: 'How many calls allLiveCalls would list.' })
  async _allLiveCallsMeta(
    @Arg('filter', () => LiveCallFilter, { nullable: true, description: 'Filters.' }) filter: LiveCallFilter | null,
    @Ctx() ctx: RequestContext,
  ) {
    return { count: await this.staff.countLiveCalls(ctx, filter ?? {}) };
  }

  @Authorized(...STAFF)
  @Query(() => LiveCall, { description: 'One call.' })
  LiveCall(@IdArg('id', { description: 'The call id.' }) id: string, @Ctx() ctx: RequestContext) {
    return this.staff.liveCall(ctx, id);
  }

  @Authorized(...STAFF)
  @Query(() => [AccountView], { description: 'Accounts.' })
  allAccounts(
    @Arg('page', () => Int, page) p: number,
    @Arg('perPage', () => Int, perPage) pp: number,
    @Arg('sortField', () => String, sortField) sf: string,
    @Arg('sortOrder', () => String, sortOrder) so: string,
    @Arg('filter', () => AccountFilter, { nullable: true, description: 'Filters.' }) filter: AccountFilter | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.staff.accounts(ctx, filter ?? {}, args(p, pp, sf, so));
  }

  @Authorized(...STAFF)
  @Query(() => ListMetadata, { description: 'How many accounts allAccounts would list.' })
  async _allAccountsMeta(
    @Arg('filter', () => AccountFilter, { nullable: true, description: 'Filters.' }) filter: AccountFilter | null,
    @Ctx() ctx: RequestContext,
  ) {
    return { count: await this.staff.countAccounts(ctx, filter ?? {}) };
  }

  @Authorized(...STAFF)
  @Query(() => AccountView, { description: 'One account.' })
  Account(@IdArg('id', { description: 'The account id.' }) id: string, @Ctx() ctx: RequestContext) {
    return this.staff.account(ctx, id);
  }

  @Authorized(...STAFF)
  @Query(() => [Transfer], { description: 'Ledger transfers, e.g. filtered by `call:<id>`.' })
  allTransfers(
    @Arg('page', () => Int, page) p: number,
    @Arg('perPage', () => Int, perPage) pp: number,
    @Arg('sortField', () => String, sortField) sf: string,
    @Arg('sortOrder', () => String, sortOrder) so: string,
    @Arg('filter', () => TransferFilter, { nullable: true, description: 'Filters.' }) filter: TransferFilter | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.staff.transfers(ctx, filter ?? {}, args(p, pp, sf, so));
  }

  @Authorized(...STAFF)
  @Query(() => ListMetadata, { description: 'How many transfers allTransfers would list.' })
  async _allTransfersMeta(
    @Arg('filter', () => TransferFilter, { nullable: true, description: 'Filters.' }) filter: TransferFilter | null,
    @Ctx() ctx: RequestContext,
  ) {
    return { count: await this.staff.countTransfers(ctx, filter ?? {}) };
  }

  @Authorized(...STAFF)
  @Query(() => Transfer, { description: 'One transfer.' })
  Transfer(@IdArg('id', { description: 'The transfer id.' }) id: string, @Ctx() ctx: RequestContext) {
    return this.staff.transfer(ctx, id);
  }

  @Authorized(...STAFF)
  @Query(() => [AuditEntry], { description: 'The audit log, newest first by default.' })
  allAuditEntries(
    @Arg('page', () => Int, page) p: number,
    @Arg('perPage', () => Int, perPage) pp: number,
    @Arg('sortField', () => String, sortField) sf: string,
    @Arg('sortOrder', () => String, sortOrder) so: string,
    @Arg('filter', () => AuditEntryFilter, { nullable: true, description: 'Filters.' }) filter: AuditEntryFilter | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.staff.auditEntries(ctx, filter ?? {}, args(p, pp, sf, so));
  }

  @Authorized(...STAFF)
  @Query(() => ListMetadata, { description: 'How many entries allAuditEntries would list.' })
  async _allAuditEntriesMeta(
    @Arg('filter', () => AuditEntryFilter, { nullable: true, description: 'Filters.' }) filter: AuditEntryFilter | null,
    @Ctx() ctx: RequestContext,
  ) {
    return { count: await this.staff.countAuditEntries(ctx, filter ?? {}) };
  }

  @Authorized(...STAFF)
  @Query(() => AuditEntry, { description: 'One audit entry.' })
  AuditEntry(@Arg('id', () => ID, { description: 'The entry id.' }) id: string, @Ctx() ctx: RequestContext) {
    return this.staff.auditEntry(ctx, id);
  }

  @Authorized(...STAFF)
  @Query(() => ModerationStats, { description: 'Figures for the dashboard.' })
  moderationStats(@Ctx() ctx: RequestContext) {
    return this.staff.stats(ctx);
  }

  @Authorized(...STAFF)
  @Mutation(() => LiveCall, { description: 'Ends a live call at once: billing stops at this second and both parties leave the media channel.' })
  terminateCall(@IdArg('callId', { description: 'The call.' }) callId: string, @Arg('reason', reasonArg) reason: string, @Ctx() ctx: RequestContext) {
    return this.moderation.terminateCall(ctx, callId, reason);
  }

  @Authorized(...STAFF)
  @Mutation(() => Transfer, { description: 'Refunds a finished call, whole (no amount) or in part, by reversing transfers; never more than was paid.' })
  refundCall(
    @IdArg('callId', { description: 'The call.' }) callId: string,
    @Arg('amount', () => Int, { nullable: true, description: 'Tokens to refund; all that is left by default.' }) amount: number | null,
    @Arg('reason', reasonArg) reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.moderation.refundCall(ctx, callId, amount, reason);
  }

  @Authorized(...STAFF)
  @Mutation(() => AccountView, { description: 'Suspends an account: its live calls end, its sessions close, and it can do nothing more.' })
  suspendAccount(@IdArg('accountId', { description: 'The account.' }) accountId: string, @Arg('reason', reasonArg) reason: string, @Ctx() ctx: RequestContext) {
    return this.moderation.suspendAccount(ctx, accountId, reason);
  }

  @Authorized(...STAFF)
  @Mutation(() => AccountView, { description: 'Lifts a suspension.' })
  reinstateAccount(
    @IdArg('accountId', { description: 'The account.' }) accountId: string,
    @Arg('reason', reasonArg) reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.moderation.reinstateAccount(ctx, accountId, reason);
  }

  @Authorized(...STAFF)
  @Mutation(() => Report, { description: 'Closes a report as acted on, with a note.' })
  resolveReport(
    @IdArg('id', { description: 'The report.' }) id: string,
    @Arg('note', { description: 'What was done.' }) note: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.moderation.closeReport(ctx, id, ReportStatus.RESOLVED, note);
  }

  @Authorized(...STAFF)
  @Mutation(() => Report, { description: 'Closes a report as needing no action, with a note.' })
  dismissReport(@IdArg('id', { description: 'The report.' }) id: string, @Arg('note', { description: 'Why not.' }) note: string, @Ctx() ctx: RequestContext) {
    return this.moderation.closeReport(ctx, id, ReportStatus.DISMISSED, note);
  }

  @Authorized(...STAFF)
  @Subscription(() => Report, { topics: 'REPORT_CREATED', description: 'Each new report, as it arrives.' })
  reportCreated(@Root() event: { reportId: string }, @Ctx() ctx: RequestContext) {
    return this.staff.report(ctx, event.reportId);
  }

  @Authorized(...STAFF)
  @Subscription(() => LiveCall, { topics: 'LIVE_CALL_CHANGED', description: 'Each call as it starts, changes and ends.' })
  liveCallChanged(@Root() event: { callId: string }, @Ctx() ctx: RequestContext) {
    return this.staff.liveCall(ctx, event.callId);
  }
}

function args(page: number | null, perPage: number | null, sortField: string | null, sortOrder: string | null): ListArgs {
  return { page, perPage, sortField, sortOrder };
}
