/** Domain events the ledger publishes, inside the transaction of the transfer that caused them. */
export type LedgerEvents = {
  /** Tokens arrived in a fan's wallet (a purchase, a promotion, a refund, a hold returned). */
  FanWalletCredited: { fanId: string; amount: number };
};
