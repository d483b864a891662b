/** What one token is worth in each currency (ISO 4217, lower case): cents per token, the first the default. */
export type TokenValues = ReadonlyArray<{ currency: string; centsPerToken: number }>;

/** Reads the TOKEN_VALUE_CENTS setting (`usd:10,eur:9`). */
export function parseTokenValues(setting: string): TokenValues {
  const values = setting.split(',').map((pair) => {
    const [currency, cents] = pair.split(':');
    const centsPerToken = Number(cents);
    if (!/^[a-z]{3}$/.test(currency ?? '') || !Number.isSafeInteger(centsPerToken) || centsPerToken <= 0)
      throw new RangeError(`Not a currency:cents pair: ${pair}`);
    return { currency, centsPerToken };
  });
  if (new Set(values.map((v) => v.currency)).size !== values.length) throw new RangeError('A currency is listed twice.');
  return values;
}

/** `tokens` in each currency, in whole cents (exact: a token is a whole number of cents). */
export function valuesOf(tokens: number, values: TokenValues): { currency: string; amountCents: number }[] {
  return values.map(({ currency, centsPerToken }) => ({ currency, amountCents: tokens * centsPerToken }));
}

/**
 * Earnings still pending: tokens credited within the holding period are held back against refunds and
 * chargebacks; whatever the balance has beyond them is available. Never below zero, never above the balance.
 */
export function splitEarnings(balance: number, creditedInHoldingPeriod: number): { pending: number; available: number } {
  const pending = Math.max(0, Math.min(balance, creditedInHoldingPeriod));
  return { pending, available: Math.max(0, balance - pending) };
}
