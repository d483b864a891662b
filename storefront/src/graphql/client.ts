import type { TypedDocumentString } from './generated/graphql';
import { refreshSessionMutation } from './documents';
import { endSession, saveSession, storedSession, syncSessionFromStorage } from './stored-session';

const ENDPOINT = '/graphql';
/** Renew a little before the access token expires rather than spend a request on a refusal. */
const EXPIRY_MARGIN_MS = 15_000;

/** Codes the API puts in `extensions.code`, plus NETWORK_ERROR when it could not be reached at all. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'RATE_LIMITED'
  | 'CONFLICT'
  | 'ACCOUNT_SUSPENDED'
  | 'INSUFFICIENT_TOKENS'
  | 'WALLET_FROZEN'
  | 'QUERY_TOO_COMPLEX'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK_ERROR';

const knownCodes = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'RATE_LIMITED',
  'CONFLICT',
  'ACCOUNT_SUSPENDED',
  'INSUFFICIENT_TOKENS',
  'WALLET_FROZEN',
  'QUERY_TOO_COMPLEX',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'INTERNAL_SERVER_ERROR',
] satisfies ApiErrorCode[]);

/** A refusal from the API, with its code and, for BAD_USER_INPUT, the message for each field. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    /** Field name → what is wrong with it (from `extensions.fields` / `extensions.field`). */
    readonly fields: Readonly<Record<string, string>> = {},
    /** For RATE_LIMITED: how long to wait. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}

interface GraphQLErrorBody {
  message?: string;
  extensions?: { code?: string; fields?: { field?: string; message?: string }[]; field?: string; retryAfterSeconds?: number };
}

export interface RequestOptions {
  /** Send the access token and renew it on UNAUTHENTICATED (default true). Off for logIn and signUp. */
  auth?: boolean;
}

/**
 * Runs a query or mutation over HTTP. Sends the access token; when the API answers UNAUTHENTICATED to a
 * signed-in request, renews the session once with the refresh token and retries. Throws ApiError.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  const token = options.auth === false ? null : await currentAccessToken();
  try {
    return await execute(document, variables, token);
  } catch (err) {
    if (!token || !(err instanceof ApiError)) throw err;
    if (err.code === 'ACCOUNT_SUSPENDED') endSession('suspended');
    if (err.code !== 'UNAUTHENTICATED') throw err;
    const renewed = await renewSession(token);
    if (!renewed) throw err;
    return execute(document, variables, renewed);
  }
}

/** The access token to send now, renewed first when it is about to expire; null when signed out. */
export async function currentAccessToken(): Promise<string | null> {
  const session = storedSession.value;
  if (!session) return null;
  const expiresAt = Date.parse(session.accessTokenExpiresAt);
  if (Number.isFinite(expiresAt) && expiresAt - Date.now() < EXPIRY_MARGIN_MS) return renewSession(session.accessToken);
  return session.accessToken;
}

let renewing: Promise<string | null> | null = null;

/**
 * Exchanges the refresh token for new tokens, once however many callers ask at the same time (a refresh
 * token works once; reusing one ends the session). `staleToken` is the access token that was refused:
 * when the stored one already differs, another caller or tab has renewed and that one is returned.
 * Resolves null when the session cannot be renewed (it is then ended); rejects on network trouble.
 */
export function renewSession(staleToken?: string): Promise<string | null> {
  if (renewing) return renewing;
  const session = syncSessionFromStorage();
  if (!session) return Promise.resolve(null);
  if (staleToken && session.accessToken !== staleToken) return Promise.resolve(session.accessToken);
  renewing = (async () => {
    try {
      const data = await execute(refreshSessionMutation, { refreshToken: session.refreshToken }, null);
      saveSession(data.refreshSession);
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

async function execute<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables, token: string | null): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      // application/json is also what the API's CSRF prevention asks for.
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiError('NETWORK_ERROR', 'Minutely could not be reached.');
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

/** Maps one GraphQL error (HTTP or WebSocket) to an ApiError. */
export function toApiError(error: GraphQLErrorBody): ApiError {
  const ext = error.extensions ?? {};
  const fields: Record<string, string> = {};
  for (const issue of ext.fields ?? []) {
    if (issue.field && issue.message) fields[issue.field] = fields[issue.field] ? `${fields[issue.field]} ${issue.message}` : issue.message;
  }
  if (ext.field && !fields[ext.field]) fields[ext.field] = error.message ?? '';
  const code = ext.code && knownCodes.has(ext.code) ? (ext.code as ApiErrorCode) : 'INTERNAL_SERVER_ERROR';
  return new ApiError(code, error.message ?? 'Something went wrong.', fields, typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : null);
}
