import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { Role } from '../identity/account.entity';
import { AccountView } from '../identity/identity.types';
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
import type { ListArgs } from './moderation.service';

const STAFF = [Role.MODERATOR, Role.ADMIN];
const page = { nullable: true, description: 'Page number, from 0.' };
const perPage = { nullable: true, description: 'Records per page (1–200, default 25).' };
const sortField = { nullable: true, description: 'Field to sort by (createdAt by default).' };
const sortOrder = { nullable: true, description: 'ASC or DESC (default).' };
const reasonArg = { description: 'Why (3–1000 characters); recorded in the audit log.' };

/** The react-admin API: names follow ra-data-graphql-simple (allX, _allXMeta, X(id)); staff only. */
@Resolver()
export class ModerationResolver {
  @Authorized(Role.FAN, Role.CREATOR)
  @Mutation(() => ReportReceipt, {
    description: 'Reports a call you took part in, during it or up to 7 days after. A live call’s temporary chat is kept as evidence.',
  })
  reportCall(
    @Arg('callId', () => ID, { description: 'The call.' }) callId: string,
    @Arg('reason', () => ReportReason, { description: 'Why.' }) reason: ReportReason,
    @Arg('note', { defaultValue: '', description: 'What happened (up to 1000 characters).' }) note: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.app.moderation.report(ctx, { callId }, reason, note);
  }

  @Authorized(Role.FAN, Role.CREATOR)
  @Mutation(() => ReportReceipt, { description: 'Reports a conversation you take part in.' })
  reportConversation(
    @Arg('conversationId', () => ID, { description: 'The conversation.' }) conversationId: string,
    @Arg('reason', () => ReportReason, { description: 'Why.' }) reason: ReportReason,
    @Arg('note', { defaultValue: '', description: 'What happened (up to 1000 characters).' }) note: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.app.moderation.report(ctx, { conversationId }, reason, note);
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
    return ctx.app.moderation.reports(ctx, filter ?? {}, args(p, pp, sf, so));
  }

  @Authorized(...STAFF)
  @Query(() => ListMetadata, { description: 'How many reports allReports would list.' })
  async _allReportsMeta(
    @Arg('filter', () => ReportFilter, { nullable: true, description: 'Filters.' }) filter: ReportFilter | null,
    @Ctx() ctx: RequestContext,
  ) {
    return { count: await ctx.app.moderation.reports(ctx, filter ?? {}, {}, true) };
  }

  @Authorized(...STAFF)
  @Query(() => Report, { description: 'One report.' })
  Report(@Arg('id', () => ID, { description: 'The report id.' }) id: string, @Ctx() ctx: RequestContext) {
    return ctx.app.moderation.reportById(ctx, id);
  }

  @Authorized(...STAFF)
  @Query(() => ReportDetails, { description: 'A report with its call and the call’s kept temporary-chat transcript, or the reported conversation’s messages.' })
  async reportDetails(@Arg('id', () => ID, { description: 'The report id.' }) id: string, @Ctx() ctx: RequestContext): Promise<ReportDetails> {
    const report = await ctx.app.moderation.reportById(ctx, id);
    const call = report.callId ? await ctx.app.moderation.liveCall(ctx, report.callId) : null;
    const transcript = report.callId ? await ctx.app.messaging.callChatMessages(ctx, report.callId, ctx.requireViewer().account.id) : [];
    const conversationMessages = report.conversationId ? await ctx.app.messaging.messagesForStaff(ctx, report.conversationId) : [];
    return { report, call, transcript, conversationMessages };
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
    return ctx.app.moderation.liveCalls(ctx, filter ?? {}, args(p, pp, sf, so));
  }

  @Authorized(...STAFF)
  @Query(() => ListMetadata, { description: 'How many calls allLiveCalls would list.' })
  async _allLiveCallsMeta(
    @Arg('filter', () => LiveCallFilter, { nullable: true, description: 'Filters.' }) filter: LiveCallFilter | null,
    @Ctx() ctx: RequestContext,
  ) {
    return { count: await ctx.app.moderation.liveCalls(ctx, filter ?? {}, {}, true) };
  }

  @Authorized(...STAFF)
  @Query(() => LiveCall, { description: 'One call.' })
  LiveCall(@Arg('id', () => ID, { description: 'The call id.' }) id: string, @Ctx() ctx: RequestContext) {
    return ctx.app.moderation.liveCall(ctx, id);
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
    return ctx.app.moderation.accounts(ctx, filter ?? {}, args(p, pp, sf, so));
  }

  @Authorized(...STAFF)
  @Query(() => ListMetadata, { description: 'How many accounts allAccounts would list.' })
  async _allAccountsMeta(
    @Arg('filter', () => AccountFilter, { nullable: true, description: 'Filters.' }) filter: AccountFilter | null,
    @Ctx() ctx: RequestContext,
  ) {
    return { count: await ctx.app.moderation.accounts(ctx, filter ?? {}, {}, true) };
  }

  @Authorized(...STAFF)
  @Query(() => AccountView, { description: 'One account.' })
  Account(@Arg('id', () => ID, { description: 'The account id.' }) id: string, @Ctx() ctx: RequestContext) {
    return ctx.app.moderation.accountById(ctx, id);
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
    return ctx.app.moderation.transfers(ctx, filter ?? {}, args(p, pp, sf, so));
  }

