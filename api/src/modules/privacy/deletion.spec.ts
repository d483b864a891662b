import { deletionWarning } from './deletion';

describe('deletionWarning', () => {
  it('says nothing when nothing is lost', () => {
    expect(deletionWarning({ earnings: 0, walletTokens: 0 })).toBeNull();
  });
  it('tells a creator about earnings not paid out, with the amount', () => {
    expect(deletionWarning({ earnings: 150, walletTokens: 0 })).toMatch(
      /^You have 150 tokens of earnings that have not been paid out\. Request a payout first/,
    );
  });
  it('tells a fan about unspent tokens, and both when both', () => {
    expect(deletionWarning({ earnings: 0, walletTokens: 40 })).toBe(
      'Your wallet still holds 40 tokens; they are forfeited when the account is deleted and cannot be refunded afterwards.',
    );
    const both = deletionWarning({ earnings: 1, walletTokens: 2 })!;
    expect(both).toContain('You have 1 token of earnings');
    expect(both).toContain('holds 2 tokens');
  });
});
