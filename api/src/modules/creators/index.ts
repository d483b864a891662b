// The creators module: profiles and call settings (table `creator_profile`) and phone verification (table
// `phone_verification`). Its repository is availability's AvailabilitySettingsSource.
import { CreatorProfile } from './creator-profile.entity';
import { PhoneVerification } from './phone-verification.entity';

export { CreatorRepository, availabilitySettingsOf, type CreatorRecord } from './creator.repository';
export { PhoneVerificationRepository } from './phone-verification.repository';
export { CreatorService, MAX_PAGE, PAUSE_MINUTES, toCreatorView, toPhotoView, type PriceRange } from './creator.service';
export type { PhotoSummary } from './creator-profile.entity';
export { PhoneVerificationService, CODE_TTL_MS, MAX_SENDS_PER_HOUR, MAX_WRONG_CODES } from './phone-verification.service';
export { CreatorResolver } from './creator.resolver';
export { CreatorSettingsResolver } from './creator-settings.resolver';
export { CreatorConnection, CreatorSettingsView, CreatorSort, CreatorView, ImageVariantView, PhoneVerificationView, PhotoView } from './creator.types';

/** The TypeORM entities of this module. */
export const creatorEntities = [CreatorProfile, PhoneVerification];
