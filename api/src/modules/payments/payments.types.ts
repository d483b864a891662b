import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum PurchaseStatus {
  PENDING = 'PENDING',
  COMPLETED = 'COMPLETED',
  PARTIALLY_REFUNDED = 'PARTIALLY_REFUNDED',
  REFUNDED = 'REFUNDED',
  DISPUTED = 'DISPUTED',
}
registerEnumType(PurchaseStatus, {
  name: 'PurchaseStatus',
  description: 'Where a token purchase stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for the payment; no tokens yet.' },
    COMPLETED: { description: 'Paid; the tokens are in the wallet.' },
    PARTIALLY_REFUNDED: { description: 'Part of the payment was refunded and that share of tokens taken back.' },
    REFUNDED: { description: 'Refunded; the tokens were taken back.' },
    DISPUTED: { description: 'The payment was disputed (chargeback); the tokens were taken back and the wallet frozen.' },
  },
});

@ObjectType({ description: 'A pack of tokens for sale.' })
export class TokenPack {
  @Field(() => ID, { description: 'Pack identifier, passed to purchaseTokens.' })
  id: string;

  @Field(() => Int, { description: 'Tokens the pack adds to the wallet.' })
  tokens: number;

  @Field(() => Int, { description: 'Price in the currency’s smallest unit (cents).' })
  priceCents: number;

  @Field({ description: 'ISO currency code, lower case.' })
  currency: string;
}

@ObjectType({ description: 'A purchase of a token pack.' })
export class Purchase {
  @Field(() => ID, { description: 'Identifier of the purchase.' })
  id: string;

  @Field({ description: 'The pack bought.' })
  packId: string;

  @Field(() => Int, { description: 'Tokens the purchase grants.' })
  tokens: number;

  @Field(() => PurchaseStatus, { description: 'Where the purchase stands.' })
  status: PurchaseStatus;

  @Field(() => GraphQLISODateTime, { description: 'When it was started.' })
  createdAt: Date;

  @Field(() => Int, { description: 'What was paid, in the currency’s smallest unit (cents).' })
  amountCents: number;

  @Field({ description: 'ISO currency code, lower case.' })
  currency: string;

  @Field({ description: 'Who took the payment: `stripe`, or `dev` (test mode, no real money).' })
  provider: string;

  @Field(() => Int, { description: 'Of the amount, what was refunded (or disputed), in cents.' })
  refundedCents: number;
}

@ObjectType({ description: 'What the client needs to complete a purchase.' })
export class PurchaseResult {
  @Field(() => Purchase, { description: 'The purchase; COMPLETED at once with the dev provider.' })
  purchase: Purchase;

  @Field(() => String, { nullable: true, description: 'Send the buyer here to pay (Stripe Checkout); null when already completed.' })
  checkoutUrl: string | null;

  @Field({ description: 'True when no real money moves (the dev provider, or Stripe test keys): show it in the UI.' })
  testMode: boolean;
}