  @Authorized(...STAFF)
  @Query(() => ListMetadata, { description: 'How many transfers allTransfers would list.' })
  async _allTransfersMeta(
    @Arg('filter', () => TransferFilter, { nullable: true, description: 'Filters.' }) filter: TransferFilter | null,
    @Ctx() ctx: RequestContext,
  ) {
    return { count: await ctx.app.moderation.transfers(ctx, filter ?? {}, {}, true) };
  }

  @Authorized(...STAFF)
  @Query(() => Transfer, { description: 'One transfer.' })
  Transfer(@Arg('id', () => ID, { description: 'The transfer id.' }) id: string, @Ctx() ctx: RequestContext) {
    return ctx.app.moderation.transferById(ctx, id);
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
    return ctx.app.moderation.auditEntries(ctx, filter ?? {}, args(p, pp, sf, so));
  }

  @Authorized(...STAFF)
  @Query(() => ListMetadata, { description: 'How many entries allAuditEntries would list.' })
  async _allAuditEntriesMeta(
    @Arg('filter', () => AuditEntryFilter, { nullable: true, description: 'Filters.' }) filter: AuditEntryFilter | null,
    @Ctx() ctx: RequestContext,
  ) {
    return { count: await ctx.app.moderation.auditEntries(ctx, filter ?? {}, {}, true) };
  }

  @Authorized(...STAFF)
  @Query(() => AuditEntry, { description: 'One audit entry.' })
  AuditEntry(@Arg('id', () => ID, { description: 'The entry id.' }) id: string, @Ctx() ctx: RequestContext) {
    return ctx.app.moderation.auditEntryById(ctx, id);
  }

  @Authorized(...STAFF)
  @Query(() => ModerationStats, { description: 'Figures for the dashboard.' })
  moderationStats(@Ctx() ctx: RequestContext) {
    return ctx.app.moderation.stats(ctx);
  }

  @Authorized(...STAFF)
  @Mutation(() => LiveCall, { description: 'Ends a live call at once: billing stops at this second and both parties leave the media channel.' })
  terminateCall(@Arg('callId', () => ID, { description: 'The call.' }) callId: string, @Arg('reason', reasonArg) reason: string, @Ctx() ctx: RequestContext) {
    return ctx.app.moderation.terminateCall(ctx, callId, reason);
  }

  @Authorized(...STAFF)
  @Mutation(() => Transfer, { description: 'Refunds a finished call, whole (no amount) or in part, by reversing transfers; never more than was paid.' })
  refundCall(
    @Arg('callId', () => ID, { description: 'The call.' }) callId: string,
    @Arg('amount', () => Int, { nullable: true, description: 'Tokens to refund; all that is left by default.' }) amount: number | null,
    @Arg('reason', reasonArg) reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.app.moderation.refundCall(ctx, callId, amount, reason);
  }

  @Authorized(...STAFF)
  @Mutation(() => AccountView, { description: 'Suspends an account: its live calls end, its sessions close, and it can do nothing more.' })
  suspendAccount(
    @Arg('accountId', () => ID, { description: 'The account.' }) accountId: string,
    @Arg('reason', reasonArg) reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.app.moderation.suspendAccount(ctx, accountId, reason);
  }

  @Authorized(...STAFF)
  @Mutation(() => AccountView, { description: 'Lifts a suspension.' })
  reinstateAccount(
    @Arg('accountId', () => ID, { description: 'The account.' }) accountId: string,
    @Arg('reason', reasonArg) reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.app.moderation.reinstateAccount(ctx, accountId, reason);
  }

  @Authorized(...STAFF)
  @Mutation(() => Report, { description: 'Closes a report as acted on, with a note.' })
  resolveReport(
    @Arg('id', () => ID, { description: 'The report.' }) id: string,
    @Arg('note', { description: 'What was done.' }) note: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.app.moderation.closeReport(ctx, id, ReportStatus.RESOLVED, note);
  }

  @Authorized(...STAFF)
  @Mutation(() => Report, { description: 'Closes a report as needing no action, with a note.' })
  dismissReport(
    @Arg('id', () => ID, { description: 'The report.' }) id: string,
    @Arg('note', { description: 'Why not.' }) note: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.app.moderation.closeReport(ctx, id, ReportStatus.DISMISSED, note);
  }

  @Authorized(...STAFF)
  @Subscription(() => Report, { topics: 'REPORT_CREATED', description: 'Each new report, as it arrives.' })
  reportCreated(@Root() event: { reportId: string }, @Ctx() ctx: RequestContext) {
    return ctx.app.moderation.reportById(ctx, event.reportId);
  }

  @Authorized(...STAFF)
  @Subscription(() => LiveCall, { topics: 'LIVE_CALL_CHANGED', description: 'Each call as it starts, changes and ends.' })
  liveCallChanged(@Root() event: { callId: string }, @Ctx() ctx: RequestContext) {
    return ctx.app.moderation.liveCall(ctx, event.callId);
  }
}

function args(page: number | null, perPage: number | null, sortField: string | null, sortOrder: string | null): ListArgs {
  return { page, perPage, sortField, sortOrder };
}
