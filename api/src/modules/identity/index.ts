// The identity module: accounts, sessions and refresh tokens (tables `account`, `session`, `refresh_token`).
import { Account } from './account.entity';
import { RefreshToken, Session } from './session.entity';

export { Account, AccountStatus, Role } from './account.entity';
export { RefreshToken, Session } from './session.entity';
export { AccountRepository, type AccountListFilter, type Person } from './account.repository';
export { SessionRepository } from './session.repository';
export { IdentityService, toAccountView, type NewAccount, type TokenSettings } from './identity.service';
export { IdentityResolver } from './identity.resolver';
export { AccountView, AuthPayload, Participant } from './identity.types';
export { CreateStaffAccountInput, SignUpInput, SignUpRole } from './identity.inputs';
export { authChecker } from './auth-checker';
export { LoginLimiter } from './login-limiter';
export { PasswordHasher } from './passwords';

/** The TypeORM entities of this module. */
export const identityEntities = [Account, Session, RefreshToken];
