import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../common/connection';
import { TransferKind } from './ledger.model';

export enum BalancePart {
  AVAILABLE = 'AVAILABLE',
  HELD = 'HELD',
  EARNINGS = 'EARNINGS',
}
registerEnumType(BalancePart, {
  name: 'BalancePart',
  description: 'Which balance an entry changed.',
  valuesConfig: {
    AVAILABLE: { description: 'The fan’s spendable tokens.' },
    HELD: { description: 'Tokens held for a call in progress.' },
    EARNINGS: { description: 'A creator’s earned tokens.' },
  },
});

@ObjectType({ description: 'One change to one of your balances.' })
export class BalanceEntry {
  @Field(() => ID, { description: 'Stable identifier of the entry.' })
  id: string;

  @Field(() => TransferKind, { description: 'Why the tokens moved.' })
  kind: TransferKind;

  @Field(() => BalancePart, { description: 'Which balance changed.' })
  part: BalancePart;

  @Field(() => Int, { description: 'Tokens added (positive) or taken (negative).' })
  amount: number;

  @Field(() => String, { nullable: true, description: 'Who or what was on the other side: a creator’s or fan’s name, or a label such as “Token purchase”.' })
  counterpart: string | null;

  @Field(() => String, { nullable: true, description: 'A short human description of the movement.' })
  memo: string | null;

  @Field(() => String, { nullable: true, description: 'What the movement is about, e.g. `call:<id>` or `purchase:<id>`.' })
  reference: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it happened.' })
  createdAt: Date;
}

@ObjectType({ description: 'A page of balance entries, newest first.' })
export class BalanceEntryConnection extends Connection(BalanceEntry, { typeName: 'BalanceEntry', noun: 'entry', plural: 'entries' }) {}

@ObjectType({ description: 'The signed-in fan’s tokens.' })
export class Wallet {
  @Field(() => Int, { description: 'Tokens that can be spent now.' })
  available: number;

  @Field(() => Int, { description: 'Tokens held for a call in progress; they return or are paid at the end.' })
  held: number;

  @Field({ description: 'True after a chargeback: the wallet cannot spend until support clears it.' })
  frozen: boolean;

  /** Owner whose history the field resolver pages through. */
  ownerId: string;
}

@ObjectType({ description: 'The signed-in creator’s earnings.' })
export class Earnings {
  @Field(() => Int, { description: 'Tokens earned and not yet paid out.' })
  balance: number;

  ownerId: string;
}

@ObjectType({ description: 'Balances after a change, pushed by walletChanged.' })
export class BalancesChanged {
  @Field(() => Int, { description: 'Spendable tokens.' })
  available: number;

  @Field(() => Int, { description: 'Held tokens.' })
  held: number;

  @Field(() => Int, { description: 'Earned tokens (creators).' })
  earnings: number;

  @Field({ description: 'Whether the wallet is frozen.' })
  frozen: boolean;
}

@ObjectType({ description: 'A completed ledger transfer.' })
export class TransferRecord {
  @Field(() => ID, { description: 'Identifier of the transfer.' })
  id: string;

  @Field(() => TransferKind, { description: 'Why the tokens moved.' })
  kind: TransferKind;

  @Field({ description: 'False when this idempotency key had already been applied and nothing changed.' })
  applied: boolean;

  @Field(() => GraphQLISODateTime, { description: 'When the transfer was made.' })
  createdAt: Date;
}
