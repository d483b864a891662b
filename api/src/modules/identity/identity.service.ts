import type { RequestContext, Viewer } from '../../common/context';
import { AppError, conflict, ErrorCode, notFound, unauthenticated } from '../../common/errors';
import { isUniqueViolation } from '../../db/errors';
import { Account, AccountStatus, Role } from './account.entity';
import type { CreateStaffAccountInput, SignUpInput } from './identity.inputs';
import type { AuthPayload, AccountView } from './identity.types';
import type { PasswordHasher } from './passwords';
import { RefreshToken, Session } from './session.entity';
import { hashRefreshToken, newRefreshToken, signAccessToken, verifyAccessToken } from './tokens';

const INVALID_LOGIN = 'Email or password is incorrect.';

export interface NewAccount {
  email: string;
  /** Plain text; hashed here before any transaction starts (argon2 is slow on purpose). */
  password: string;
  displayName: string;
  handle: string;
  role: Role;
}

/** Accounts, passwords and sessions: who is asking, and proving it. */
export class IdentityService {
  constructor(private readonly passwords: PasswordHasher) {}

  async signUp(ctx: RequestContext, input: SignUpInput): Promise<AuthPayload> {
    const passwordHash = await this.passwords.hash(input.password);
    return ctx.transaction(async (tx) => {
      const account = await this.insertAccount(tx, { ...input, role: input.role as unknown as Role }, passwordHash);
      return this.issueSession(tx, account);
    });
  }

  /** Creates a MODERATOR or ADMIN account; only admins (checked by the resolver) and the CLI call it. */
  async createStaffAccount(ctx: RequestContext, input: CreateStaffAccountInput): Promise<Account> {
    return this.createAccount(ctx, input);
  }

  async createAccount(ctx: RequestContext, input: NewAccount): Promise<Account> {
    const passwordHash = await this.passwords.hash(input.password);
    return ctx.transaction((tx) => this.insertAccount(tx, input, passwordHash));
  }

  private async insertAccount(ctx: RequestContext, input: NewAccount, passwordHash: string): Promise<Account> {
    const repo = ctx.em.getRepository(Account);
    const account = repo.create({
      email: input.email.trim().toLowerCase(),
      passwordHash,
      displayName: input.displayName.trim(),
      handle: input.handle.trim().toLowerCase(),
      role: input.role,
      status: AccountStatus.ACTIVE,
      suspendedReason: null,
    });
    if (!account.displayName) throw new AppError(ErrorCode.BAD_USER_INPUT, 'displayName must not be blank.', { field: 'displayName' });
    try {
      // A savepoint keeps the surrounding transaction usable when the insert hits a unique index.
      await ctx.em.transaction((em) => em.getRepository(Account).insert(account));
    } catch (err) {
      const index = isUniqueViolation(err);
      if (index === 'account_handle_key') throw conflict(`The handle "${account.handle}" is taken.`, 'handle');
      if (index === 'account_email_key') throw conflict('An account with this email already exists; log in instead.', 'email');
      throw err;
    }
    return account;
  }

  async logIn(ctx: RequestContext, emailInput: string, password: string): Promise<AuthPayload> {
    const email = emailInput.trim().toLowerCase();
    const limiter = ctx.app.loginLimiter;
    await limiter.beforeAttempt(ctx.ip, email);
    const account = await ctx.em.getRepository(Account).createQueryBuilder('a').addSelect('a.passwordHash').where('a.email = :email', { email }).getOne();
    const ok = account ? await this.passwords.verify(account.passwordHash, password) : (await this.passwords.burnVerification(password), false);
    if (!account || !ok) {
      await limiter.failed(email);
      ctx.log.info({ event: 'login_failed' }, 'log-in refused');
      throw unauthenticated(INVALID_LOGIN);
    }
    await limiter.succeeded(email);
    assertActive(account);
    return ctx.transaction((tx) => this.issueSession(tx, account));
  }

