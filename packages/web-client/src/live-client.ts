import { createClient, type Client } from 'graphql-ws';
import { ApiError, toApiError } from './api-error';
import type { TypedDocument } from './document';
import type { GraphQLClient } from './graphql-client';

// graphql-ws for live events, in its own entry point (`@minutely/web-client/live`) so an app can load it
// lazily and pages without live data do not carry it. One socket per app: it connects on the first
// subscription and closes after the last.

/** Close code graphql-ws clients use to ask for a reconnect; the client retries it. */
const RESTART = 4205;
/** The API closes a socket with 4403 when the token in `connection_init` is missing, bad or expired. */
const FORBIDDEN = 4403;

export interface LiveClientOptions {
  /** The HTTP client whose session the socket signs in with (and renews a refused token through). */
  http: Pick<GraphQLClient, 'currentAccessToken' | 'renewSession'>;
  /** ws(s)://<page host>/graphql by default. */
  url?: string;
  /** How many times graphql-ws retries a dropped connection (each time with a back-off). */
  retryAttempts: number;
  /** The token to send when renewing it failed (network trouble); none by default. */
  fallbackToken?(): string | null;
  /**
   * Calls its listener with the access token whenever it changes (log-in, renewal, log-out, another tab), so
   * an open socket is restarted and the server sees the new one. Without it the socket keeps the token it
   * opened with until it reconnects.
   */
  watchToken?(listener: (token: string | null) => void): () => void;
}

export interface SubscriptionHandlers<TResult> {
  next(data: TResult): void;
  error?(error: ApiError): void;
}

export interface LiveClient {
  /** Subscribes to a typed subscription document; returns the function that unsubscribes. */
  subscribe<TResult, TVariables>(document: TypedDocument<TResult, TVariables>, variables: TVariables, handlers: SubscriptionHandlers<TResult>): () => void;
  /**
   * Calls `listener` each time the connection comes back after a drop (not on the first connection). Events
   * are only hints and those sent while it was down are lost: re-read what is shown. Returns the unsubscribe.
   */
  onReconnected(listener: () => void): () => void;
  /** Closes the socket (e.g. on log-out); the next subscription opens a new one. */
  close(): void;
}

export function createLiveClient(options: LiveClientOptions): LiveClient {
  const { http } = options;
  const reconnectListeners = new Set<() => void>();
  let client: Client | null = null;
  let stopWatchingToken: (() => void) | null = null;

  function connect(): Client {
    if (client) return client;
    let activeSocket: WebSocket | null = null;
    let restartWhenOpen = false;
    let sentToken: string | null = null;
    let refusedToken: string | null = null;
    let connectedBefore = false;

    const restart = () => {
      if (activeSocket?.readyState === WebSocket.OPEN) activeSocket.close(RESTART, 'Client Restart');
      else if (activeSocket?.readyState === WebSocket.CONNECTING) restartWhenOpen = true;
    };

    client = createClient({
      url: options.url ?? defaultUrl(),
      lazy: true,
      retryAttempts: options.retryAttempts,
      // Keep retrying through network drops and restarts; the data is re-read after a reconnect anyway.
      shouldRetry: () => true,
      connectionParams: async () => {
        let token = await http.currentAccessToken().catch(() => options.fallbackToken?.() ?? null);
        // The last socket was refused with this token: renew it instead of being refused again.
        if (token && token === refusedToken) token = await http.renewSession(token).catch(() => null);
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
    stopWatchingToken =
      options.watchToken?.((token) => {
        if (token !== sentToken) restart();
      }) ?? null;
    return client;
  }

  function subscribe<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    variables: TVariables,
    handlers: SubscriptionHandlers<TResult>,
  ): () => void {
    return connect().subscribe<TResult>(
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

  return {
    subscribe,
    onReconnected(listener) {
      reconnectListeners.add(listener);
      return () => reconnectListeners.delete(listener);
    },
    close() {
      stopWatchingToken?.();
      stopWatchingToken = null;
      void client?.dispose();
      client = null;
    },
  };
}

function defaultUrl(): string {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
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
