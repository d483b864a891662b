import { createHash, randomBytes } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { isUuid } from '../../common/ids';
import type { Role } from './account.entity';

const ISSUER = 'minutely';
const AUDIENCE = 'minutely-api';

export interface AccessClaims {
  accountId: string;
  sessionId: string;
  role: Role;
}

export function signAccessToken(claims: AccessClaims, secret: string, ttlSeconds: number, now: Date): string {
  return jwt.sign({ sid: claims.sessionId, role: claims.role, iat: Math.floor(now.getTime() / 1000) }, secret, {
    algorithm: 'HS256',
    subject: claims.accountId,
    issuer: ISSUER,
    audience: AUDIENCE,
    expiresIn: ttlSeconds,
  });
}

/**
 * Returns the claims of a valid token, or null for an expired, forged or malformed one. A token signed with the
 * right secret but naming its account or session by anything other than a UUID is malformed too: it never
 * reaches the database.
 */
export function verifyAccessToken(token: string, secret: string, now: Date): AccessClaims | null {
  try {
    const payload = jwt.verify(token, secret, {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: AUDIENCE,
      clockTimestamp: Math.floor(now.getTime() / 1000),
    });
    if (typeof payload === 'string' || !isUuid(payload.sub) || !isUuid(payload.sid)) return null;
    return { accountId: payload.sub, sessionId: payload.sid, role: payload.role as Role };
  } catch {
    return null;
  }
}

export const newRefreshToken = (): string => randomBytes(32).toString('base64url');
export const hashRefreshToken = (token: string): string => createHash('sha256').update(token).digest('hex');
