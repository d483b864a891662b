import { Arg, Authorized, Ctx, Int, Mutation, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { notFound } from '../../common/errors';
import { IdArg } from '../../common/ids';
import { Role } from '../identity';
import { ActivityService } from './activity.service';
import { ActivityItem } from './activity.types';
import { TipsService } from './tips.service';

@Resolver()
export class TipsResolver {
  constructor(
    private readonly tips: TipsService,
    private readonly activity: ActivityService,
  ) {}

  @Authorized(Role.FAN)
  @Mutation(() => ActivityItem, {
    description:
      'FAN only: tips a creator from your wallet (from the call screen or the chat), split by the commission like a call. Returns your activity item for it. Refused with INSUFFICIENT_TOKENS, SPENDING_LIMIT_REACHED or SELF_EXCLUDED; nothing moves then.',
  })
  async sendTip(
    @IdArg('creatorId', { description: 'The creator to tip.' }) creatorId: string,
    @Arg('amount', () => Int, { description: 'Tokens to give (1 to the platform’s TIP_MAX, 10,000 by default).' }) amount: number,
    @IdArg('callId', { nullable: true, description: 'The call it is sent from, if any (yours, with this creator).' }) callId: string | null,
    @Arg('note', () => String, { nullable: true, description: 'A short thank-you (at most 200 characters), kept with the tip.' }) note: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ActivityItem> {
    const itemId = await this.tips.sendTip(ctx, { creatorId, amount, callId, note });
    const item = await this.activity.item(ctx, itemId);
    if (!item) throw notFound('Tip');
    return item;
  }

  @Authorized(Role.CREATOR)
  @Subscription(() => ActivityItem, {
    topics: 'TIP_RECEIVED',
    topicId: ({ context }: { context: RequestContext }) => context.requireViewer().account.id,
    description: 'Tips to the signed-in creator as they arrive: the activity item with their own share (`total`) and the fan.',
  })
  async tipReceived(@Root() event: { itemId: string }, @Ctx() ctx: RequestContext): Promise<ActivityItem> {
    const item = await this.activity.item(ctx, event.itemId);
    if (!item) throw notFound('Tip');
    return item;
  }
}
