import type { ContextFactory, RequestContext } from '../../common/context';
import { AppError, badInput, ErrorCode, forbidden, notFound } from '../../common/errors';
import type { PubSub } from '../../common/pubsub';
import type { UnitOfWork } from '../../common/unit-of-work';
import { InvalidPushSubscriptionError, parsePushSubscription, type PushProvider } from '../../providers/push';
import { AvailabilityStatus, type Availability } from '../availability';
import type { BlocksService } from '../blocks';
import type { CreatorService } from '../creators';
import { Role } from '../identity';
import { ALERT_INTERVAL_MS, becameAvailable } from './alert-rules';
import type { AlertRecord, FavouriteRepository } from './favourite.repository';
import type { AvailabilityAlertView, FavouriteView, ViewerFavouriteView } from './favourite.types';

const MAX_PUSH_SUBSCRIPTIONS = 10;
/** An "available now" push is stale after a quarter of an hour. */
const PUSH_TTL_SECONDS = 900;

export interface FavouritesOptions {
  /** Admit http://127.0.0.1 push endpoints (local test push services); never in production. */
  allowLoopbackPush: boolean;
}

/**
 * Fans' favourites and "tell me when she's available": on the change of a favourite creator to available (a
 * pause ends, a window opens, they come online) each fan who asked gets an in-app alert and, when they
 * subscribed a browser, a Web Push notification — at most one per creator per fan per 6 hours.
 */
export class FavouritesService {
  constructor(
    private readonly favourites: FavouriteRepository,
    private readonly creators: CreatorService,
    private readonly blocks: BlocksService,
    private readonly push: PushProvider | null,
    private readonly pubsub: PubSub,
    private readonly uow: UnitOfWork,
    private readonly contexts: ContextFactory,
    private readonly options: FavouritesOptions,
  ) {}

  /** Adds the creator to the fan's favourites (or changes `notify`); `notify` null leaves it as it was. */
  async favourite(ctx: RequestContext, creatorId: string, notify: boolean | null): Promise<FavouriteView> {
    const fan = requireFan(ctx);
    const creator = await this.creators.find(ctx, creatorId);
    if (!creator || (await this.blocks.isBlockedEitherWay(ctx, fan, creatorId))) throw notFound('Creator');
    await this.favourites.upsert(ctx, fan, creatorId, notify, ctx.clock.now());
    const [view] = (await this.myFavourites(ctx)).filter((f) => f.creator.id === creatorId);
    return view;
  }

  async unfavourite(ctx: RequestContext, creatorId: string): Promise<boolean> {
    await this.favourites.remove(ctx, requireFan(ctx), creatorId);
    return true;
  }

  async myFavourites(ctx: RequestContext): Promise<FavouriteView[]> {
    const records = await this.favourites.ofFan(ctx, requireFan(ctx));
    const creators = new Map(
      (
        await this.creators.creatorViews(
          ctx,
          records.map((r) => r.creatorId),
        )
      ).map((c) => [c.id, c]),
    );
    return records.flatMap((r) => (creators.has(r.creatorId) ? [{ creator: creators.get(r.creatorId)!, notify: r.notify, createdAt: r.createdAt }] : []));
  }

  /** For the Creator.viewerFavourite field: what the signed-in fan chose about this creator. */
  async viewerFavourite(ctx: RequestContext, creatorId: string): Promise<ViewerFavouriteView | null> {
    const viewer = ctx.viewer?.account;
    if (!viewer || viewer.role !== Role.FAN) return null;
    const record = (await this.favourites.find(ctx, viewer.id, [creatorId])).get(creatorId);
    return { favourite: !!record, notify: record?.notify ?? false };
  }

  async myAlerts(ctx: RequestContext, first: number): Promise<AvailabilityAlertView[]> {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput('first must be between 1 and 100.', 'first');
    return this.alertViews(ctx, await this.favourites.alertsOf(ctx, requireFan(ctx), first));
  }

  async markAlertsRead(ctx: RequestContext): Promise<number> {
    return this.favourites.markRead(ctx, requireFan(ctx), ctx.clock.now());
  }

  /** The alert named by a pub/sub hint, for its fan. */
  async alertFor(ctx: RequestContext, alertId: string): Promise<AvailabilityAlertView | null> {
    const alert = await this.favourites.alert(ctx, alertId);
    if (!alert || alert.fanId !== ctx.viewer?.account.id) return null;
    return (await this.alertViews(ctx, [alert]))[0];
  }

  alertsStream(ctx: RequestContext): AsyncIterable<{ alertId: string }> {
    return this.pubsub.subscribe('AVAILABILITY_ALERT', requireFan(ctx));
  }

