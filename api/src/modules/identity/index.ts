// The identity module: accounts, sessions, refresh tokens and emailed links (tables `account`, `session`,
// `refresh_token`, `account_token`).
import { Account } from './account.entity';
import { AccountToken } from './account-token.entity';
import { RefreshToken, Session } from './session.entity';

export { Account, AccountStatus, Role } from './account.entity';
export { RefreshToken, Session } from './session.entity';
export { AccountRepository, type AccountListFilter, type Person } from './account.repository';
export { SessionRepository } from './session.repository';
export { IdentityService, requireVerifiedEmail, toAccountView, type NewAccount, type TokenSettings } from './identity.service';
export { AccountService, type AccountLinkSettings } from './account.service';
export { AccountTokenRepository } from './account-token.repository';
export type { AccountMailer } from './account-mailer';
export type { AccountMail } from './account-emails';
export { IdentityResolver } from './identity.resolver';
export { AccountView, AuthPayload, EmailChangeRequested, NotificationPreferences, Participant, SignUpResult } from './identity.types';
export { CreateStaffAccountInput, SignUpInput, SignUpRole } from './identity.inputs';
export { authChecker } from './auth-checker';
export { LoginLimiter } from './login-limiter';
export { AccountEmailLimiter } from './account-email-limiter';
export { PasswordHasher } from './passwords';

/** The TypeORM entities of this module. */
export const identityEntities = [Account, Session, RefreshToken, AccountToken];
