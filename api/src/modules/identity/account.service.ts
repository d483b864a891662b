import type { RequestContext } from '../../common/context';
import type { RateLimit } from '../../common/rate-limit';
import { AppError, badInput, conflict, ErrorCode, unauthenticated } from '../../common/errors';
import type { PubSub } from '../../common/pubsub';
import type { SocketRegistry } from '../../common/sockets';
import type { UnitOfWork } from '../../common/unit-of-work';
import { isUniqueViolation } from '../../db/errors';
import { AccountStatus, type Account, type Role } from './account.entity';
import type { AccountEmailLimiter } from './account-email-limiter';
import {
  type AccountMail,
  accountDeletedMail,
  changeEmailMail,
  changeEmailTakenMail,
  emailChangeRequestedMail,
  passwordChangedMail,
  passwordResetMail,
  signUpAttemptMail,
  verifyEmailMail,
} from './account-emails';
import { linkProblem, linkProblemMessage, linkUrl, normalizeEmail } from './account-links';
import type { AccountMailer } from './account-mailer';
import { AccountTokenPurpose } from './account-token.entity';
import type { AccountTokenRepository } from './account-token.repository';
import type { AccountRepository } from './account.repository';
import type { IdentityService } from './identity.service';
import type { NotificationPreferencesInput, SignUpInput } from './identity.inputs';
import { PASSWORD_MIN } from './identity.inputs';
import type { AccountView, EmailChangeRequested, SignUpResult } from './identity.types';
import { toAccountView } from './identity.service';
import type { PasswordHasher } from './passwords';
import type { SessionRepository } from './session.repository';
import { hashRefreshToken as hashSecret, newRefreshToken as newSecret } from './tokens';

/** Where links point and how long they work. */
export interface AccountLinkSettings {
  publicUrl: string;
  verifyEmailTtlMinutes: number;
  passwordResetTtlMinutes: number;
}

const SIGN_UP_ANSWER = 'Check your inbox: we sent a link to confirm your address. You can log in and look around meanwhile.';
const CHANGE_EMAIL_ANSWER = 'We sent a confirmation link to the new address; your email changes once it is followed.';
const WRONG_PASSWORD = 'Your current password is not correct.';

/**
 * The account's owner managing it: sign-up without revealing which addresses exist, email verification,
 * password reset by emailed single-use link, settings (name, email, password, notifications) and erasure.
 */
