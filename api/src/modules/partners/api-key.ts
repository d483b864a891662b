import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * API key format: `pk_<10-character id>_<43-character secret>`. The id part is the public prefix the console lists
 * and the database finds the key by; the secret has 256 bits of entropy, so a plain SHA-256 of the whole key is a
 * safe thing to store (no slow hash needed: nothing to guess). Partners can grep their code for `pk_`.
 */
const KEY = /^(pk_[A-Za-z0-9]{10})_[A-Za-z0-9_-]{43}$/;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export interface NewApiKey {
  /** The whole key: shown to its creator once, never stored. */
  key: string;
  prefix: string;
  hash: string;
}

export function generateApiKey(): NewApiKey {
  const idBytes = randomBytes(10);
  const id = Array.from(idBytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
  const prefix = `pk_${id}`;
  const key = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, hash: hashApiKey(key) };
}

export const hashApiKey = (key: string): string => createHash('sha256').update(key).digest('hex');

/** The prefix of a well-formed key; null for anything else (a malformed key never reaches the database). */
export function apiKeyPrefix(raw: string): string | null {
  return KEY.exec(raw)?.[1] ?? null;
}

/** Whether `key` is the one whose hash is stored, in constant time. */
export function apiKeyMatches(key: string, storedHash: string): boolean {
  const given = Buffer.from(hashApiKey(key), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