  /** Rotates a refresh token. Presenting an already-used token revokes its whole session (a stolen copy). */
  async refreshSession(ctx: RequestContext, refreshToken: string): Promise<AuthPayload> {
    const now = ctx.app.clock.now();
    const outcome = await ctx.transaction(async (tx) => {
      const token = await tx.em
        .getRepository(RefreshToken)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.tokenHash = :hash', { hash: hashRefreshToken(refreshToken) })
        .getOne();
      if (!token) return { error: 'Refresh token is not valid.' } as const;
      const session = await tx.em.getRepository(Session).findOneBy({ id: token.sessionId });
      if (!session || session.revokedAt) return { error: 'This session has ended; log in again.' } as const;
      if (token.usedAt) {
        await this.revokeSession(tx, session.id, 'REFRESH_REUSE');
        ctx.log.warn({ event: 'refresh_reuse', sessionId: session.id }, 'refresh token reused; session revoked');
        return { error: 'Refresh token was already used; the session has been ended for safety. Log in again.' } as const;
      }
      if (token.expiresAt <= now) return { error: 'Refresh token expired; log in again.' } as const;
      const account = await tx.em.getRepository(Account).findOneByOrFail({ id: session.accountId });
      assertActive(account);
      await tx.em.getRepository(RefreshToken).update({ id: token.id }, { usedAt: now });
      return { payload: await this.issueTokens(tx, account, session.id) } as const;
    });
    if ('error' in outcome) throw unauthenticated(outcome.error);
    return outcome.payload;
  }

  async logOut(ctx: RequestContext): Promise<boolean> {
    const viewer = ctx.requireViewer();
    await ctx.transaction((tx) => this.revokeSession(tx, viewer.sessionId, 'LOG_OUT'));
    ctx.app.sockets.closeSession(viewer.sessionId, 4401, 'Logged out');
    return true;
  }

  async updateDisplayName(ctx: RequestContext, displayName: string): Promise<AccountView> {
    const viewer = ctx.requireViewer();
    const name = displayName.trim();
    if (!name || name.length > 50) throw new AppError(ErrorCode.BAD_USER_INPUT, 'displayName must be 1 to 50 characters long.', { field: 'displayName' });
    return ctx.transaction(async (tx) => {
      await tx.em.getRepository(Account).update({ id: viewer.account.id }, { displayName: name });
      const account = await tx.em.getRepository(Account).findOneByOrFail({ id: viewer.account.id });
      const view = toAccountView(account, account);
      tx.afterCommit(() => ctx.app.pubsub.publish('ACCOUNT_UPDATED', account.id, view));
      return view;
    });
  }

  /**
   * Suspends an account: it is refused on its next request, its sessions end and its sockets close.
   * (Moderation adds the audit record and ends live calls around this.)
   */
  async suspendAccount(ctx: RequestContext, accountId: string, reason: string): Promise<Account> {
    const account = await ctx.transaction(async (tx) => {
      const repo = tx.em.getRepository(Account);
      const found = await repo.findOneBy({ id: accountId });
      if (!found) throw notFound('Account');
      await repo.update({ id: accountId }, { status: AccountStatus.SUSPENDED, suspendedReason: reason });
      await tx.em
        .createQueryBuilder()
        .update(Session)
        .set({ revokedAt: () => 'now()', revokedReason: 'SUSPENDED' })
        .where('account_id = :accountId AND revoked_at IS NULL', { accountId })
        .execute();
      const updated = await repo.findOneByOrFail({ id: accountId });
      tx.afterCommit(() => ctx.app.pubsub.publish('ACCOUNT_UPDATED', accountId, toAccountView(updated, updated)));
      return updated;
    });
    ctx.app.sockets.closeAccount(accountId, 4403, 'Account suspended');
    return account;
  }

