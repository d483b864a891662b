import { Account } from '../modules/identity/account.entity';
import { RefreshToken, Session } from '../modules/identity/session.entity';

/** Every TypeORM entity, listed once so the data source needs no file globbing. */
export const entities = [Account, Session, RefreshToken];
