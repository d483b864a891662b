import type { RequestContext, Viewer, ViewerAccount } from '../../common/context';
import { AppError, conflict, ErrorCode, notFound, unauthenticated } from '../../common/errors';
import type { PubSub } from '../../common/pubsub';
import type { SocketRegistry } from '../../common/sockets';
import type { UnitOfWork } from '../../common/unit-of-work';
import { isUniqueViolation } from '../../db/errors';
import { AccountStatus, Role, type Account } from './account.entity';
import type { AccountListFilter, AccountRepository, Person } from './account.repository';
import type { CreateStaffAccountInput } from './identity.inputs';
import type { AccountView, AuthPayload, NotificationPreferences } from './identity.types';
import type { LoginLimiter } from './login-limiter';
import type { PasswordHasher } from './passwords';
import type { Session } from './session.entity';
import type { SessionRepository } from './session.repository';
import { hashRefreshToken, newRefreshToken, signAccessToken, verifyAccessToken } from './tokens';
import type { ListArgs } from '../../common/staff-list';

const INVALID_LOGIN = 'Email or password is incorrect.';

/** The longest a call link's session lasts: a ring and a long call, with room to spare. */
export const CALL_LINK_SESSION_SECONDS = 4 * 3600;

export interface NewAccount {
  email: string;
  /** Plain text; hashed here before the unit of work starts (argon2 is slow on purpose). */
  password: string;
  displayName: string;
  handle: string;
  role: Role;
}

/** Token lifetimes and the signing secret. */
export interface TokenSettings {
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
}

