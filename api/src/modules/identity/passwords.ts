import argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, 3 passes). */
export const hashPassword = (password: string): Promise<string> => argon2.hash(password, { type: argon2.argon2id });

export const verifyPassword = (hash: string, password: string): Promise<boolean> => argon2.verify(hash, password);

let dummy: Promise<string> | undefined;
/**
 * Spends the time of a real verification when no account matches, so a log-in's duration does not tell
 * whether the email exists.
 */
export async function burnVerification(password: string): Promise<void> {
  dummy ??= hashPassword('minutely-dummy-password');
  await verifyPassword(await dummy, password).catch(() => false);
}
