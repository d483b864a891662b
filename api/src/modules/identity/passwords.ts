import argon2 from 'argon2';

/** argon2id cost: memory in KiB and passes. Production keeps the library's defaults (64 MiB, 3 passes). */
export interface PasswordCost {
  memoryKib: number;
  passes: number;
}

/** Hashes and checks passwords with argon2id at a configured cost. */
export class PasswordHasher {
  private dummy?: Promise<string>;

  constructor(private readonly cost: PasswordCost) {}

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id, memoryCost: this.cost.memoryKib, timeCost: this.cost.passes });
  }

  verify(hash: string, password: string): Promise<boolean> {
    return argon2.verify(hash, password);
  }

  /**
   * Spends the time of a real verification when no account matches, so a log-in's duration does not tell
   * whether the email exists.
   */
  async burnVerification(password: string): Promise<void> {
    this.dummy ??= this.hash('minutely-dummy-password');
    await this.verify(await this.dummy, password).catch(() => false);
  }
}
