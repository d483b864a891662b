import { Arg, Authorized, Ctx, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { CallLinkMay } from '../../common/call-link';
import type { RequestContext } from '../../common/context';
import { OwnTransaction } from '../../common/transaction.middleware';
import { Role } from './account.entity';
import { AccountService } from './account.service';
import { CreateStaffAccountInput, NotificationPreferencesInput, SignUpInput } from './identity.inputs';
import { IdentityService, toAccountView } from './identity.service';
import { AccountView, AuthPayload, EmailChangeRequested, SignUpResult } from './identity.types';

const SLOW_HASH = 'argon2 runs first, outside any transaction: on the embedded database a transaction holds the single connection';

@Resolver()
export class IdentityResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly account: AccountService,
  ) {}

  @CallLinkMay('self')
  @Query(() => AccountView, { nullable: true, description: 'The signed-in account, or null when signed out.' })
  me(@Ctx() ctx: RequestContext): AccountView | null {
    return ctx.viewer ? toAccountView(ctx.viewer.account, ctx.viewer.account) : null;
  }

  @OwnTransaction(SLOW_HASH)
  @Mutation(() => SignUpResult, {
    description:
      'Creates a FAN or CREATOR account and emails a verification link. Answers the same when the address already has an account (that address gets a note instead), so it never reveals who is registered. Log in afterwards; buying, calling and payouts wait for the verification.',
  })
  signUp(@Arg('input', () => SignUpInput, { description: 'The new account.' }) input: SignUpInput, @Ctx() ctx: RequestContext) {
    return this.account.signUp(ctx, input);
  }

  @Mutation(() => AccountView, { description: 'Follows an emailed verification (or email-change) link. Each link works once and expires.' })
  verifyEmail(@Arg('token', { description: 'The `token` parameter of the link.' }) token: string, @Ctx() ctx: RequestContext) {
    return this.account.verifyEmail(ctx, token);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Sends a new verification link to the signed-in account’s address, unless it is verified already.' })
  resendVerificationEmail(@Ctx() ctx: RequestContext) {
    return this.account.resendVerificationEmail(ctx);
  }

  @Mutation(() => Boolean, {
    description: 'Emails a single-use password-reset link (30 minutes by default). Returns true whether or not the address has an account.',
  })
  requestPasswordReset(@Arg('email', { description: 'Address of the account.' }) email: string, @Ctx() ctx: RequestContext) {
    return this.account.requestPasswordReset(ctx, email);
  }

  @OwnTransaction(SLOW_HASH)
  @Mutation(() => Boolean, { description: 'Sets a new password from a reset link; every session of the account ends (log in again).' })
  resetPassword(
    @Arg('token', { description: 'The `token` parameter of the reset link.' }) token: string,
    @Arg('newPassword', { description: 'New password, at least 10 characters.' }) newPassword: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.account.resetPassword(ctx, token, newPassword);
  }

  @Authorized()
  @OwnTransaction(SLOW_HASH)
  @Mutation(() => Boolean, { description: 'Changes the password; needs the current one. Every other session of the account ends.' })
  changePassword(
    @Arg('currentPassword', { description: 'The password in use now.' }) currentPassword: string,
    @Arg('newPassword', { description: 'New password, at least 10 characters.' }) newPassword: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.account.changePassword(ctx, currentPassword, newPassword);
  }

  @Authorized()
  @OwnTransaction(SLOW_HASH)
  @Mutation(() => EmailChangeRequested, {
    description:
      'Asks to move the account to another address; needs the current password. The change happens when the link sent to the new address is followed.',
  })
  requestEmailChange(
    @Arg('newEmail', { description: 'The new address.' }) newEmail: string,
    @Arg('currentPassword', { description: 'The password in use now.' }) currentPassword: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.account.requestEmailChange(ctx, newEmail, currentPassword);
  }

  @Authorized()
  @Mutation(() => AccountView, { description: 'Changes which emails the signed-in account receives.' })
  updateNotificationPreferences(
    @Arg('input', () => NotificationPreferencesInput, { description: 'The preferences to change.' }) input: NotificationPreferencesInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.account.updateNotificationPreferences(ctx, input);
  }

  @OwnTransaction(SLOW_HASH)
  @Mutation(() => AuthPayload, {
    description: 'Signs in with email and password. Rate-limited per email and per IP; a refusal never says whether the email exists.',
  })
  logIn(
    @Arg('email', { description: 'Email address of the account.' }) email: string,
    @Arg('password', { description: 'Its password.' }) password: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.identity.logIn(ctx, email, password);
  }

  @OwnTransaction('a reused refresh token revokes its session, and that must commit although the mutation is refused')
  @Mutation(() => AuthPayload, {
    description: 'Exchanges a refresh token for new tokens. Each refresh token works once; reusing one ends the session.',
  })
  refreshSession(@Arg('refreshToken', { description: 'The latest refresh token of the session.' }) refreshToken: string, @Ctx() ctx: RequestContext) {
    return this.identity.refreshSession(ctx, refreshToken);
  }

  @CallLinkMay('self')
  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends the current session: its tokens stop working and its sockets close.' })
  logOut(@Ctx() ctx: RequestContext) {
    return this.identity.logOut(ctx);
  }

  @Authorized()
  @Mutation(() => AccountView, { description: 'Changes the signed-in account’s display name.' })
  updateDisplayName(@Arg('displayName', { description: 'New name, 1–50 characters.' }) displayName: string, @Ctx() ctx: RequestContext) {
    return this.identity.updateDisplayName(ctx, displayName);
  }

  @Authorized(Role.ADMIN)
  @OwnTransaction(SLOW_HASH)
  @Mutation(() => AccountView, { description: 'ADMIN only: creates a MODERATOR or ADMIN account.' })
  async createStaffAccount(
    @Arg('input', () => CreateStaffAccountInput, { description: 'The staff account.' }) input: CreateStaffAccountInput,
    @Ctx() ctx: RequestContext,
  ) {
    const account = await this.identity.createStaffAccount(ctx, input);
    return toAccountView(account, ctx.viewer?.account);
  }

  @CallLinkMay('self')
  @Authorized()
  @Subscription(() => AccountView, {
    topics: 'ACCOUNT_UPDATED',
    topicId: ({ context }: { context: RequestContext }) => context.requireViewer().account.id,
    description: 'The signed-in account each time it changes (name, status).',
  })
  accountUpdated(@Root() account: AccountView): AccountView {
    return account;
  }
}