/** Accounts, passwords and sessions: who is asking, and proving it. */
export class IdentityService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly sessions: SessionRepository,
    private readonly passwords: PasswordHasher,
    private readonly loginLimiter: LoginLimiter,
    private readonly tokens: TokenSettings,
    private readonly uow: UnitOfWork,
    private readonly pubsub: PubSub,
    private readonly sockets: SocketRegistry,
  ) {}

  /** Creates a MODERATOR or ADMIN account; only admins (checked by the resolver) and the CLI call it. */
  async createStaffAccount(ctx: RequestContext, input: CreateStaffAccountInput): Promise<Account> {
    return this.createAccount(ctx, input);
  }

  /**
   * An account made by staff, the CLI or the demo seed: its address is taken as verified. Hashes first, then
   * one unit of work: argon2 must not hold the database connection.
   */
  async createAccount(ctx: RequestContext, input: NewAccount): Promise<Account> {
    const passwordHash = await this.passwords.hash(input.password);
    return this.uow.run(ctx, (tx) => this.insertAccount(tx, input, passwordHash, tx.clock.now()));
  }

  /** Inserts the account row (the account module's sign-up passes `emailVerifiedAt: null`). */
  async insertAccount(ctx: RequestContext, input: NewAccount, passwordHash: string, emailVerifiedAt: Date | null): Promise<Account> {
    const fields = {
      email: input.email.trim().toLowerCase(),
      passwordHash,
      displayName: input.displayName.trim(),
      handle: input.handle.trim().toLowerCase(),
      role: input.role,
      emailVerifiedAt,
    };
    if (!fields.displayName) throw new AppError(ErrorCode.BAD_USER_INPUT, 'displayName must not be blank.', { field: 'displayName' });
    try {
      return await this.accounts.insert(ctx, fields);
    } catch (err) {
      const index = isUniqueViolation(err);
      if (index === 'account_handle_key') throw conflict(`The handle "${fields.handle}" is taken.`, 'handle');
      if (index === 'account_email_key') throw conflict('An account with this email already exists; log in instead.', 'email');
      throw err;
    }
  }

  /** Verifies the password outside any transaction, then issues the session in one unit of work. */
  async logIn(ctx: RequestContext, emailInput: string, password: string): Promise<AuthPayload> {
    const email = emailInput.trim().toLowerCase();
    await this.loginLimiter.beforeAttempt(ctx.ip, email);
    const account = await this.accounts.findWithPasswordHash(ctx, email);
    const ok = account ? await this.passwords.verify(account.passwordHash, password) : (await this.passwords.burnVerification(password), false);
    if (!account || !ok) {
      await this.loginLimiter.failed(email);
      ctx.log.info({ event: 'login_failed' }, 'log-in refused');
      throw unauthenticated(INVALID_LOGIN);
    }
    await this.loginLimiter.succeeded(email);
    assertActive(account);
    return this.uow.run(ctx, (tx) => this.issueSession(tx, account));
  }

  /**
   * Rotates a refresh token. Presenting an already-used token revokes its whole session (a stolen copy):
   * that revocation commits, and the refusal is thrown after its unit of work.
   */
  async refreshSession(ctx: RequestContext, refreshToken: string): Promise<AuthPayload> {
    const now = ctx.clock.now();
    const outcome = await this.uow.run(ctx, async (tx) => {
      const token = await this.sessions.findRefreshTokenForUpdate(tx, hashRefreshToken(refreshToken));
      if (!token) return { error: 'Refresh token is not valid.' } as const;
      const session = await this.sessions.find(tx, token.sessionId);
      const owner = session && (await this.accounts.find(tx, session.accountId));
      if (owner?.status === AccountStatus.SUSPENDED) return { suspended: true } as const;
      if (!session || session.revokedAt) return { error: 'This session has ended; log in again.' } as const;
      if (token.usedAt) {
        await this.sessions.revoke(tx, session.id, 'REFRESH_REUSE');
        tx.log.warn({ event: 'refresh_reuse', sessionId: session.id }, 'refresh token reused; session revoked');
        return { error: 'Refresh token was already used; the session has been ended for safety. Log in again.' } as const;
      }
      if (token.expiresAt <= now) return { error: 'Refresh token expired; log in again.' } as const;
      const account = await this.accounts.find(tx, session.accountId);
      if (!account) return { error: 'This session has ended; log in again.' } as const;
      assertActive(account);
      await this.sessions.markUsed(tx, token.id, now);
      return { payload: await this.issueTokens(tx, account, session) } as const;
    });
    if ('suspended' in outcome) throw new AppError(ErrorCode.ACCOUNT_SUSPENDED, 'This account is suspended.');
    if ('error' in outcome) throw unauthenticated(outcome.error);
    return outcome.payload;
  }

  async logOut(ctx: RequestContext): Promise<boolean> {
    const viewer = ctx.requireViewer();
    await this.sessions.revoke(ctx, viewer.sessionId, 'LOG_OUT');
    ctx.afterCommit(() => this.sockets.closeSession(viewer.sessionId, 4401, 'Logged out'));
    return true;
  }

  async updateDisplayName(ctx: RequestContext, displayName: string): Promise<AccountView> {
    const viewer = ctx.requireViewer();
    const name = displayName.trim();
    if (!name || name.length > 50) throw new AppError(ErrorCode.BAD_USER_INPUT, 'displayName must be 1 to 50 characters long.', { field: 'displayName' });
    const account = await this.accounts.update(ctx, viewer.account.id, { displayName: name });
    const view = toAccountView(account, account);
    ctx.afterCommit(() => this.pubsub.publish('ACCOUNT_UPDATED', account.id, view));
    return view;
  }

  /**
   * Suspends an account: it is refused on its next request, its sessions end and, once this commits, its
   * sockets close. (Moderation ends live calls and adds the audit record in the same transaction.)
   */
  async suspendAccount(ctx: RequestContext, accountId: string, reason: string): Promise<Account> {
    const account = await this.accounts.find(ctx, accountId);
    if (!account) throw notFound('Account');
    if (account.status === AccountStatus.DELETED) throw conflict('This account was deleted by its owner; there is nothing to suspend.');
    const updated = await this.accounts.update(ctx, accountId, { status: AccountStatus.SUSPENDED, suspendedReason: reason });
    await this.sessions.revokeAllOf(ctx, accountId, 'SUSPENDED');
    ctx.afterCommit(() => {
      this.pubsub.publish('ACCOUNT_UPDATED', accountId, toAccountView(updated, updated));
      this.sockets.closeAccount(accountId, 4403, 'Account suspended');
    });
    return updated;
  }

  async reinstateAccount(ctx: RequestContext, accountId: string): Promise<Account> {
    const account = await this.accounts.find(ctx, accountId);
    if (!account) throw notFound('Account');
    if (account.status === AccountStatus.DELETED) throw conflict('This account was deleted by its owner and cannot be reinstated.');
    return this.accounts.update(ctx, accountId, { status: AccountStatus.ACTIVE, suspendedReason: null });
  }

  /**
   * Resolves an access token to its viewer: the signature and expiry, then the session and the account,
   * read fresh on every request so a log-out or a suspension takes effect at once.
   */
  async authenticate(ctx: RequestContext, accessToken: string): Promise<Viewer> {
    const claims = verifyAccessToken(accessToken, this.tokens.jwtSecret, ctx.clock.now());
    if (!claims) throw unauthenticated('Access token is invalid or expired.');
    const found = await this.accounts.findWithSession(ctx, claims.accountId, claims.sessionId);
    // A suspension also ends the sessions: say "suspended" (the signature proves whose token it is), not "ended".
    if (found) assertActive(found.account);
    if (!found || found.revoked || (found.expiresAt && found.expiresAt <= ctx.clock.now())) throw unauthenticated('This session has ended; log in again.');
    return { account: found.account, sessionId: claims.sessionId, callScope: found.callId };
  }

  findAccount(ctx: RequestContext, id: string): Promise<Account | null> {
    return this.accounts.find(ctx, id);
  }

  findByHandle(ctx: RequestContext, handle: string): Promise<Account | null> {
    return this.accounts.findByHandle(ctx, handle);
  }

  /** The account, or NOT_FOUND. */
  async account(ctx: RequestContext, id: string): Promise<Account> {
    const account = await this.accounts.find(ctx, id);
    if (!account) throw notFound('Account');
    return account;
  }

  /** Names and handles of many accounts, one query whatever their number. */
  people(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, Person>> {
    return this.accounts.people(ctx, ids);
  }

  isActiveCreator(ctx: RequestContext, id: string): Promise<boolean> {
    return this.accounts.isActiveCreator(ctx, id);
  }

  /** Staff's account list (react-admin grammar), as the staff member sees it. */
  async listAccounts(ctx: RequestContext, filter: AccountListFilter, args: ListArgs): Promise<AccountView[]> {
    const viewer = ctx.requireViewer().account;
    return (await this.accounts.list(ctx, filter, args)).map((account) => toAccountView(account, viewer));
  }

  countAccounts(ctx: RequestContext, filter: AccountListFilter): Promise<number> {
    return this.accounts.count(ctx, filter);
  }

  /** Starts a new session (device) for the account: log-in or sign-up. */
  async issueSession(ctx: RequestContext, account: Account): Promise<AuthPayload> {
    const session = await this.sessions.create(ctx, account.id);
    return this.issueTokens(ctx, account, session);
  }

  /**
   * A session for a creator's SMS call link: scoped to that one call (answer or decline it, its media, credentials
   * and chat; nothing else) and short-lived — its refresh tokens stop CALL_LINK_SESSION_SECONDS after the link
   * was opened, and what it may do is possible only while the call rings or runs.
   */
  async issueCallLinkSession(ctx: RequestContext, account: Account, callId: string): Promise<AuthPayload> {
    const expiresAt = new Date(ctx.clock.now().getTime() + CALL_LINK_SESSION_SECONDS * 1000);
    const session = await this.sessions.create(ctx, account.id, { callId, expiresAt });
    return this.issueTokens(ctx, account, session);
  }

  private async issueTokens(ctx: RequestContext, account: Account, session: Session): Promise<AuthPayload> {
    const { jwtSecret, accessTokenTtlSeconds, refreshTokenTtlSeconds } = this.tokens;
    const sessionId = session.id;
    const now = ctx.clock.now();
    const refreshToken = newRefreshToken();
    const refreshEnd = now.getTime() + refreshTokenTtlSeconds * 1000;
    const refreshTokenExpiresAt = new Date(Math.min(refreshEnd, session.expiresAt?.getTime() ?? Infinity));
    await this.sessions.addRefreshToken(ctx, { sessionId, tokenHash: hashRefreshToken(refreshToken), expiresAt: refreshTokenExpiresAt });
    return {
      accessToken: signAccessToken({ accountId: account.id, sessionId, role: account.role }, jwtSecret, accessTokenTtlSeconds, now),
      accessTokenExpiresAt: new Date(now.getTime() + accessTokenTtlSeconds * 1000),
      refreshToken,
      refreshTokenExpiresAt,
      account: toAccountView(account, account),
    };
  }
}

