import { ApiError, toApiError, type GraphQLErrorBody } from './api-error';
import type { Document, TypedDocument } from './document';
import type { SessionTokens } from './session-storage';

/** Renew a little before the access token expires rather than spend a request on a refusal. */
const EXPIRY_MARGIN_MS = 15_000;

/** Why a session ended without the user logging out. */
export type SessionEndReason = 'expired' | 'suspended';

export interface GraphQLClientOptions<S extends SessionTokens> {
  /** Where queries and mutations are posted; '/graphql' on the page's origin by default. */
  endpoint?: string;
  /** Where the tokens live (see createSessionStorage); `sync` re-reads what another tab may have renewed. */
  session: { current(): S | null; sync(): S | null; save(session: S | null): void };
  /** The app's refreshSession mutation, selecting everything the app stores of a session. */
  refreshDocument: TypedDocument<{ refreshSession: S }, { refreshToken: string }>;
  /** Called when the session ends by itself: the refresh token is refused, or (see below) the account is suspended. Default: drops the session. */
  onSessionEnded?(reason: SessionEndReason): void;
  /** End the session when the API refuses a signed-in request with ACCOUNT_SUSPENDED (default false). */
  endSessionOnSuspension?: boolean;
  /** The message of the NETWORK_ERROR thrown when the API cannot be reached. */
  unreachableMessage?: string;
}

export interface RequestOptions {
  /** Send the access token and renew it on UNAUTHENTICATED (default true). Off for logIn and signUp. */
  auth?: boolean;
}

export interface GraphQLClient {
  /**
   * Runs a query or mutation over HTTP. Sends the access token; when the API answers UNAUTHENTICATED to a
   * signed-in request, renews the session once with the refresh token and retries. Throws ApiError.
   */
  request<TResult, TVariables = Record<string, unknown>>(
    document: Document<TResult, TVariables>,
    variables: TVariables,
    options?: RequestOptions,
  ): Promise<TResult>;
  /** The access token to send now, renewed first when it is about to expire; null when signed out. */
  currentAccessToken(): Promise<string | null>;
  /**
   * Exchanges the refresh token for new tokens, once however many callers ask at the same time (a refresh
   * token works once; reusing one ends the session). `staleToken` is the access token that was refused:
   * when the stored one already differs, another caller or tab has renewed and that one is returned.
   * Resolves null when the session cannot be renewed (it is then ended); rejects on network trouble.
   */
  renewSession(staleToken?: string): Promise<string | null>;
}

export function createGraphQLClient<S extends SessionTokens>(options: GraphQLClientOptions<S>): GraphQLClient {
  const { session, refreshDocument, endSessionOnSuspension = false } = options;
  const endpoint = options.endpoint ?? '/graphql';
  const unreachable = options.unreachableMessage ?? 'Minutely could not be reached.';
  const endSession = options.onSessionEnded ?? (() => session.save(null));
  let renewing: Promise<string | null> | null = null;

  async function execute<TResult, TVariables>(document: Document<TResult, TVariables>, variables: TVariables, token: string | null): Promise<TResult> {
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        // application/json is also what the API's CSRF prevention asks for.
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: document.toString(), variables }),
      });
    } catch {
      throw new ApiError('NETWORK_ERROR', unreachable);
    }
    let body: { data?: TResult | null; errors?: GraphQLErrorBody[] };
    try {
      body = await response.json();
    } catch {
      throw new ApiError('INTERNAL_SERVER_ERROR', `Unexpected response from the server (HTTP ${response.status}).`);
    }
    if (body.errors?.length) throw toApiError(body.errors[0]);
    if (!body.data) throw new ApiError('INTERNAL_SERVER_ERROR', `Unexpected response from the server (HTTP ${response.status}).`);
    return body.data;
  }

  function renewSession(staleToken?: string): Promise<string | null> {
    if (renewing) return renewing;
    const stored = session.sync();
    if (!stored) return Promise.resolve(null);
    if (staleToken && stored.accessToken !== staleToken) return Promise.resolve(stored.accessToken);
    renewing = (async () => {
      try {
        const data = await execute(refreshDocument, { refreshToken: stored.refreshToken }, null);
        session.save(data.refreshSession);
        return data.refreshSession.accessToken;
      } catch (err) {
        if (!(err instanceof ApiError) || ['NETWORK_ERROR', 'INTERNAL_SERVER_ERROR', 'RATE_LIMITED'].includes(err.code)) throw err;
        endSession(err.code === 'ACCOUNT_SUSPENDED' ? 'suspended' : 'expired');
        return null;
      } finally {
        renewing = null;
      }
    })();
    return renewing;
  }

  async function currentAccessToken(): Promise<string | null> {
    const stored = session.current();
    if (!stored) return null;
    const expiresAt = Date.parse(stored.accessTokenExpiresAt);
    if (Number.isFinite(expiresAt) && expiresAt - Date.now() < EXPIRY_MARGIN_MS) return renewSession(stored.accessToken);
    return stored.accessToken;
  }

  async function request<TResult, TVariables>(
    document: Document<TResult, TVariables>,
    variables: TVariables,
    requestOptions: RequestOptions = {},
  ): Promise<TResult> {
    const token = requestOptions.auth === false ? null : await currentAccessToken();
    try {
      return await execute(document, variables, token);
    } catch (err) {
      if (!token || !(err instanceof ApiError)) throw err;
      if (endSessionOnSuspension && err.code === 'ACCOUNT_SUSPENDED') endSession('suspended');
      if (err.code !== 'UNAUTHENTICATED') throw err;
      const renewed = await renewSession(token);
      if (!renewed) throw err;
      return execute(document, variables, renewed);
    }
  }

  return { request, currentAccessToken, renewSession };
}
