import { createClient, type Client } from 'graphql-ws';
import { currentAccessToken } from '../graphql/client';

/**
 * One graphql-ws connection for the whole panel, opened on the first subscription. It signs in with the
 * moderator's access token, read afresh on every (re)connect so a renewed token is used, and retries for
 * as long as the panel is open: a moderator's queue must not silently stop updating.
 */
let client: Client | null = null;
const reconnectListeners = new Set<() => void>();

export function liveClient(): Client {
  if (client) return client;
  let connectedBefore = false;
  client = createClient({
    url: `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`,
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    connectionParams: async () => {
      const token = await currentAccessToken().catch(() => null);
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      connected: () => {
        // Events missed while disconnected are gone: after a reconnect, views re-read their data.
        if (connectedBefore) reconnectListeners.forEach((listener) => listener());
        connectedBefore = true;
      },
    },
  });
  return client;
}

/** Calls `listener` after each reconnection (not the first connection); returns the unsubscribe. */
export function onReconnect(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}

/** Closes the connection, e.g. on logout, so the next moderator's token is the one sent. */
export function closeLiveClient(): void {
  void client?.dispose();
  client = null;
}
