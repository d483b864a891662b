import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../common/connection';
import { CallView } from '../calls';
import { Participant } from '../identity';
import { AccountKind, TransferKind, type OwnerKind } from '../ledger';

export enum ActivityKind {
  CALL = 'CALL',
  CHAT_UNLOCK = 'CHAT_UNLOCK',
  TIP = 'TIP',
  PURCHASE = 'PURCHASE',
  PROMOTION = 'PROMOTION',
  ADJUSTMENT = 'ADJUSTMENT',
  REFUND = 'REFUND',
  PAYOUT = 'PAYOUT',
  OTHER = 'OTHER',
}
registerEnumType(ActivityKind, {
  name: 'ActivityKind',
  description: 'What a wallet or earnings activity item was.',
  valuesConfig: {
    CALL: {
      description:
        'A call: billed per minute at the creator’s price, the last minute by the second; ringing is never billed. Holds, charges, the returned hold and any refund of it are one item.',
    },
    CHAT_UNLOCK: { description: 'A paid chat lock.' },
    TIP: { description: 'A tip from a fan to a creator.' },
    PURCHASE: { description: 'A token pack bought (with any refund or dispute of it).' },
    PROMOTION: { description: 'Tokens given by Minutely.' },
    ADJUSTMENT: { description: 'A correction made by an admin.' },
    REFUND: { description: 'A refund that is not about one call, unlock or purchase.' },
    PAYOUT: { description: 'A payout of earnings: set aside when requested, given back if it is rejected or fails.' },
    OTHER: { description: 'Any other movement.' },
  },
});

@ObjectType({ description: 'One ledger transfer behind an activity item, as it changed your balances.' })
export class ActivityTransfer {
  @Field(() => ID, { description: 'Identifier of the transfer.' })
  id: string;

  @Field(() => TransferKind, { description: 'Why the tokens moved.' })
  kind: TransferKind;

  @Field(() => String, { nullable: true, description: 'A short human description.' })
  memo: string | null;

  @Field(() => Int, { description: 'Net tokens this transfer added to (positive) or took from (negative) your balances of this activity.' })
  amount: number;

  @Field(() => Int, { description: 'Of which on your spendable balance (fans) or your earnings (creators).' })
  available: number;

  @Field(() => Int, { description: 'Of which on the tokens reserved for a call (fans; nets to zero over a call).' })
  reserved: number;

  @Field(() => GraphQLISODateTime, { description: 'When it happened.' })
  createdAt: Date;
}

@ObjectType({ description: 'One business event of your money: a call, an unlock, a tip, a purchase, a promotion … with its total.' })
export class ActivityItem {
  @Field(() => ID, { description: 'Stable identifier: what the item is about, e.g. `call:<id>`, `purchase:<id>`, `transfer:<id>`.' })
  id: string;

  @Field(() => ActivityKind, { description: 'What it was.' })
  kind: ActivityKind;

  @Field(() => Int, {
    description:
      'Net tokens it added to (positive) or took from (negative) your balance — for a fan, what a call cost after its refunds; for a creator, their own share after commission.',
  })
  total: number;

  @Field(() => Int, { description: 'The refunds within the total (positive for the fan who got tokens back, negative for the creator who returned them).' })
  refunded: number;

  @Field(() => Participant, { nullable: true, description: 'The other person: the creator a fan paid, or the fan who paid a creator.' })
  counterpart: Participant | null;

  @Field(() => CallView, { nullable: true, description: 'The call, for a CALL item: creator, start, connected duration (`billedSeconds`), tokens charged.' })
  call: CallView | null;

  @Field(() => GraphQLISODateTime, { description: 'When it started (the first transfer).' })
  startedAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it last changed (a refund comes later than the call).' })
  updatedAt: Date;

  @Field(() => Int, { description: 'How many ledger transfers it is made of (see `transfers`).' })
  transferCount: number;

  /** Whose activity, and over which accounts: the transfers field resolver reads with these. */
  ownerId: string;
  accountKinds: OwnerKind[];
}

@ObjectType({ description: 'A page of activity items, newest first.' })
export class ActivityConnection extends Connection(ActivityItem, { typeName: 'ActivityItem', noun: 'activity item', plural: 'activity items' }) {}

/** Which accounts an owner's activity covers: a fan's wallet and reserve, or a creator's earnings. */
export const FAN_ACCOUNTS: OwnerKind[] = [AccountKind.FAN_WALLET, AccountKind.FAN_HOLD];
export const CREATOR_ACCOUNTS: OwnerKind[] = [AccountKind.CREATOR_EARNINGS];
export const AGENCY_ACCOUNTS: OwnerKind[] = [AccountKind.AGENCY_EARNINGS];
