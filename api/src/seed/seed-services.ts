import type { Clock } from '../common/clock';
import type { Config } from '../config';
import type { PresenceService } from '../modules/availability';
import type { PhotosService } from '../modules/photos';
import type { ReviewsService } from '../modules/reviews';
import type { ContextFactory } from '../common/context';
import type { Logger } from '../common/logger';
import type { UnitOfWork } from '../common/unit-of-work';
import type { CreatorService } from '../modules/creators';
import type { IdentityService } from '../modules/identity';
import type { LedgerService } from '../modules/ledger';
import type { AgenciesService } from '../modules/agencies';

/** What seeding uses (main.ts passes the app, which has all of it). */
export interface SeedServices {
  readonly identity: IdentityService;
  readonly ledger: LedgerService;
  readonly creators: CreatorService;
  readonly photos: PhotosService;
  readonly reviews: ReviewsService;
  readonly presence: PresenceService;
  readonly agencies: AgenciesService;
  readonly config: Pick<Config, 'COMMISSION_BPS'>;
  readonly uow: UnitOfWork;
  readonly contexts: ContextFactory;
  readonly clock: Clock;
  readonly log: Logger;
}
