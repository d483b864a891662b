import { registerEnumType } from 'type-graphql';

/** The kinds of ledger account. Owner kinds belong to one account holder; platform kinds to Minutely. */
export enum AccountKind {
  FAN_WALLET = 'FAN_WALLET',
  FAN_HOLD = 'FAN_HOLD',
  CREATOR_EARNINGS = 'CREATOR_EARNINGS',
  /** An agency's share of its member creators' payments, owned by the agency's owner account. */
  AGENCY_EARNINGS = 'AGENCY_EARNINGS',
  /** Earnings a creator (or agency) asked to be paid out, until the payout provider confirms or returns them. */
  PAYOUT_CLEARING = 'PAYOUT_CLEARING',
  PLATFORM_REVENUE = 'PLATFORM_REVENUE',
  PROVIDER_CLEARING = 'PROVIDER_CLEARING',
  PROMOTIONS = 'PROMOTIONS',
}

export type OwnerKind =
  AccountKind.FAN_WALLET | AccountKind.FAN_HOLD | AccountKind.CREATOR_EARNINGS | AccountKind.AGENCY_EARNINGS | AccountKind.PAYOUT_CLEARING;
export type PlatformKind = AccountKind.PLATFORM_REVENUE | AccountKind.PROVIDER_CLEARING | AccountKind.PROMOTIONS;

const platformKinds = new Set<string>([AccountKind.PLATFORM_REVENUE, AccountKind.PROVIDER_CLEARING, AccountKind.PROMOTIONS]);
export const isPlatformKind = (kind: string): kind is PlatformKind => platformKinds.has(kind);

/** Why tokens moved. */
export enum TransferKind {
  PURCHASE = 'PURCHASE',
  PURCHASE_REFUND = 'PURCHASE_REFUND',
  CHARGEBACK = 'CHARGEBACK',
  PROMOTION = 'PROMOTION',
  ADJUSTMENT = 'ADJUSTMENT',
  RESERVE = 'RESERVE',
  SETTLE = 'SETTLE',
  RELEASE = 'RELEASE',
  CHAT_UNLOCK = 'CHAT_UNLOCK',
  REFUND = 'REFUND',
  TIP = 'TIP',
  PAYOUT = 'PAYOUT',
  PAYOUT_PAID = 'PAYOUT_PAID',
  PAYOUT_RETURNED = 'PAYOUT_RETURNED',
}
registerEnumType(TransferKind, {
  name: 'TransferKind',
  description: 'Why tokens moved.',
  valuesConfig: {
    PURCHASE: { description: 'Tokens bought with a token pack.' },
    PURCHASE_REFUND: { description: 'Tokens taken back because the payment was refunded.' },
    CHARGEBACK: { description: 'Tokens taken back because the payment was disputed; the wallet is frozen.' },
    PROMOTION: { description: 'Tokens given by Minutely (welcome bonus, promotion).' },
    ADJUSTMENT: { description: 'A correction made by an admin, with a recorded reason.' },
    RESERVE: { description: 'Tokens held for the next minute of a call.' },
    SETTLE: { description: 'A call minute paid out of the hold to the creator.' },
    RELEASE: { description: 'Held tokens returned to the wallet, unused.' },
    CHAT_UNLOCK: { description: 'A chat lock paid to the creator.' },
    REFUND: { description: 'A moderator refunded a payment.' },
    TIP: { description: 'A tip from a fan to a creator, split by the commission like a call.' },
    PAYOUT: { description: 'Earnings set aside for a payout the creator (or agency) requested, until the provider answers.' },
    PAYOUT_PAID: { description: 'A payout the provider confirmed: the money left Minutely for the creator’s account.' },
    PAYOUT_RETURNED: { description: 'A payout rejected by staff, failed or reversed by the provider: the tokens went back to the earnings.' },
  },
});

export type AccountRef = { ownerId: string; kind: OwnerKind } | { platform: PlatformKind };

export interface Leg {
  account: AccountRef;
  /** Positive credits the account, negative debits it. */
  amount: number;
}

export interface TransferRequest {
  /** Unique per intended movement; a repeat with the same key has no second effect. */
  key: string;
  kind: TransferKind;
  legs: Leg[];
  /** What the transfer is about, e.g. `call:<id>` or `purchase:<id>`. */
  reference?: string;
  memo?: string;
  /** The staff member who made an adjustment. */
  createdBy?: string;
  /** Lets a wallet go below zero (and freezes it): refunds and chargebacks of spent tokens. */
  allowOverdraft?: boolean;
  /** Lets a frozen wallet be debited (refunds, chargebacks and admin corrections). */
  allowFrozen?: boolean;
}

export interface TransferResult {
  transferId: string;
  createdAt: Date;
  /** True when this key was applied before and this call changed nothing. */
  replayed: boolean;
}
