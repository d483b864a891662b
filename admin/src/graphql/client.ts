import type { TypedDocumentString } from './generated/graphql';
import { refreshSessionMutation } from './documents';
import { currentStaffSession, saveStaffSession } from './staff-session';

const ENDPOINT = '/graphql';
const EXPIRY_MARGIN_MS = 15_000;

/** Codes the API puts in `extensions.code`, plus NETWORK_ERROR when it could not be reached. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'RATE_LIMITED'
  | 'CONFLICT'
  | 'ACCOUNT_SUSPENDED'
  | 'QUERY_TOO_COMPLEX'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK_ERROR';

/** The HTTP status react-admin expects for each code (checkError and HttpError read `status`). */
export const statusOf: Record<ApiErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  ACCOUNT_SUSPENDED: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  QUERY_TOO_COMPLEX: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
  NETWORK_ERROR: 503,
};

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields: Readonly<Record<string, string>> = {},
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.status = statusOf[code] ?? 500;
  }
}

interface GraphQLErrorBody {
  message?: string;
  extensions?: { code?: string; fields?: { field?: string; message?: string }[]; field?: string; retryAfterSeconds?: number };
}

/** A codegen document, or a query string built at run time (the data provider's). */
type Document<TResult, TVariables> = TypedDocumentString<TResult, TVariables> | string;

/**
 * Runs an operation over HTTP with the moderator's token. On UNAUTHENTICATED it renews the session once
 * with the refresh token and retries; when that fails the session is dropped and the error thrown.
 */
export async function request<TResult, TVariables = Record<string, unknown>>(
  document: Document<TResult, TVariables>,
  variables: TVariables,
  options: { auth?: boolean } = {},
): Promise<TResult> {
  const token = options.auth === false ? null : await currentAccessToken();
  try {
    return await execute<TResult>(document.toString(), variables, token);
  } catch (err) {
    if (!token || !(err instanceof ApiError) || err.code !== 'UNAUTHENTICATED') throw err;
    const renewed = await renewSession(token);
    if (!renewed) throw err;
    return execute<TResult>(document.toString(), variables, renewed);
  }
}

export async function currentAccessToken(): Promise<string | null> {
  const session = currentStaffSession();
  if (!session) return null;
  const expiresAt = Date.parse(session.accessTokenExpiresAt);
  if (Number.isFinite(expiresAt) && expiresAt - Date.now() < EXPIRY_MARGIN_MS) return renewSession(session.accessToken);
  return session.accessToken;
}

let renewing: Promise<string | null> | null = null;

/**
 * Exchanges the refresh token for new tokens, once for all concurrent callers (a refresh token works
 * once). Resolves null, dropping the session, when it cannot be renewed; rejects on network trouble.
 */
export function renewSession(staleToken?: string): Promise<string | null> {
  if (renewing) return renewing;
  const session = currentStaffSession();
  if (!session) return Promise.resolve(null);
  // Another tab already renewed: use its token.
  if (staleToken && session.accessToken !== staleToken) return Promise.resolve(session.accessToken);
  renewing = (async () => {
    try {
      const data = await execute<{ refreshSession: typeof session }>(refreshSessionMutation.toString(), { refreshToken: session.refreshToken }, null);
      saveStaffSession(data.refreshSession);
      return data.refreshSession.accessToken;
    } catch (err) {
      if (!(err instanceof ApiError) || ['NETWORK_ERROR', 'INTERNAL_SERVER_ERROR', 'RATE_LIMITED'].includes(err.code)) throw err;
      saveStaffSession(null);
      return null;
    } finally {
      renewing = null;
    }
  })();
  return renewing;
}

async function execute<TResult>(query: string, variables: unknown, token: string | null): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      // application/json is also what the API's CSRF prevention asks for.
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('NETWORK_ERROR', 'The Minutely API could not be reached.');
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

function toApiError(error: GraphQLErrorBody): ApiError {
  const ext = error.extensions ?? {};
  const fields: Record<string, string> = {};
  for (const issue of ext.fields ?? []) {
    if (issue.field && issue.message) fields[issue.field] = fields[issue.field] ? `${fields[issue.field]} ${issue.message}` : issue.message;
  }
  if (ext.field && !fields[ext.field]) fields[ext.field] = error.message ?? '';
  const code = (ext.code && ext.code in statusOf ? ext.code : 'INTERNAL_SERVER_ERROR') as ApiErrorCode;
  return new ApiError(code, error.message ?? 'Something went wrong.', fields, typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : null);
}
