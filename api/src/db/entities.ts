import { Account } from '../modules/identity/account.entity';
import { RefreshToken, Session } from '../modules/identity/session.entity';
import { CreatorProfile } from '../modules/creators/creator-profile.entity';
import { PhoneVerification } from '../modules/creators/phone-verification.entity';
import { SmsOutboxMessage } from '../modules/notifications/sms-outbox.entity';
import { Timer } from '../modules/timers/timer.entity';

/** Every TypeORM entity, listed once so the data source needs no file globbing. */
export const entities = [Account, Session, RefreshToken, CreatorProfile, PhoneVerification, SmsOutboxMessage, Timer];
