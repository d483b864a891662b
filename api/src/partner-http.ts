import type { IncomingMessage } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type Redis from 'ioredis';
import type { WebSocket } from 'ws';
import type { Config } from './config';
import type { ApiClient, ContextFactory, RequestContext } from './common/context';
import { badInput } from './common/errors';
import type { Logger } from './common/logger';
import type { PubSub } from './common/pubsub';
import { costError, operationCost } from './common/query-limits';
import { costExtension, overBudget, rateLimitHeaders, type Charge, type PartnerGateway, type PartnersService } from './modules/partners';

/** What the HTTP and WebSocket edges need for partners' keys, scopes and budgets (server.ts passes it from the app). */
export interface PartnerEdge {
  readonly config: Config;
  readonly log: Logger;
  readonly contexts: ContextFactory;
  readonly partners: PartnersService;
  readonly partnerGateway: PartnerGateway;
}

const EXPOSED = 'RateLimit, RateLimit-Policy, Retry-After, X-Request-Id';
const ALLOWED_HEADERS = 'Content-Type, X-Api-Key, Apollo-Require-Preflight, X-Apollo-Operation-Name';

/**
 * The `Origin` of a cross-origin browser request; null for same-origin and non-browser requests. `protocol` is the
 * request's own (express's `req.protocol`); a WebSocket upgrade has no express request, so it is derived here.
 */
export function foreignOrigin(req: IncomingMessage, config: Config, protocol = upgradeProtocol(req, config)): string | null {
  const origin = req.headers.origin;
  if (!origin || origin === 'null') return origin === 'null' ? 'null' : null;
  const own = new Set([new URL(config.PUBLIC_URL).origin, `${protocol}://${req.headers.host}`]);
  return own.has(origin) ? null : origin;
}

function upgradeProtocol(req: IncomingMessage, config: Config): string {
  const forwarded = config.TRUST_PROXY
    ? String(req.headers['x-forwarded-proto'] ?? '')
        .split(',')[0]
        .trim()
    : '';
  return forwarded === 'https' ? 'https' : 'http';
}

/**
 * CORS for /graphql: only origins some partner app allows get CORS headers (a preflight carries no key, only the
 * origin); which app's origins a keyed request must come from is checked with its key (apiKeyContext).
 */
export function partnerCors(edge: PartnerEdge) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const origin = foreignOrigin(req, edge.config, req.protocol);
    if (!origin) return next();
    let allowed = false;
    try {
      allowed = await edge.partners.originAllowedByAnyApp(edge.contexts.request(req.requestId, req.ip ?? 'unknown'), origin);
    } catch (err) {
      return next(err);
    }
    if (allowed) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Expose-Headers', EXPOSED);
    }
    res.append('Vary', 'Origin');
    if (req.method !== 'OPTIONS') return next();
    if (!allowed) {
      res.status(403).end();
      return;
    }
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
    res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
    res.setHeader('Access-Control-Max-Age', '600');
    res.status(204).end();
  };
}

/**
 * The request context of a request made with an API key: attributed to the key's app, acting as nobody. Bad keys are
 * UNAUTHENTICATED, browser requests from origins the app did not allow FORBIDDEN; a key with an access token is refused.
 */
export async function apiKeyContext(
  edge: PartnerEdge,
  base: RequestContext,
  rawKey: string,
  origin: string | null,
  hasToken: boolean,
): Promise<RequestContext> {
  if (hasToken) throw badInput('Send an API key or an access token, not both: a key never acts as a user.');
  const client: ApiClient = await edge.partners.authenticateKey(base, rawKey, origin);
  return base.withApiClient(client);
}

/**
 * The query cost limit, then scopes and cost budgets on HTTP: once the operation is known, a key's scopes are
 * checked, then its cost is charged to the key's budget (or the client IP's, signed out without a key). The cost and
 * what is left go into the RateLimit headers (and `extensions.cost` for keys); a spent budget is RATE_LIMITED, 429.
 */
