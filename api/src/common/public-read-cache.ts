import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { RequestContext } from './context';
import type { PubSub } from './pubsub';
import { operationCost } from './query-limits';

/** Root query fields whose answer is the same for every anonymous reader (the public directory). */
const PUBLIC_FIELDS = new Set(['creators', 'creator']);

interface Entry {
  at: number;
  body: GraphQLResponse['body'];
}

/** A serialized answer, served before Apollo for the same query text and variables. */
interface HttpEntry {
  at: number;
  json: string;
  /** The operation's cost, charged to the reader's IP budget on every hit as Apollo would. */
  cost: number;
}

export interface PublicReadCacheOptions {
  ttlMs: number;
  maxEntries: number;
  now?: () => number;
}

/**
 * A short-lived cache of the public directory's answers for readers who are not signed in (visitors,
 * partners' pages): a query whose root fields are all public (`creators`, `creator`) is answered from memory
 * for up to `ttlMs`. Any creator's availability change (which every profile, price, pause, schedule, presence
 * and call change announces, through Redis across processes) empties it at once; the TTL bounds what an
 * unannounced change (a display name) can leave stale.
 *
 * Two layers share the rules: the Apollo plugin answers any cacheable operation (persisted queries included)
 * by its query hash; the HTTP middleware answers a plain anonymous POST carrying the same query text and
 * variables with the bytes already serialized, before Apollo parses anything — charging the IP's cost budget
 * and sending the RateLimit headers as Apollo's path does. Requests with a token or an API key never use the
 * HTTP layer: partners are charged and counted by their key, signed-in readers get fresh answers.
 */
export class PublicReadCache {
  private readonly now: () => number;
  private readonly entries = new Map<string, Entry>();
  private readonly http = new Map<string, HttpEntry>();
  private listening = false;

  constructor(
    private readonly pubsub: PubSub,
    private readonly options: PublicReadCacheOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  /** Empties both layers. */
  clear(): void {
    this.entries.clear();
    this.http.clear();
  }

  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    void (async () => {
      for await (const _change of this.pubsub.subscribe('CREATOR_AVAILABILITY_CHANGED')) this.clear();
    })();
    // Profile changes that are not availability changes (a photo, a rating) empty it too.
    void (async () => {
      for await (const _change of this.pubsub.subscribe('CREATOR_UPDATED')) this.clear();
    })();
  }

  /** The Apollo layer: answers by query hash, fills both layers from fresh answers. */
  plugin(): ApolloServerPlugin<RequestContext> {
    const keyOf = (queryHash: string, operationName: string | null | undefined, variables: unknown) =>
      `${queryHash}:${operationName ?? ''}:${JSON.stringify(variables ?? {})}`;
    const cacheable = (ctx: RequestContext, operation: OperationDefinitionNode | undefined) =>
      !ctx.viewer &&
      operation?.operation === 'query' &&
      operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && (PUBLIC_FIELDS.has(s.name.value) || s.name.value === '__typename'));
    return {
      serverWillStart: async () => {
        this.listen();
      },
      requestDidStart: async () => ({
        responseForOperation: async ({ contextValue, operation, queryHash, request }) => {
          if (!queryHash || !cacheable(contextValue, operation)) return null;
          const key = keyOf(queryHash, request.operationName, request.variables);
          const hit = this.entries.get(key);
          if (hit && this.now() - hit.at > this.options.ttlMs) this.entries.delete(key); // stale: this request's answer replaces it
          if (!hit || !this.entries.has(key) || hit.body.kind !== 'single') return null;
          // A copy: plugins after this one may add to the result (extensions) without touching the entry.
          return {
            body: { kind: 'single', singleResult: { ...hit.body.singleResult } },
            http: { status: undefined, headers: new HeaderMap([['x-minutely-cache', 'hit']]) },
          };
        },
        willSendResponse: async ({ contextValue, operation, queryHash, request, response, schema, document }) => {
          if (!queryHash || !cacheable(contextValue, operation ?? undefined)) return;
          if (response.body.kind !== 'single' || response.body.singleResult.errors?.length) return;
          const key = keyOf(queryHash, request.operationName, request.variables);
          if (!this.entries.has(key)) this.put(this.entries, key, { at: this.now(), body: response.body });
          // The HTTP layer only for what an anonymous reader sent as text (a key's requests are the partner's).
          if (contextValue.apiClient || typeof request.query !== 'string' || !document) return;
          const httpKey = httpKeyOf(request.query, request.operationName, request.variables);
          if (this.http.has(httpKey)) return;
          const { data, extensions } = response.body.singleResult;
          const cost = operationCost(schema, document, request.variables, request.operationName) ?? 0;
          // Apollo's own serialization: data, then extensions, and a newline.
          this.put(this.http, httpKey, { at: this.now(), json: `${JSON.stringify(extensions ? { data, extensions } : { data })}\n`, cost });
        },
      }),
    };
  }

  /**
   * The HTTP layer, mounted on POST /graphql after the JSON body parser and before Apollo: a hit is charged
   * to the IP's budget (`charge`, which answers whether it was allowed and the headers to send) and sent as is;
   * a refused charge, a miss, or any request with a token or an API key goes on to Apollo.
   */
  middleware(charge: (req: Request, cost: number) => Promise<{ allowed: boolean; headers: Record<string, string> }>) {
    return (req: Request, res: Response, next: NextFunction): void => {
      const body = req.body as { query?: unknown; operationName?: unknown; variables?: unknown; extensions?: unknown } | undefined;
      if (
        req.method !== 'POST' ||
        req.headers.authorization !== undefined ||
        req.headers['x-api-key'] !== undefined ||
        !body ||
        typeof body.query !== 'string' ||
        body.extensions !== undefined ||
        (body.operationName != null && typeof body.operationName !== 'string')
      ) {
        next();
        return;
      }
      const key = httpKeyOf(body.query, body.operationName as string | null | undefined, body.variables as Record<string, unknown> | undefined);
      const hit = this.http.get(key);
      if (!hit) {
        next();
        return;
      }
      if (this.now() - hit.at > this.options.ttlMs) {
        this.http.delete(key);
        next();
        return;
      }
      charge(req, hit.cost).then(
        (charged) => {
          if (!charged.allowed) {
            next(); // Apollo answers the refusal (429, Retry-After) exactly as for any other operation
            return;
          }
          for (const [name, value] of Object.entries(charged.headers)) res.setHeader(name, value);
          res.setHeader('x-minutely-cache', 'hit');
          res.type('application/json; charset=utf-8').send(hit.json);
        },
        (err) => next(err),
      );
    };
  }

  private put<T>(map: Map<string, T>, key: string, value: T): void {
    if (map.size >= this.options.maxEntries) map.delete(map.keys().next().value!);
    map.set(key, value);
  }
}

const httpKeyOf = (query: string, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined) =>
  `${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}\u0000${query}`;
