import { Arg, Authorized, Ctx, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { CallLinkMay } from '../../common/call-link';
import type { RequestContext } from '../../common/context';
import { OwnTransaction } from '../../common/transaction.middleware';
import { Role } from './account.entity';
import { CreateStaffAccountInput, SignUpInput } from './identity.inputs';
import { IdentityService, toAccountView } from './identity.service';
import { AccountView, AuthPayload } from './identity.types';

const SLOW_HASH = 'argon2 runs first, outside any transaction: on the embedded database a transaction holds the single connection';

@Resolver()
export class IdentityResolver {
  constructor(private readonly identity: IdentityService) {}

  @CallLinkMay('self')
  @Query(() => AccountView, { nullable: true, description: 'The signed-in account, or null when signed out.' })
  me(@Ctx() ctx: RequestContext): AccountView | null {
    return ctx.viewer ? toAccountView(ctx.viewer.account, ctx.viewer.account) : null;
  }

  @OwnTransaction(SLOW_HASH)
  @Mutation(() => AuthPayload, { description: 'Creates a FAN or CREATOR account and signs it in.' })
  signUp(@Arg('input', () => SignUpInput, { description: 'The new account.' }) input: SignUpInput, @Ctx() ctx: RequestContext) {
    return this.identity.signUp(ctx, input);
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
