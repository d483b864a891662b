import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An amount of money.' })
export class Money {
  @Field(() => Int, { description: 'In the smallest unit of the currency (cents).' })
  amountCents: number;

  @Field({ description: 'ISO 4217 code, lower case (usd, eur).' })
  currency: string;
}

@ObjectType({ description: 'A creator’s earnings in tokens and in money: pending within the holding period, available after it, and paid out.' })
export class EarningsSummary {
  @Field(() => Int, { description: 'Tokens earned and not yet paid out (their own share, after commission and refunds).' })
  balance: number;

  @Field(() => Int, { description: 'Of which earned within the holding period (held back against refunds and chargebacks).' })
  pending: number;

  @Field(() => Int, { description: 'Of which past the holding period.' })
  available: number;

  @Field(() => Int, { description: 'Tokens set aside for payouts requested and not yet paid (or returned).' })
  inPayout: number;

  @Field(() => Int, { description: 'Tokens paid out so far (payouts the provider confirmed).' })
  paidOut: number;

  @Field(() => Int, { description: 'Days new earnings stay pending.' })
  holdingDays: number;

  @Field(() => [Money], { description: 'The balance in each payout currency (the first is the default).' })
  balanceValue: Money[];

  @Field(() => [Money], { description: 'The pending tokens in each payout currency.' })
  pendingValue: Money[];

  @Field(() => [Money], { description: 'The available tokens in each payout currency.' })
  availableValue: Money[];

  @Field(() => [Money], { description: 'What one token is worth in each payout currency.' })
  tokenValue: Money[];

  @Field(() => [Money], { description: 'The paid-out tokens in each payout currency.' })
  paidOutValue: Money[];
}
