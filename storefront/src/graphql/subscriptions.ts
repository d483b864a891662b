import { createClient, type Client } from 'graphql-ws';
import { watch } from 'vue';
import type { TypedDocumentString } from './generated/graphql';
import { ApiError, currentAccessToken, renewSession, toApiError } from './client';
import { storedSession } from './stored-session';

// graphql-ws client for live events. Loaded lazily (dynamic import) so pages without live data do not
// carry it. The socket is shared; it connects on the first subscription and closes after the last.

/** Close code graphql-ws clients use to ask for a reconnect; the client retries it. */
const RESTART = 4205;
/** The API closes a socket with 4403 when the token in `connection_init` is missing, bad or expired. */
const FORBIDDEN = 4403;

let client: Client | null = null;
const reconnectListeners = new Set<() => void>();
let connectedBefore = false;

/**
 * Calls `listener` each time the live connection comes back after a drop. Events are only hints and
 * those sent while it was down are lost: re-read what is shown. Returns the function that stops it.
 */
export function onReconnected(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}

export interface SubscriptionHandlers<TResult> {
  next(data: TResult): void;
  error?(error: ApiError): void;
}

/** Subscribes to a typed subscription document; returns the function that unsubscribes. */
export function subscribe<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  handlers: SubscriptionHandlers<TResult>,
): () => void {
  return subscriptionClient().subscribe<TResult>(
    { query: document.toString(), variables: variables as Record<string, unknown> },
    {
      next: (result) => {
        if (result.errors?.length) handlers.error?.(toApiError(result.errors[0]));
        else if (result.data) handlers.next(result.data);
      },
      error: (err) => handlers.error?.(socketError(err)),
      complete: () => undefined,
    },
  );
}

/**
 * The shared client. connectionParams run on every (re)connect and read the current token; when the
 * token changes (log-in, renewal, log-out) the open socket is restarted so the server sees the new one.
 */
export function subscriptionClient(): Client {
  if (client) return client;
  let activeSocket: WebSocket | null = null;
  let restartWhenOpen = false;
  let sentToken: string | null = null;
  let refusedToken: string | null = null;

  const restart = () => {
    if (activeSocket?.readyState === WebSocket.OPEN) activeSocket.close(RESTART, 'Client Restart');
    else if (activeSocket?.readyState === WebSocket.CONNECTING) restartWhenOpen = true;
  };

  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';

  client = createClient({
    url: url.toString(),
    lazy: true,
    retryAttempts: 30,
    // Keep retrying through network drops and restarts; the data is re-read after a reconnect anyway.
    shouldRetry: () => true,
    connectionParams: async () => {
      let token = await currentAccessToken().catch(() => storedSession.value?.accessToken ?? null);
      // The last socket was refused with this token: renew it instead of being refused again.
      if (token && token === refusedToken) token = await renewSession(token).catch(() => null);
      sentToken = token;
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      opened: (socket) => {
        activeSocket = socket as WebSocket;
        if (restartWhenOpen) {
          restartWhenOpen = false;
          restart();
        }
      },
      connected: () => {
        refusedToken = null;
        if (connectedBefore) for (const listener of reconnectListeners) listener();
        connectedBefore = true;
      },
      closed: (event) => {
        activeSocket = null;
        if ((event as CloseEvent | undefined)?.code === FORBIDDEN) refusedToken = sentToken;
      },
    },
  });
  watch(
    () => storedSession.value?.accessToken ?? null,
    (token) => {
      if (token !== sentToken) restart();
    },
  );
  return client;
}

function socketError(err: unknown): ApiError {
  if (Array.isArray(err) && err.length) return toApiError(err[0]);
  if (err && typeof err === 'object' && 'code' in err) {
    const { code, reason } = err as CloseEvent;
    if (code === FORBIDDEN) return new ApiError('UNAUTHENTICATED', reason || 'You must be signed in.');
    return new ApiError('NETWORK_ERROR', reason || `The live connection closed (${code}).`);
  }
  return new ApiError('NETWORK_ERROR', 'The live connection failed.');
}
