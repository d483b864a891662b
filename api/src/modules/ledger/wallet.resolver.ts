import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { IdArg } from '../../common/ids';
import { Role } from '../identity';
import { AccountKind } from './ledger.model';
import { WalletService } from './wallet.service';
import { BalanceEntryConnection, BalancesChanged, Earnings, TransferRecord, Wallet } from './wallet.types';

@Resolver(() => Wallet)
export class WalletResolver {
  constructor(private readonly wallets: WalletService) {}

  @Authorized(Role.FAN)
  @Query(() => Wallet, { description: 'The signed-in fan’s wallet.' })
  async wallet(@Ctx() ctx: RequestContext): Promise<Wallet> {
    const ownerId = ctx.requireViewer().account.id;
    const balances = await this.wallets.balances(ctx, ownerId);
    return { available: balances.available, held: balances.held, frozen: balances.frozen, ownerId };
  }

  @FieldResolver(() => BalanceEntryConnection, { description: 'Changes to the available and held balances, newest first.' })
  history(
    @Root() wallet: Wallet,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last entry of the previous page (`pageInfo.endCursor`).' }) after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<BalanceEntryConnection> {
    return this.wallets.history(ctx, wallet.ownerId, [AccountKind.FAN_WALLET, AccountKind.FAN_HOLD], first, after);
  }

  @Authorized(Role.FAN, Role.CREATOR)
  @Subscription(() => BalancesChanged, {
    topics: 'BALANCES_CHANGED',
    topicId: ({ context }: { context: RequestContext }) => context.requireViewer().account.id,
    description: 'The signed-in account’s balances after every change (purchase, call minute, unlock, refund).',
  })
  walletChanged(@Root() event: { ownerId: string }, @Ctx() ctx: RequestContext): Promise<BalancesChanged> {
    return this.wallets.balances(ctx, event.ownerId);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => TransferRecord, {
    description:
      'ADMIN only: gives (positive amount) or takes (negative) tokens — a fan’s wallet or a creator’s earnings — against the promotions account, recorded with who and why.',
  })
  adjustWallet(
    @IdArg('accountId', { description: 'The account whose tokens change.' }) accountId: string,
    @Arg('amount', () => Int, { description: 'Tokens to add (positive) or take (negative).' }) amount: number,
    @Arg('reason', { description: 'Why, for the record (3–500 characters).' }) reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<TransferRecord> {
    return this.wallets.adjust(ctx, accountId, amount, reason);
  }
}

@Resolver(() => Earnings)
export class EarningsResolver {
  constructor(private readonly wallets: WalletService) {}

  @Authorized(Role.CREATOR)
  @Query(() => Earnings, { description: 'The signed-in creator’s earnings.' })
  async earnings(@Ctx() ctx: RequestContext): Promise<Earnings> {
    const ownerId = ctx.requireViewer().account.id;
    return { balance: (await this.wallets.balances(ctx, ownerId)).earnings, ownerId };
  }

  @FieldResolver(() => BalanceEntryConnection, { description: 'Earnings entries, newest first.' })
  history(
    @Root() earnings: Earnings,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last entry of the previous page (`pageInfo.endCursor`).' }) after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<BalanceEntryConnection> {
    return this.wallets.history(ctx, earnings.ownerId, [AccountKind.CREATOR_EARNINGS], first, after);
  }
}
