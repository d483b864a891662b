import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { CallsService } from '../calls';
import { CreatorView } from '../creators';
import { usualAnswerSeconds } from './answer-time';

/** Signals fans judge a creator by, computed from their calls. */
@Resolver(() => CreatorView)
export class CreatorTrustResolver {
  constructor(private readonly calls: CallsService) {}

  @FieldResolver(() => Int, {
    nullable: true,
    description: '“Usually answers within” this many seconds: the median time to answer of their latest 20 answered calls; null with fewer than 3.',
  })
  async usuallyAnswersWithinSeconds(@Root() creator: CreatorView, @Ctx() ctx: RequestContext): Promise<number | null> {
    return usualAnswerSeconds(await this.calls.answerDelays(ctx, creator.id));
  }
}
