import { Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { IdArg } from '../../common/ids';
import { Participant, Role } from '../identity';
import { BlocksService } from './blocks.service';

@Resolver()
export class BlocksResolver {
  constructor(private readonly blocks: BlocksService) {}

  @Authorized(Role.FAN, Role.CREATOR)
  @Mutation(() => Boolean, { description: 'Blocks an account: no messages or calls between you, and neither sees the other in lists.' })
  blockAccount(@IdArg('accountId', { description: 'Who to block.' }) accountId: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.blocks.block(ctx, accountId);
  }

  @Authorized(Role.FAN, Role.CREATOR)
  @Mutation(() => Boolean, { description: 'Lifts a block you set.' })
  unblockAccount(@IdArg('accountId', { description: 'Who to unblock.' }) accountId: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.blocks.unblock(ctx, accountId);
  }

  @Authorized(Role.FAN, Role.CREATOR)
  @Query(() => [Participant], { description: 'The accounts you blocked.' })
  blockedAccounts(@Ctx() ctx: RequestContext): Promise<Participant[]> {
    return this.blocks.blockedAccounts(ctx);
  }
}
