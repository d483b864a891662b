/** An amount in the smallest unit of its currency, as the reader's locale writes it: 6000 usd → $60.00. */
export function formatMoney(amount: { amountCents: number; currency: string }): string {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency: amount.currency.toUpperCase() }).format(amount.amountCents / 100);
}
