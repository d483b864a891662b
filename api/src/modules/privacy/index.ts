// The privacy module: the owner's data export and account deletion, across the modules below it. No tables.
export { PrivacyService } from './privacy.service';
export { PrivacyResolver } from './privacy.resolver';
export { AccountDeleted, DeleteAccountResult, DeletionNeedsConfirmation } from './privacy.types';
