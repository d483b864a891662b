import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/**
 * Caps the account emails (verification, reset, notices) one address receives per hour, so nobody can use
 * sign-up or "forgot password" to flood someone's inbox. Over the cap the email is skipped, silently: the
 * answer to the request must not change (it would tell which addresses have accounts).
 */
export class AccountEmailLimiter {
  private readonly limiter: RateLimiterAbstract;

  constructor(perHour: number, redis?: unknown) {
    const options = { keyPrefix: 'account-email', points: perHour, duration: 3600 };
    this.limiter = redis ? new RateLimiterRedis({ storeClient: redis, ...options }) : new RateLimiterMemory(options);
  }

  /** Counts one email to `address`; false when its hourly allowance is spent. */
  async allow(address: string): Promise<boolean> {
    try {
      await this.limiter.consume(address.toLowerCase());
      return true;
    } catch (res) {
      if (res instanceof RateLimiterRes) return false;
      throw res;
    }
  }
}
