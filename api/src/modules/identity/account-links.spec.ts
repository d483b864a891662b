import { AccountTokenPurpose } from './account-token.entity';
import { linkProblem, linkUrl, normalizeEmail } from './account-links';

const now = new Date('2026-12-01T10:00:00Z');
const token = (patch: Partial<{ purpose: AccountTokenPurpose; usedAt: Date | null; expiresAt: Date }> = {}) => ({
  purpose: AccountTokenPurpose.RESET_PASSWORD,
  usedAt: null,
  expiresAt: new Date(now.getTime() + 60_000),
  ...patch,
});

describe('linkProblem', () => {
  it('accepts an unused, unexpired link of the right purpose', () => {
    expect(linkProblem(token(), [AccountTokenPurpose.RESET_PASSWORD], now)).toBeNull();
  });
  it('refuses an unknown link and one made for another purpose', () => {
    expect(linkProblem(null, [AccountTokenPurpose.RESET_PASSWORD], now)).toBe('INVALID');
    expect(linkProblem(token(), [AccountTokenPurpose.VERIFY_EMAIL, AccountTokenPurpose.CHANGE_EMAIL], now)).toBe('INVALID');
  });
  it('refuses a used link before looking at its expiry', () => {
    expect(linkProblem(token({ usedAt: now, expiresAt: new Date(0) }), [AccountTokenPurpose.RESET_PASSWORD], now)).toBe('USED');
  });
  it('refuses a link at the very instant it expires', () => {
    expect(linkProblem(token({ expiresAt: now }), [AccountTokenPurpose.RESET_PASSWORD], now)).toBe('EXPIRED');
    expect(linkProblem(token({ expiresAt: new Date(now.getTime() + 1) }), [AccountTokenPurpose.RESET_PASSWORD], now)).toBeNull();
  });
});

describe('linkUrl and normalizeEmail', () => {
  it('puts the secret in the query string of the page, URL-encoded', () => {
    expect(linkUrl('https://minutely.example/app/', 'reset-password', 'a+b/c')).toBe('https://minutely.example/reset-password?token=a%2Bb%2Fc');
  });
  it('lower-cases and trims addresses', () => {
    expect(normalizeEmail('  Someone@Example.COM ')).toBe('someone@example.com');
  });
});
