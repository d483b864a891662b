// The favourites module: fans' favourite creators and availability alerts (tables `favourite`,
// `creator_alert_state`, `availability_alert`) and browsers' push subscriptions (`push_subscription`).
export { FavouriteRepository } from './favourite.repository';
export { FavouritesService, type FavouritesOptions } from './favourites.service';
export { FavouritesResolver } from './favourites.resolver';
export { ALERT_INTERVAL_MS } from './alert-rules';
