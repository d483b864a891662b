import type { RequestContext } from '../../common/context';
import { badInput } from '../../common/errors';
import type { IdentityService, Person } from '../identity';
import type { BlockRepository } from './block.repository';

/**
 * Blocking (DESIGN §6): a block either way stops messages and calls between two accounts and hides each from
 * the other's lists. The creators listing, calls and the messenger ask here; nothing here asks them.
 */
export class BlocksService {
  constructor(
    private readonly blocks: BlockRepository,
    private readonly identity: IdentityService,
  ) {}

  async block(ctx: RequestContext, accountId: string): Promise<boolean> {
    const viewer = ctx.requireViewer().account.id;
    if (accountId === viewer) throw badInput('You cannot block yourself.', 'accountId');
    await this.identity.account(ctx, accountId);
    await this.blocks.add(ctx, viewer, accountId);
    return true;
  }

  async unblock(ctx: RequestContext, accountId: string): Promise<boolean> {
    await this.blocks.remove(ctx, ctx.requireViewer().account.id, accountId);
    return true;
  }

  /** The accounts the signed-in account blocked, most recent first. */
  async blockedAccounts(ctx: RequestContext): Promise<Person[]> {
    const ids = await this.blocks.blockedBy(ctx, ctx.requireViewer().account.id);
    const people = await this.identity.people(ctx, ids);
    return ids.flatMap((id) => (people.has(id) ? [people.get(id)!] : []));
  }

  isBlockedEitherWay(ctx: RequestContext, a: string, b: string): Promise<boolean> {
    return this.blocks.eitherWay(ctx, a, b);
  }

  /** Everyone hidden from `accountId` by a block either way (to leave out of its lists). */
  separatedFrom(ctx: RequestContext, accountId: string): Promise<string[]> {
    return this.blocks.separatedFrom(ctx, accountId);
  }
}
