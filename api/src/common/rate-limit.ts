import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppError, ErrorCode } from './errors';

/** At most `points` actions per key within `seconds`. */
export interface LimitRule {
  points: number;
  seconds: number;
}

/** RATE_LIMITED with `retryAfterSeconds` (at least 1). */
export function rateLimited(message: string, msBeforeNext: number): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new AppError(ErrorCode.RATE_LIMITED, `${message} Try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds });
}

/**
 * One abuse limit (sign-ups per IP, call alerts per creator, …), counted in Redis when the processes share one
 * (REDIS_URL) and in this process's memory otherwise. A refusal is RATE_LIMITED with `retryAfterSeconds`,
 * thrown before the action does anything, so the mutation's transaction changes nothing.
 */
export class RateLimit {
  private readonly limiter: RateLimiterAbstract;

  constructor(
    name: string,
    rule: LimitRule,
    /** What the refusal says, e.g. "Too many sign-ups from this network." */
    private readonly refusal: string,
    redis?: unknown,
  ) {
    const options = { keyPrefix: `minutely-limit-${name}`, points: rule.points, duration: rule.seconds };
    this.limiter = redis ? new RateLimiterRedis({ ...options, storeClient: redis }) : new RateLimiterMemory(options);
  }

  /** Counts one action for `key`, or refuses (RATE_LIMITED) when the limit is already spent. */
  async consume(key: string): Promise<void> {
    try {
      await this.limiter.consume(key);
    } catch (res) {
      if (res instanceof RateLimiterRes) throw rateLimited(this.refusal, res.msBeforeNext);
      throw res;
    }
  }

  /** Refuses (RATE_LIMITED) when the limit for `key` is spent, counting nothing. */
  async check(key: string): Promise<void> {
    const res = await this.limiter.get(key);
    if (res && res.remainingPoints <= 0) throw rateLimited(this.refusal, res.msBeforeNext);
  }
}
