import { Arg, Authorized, Ctx, Field, FieldResolver, InputType, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { IdArg } from '../../common/ids';
import { subscribeWith } from '../../common/resolver-container';
import { CreatorView } from '../creators';
import { Role } from '../identity';
import { AvailabilityAlertView, FavouriteView, ViewerFavouriteView } from './favourite.types';
import { FavouritesService } from './favourites.service';

@InputType({ description: 'A browser’s push subscription, as PushSubscription.toJSON() gives it.' })
export class PushSubscriptionInput {
  @Field({ description: 'The push service URL (https).' })
  endpoint: string;

  @Field({ description: 'keys.p256dh: the browser’s P-256 public key, URL-safe base64.' })
  p256dh: string;

  @Field({ description: 'keys.auth: the 16-byte secret, URL-safe base64.' })
  auth: string;
}

/** Favourites, availability alerts and browser push subscriptions. */
@Resolver(() => CreatorView)
export class FavouritesResolver {
  constructor(private readonly favourites: FavouritesService) {}

  @FieldResolver(() => ViewerFavouriteView, {
    nullable: true,
    description: 'For a signed-in fan: whether this creator is a favourite and alerts are on; null for anyone else.',
  })
  viewerFavourite(@Root() creator: CreatorView, @Ctx() ctx: RequestContext): Promise<ViewerFavouriteView | null> {
    return this.favourites.viewerFavourite(ctx, creator.id);
  }

  @Authorized(Role.FAN)
  @Query(() => [FavouriteView], { description: 'FAN only: your favourite creators, most recently added first.' })
  myFavourites(@Ctx() ctx: RequestContext): Promise<FavouriteView[]> {
    return this.favourites.myFavourites(ctx);
  }

  @Authorized(Role.FAN)
  @Mutation(() => FavouriteView, {
    description: 'FAN only: adds a creator to your favourites; `notify` turns “tell me when available” on or off (at most one alert per creator per 6 hours).',
  })
  favouriteCreator(
    @IdArg('creatorId', { description: 'The creator.' }) creatorId: string,
    @Arg('notify', () => Boolean, { nullable: true, description: 'Alerts on or off; omitted keeps the current choice (off for a new favourite).' })
    notify: boolean | null,
    @Ctx() ctx: RequestContext,
  ): Promise<FavouriteView> {
    return this.favourites.favourite(ctx, creatorId, notify);
  }

  @Authorized(Role.FAN)
  @Mutation(() => Boolean, { description: 'FAN only: removes a creator from your favourites (and their alerts).' })
  unfavouriteCreator(@IdArg('creatorId', { description: 'The creator.' }) creatorId: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.favourites.unfavourite(ctx, creatorId);
  }

  @Authorized(Role.FAN)
  @Query(() => [AvailabilityAlertView], { description: 'FAN only: your latest “available now” alerts, newest first.' })
  myAvailabilityAlerts(
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many, 1–100.' }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<AvailabilityAlertView[]> {
    return this.favourites.myAlerts(ctx, first);
  }

  @Authorized(Role.FAN)
  @Mutation(() => Int, { description: 'FAN only: marks all your alerts read; returns how many were unread.' })
  markAvailabilityAlertsRead(@Ctx() ctx: RequestContext): Promise<number> {
    return this.favourites.markAlertsRead(ctx);
  }

  @Authorized(Role.FAN)
  @Subscription(() => AvailabilityAlertView, {
    nullable: true,
    description: 'FAN only: each new “available now” alert, as it is written.',
    subscribe: subscribeWith(FavouritesResolver, (resolver, _args, ctx) => resolver.alertStream(ctx)),
  })
  availabilityAlertAdded(@Root() hint: { alertId: string }, @Ctx() ctx: RequestContext): Promise<AvailabilityAlertView | null> {
    return this.favourites.alertFor(ctx, hint.alertId);
  }

  alertStream(ctx: RequestContext): AsyncIterable<{ alertId: string }> {
    return this.favourites.alertsStream(ctx);
  }

  @Query(() => String, {
    nullable: true,
    description: 'The VAPID public key to subscribe browsers with (PushManager.subscribe); null when push is off. Public.',
  })
  pushPublicKey(): string | null {
    return this.favourites.pushPublicKey;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Signed in: lets this browser receive your notifications (at most 10 browsers).' })
  registerPushSubscription(
    @Arg('subscription', () => PushSubscriptionInput, { description: 'The browser’s subscription.' }) subscription: PushSubscriptionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return this.favourites.registerPushSubscription(ctx, subscription);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Signed in: stops notifications to this browser.' })
  unregisterPushSubscription(@Arg('endpoint', { description: 'The subscription’s endpoint.' }) endpoint: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.favourites.unregisterPushSubscription(ctx, endpoint);
  }
}