  async reinstateAccount(ctx: RequestContext, accountId: string): Promise<Account> {
    return ctx.transaction(async (tx) => {
      const repo = tx.em.getRepository(Account);
      const found = await repo.findOneBy({ id: accountId });
      if (!found) throw notFound('Account');
      await repo.update({ id: accountId }, { status: AccountStatus.ACTIVE, suspendedReason: null });
      return repo.findOneByOrFail({ id: accountId });
    });
  }

  /**
   * Resolves an access token to its viewer: the signature and expiry, then the session and the account,
   * read fresh on every request so a log-out or a suspension takes effect at once.
   */
  async authenticate(ctx: RequestContext, accessToken: string): Promise<Viewer> {
    const claims = verifyAccessToken(accessToken, ctx.app.config.JWT_SECRET, ctx.app.clock.now());
    if (!claims) throw unauthenticated('Access token is invalid or expired.');
    const row = await ctx.em
      .getRepository(Account)
      .createQueryBuilder('a')
      .innerJoin(Session, 's', 's.account_id = a.id AND s.id = :sid', { sid: claims.sessionId })
      .addSelect('s.revoked_at', 'revoked_at')
      .where('a.id = :id', { id: claims.accountId })
      .getRawAndEntities();
    const account = row.entities[0];
    if (!account || row.raw[0]?.revoked_at) throw unauthenticated('This session has ended; log in again.');
    assertActive(account);
    return { account, sessionId: claims.sessionId };
  }

  async findAccount(ctx: RequestContext, id: string): Promise<Account | null> {
    return ctx.em.getRepository(Account).findOneBy({ id });
  }

  /** Starts a new session (device) for the account: log-in, sign-up, or a creator's SMS call link. */
  async issueSession(ctx: RequestContext, account: Account): Promise<AuthPayload> {
    const session = ctx.em.getRepository(Session).create({ accountId: account.id, revokedAt: null, revokedReason: null });
    await ctx.em.getRepository(Session).insert(session);
    return this.issueTokens(ctx, account, session.id);
  }

  private async issueTokens(ctx: RequestContext, account: Account, sessionId: string): Promise<AuthPayload> {
    const { config, clock } = ctx.app;
    const now = clock.now();
    const refreshToken = newRefreshToken();
    const refreshTokenExpiresAt = new Date(now.getTime() + config.REFRESH_TOKEN_TTL_SECONDS * 1000);
    await ctx.em.getRepository(RefreshToken).insert({
      sessionId,
      tokenHash: hashRefreshToken(refreshToken),
      expiresAt: refreshTokenExpiresAt,
      usedAt: null,
    });
    return {
      accessToken: signAccessToken({ accountId: account.id, sessionId, role: account.role }, config.JWT_SECRET, config.ACCESS_TOKEN_TTL_SECONDS, now),
      accessTokenExpiresAt: new Date(now.getTime() + config.ACCESS_TOKEN_TTL_SECONDS * 1000),
      refreshToken,
      refreshTokenExpiresAt,
      account: toAccountView(account, account),
    };
  }

  private async revokeSession(ctx: RequestContext, sessionId: string, reason: string): Promise<void> {
    await ctx.em
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where('id = :sessionId AND revoked_at IS NULL', { sessionId })
      .execute();
  }
}

function assertActive(account: Account): void {
  if (account.status === AccountStatus.SUSPENDED) {
    throw new AppError(ErrorCode.ACCOUNT_SUSPENDED, 'This account is suspended.');
  }
}

const STAFF = new Set([Role.MODERATOR, Role.ADMIN]);

/** The public face of an account; the email only for the account itself and for staff. */
export function toAccountView(account: Account, viewer: Account | null | undefined): AccountView {
  const mayReadEmail = !!viewer && (viewer.id === account.id || STAFF.has(viewer.role));
  return {
    id: account.id,
    email: mayReadEmail ? account.email : null,
    displayName: account.displayName,
    handle: account.handle,
    role: account.role,
    status: account.status,
    createdAt: account.createdAt,
  };
}
