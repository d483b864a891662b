import { readPage, toConnection, type ConnectionPage } from '../../common/connection';
import type { RequestContext } from '../../common/context';
import { AppError, badInput, conflict, ErrorCode, forbidden, notFound } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { isUniqueViolation } from '../../db/errors';
import type { BlocksService } from '../blocks';
import type { CallsService } from '../calls';
import type { CreatorService } from '../creators';
import type { IdentityService } from '../identity';
import type { ReviewRecord, ReviewRepository } from './review.repository';
import { checkedReview, MAX_REPLY_TEXT, reviewRefusal } from './review-rules';
import type { ReviewView } from './review.types';

const MAX_PAGE = 50;

/**
 * Reviews of calls (DESIGN: once per completed call of ≥ 60 billed seconds, within 14 days; one reply by the
 * creator; moderators hide, audited by the moderation module). Every change refreshes the creator's rating
 * summary on their profile in the same transaction.
 */
export class ReviewsService {
  constructor(
    private readonly reviews: ReviewRepository,
    private readonly calls: CallsService,
    private readonly creators: CreatorService,
    private readonly blocks: BlocksService,
    private readonly identity: IdentityService,
  ) {}

  async leaveReview(ctx: RequestContext, callId: string, rating: number, text: string | null): Promise<ReviewView> {
    const me = ctx.requireViewer().account.id;
    const call = await this.calls.find(ctx, callId);
    if (!call || (call.fanId !== me && call.creatorId !== me)) throw notFound('Call');
    const refusal = reviewRefusal(call, me, ctx.clock.now());
    if (refusal) throw new AppError(ErrorCode.CONFLICT, refusal, { reason: 'NOT_REVIEWABLE' });
    const checked = checkedReview(rating, text);
    if (!checked.ok) throw badInput(checked.message, checked.field);
    let review: ReviewRecord;
    try {
      review = await this.reviews.insert(ctx, {
        callId,
        fanId: me,
        creatorId: call.creatorId,
        rating: checked.rating,
        text: checked.text,
        createdAt: ctx.clock.now(),
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict('You already reviewed this call.');
      throw err;
    }
    await this.refreshRating(ctx, call.creatorId);
    return (await this.views(ctx, [review]))[0];
  }

  async reply(ctx: RequestContext, reviewId: string, text: string): Promise<ReviewView> {
    const me = ctx.requireViewer().account.id;
    const review = isUuid(reviewId) ? await this.reviews.find(ctx, reviewId, true) : null;
    if (!review || review.creatorId !== me || review.hiddenAt) throw notFound('Review');
    if (review.reply !== null) throw conflict('You already replied to this review.');
    const reply = (text ?? '').trim();
    if (!reply || reply.length > MAX_REPLY_TEXT) throw badInput(`A reply is 1 to ${MAX_REPLY_TEXT} characters.`, 'text');
    if (await this.blocks.isBlockedEitherWay(ctx, me, review.fanId)) throw forbidden('You cannot reply to someone you are blocked with.');
    await this.reviews.setReply(ctx, review.id, reply, ctx.clock.now());
    return (await this.views(ctx, [{ ...review, reply, repliedAt: ctx.clock.now() }]))[0];
  }

  /** Hides a review for a moderator (the moderation module audits it); returns it as it was. */
  async hide(ctx: RequestContext, reviewId: string, reason: string): Promise<ReviewRecord> {
    const review = isUuid(reviewId) ? await this.reviews.find(ctx, reviewId, true) : null;
    if (!review) throw notFound('Review');
    if (review.hiddenAt) throw conflict('This review is already hidden.');
    await this.reviews.hide(ctx, review.id, ctx.requireViewer().account.id, reason, ctx.clock.now());
    await this.refreshRating(ctx, review.creatorId);
    return review;
  }

  /** A creator's visible reviews, newest first; reviews by anyone the viewer is blocked with are left out. */
  async reviewsOf(ctx: RequestContext, creatorId: string, first: number, after: string | null): Promise<ConnectionPage<ReviewView>> {
    const viewer = ctx.viewer?.account.id;
    const separated = viewer ? await this.blocks.separatedFrom(ctx, viewer) : [];
    // A blocked pair do not see each other's reviews: the creator none by the fan, the fan none of the creator.
    const page = await readPage<ReviewRecord>(
      { kind: 'review', first, max: MAX_PAGE, after, validKey: ([at, id]) => !Number.isNaN(Date.parse(at)) && isUuid(id) },
      (r) => [r.createdAt.toISOString(), r.id],
      (key, limit) =>
        separated.includes(creatorId) ? Promise.resolve([]) : this.reviews.pageOf(ctx, creatorId, separated, key ? [key[0], key[1]] : null, limit),
    );
    return toConnection(page, await this.views(ctx, page.rows));
  }

  /** The reviews of these calls, by call id (for the parties of each call). */
  async reviewsOfCalls(ctx: RequestContext, callIds: readonly string[]): Promise<Map<string, ReviewView>> {
    const records = await this.reviews.findByCalls(ctx, callIds);
    const views = await this.views(ctx, records);
    return new Map(records.map((r, i) => [r.callId, views[i]]));
  }

  /** Whether the signed-in fan may review this call now (and has not yet). */
  async canReview(
    ctx: RequestContext,
    call: { id: string; fanId: string; state: string; billedSeconds: number | null; endedAt: Date | null },
  ): Promise<boolean> {
    const me = ctx.viewer?.account.id;
    if (!me || reviewRefusal(call, me, ctx.clock.now())) return false;
    return (await this.reviews.findByCalls(ctx, [call.id])).length === 0;
  }

  private async refreshRating(ctx: RequestContext, creatorId: string): Promise<void> {
    const { count, average } = await this.reviews.summaryOf(ctx, creatorId);
    await this.creators.recordRating(ctx, creatorId, count, average);
  }

  private async views(ctx: RequestContext, records: readonly ReviewRecord[]): Promise<ReviewView[]> {
    const people = await this.identity.people(
      ctx,
      records.map((r) => r.fanId),
    );
    return records.map((r) => ({
      id: r.id,
      creatorId: r.creatorId,
      rating: r.rating,
      text: r.text,
      fanDisplayName: people.get(r.fanId)?.displayName ?? 'A fan',
      createdAt: r.createdAt,
      reply: r.reply,
      repliedAt: r.repliedAt,
      hidden: r.hiddenAt !== null,
    }));
  }
}
