import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../common/connection';
import { Participant } from '../identity';
import { Money } from './earnings.types';
import { PayoutStatus } from './payouts.rules';

registerEnumType(PayoutStatus, {
  name: 'PayoutStatus',
  description: 'Where a payout request is.',
  valuesConfig: {
    REQUESTED: { description: 'Asked for; the tokens are set aside from the earnings until staff review it.' },
    PROCESSING: { description: 'Approved; the transfer was sent to the payout provider, which has not confirmed it yet.' },
    PAID: { description: 'The provider confirmed the transfer: the money is in the creator’s payout account.' },
    REJECTED: { description: 'Staff rejected it (see `reason`); the tokens went back to the earnings.' },
    FAILED: { description: 'The provider failed or reversed the transfer (see `reason`); the tokens went back to the earnings.' },
  },
});

@ObjectType({ description: 'A request to pay a creator’s (or an agency’s) available earnings out to their payout account.' })
export class Payout {
  @Field(() => ID, { description: 'Identifier of the payout (also the idempotency key of its transfer).' })
  id: string;

  @Field(() => Participant, { description: 'Whose earnings are paid out.' })
  owner: Participant;

  @Field({ description: 'Whether it pays a creator’s earnings (CREATOR) or an agency’s (AGENCY).' })
  ownerKind: 'CREATOR' | 'AGENCY';

  @Field(() => Int, { description: 'Tokens of earnings paid out.' })
  tokens: number;

  @Field(() => Money, { description: 'What the tokens are worth in the default payout currency, as sent to the provider.' })
  amount: Money;

  @Field(() => PayoutStatus, { description: 'Where it is.' })
  status: PayoutStatus;

  @Field({ description: 'The payout provider (stripe, or dev: nothing is really paid).' })
  provider: string;

  @Field(() => String, { nullable: true, description: 'Why it was rejected or failed, when it was.' })
  reason: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was requested.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When its status last changed.' })
  updatedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When staff approved or rejected it.' })
  reviewedAt: Date | null;
}

@ObjectType({ description: 'Your payouts, newest first.' })
export class PayoutConnection extends Connection(Payout, { typeName: 'Payout', noun: 'payout', plural: 'payouts' }) {}

@ObjectType({ description: 'A single-use link to the payout provider’s onboarding form.' })
export class PayoutOnboardingLink {
  @Field({ description: 'Open it to set up (or finish setting up) the account payouts go to.' })
  url: string;

  @Field(() => GraphQLISODateTime, { description: 'When the link stops working (ask for a new one then).' })
  expiresAt: Date;

  @Field({ description: 'Payouts through this provider are not real money.' })
  testMode: boolean;
}

@InputType({ description: 'Filters of the staff’s payout list.' })
export class PayoutFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these payouts.' })
  ids?: string[] | null;

  @Field(() => PayoutStatus, { nullable: true, description: 'Only in this status.' })
  status?: PayoutStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only this creator’s (or agency owner’s).' })
  ownerId?: string | null;
}