export function partnerPlugin(edge: PartnerEdge, schema: GraphQLSchema): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue: ctx }) {
      let charge: Charge | null = null;
      return {
        async didResolveOperation({ document, request, response }) {
          const tooCostly = costError(schema, edge.config, document, request.variables, request.operationName);
          if (tooCostly) throw tooCostly;
          charge = await admit(edge, ctx, schema, document, request.variables, request.operationName);
          if (!charge) return;
          for (const [name, value] of Object.entries(rateLimitHeaders(charge))) response.http.headers.set(name, value);
          if (!charge.outcome.allowed) throw overBudget(charge);
        },
        async willSendResponse({ response, errors }) {
          // Partners read the cost in the body (GitHub's and Shopify's habit); anonymous clients have the headers.
          // A new body, never the one given: the public read cache may hold that object and answer others with it.
          if (response.body.kind === 'single') {
            const result = response.body.singleResult;
            const { cost: _someoneElses, ...extensions } = result.extensions ?? {};
            if (charge && ctx.apiClient) extensions.cost = costExtension(charge);
            response.body = { kind: 'single', singleResult: { ...result, extensions: Object.keys(extensions).length ? extensions : undefined } };
          }
          if (ctx.apiClient) {
            edge.partners.recordRequest(ctx.apiClient, {
              points: charge?.outcome.charged ?? 0,
              error: !!errors?.length || !!(response.body.kind === 'single' && response.body.singleResult.errors?.length),
              rateLimited: !!charge && !charge.outcome.allowed,
            });
          }
        },
      };
    },
  };
}

/** Scopes, then the budget, for one operation on either transport. Throws FORBIDDEN; returns the charge (refused or not). */
export async function admit(
  edge: PartnerEdge,
  ctx: RequestContext,
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName: string | null | undefined,
): Promise<Charge | null> {
  edge.partnerGateway.checkScopes(ctx, schema, document);
  const cost = operationCost(schema, document, variables, operationName);
  if (cost === null) return null;
  return edge.partnerGateway.charge(ctx, cost);
}

/** The `apiKey` of a graphql-ws `connection_init`, if any. */
export function apiKeyFromParams(params: Record<string, unknown> | undefined): string | null {
  const raw = params?.apiKey ?? params?.['x-api-key'];
  return typeof raw === 'string' ? raw : null;
}

/**
 * Automatic persisted queries shared by every API process through Redis (REDIS_URL), so a hash registered on one
 * is found on the others. Apollo's in-memory cache serves a single process.
 */
export function redisPersistedQueries(redis: Redis) {
  const prefix = 'minutely-apq:';
  return {
    cache: {
      async get(key: string) {
        return (await redis.get(prefix + key)) ?? undefined;
      },
      async set(key: string, value: string, options?: { ttl?: number | null }) {
        if (options?.ttl) await redis.set(prefix + key, value, 'EX', options.ttl);
        else await redis.set(prefix + key, value, 'EX', 86_400 * 7);
      },
      async delete(key: string) {
        await redis.del(prefix + key);
        return true;
      },
    },
  };
}

/**
 * The open WebSocket connections made with each API key, so a revoked key's connections close (4401) on every
 * process at once, not only new ones refused.
 */
export class KeySockets {
  private readonly byKey = new Map<string, Set<WebSocket>>();
  private readonly revocations: AsyncIterableIterator<{ keyId: string }>;

  constructor(pubsub: PubSub) {
    this.revocations = pubsub.subscribe('API_KEY_REVOKED') as AsyncIterableIterator<{ keyId: string }>;
    void (async () => {
      for await (const { keyId } of this.revocations) {
        for (const socket of this.byKey.get(keyId) ?? []) socket.close(4401, 'UNAUTHENTICATED: This API key was revoked.');
      }
    })();
  }

  add(keyId: string, socket: WebSocket): void {
    const sockets = this.byKey.get(keyId) ?? new Set();
    sockets.add(socket);
    this.byKey.set(keyId, sockets);
    socket.once('close', () => {
      sockets.delete(socket);
      if (!sockets.size) this.byKey.delete(keyId);
    });
  }

  async stop(): Promise<void> {
    await this.revocations.return?.();
  }
}
