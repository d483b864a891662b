import { Field, GraphQLISODateTime, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A fan’s own spending limits (responsible spending), enforced wherever tokens are spent.' })
export class SpendingLimits {
  @Field(() => Int, {
    nullable: true,
    description: 'The most one call may cost, in tokens: the call ends when it is reached (warned a minute before). Null: no cap.',
  })
  perCallCap: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The most that may be spent in any 24 hours across calls, chat unlocks and tips, in tokens. Null: no limit.',
  })
  dailyLimit: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Nothing can be spent before this instant (a self-exclusion); it cannot be shortened.' })
  excludedUntil: Date | null;

  @Field(() => Int, { description: 'Tokens spent in the last 24 hours (calls, unlocks, tips; refunds deducted).' })
  spentToday: number;
}

@InputType({ description: 'New spending limits. A limit can be lowered or removed at once, but not raised or removed during a self-exclusion.' })
export class SpendingLimitsInput {
  @Field(() => Int, { nullable: true, description: 'The most one call may cost, in tokens (1–10,000,000); null removes the cap.' })
  perCallCap: number | null;

  @Field(() => Int, { nullable: true, description: 'The most that may be spent in any 24 hours, in tokens (1–10,000,000); null removes the limit.' })
  dailyLimit: number | null;

  @Field(() => Int, { nullable: true, description: 'Starts (or lengthens) a self-exclusion: no spending for this many days from now (1–1830).' })
  excludeForDays?: number | null;
}
