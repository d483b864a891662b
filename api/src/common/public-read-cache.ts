import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { RequestContext } from './context';
import type { PubSub } from './pubsub';

/** Root query fields whose answer is the same for every anonymous reader (the public directory). */
const PUBLIC_FIELDS = new Set(['creators', 'creator']);

interface Entry {
  at: number;
  body: GraphQLResponse['body'];
}

/**
 * A short-lived cache of the public directory's answers for readers who are not signed in (visitors,
 * partners' pages): a query whose root fields are all public (`creators`, `creator`) is answered from memory
 * for up to `ttlMs`, keyed by its text hash, operation name and variables. Any creator's availability change
 * (which every profile, price, pause, schedule, presence and call change announces, through Redis across
 * processes) empties it at once; the TTL bounds what an unannounced change (a display name) can leave stale.
 */
export function publicReadCache(pubsub: PubSub, options: { ttlMs: number; maxEntries: number; now?: () => number }): ApolloServerPlugin<RequestContext> {
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  let listening = false;
  const listen = () => {
    if (listening) return;
    listening = true;
    void (async () => {
      for await (const _change of pubsub.subscribe('CREATOR_AVAILABILITY_CHANGED')) entries.clear();
    })();
    // Profile changes that are not availability changes (a photo, a rating) empty it too.
    void (async () => {
      for await (const _change of pubsub.subscribe('CREATOR_UPDATED')) entries.clear();
    })();
  };
  const keyOf = (queryHash: string, operationName: string | null | undefined, variables: unknown) =>
    `${queryHash}:${operationName ?? ''}:${JSON.stringify(variables ?? {})}`;
  const cacheable = (ctx: RequestContext, operation: OperationDefinitionNode | undefined) =>
    !ctx.viewer &&
    operation?.operation === 'query' &&
    operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && (PUBLIC_FIELDS.has(s.name.value) || s.name.value === '__typename'));

  return {
    async serverWillStart() {
      listen();
    },
    async requestDidStart() {
      return {
        async responseForOperation({ contextValue, operation, queryHash, request }) {
          if (!queryHash || !cacheable(contextValue, operation)) return null;
          const key = keyOf(queryHash, request.operationName, request.variables);
          const hit = entries.get(key);
          if (hit && now() - hit.at > options.ttlMs) entries.delete(key); // stale: this request's answer replaces it
          if (!hit || !entries.has(key) || hit.body.kind !== 'single') return null;
          // A copy: plugins after this one may add to the result (extensions) without touching the entry.
          return {
            body: { kind: 'single', singleResult: { ...hit.body.singleResult } },
            http: { status: undefined, headers: new HeaderMap([['x-minutely-cache', 'hit']]) },
          };
        },
        async willSendResponse({ contextValue, operation, queryHash, request, response }) {
          if (!queryHash || !cacheable(contextValue, operation ?? undefined)) return;
          if (response.body.kind !== 'single' || response.body.singleResult.errors?.length) return;
          const key = keyOf(queryHash, request.operationName, request.variables);
          if (entries.has(key)) return;
          if (entries.size >= options.maxEntries) entries.delete(entries.keys().next().value!);
          entries.set(key, { at: now(), body: response.body });
        },
      };
    },
  };
}
