import { parseTokenValues, splitEarnings, valuesOf } from './token-value';

describe('token values', () => {
  it('are read from the setting and turn tokens into cents of each currency', () => {
    const values = parseTokenValues('usd:10,eur:9');
    expect(values).toEqual([
      { currency: 'usd', centsPerToken: 10 },
      { currency: 'eur', centsPerToken: 9 },
    ]);
    expect(valuesOf(40, values)).toEqual([
      { currency: 'usd', amountCents: 400 },
      { currency: 'eur', amountCents: 360 },
    ]);
    expect(valuesOf(-5, values)[0].amountCents).toBe(-50);
    expect(() => parseTokenValues('usd:0')).toThrow(RangeError);
    expect(() => parseTokenValues('usd:10,usd:9')).toThrow(RangeError);
  });

  it('hold back what was earned within the holding period', () => {
    expect(splitEarnings(100, 30)).toEqual({ pending: 30, available: 70 });
    expect(splitEarnings(20, 30)).toEqual({ pending: 20, available: 0 }); // refunds took some of the new earnings back
    expect(splitEarnings(-10, 30)).toEqual({ pending: 0, available: 0 }); // a creator below zero after a refund
    expect(splitEarnings(50, 0)).toEqual({ pending: 0, available: 50 });
  });
});
