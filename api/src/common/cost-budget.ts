import type Redis from 'ioredis';
import type { Clock } from './clock';

/** A budget of `points` that refills continuously, the whole of it over `seconds` (a token bucket). */
export interface BudgetRule {
  points: number;
  seconds: number;
}

/** What one spending attempt found. */
export interface BudgetOutcome {
  allowed: boolean;
  /** Points charged (0 when refused). */
  charged: number;
  /** Points left after this attempt. */
  remaining: number;
  limit: number;
  /** Milliseconds until the budget is full again. */
  msUntilFull: number;
  /** Milliseconds until this cost would fit (0 when allowed). */
  msBeforeRetry: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * The token-bucket arithmetic, shared by both stores: refill since `at` at `points / seconds`, then take `cost`
 * when it fits. A cost above the whole budget is charged as the whole budget, so it passes when the bucket is full
 * instead of never. Pure, so it is unit-tested on its own.
 */
export function spendFrom(bucket: Bucket | null, rule: BudgetRule, now: number, cost: number): { bucket: Bucket; outcome: BudgetOutcome } {
  const rate = rule.points / (rule.seconds * 1000);
  const charge = Math.min(Math.max(0, cost), rule.points);
  let tokens = bucket ? bucket.tokens : rule.points;
  let at = bucket ? bucket.at : now;
  if (now > at) {
    tokens = Math.min(rule.points, tokens + (now - at) * rate);
    at = now;
  }
  const allowed = tokens >= charge;
  if (allowed) tokens -= charge;
  return {
    bucket: { tokens, at },
    outcome: {
      allowed,
      charged: allowed ? charge : 0,
      remaining: Math.floor(tokens),
      limit: rule.points,
      msUntilFull: Math.ceil((rule.points - tokens) / rate),
      msBeforeRetry: allowed ? 0 : Math.ceil((charge - tokens) / rate),
    },
  };
}

// The same arithmetic as spendFrom, run atomically in Redis so every API process shares one bucket per key.
// Numbers go back as strings: Redis truncates Lua numbers to integers.
const SPEND_SCRIPT = `
local cap = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local charge = math.min(math.max(0, tonumber(ARGV[4])), cap)
local state = redis.call('HMGET', KEYS[1], 't', 'at')
local tokens = tonumber(state[1])
local at = tonumber(state[2])
if tokens == nil or at == nil then tokens = cap; at = now end
if now > at then tokens = math.min(cap, tokens + (now - at) * rate); at = now end
local allowed = 0
if tokens >= charge then tokens = tokens - charge; allowed = 1 end
redis.call('HSET', KEYS[1], 't', tostring(tokens), 'at', tostring(at))
redis.call('PEXPIRE', KEYS[1], math.ceil((cap - tokens) / rate) + 60000)
return { allowed, tostring(tokens), tostring(charge) }
`;

/**
 * Cost budgets (partner keys, anonymous IPs): in this process's memory, or in Redis when the processes share one
 * (REDIS_URL). Time comes from the app's clock, so tests drive refills with a manual clock.
 * (rate-limiter-flexible, used for the abuse limits, counts fixed windows on the wall clock: neither a continuous
 * refill nor a controlled clock, which a cost budget needs.)
 */
export class CostBudget {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly name: string,
    readonly rule: BudgetRule,
    private readonly clock: Clock,
    private readonly redis?: Redis,
  ) {}

  async spend(key: string, cost: number): Promise<BudgetOutcome> {
    const now = this.clock.now().getTime();
    if (!this.redis) {
      const { bucket, outcome } = spendFrom(this.buckets.get(key) ?? null, this.rule, now, cost);
      this.buckets.set(key, bucket);
      if (this.buckets.size > 100_000) this.forgetFull(now);
      return outcome;
    }
    const rate = this.rule.points / (this.rule.seconds * 1000);
    const [allowed, tokensText, chargeText] = (await this.redis.eval(
      SPEND_SCRIPT,
      1,
      `minutely-budget-${this.name}:${key}`,
      this.rule.points,
      rate,
      now,
      cost,
    )) as [number, string, string];
    const tokens = Number(tokensText);
    const charge = Number(chargeText);
    return {
      allowed: allowed === 1,
      charged: allowed === 1 ? charge : 0,
      remaining: Math.floor(tokens),
      limit: this.rule.points,
      msUntilFull: Math.ceil((this.rule.points - tokens) / rate),
      msBeforeRetry: allowed === 1 ? 0 : Math.ceil((charge - tokens) / rate),
    };
  }

  /** Drops buckets that have refilled completely (they equal a fresh one). */
  private forgetFull(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (spendFrom(bucket, this.rule, now, 0).outcome.remaining >= this.rule.points) this.buckets.delete(key);
    }
  }
}