function assertActive(account: Account): void {
  if (account.status === AccountStatus.SUSPENDED) {
    throw new AppError(ErrorCode.ACCOUNT_SUSPENDED, 'This account is suspended.');
  }
  if (account.status === AccountStatus.DELETED) throw unauthenticated('This account was deleted.');
}

/**
 * Refuses an account whose address is not verified yet: buying tokens, calling and payouts need one. Other
 * modules call it where the money or the call starts.
 */
export function requireVerifiedEmail(ctx: RequestContext): void {
  const account = ctx.requireViewer().account;
  if (!account.emailVerifiedAt) {
    throw new AppError(ErrorCode.EMAIL_NOT_VERIFIED, 'Please verify your email address first: follow the link we sent you, or ask for a new one.');
  }
}

const STAFF = new Set<string>([Role.MODERATOR, Role.ADMIN]);

/** The public face of an account; the email only for the account itself and for staff. */
export function toAccountView(account: ViewerAccount, viewer: ViewerAccount | null | undefined): AccountView {
  const mayReadEmail = !!viewer && (viewer.id === account.id || STAFF.has(viewer.role));
  return {
    id: account.id,
    email: mayReadEmail ? account.email : null,
    displayName: account.displayName,
    handle: account.handle,
    role: account.role as Role,
    status: account.status as AccountStatus,
    createdAt: account.createdAt,
    emailVerified: mayReadEmail ? !!account.emailVerifiedAt : null,
    notificationPreferences: viewer?.id === account.id && 'notifyMissedCalls' in account ? preferencesOf(account as Account) : null,
  };
}

function preferencesOf(account: Account): NotificationPreferences {
  return { missedCalls: account.notifyMissedCalls, messages: account.notifyMessages, productNews: account.notifyProductNews };
}