export class AccountService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly links: AccountTokenRepository,
    private readonly sessions: SessionRepository,
    private readonly identity: IdentityService,
    private readonly passwords: PasswordHasher,
    private readonly mailer: AccountMailer,
    private readonly settings: AccountLinkSettings,
    private readonly uow: UnitOfWork,
    private readonly pubsub: PubSub,
    private readonly sockets: SocketRegistry,
    private readonly limiter: AccountEmailLimiter,
    private readonly signUpsPerIp: RateLimit,
  ) {}

  /**
   * Answers the same whether or not the address has an account, and emails it either way: a verification link
   * for a new account, a "someone tried to sign up with your address" note for an existing one. A taken handle
   * is refused (handles are public anyway). Hashes first: the hash must not hold the database connection.
   */
  async signUp(ctx: RequestContext, input: SignUpInput): Promise<SignUpResult> {
    // Counted before the (deliberately slow) hash: a flood from one network costs it nothing.
    await this.signUpsPerIp.consume(ctx.ip);
    const email = normalizeEmail(input.email);
    const passwordHash = await this.passwords.hash(input.password);
    await this.uow.run(ctx, async (tx) => {
      const handle = input.handle.trim().toLowerCase();
      if (await this.accounts.findByHandle(tx, handle)) throw conflict(`The handle "${handle}" is taken.`, 'handle');
      const existing = await this.accounts.findByEmail(tx, email);
      if (existing) {
        await this.send(tx, signUpAttemptMail(email, this.pageUrl('/login'), this.pageUrl('/forgot-password')));
        return;
      }
      const account = await this.identity.insertAccount(tx, { ...input, email, role: input.role as unknown as Role }, passwordHash, null);
      await this.sendVerification(tx, account, AccountTokenPurpose.VERIFY_EMAIL, email);
    });
    return { email, message: SIGN_UP_ANSWER };
  }

  /** Sends a fresh verification link to the signed-in account's address (no-op when already verified). */
  async resendVerificationEmail(ctx: RequestContext): Promise<boolean> {
    const account = await this.accounts.find(ctx, ctx.requireViewer().account.id);
    if (account && !account.emailVerifiedAt) await this.sendVerification(ctx, account, AccountTokenPurpose.VERIFY_EMAIL, account.email);
    return true;
  }

  /** Follows a verification or email-change link: single use, expiring, for the address it was sent to. */
  async verifyEmail(ctx: RequestContext, secret: string): Promise<AccountView> {
    const now = ctx.clock.now();
    const link = await this.links.findForUpdate(ctx, hashSecret(secret));
    const problem = linkProblem(link, [AccountTokenPurpose.VERIFY_EMAIL, AccountTokenPurpose.CHANGE_EMAIL], now);
    const account = link && !problem ? await this.accounts.find(ctx, link.accountId) : null;
    if (problem || !link || !account || account.status === AccountStatus.DELETED) throw linkRefused(problem ?? 'INVALID');
    if (link.purpose === AccountTokenPurpose.VERIFY_EMAIL && account.email !== link.email) throw linkRefused('INVALID');
    await this.links.spendAll(ctx, account.id, [link.purpose], now);
    let updated: Account;
    try {
      updated = await this.accounts.update(ctx, account.id, { email: link.email, emailVerifiedAt: now });
    } catch (err) {
      if (isUniqueViolation(err) === 'account_email_key') throw conflict('This address now belongs to another account.', 'email');
      throw err;
    }
    this.publishUpdated(ctx, updated);
    return toAccountView(updated, updated);
  }

  /** Emails a reset link when the address has an account; answers the same when it has none. */
  async requestPasswordReset(ctx: RequestContext, emailInput: string): Promise<boolean> {
    const email = normalizeEmail(emailInput);
    const account = await this.accounts.findByEmail(ctx, email);
    if (!account || account.status === AccountStatus.DELETED) {
      ctx.log.info({ event: 'password_reset_unknown_email' }, 'password reset asked for an address without an account');
      return true;
    }
    const secret = await this.issueLink(ctx, account.id, AccountTokenPurpose.RESET_PASSWORD, email, this.settings.passwordResetTtlMinutes);
    await this.send(ctx, passwordResetMail(email, linkUrl(this.settings.publicUrl, 'reset-password', secret), this.settings.passwordResetTtlMinutes));
    return true;
  }

  /**
   * Sets a new password from a reset link and ends every session of the account. Following the link proves
   * the address too, so an unverified one becomes verified. Hashes first (see signUp).
   */
  async resetPassword(ctx: RequestContext, secret: string, newPassword: string): Promise<boolean> {
    assertPasswordShape(newPassword, 'newPassword');
    const passwordHash = await this.passwords.hash(newPassword);
    const accountId = await this.uow.run(ctx, async (tx) => {
      const now = tx.clock.now();
      const link = await this.links.findForUpdate(tx, hashSecret(secret));
      const problem = linkProblem(link, [AccountTokenPurpose.RESET_PASSWORD], now);
      const account = link && !problem ? await this.accounts.find(tx, link.accountId) : null;
      if (problem || !link || !account || account.status === AccountStatus.DELETED) throw linkRefused(problem ?? 'INVALID');
      await this.links.spendAll(tx, account.id, [AccountTokenPurpose.RESET_PASSWORD], now);
      const verified = account.emailVerifiedAt ?? (account.email === link.email ? now : null);
      await this.accounts.update(tx, account.id, { passwordHash, emailVerifiedAt: verified });
      await this.sessions.revokeAllOf(tx, account.id, 'PASSWORD_RESET');
      await this.send(tx, passwordChangedMail(account.email, this.pageUrl('/forgot-password')));
      return account.id;
    });
    this.sockets.closeAccount(accountId, 4401, 'Password reset');
    return true;
  }

  /** Needs the current password; ends every other session of the account (this one stays signed in). */
  async changePassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<boolean> {
    const viewer = ctx.requireViewer();
    assertPasswordShape(newPassword, 'newPassword');
    await this.checkPassword(ctx, viewer.account.id, currentPassword);
    const passwordHash = await this.passwords.hash(newPassword);
    const ended = await this.uow.run(ctx, async (tx) => {
      await this.accounts.update(tx, viewer.account.id, { passwordHash });
      const others = await this.sessions.revokeOthers(tx, viewer.account.id, viewer.sessionId, 'PASSWORD_CHANGED');
      await this.links.spendAll(tx, viewer.account.id, [AccountTokenPurpose.RESET_PASSWORD], tx.clock.now());
      await this.send(tx, passwordChangedMail(viewer.account.email, this.pageUrl('/forgot-password')));
      return others;
    });
    for (const sessionId of ended) this.sockets.closeSession(sessionId, 4401, 'Password changed');
    return true;
  }

  /**
   * Asks to move the account to another address: needs the current password; the address changes (verified)
   * only when the link sent there is followed. The answer is the same when the address belongs to someone else.
   */
  async requestEmailChange(ctx: RequestContext, newEmailInput: string, currentPassword: string): Promise<EmailChangeRequested> {
    const viewer = ctx.requireViewer();
    const newEmail = normalizeEmail(newEmailInput);
    if (newEmail === viewer.account.email) throw badInput('That is already your email address.', 'email');
    await this.checkPassword(ctx, viewer.account.id, currentPassword);
    await this.uow.run(ctx, async (tx) => {
      if (await this.accounts.findByEmail(tx, newEmail)) {
        await this.send(tx, changeEmailTakenMail(newEmail));
        return;
      }
      const account = await this.accounts.find(tx, viewer.account.id);
      if (!account) throw unauthenticated();
      await this.sendVerification(tx, account, AccountTokenPurpose.CHANGE_EMAIL, newEmail);
      await this.send(tx, emailChangeRequestedMail(account.email, newEmail));
    });
    return { pendingEmail: newEmail, message: CHANGE_EMAIL_ANSWER };
  }

  async updateNotificationPreferences(ctx: RequestContext, input: NotificationPreferencesInput): Promise<AccountView> {
    const viewer = ctx.requireViewer();
    const patch = {
      ...(input.missedCalls != null ? { notifyMissedCalls: input.missedCalls } : {}),
      ...(input.messages != null ? { notifyMessages: input.messages } : {}),
      ...(input.productNews != null ? { notifyProductNews: input.productNews } : {}),
    };
    const account = Object.keys(patch).length ? await this.accounts.update(ctx, viewer.account.id, patch) : await this.accounts.find(ctx, viewer.account.id);
    if (!account) throw unauthenticated();
    this.publishUpdated(ctx, account);
    return toAccountView(account, account);
  }

  /** Verifies the signed-in account's password outside any transaction (argon2 is slow on purpose). */
  async checkPassword(ctx: RequestContext, accountId: string, password: string): Promise<void> {
    const account = await this.accounts.findWithPasswordHashById(ctx, accountId);
    if (!account || !(await this.passwords.verify(account.passwordHash, password))) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, WRONG_PASSWORD, { field: 'currentPassword' });
    }
  }

  /**
   * Erases the account's personal data in the caller's transaction: the row stays (the ledger and call history
   * name it) with an anonymous address, name and handle and an unusable password; sessions end, links go.
   * Other modules erase what they hold about it in the same transaction (the privacy module calls them).
   */
  async eraseAccount(ctx: RequestContext, accountId: string): Promise<Account> {
    const account = await this.accounts.find(ctx, accountId);
    if (!account || account.status === AccountStatus.DELETED) throw unauthenticated('This account no longer exists.');
    const anonymous = accountId.replace(/-/g, '').slice(0, 22);
    const erased = await this.accounts.update(ctx, accountId, {
      email: `deleted-${accountId}@deleted.invalid`,
      passwordHash: '!deleted',
      displayName: 'Deleted account',
      handle: `deleted_${anonymous}`,
      status: AccountStatus.DELETED,
      suspendedReason: null,
      emailVerifiedAt: null,
      deletedAt: ctx.clock.now(),
      notifyMissedCalls: false,
      notifyMessages: false,
      notifyProductNews: false,
    });
    await this.sessions.revokeAllOf(ctx, accountId, 'DELETED');
    await this.links.deleteAllOf(ctx, accountId);
    await this.send(ctx, accountDeletedMail(account.email));
    ctx.afterCommit(() => this.sockets.closeAccount(accountId, 4401, 'Account deleted'));
    return erased;
  }

  private async sendVerification(ctx: RequestContext, account: Account, purpose: AccountTokenPurpose, email: string): Promise<void> {
    const ttl = this.settings.verifyEmailTtlMinutes;
    const secret = await this.issueLink(ctx, account.id, purpose, email, ttl);
    const url = linkUrl(this.settings.publicUrl, 'verify-email', secret);
    const message =
      purpose === AccountTokenPurpose.CHANGE_EMAIL
        ? changeEmailMail(email, account.displayName, url, ttl)
        : verifyEmailMail(email, account.displayName, url, ttl);
    await this.send(ctx, message);
  }

  private async issueLink(ctx: RequestContext, accountId: string, purpose: AccountTokenPurpose, email: string, ttlMinutes: number): Promise<string> {
    const secret = newSecret();
    const expiresAt = new Date(ctx.clock.now().getTime() + ttlMinutes * 60_000);
    await this.links.insert(ctx, { accountId, purpose, tokenHash: hashSecret(secret), email, expiresAt });
    return secret;
  }

  /** Hands a message to the mailer for after the commit, unless the address had its hourly allowance. */
  private async send(ctx: RequestContext, message: AccountMail): Promise<void> {
    if (await this.limiter.allow(message.to)) this.mailer.sendEmailAfterCommit(ctx, message);
    else ctx.log.warn({ event: 'account_email_limited' }, 'account email skipped: the address had too many this hour');
  }

  private pageUrl(path: string): string {
    return new URL(path, this.settings.publicUrl).toString();
  }

  private publishUpdated(ctx: RequestContext, account: Account): void {
    const view = toAccountView(account, account);
    ctx.afterCommit(() => this.pubsub.publish('ACCOUNT_UPDATED', account.id, view));
  }
}

function linkRefused(problem: keyof typeof linkProblemMessage): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, linkProblemMessage[problem], { field: 'token', reason: `LINK_${problem}` });
}

function assertPasswordShape(password: string, field: string): void {
  if (password.length < PASSWORD_MIN) throw badInput(`${field} must be at least ${PASSWORD_MIN} characters long.`, field);
  if (password.length > 200) throw badInput(`${field} must be at most 200 characters long.`, field);
}
