import type { AccountToken, AccountTokenPurpose } from './account-token.entity';

/** Why an emailed link cannot be used; one user-facing sentence each. */
export type LinkProblem = 'INVALID' | 'USED' | 'EXPIRED';

export const linkProblemMessage: Record<LinkProblem, string> = {
  INVALID: 'This link is not valid. Ask for a new one.',
  USED: 'This link was already used. Ask for a new one if you still need it.',
  EXPIRED: 'This link has expired. Ask for a new one.',
};

/** Whether a stored link may be used now for one of `purposes` (null when it may). Pure, so it is unit-tested. */
export function linkProblem(
  token: Pick<AccountToken, 'purpose' | 'usedAt' | 'expiresAt'> | null,
  purposes: readonly AccountTokenPurpose[],
  now: Date,
): LinkProblem | null {
  if (!token || !purposes.includes(token.purpose)) return 'INVALID';
  if (token.usedAt) return 'USED';
  if (token.expiresAt.getTime() <= now.getTime()) return 'EXPIRED';
  return null;
}

/** The storefront page a link opens, with its secret in the query string. */
export function linkUrl(publicUrl: string, page: 'verify-email' | 'reset-password', secret: string): string {
  const url = new URL(`/${page}`, publicUrl);
  url.searchParams.set('token', secret);
  return url.toString();
}

/** Addresses are compared and stored lower-cased and trimmed. */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();
