import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../../config';
import { AppError, ErrorCode } from '../../common/errors';

/**
 * Log-in attempts are limited per client IP (every attempt counts) and per email address (failures count,
 * a success clears them). The email key applies whether or not an account exists, so the refusal says
 * nothing about which emails are registered.
 */
export class LoginLimiter {
  private readonly perIp: RateLimiterAbstract;
  private readonly perAccount: RateLimiterAbstract;

  constructor(config: Config, redis?: unknown) {
    const make = (keyPrefix: string, points: number) =>
      redis
        ? new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration: config.LOGIN_WINDOW_SECONDS })
        : new RateLimiterMemory({ keyPrefix, points, duration: config.LOGIN_WINDOW_SECONDS });
    this.perIp = make('login-ip', config.LOGIN_MAX_PER_IP);
    this.perAccount = make('login-account', config.LOGIN_MAX_PER_ACCOUNT);
  }

  /** Counts an attempt from `ip` and refuses when either limit is already spent. */
  async beforeAttempt(ip: string, email: string): Promise<void> {
    await this.consume(this.perIp, ip);
    const account = await this.perAccount.get(email);
    if (account && account.remainingPoints <= 0) throw rateLimited(account.msBeforeNext);
  }

  async failed(email: string): Promise<void> {
    await this.perAccount.penalty(email, 1);
  }

  async succeeded(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }

  private async consume(limiter: RateLimiterAbstract, key: string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (res) {
      if (res instanceof RateLimiterRes) throw rateLimited(res.msBeforeNext);
      throw res;
    }
  }
}

function rateLimited(msBeforeNext: number): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new AppError(ErrorCode.RATE_LIMITED, `Too many log-in attempts. Try again in ${retryAfterSeconds} seconds.`, {
    retryAfterSeconds,
  });
}
