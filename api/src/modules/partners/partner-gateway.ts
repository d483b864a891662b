import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { RequestContext } from '../../common/context';
import type { BudgetOutcome, CostBudget } from '../../common/cost-budget';
import { AppError, ErrorCode } from '../../common/errors';
import { rateLimited } from '../../common/rate-limit';
import { refusalMessage, scopeRefusal } from './scopes';

/** What an admitted operation was charged, for the response's `extensions.cost` and RateLimit headers. */
export interface Charge {
  /** `key` for API keys, `ip` for anonymous traffic. */
  policy: 'key' | 'ip';
  requested: number;
  outcome: BudgetOutcome;
  windowSeconds: number;
}

/**
 * The door partners and anonymous clients go through, on both transports: a key may run only what its scopes
 * allow, and every operation is charged its estimated cost against a budget — the key's, or the client IP's
 * (stricter) when nobody is identified. Signed-in users are not charged here (their abuse limits apply).
 */
export class PartnerGateway {
  constructor(
    private readonly keyBudget: CostBudget,
    private readonly anonymousBudget: CostBudget,
  ) {}

  /** FORBIDDEN naming the missing scope when the request's key may not run `document`. */
  checkScopes(ctx: RequestContext, schema: GraphQLSchema, document: DocumentNode): void {
    const client = ctx.apiClient;
    if (!client) return;
    const refusal = scopeRefusal(schema, document, client.scopes);
    if (refusal) throw new AppError(ErrorCode.FORBIDDEN, refusalMessage(refusal), { missingScopes: refusal.needs, http: { status: 403 } });
  }

  /** Charges `cost` to the request's budget; null when no budget applies (signed-in users). */
  async charge(ctx: RequestContext, cost: number): Promise<Charge | null> {
    const client = ctx.apiClient;
    if (!client && ctx.viewer) return null;
    const policy = client ? 'key' : 'ip';
    const budget = client ? this.keyBudget : this.anonymousBudget;
    const outcome = await budget.spend(client ? client.keyId : ctx.ip, cost);
    return { policy, requested: cost, outcome, windowSeconds: budget.rule.seconds };
  }
}

/** RATE_LIMITED (HTTP 429) for a refused charge, with `retryAfterSeconds` and the cost asked. */
export function overBudget(charge: Charge): AppError {
  const err = rateLimited(
    charge.policy === 'key'
      ? `This API key spent its budget of ${charge.outcome.limit} points a ${charge.windowSeconds} seconds; this operation costs ${charge.requested}.`
      : `Too many requests from this network (budget of ${charge.outcome.limit} points a ${charge.windowSeconds} seconds); this operation costs ${charge.requested}. Partners: use an API key.`,
    charge.outcome.msBeforeRetry,
  );
  err.extensions.http = { status: 429, headers: new Map([['retry-after', String(err.extensions.retryAfterSeconds)]]) };
  err.extensions.cost = costExtension(charge);
  return err;
}

/** The `extensions.cost` of a response (after GitHub's and Shopify's cost reporting). */
export function costExtension(charge: Charge) {
  return {
    requested: charge.requested,
    charged: charge.outcome.charged,
    remaining: charge.outcome.remaining,
    limit: charge.outcome.limit,
    restorePerSecond: charge.outcome.limit / charge.windowSeconds,
  };
}

/** IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers): the policy and what is left of it. */
export function rateLimitHeaders(charge: Charge): Record<string, string> {
  const name = `"${charge.policy}"`;
  return {
    'RateLimit-Policy': `${name};q=${charge.outcome.limit};w=${charge.windowSeconds}`,
    RateLimit: `${name};r=${charge.outcome.remaining};t=${Math.ceil(charge.outcome.msUntilFull / 1000)}`,
  };
}
