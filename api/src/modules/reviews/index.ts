// The reviews module: fans' reviews of calls (table `review`); keeps the creator's rating summary current.
export { ReviewRepository, type ReviewRecord } from './review.repository';
export { ReviewsService } from './reviews.service';
export { ReviewsResolver } from './reviews.resolver';
export { CreatorTrustResolver } from './creator-trust.resolver';
export { ReviewView, ReviewConnection } from './review.types';