  /** The VAPID public key browsers subscribe with; null when push is not configured. */
  get pushPublicKey(): string | null {
    return this.push?.publicKey ?? null;
  }

  async registerPushSubscription(ctx: RequestContext, input: { endpoint: string; p256dh: string; auth: string }): Promise<boolean> {
    const me = ctx.requireViewer().account.id;
    if (!this.push) throw new AppError(ErrorCode.CONFLICT, 'Browser notifications are not configured on this server.', { reason: 'PUSH_DISABLED' });
    let subscription;
    try {
      subscription = parsePushSubscription(
        { endpoint: input.endpoint, keys: { p256dh: input.p256dh, auth: input.auth } },
        { allowLoopbackHttp: this.options.allowLoopbackPush },
      );
    } catch (err) {
      if (err instanceof InvalidPushSubscriptionError) throw badInput(err.message, 'subscription');
      throw err;
    }
    if ((await this.favourites.countPushSubscriptions(ctx, me)) >= MAX_PUSH_SUBSCRIPTIONS) {
      throw badInput(`At most ${MAX_PUSH_SUBSCRIPTIONS} browsers can receive your notifications; turn one off first.`, 'subscription');
    }
    await this.favourites.savePushSubscription(ctx, me, subscription, ctx.clock.now());
    return true;
  }

  async unregisterPushSubscription(ctx: RequestContext, endpoint: string): Promise<boolean> {
    await this.favourites.deletePushSubscription(ctx, endpoint, ctx.requireViewer().account.id);
    return true;
  }

  /**
   * The availability module's CreatorAvailabilityComputed, in the transaction that changed it: records what was
   * seen and, on the change to available, claims and writes the due alerts; the pushes go out after commit.
   */
  async availabilityComputed(ctx: RequestContext, creatorId: string, availability: Availability): Promise<void> {
    const next = { available: availability.status === AvailabilityStatus.AVAILABLE, online: availability.online };
    const now = ctx.clock.now();
    const prev = await this.favourites.swapState(ctx, creatorId, next, now);
    if (!becameAvailable(prev, next)) return;
    const excluded = await this.blocks.separatedFrom(ctx, creatorId);
    const fans = await this.favourites.claimDue(ctx, creatorId, now, new Date(now.getTime() - ALERT_INTERVAL_MS), excluded);
    if (!fans.length) return;
    const alerts = await this.favourites.insertAlerts(ctx, fans, creatorId, next.online, now);
    const creator = await this.creators.find(ctx, creatorId);
    ctx.afterCommit(() => {
      for (const alert of alerts) this.pubsub.publish('AVAILABILITY_ALERT', alert.fanId, { alertId: alert.id });
      if (creator && this.push) {
        const payload = {
          type: 'creator-available',
          title: `${creator.displayName} is available`,
          body: next.online ? 'Online now: call while they are here.' : 'Available by phone now: a call alerts them.',
          url: `/creators/${creator.handle}`,
          creatorId,
          online: next.online,
        };
        void this.sendPushes(fans, payload, creatorId);
      }
    });
  }

  /** Sends to every browser of these fans; subscriptions the push service says are gone are deleted. */
  private async sendPushes(fanIds: string[], payload: Record<string, unknown>, creatorId: string): Promise<void> {
    const ctx = this.contexts.system('push', { requestId: `push-${creatorId}` });
    try {
      const subscriptions = await this.favourites.pushSubscriptionsOf(ctx, fanIds);
      await Promise.all(
        subscriptions.map(async (s) => {
          const result = await this.push!.send(s, payload, PUSH_TTL_SECONDS, { urgency: 'high', topic: `avail${creatorId.replace(/-/g, '').slice(0, 27)}` });
          if (result.outcome === 'GONE') await this.uow.run(ctx, (tx) => this.favourites.deletePushSubscription(tx, s.endpoint));
          else if (result.outcome === 'FAILED') ctx.log.warn({ status: result.status, message: result.message }, 'push not sent');
        }),
      );
    } catch (err) {
      ctx.log.warn({ err }, 'could not send availability pushes');
    }
  }

  private async alertViews(ctx: RequestContext, alerts: readonly AlertRecord[]): Promise<AvailabilityAlertView[]> {
    const creators = new Map(
      (
        await this.creators.creatorViews(
          ctx,
          alerts.map((a) => a.creatorId),
        )
      ).map((c) => [c.id, c]),
    );
    return alerts.map((a) => ({ id: a.id, creator: creators.get(a.creatorId) ?? null, online: a.online, createdAt: a.createdAt, readAt: a.readAt }));
  }
}

function requireFan(ctx: RequestContext): string {
  const viewer = ctx.requireViewer();
  if (viewer.account.role !== Role.FAN) throw forbidden('Only fans keep favourites.');
  return viewer.account.id;
}
