// The notifications module: outgoing texts, and the dev outbox that stands in for them (table `sms_outbox`).
import { SmsOutboxMessage } from './sms-outbox.entity';

export { NotificationService, DEV_OUTBOX_MAX, type OwnPhones } from './notification.service';
export { SmsOutboxRepository } from './sms-outbox.repository';
export { DevOutboxResolver } from './dev-outbox.resolver';

/** The TypeORM entities of this module. */
export const notificationEntities = [SmsOutboxMessage];
