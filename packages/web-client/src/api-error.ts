/** Codes the API puts in `extensions.code`, plus NETWORK_ERROR when it could not be reached at all. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'RATE_LIMITED'
  | 'CONFLICT'
  | 'ACCOUNT_SUSPENDED'
  | 'EMAIL_NOT_VERIFIED'
  | 'INSUFFICIENT_TOKENS'
  | 'WALLET_FROZEN'
  | 'SPENDING_LIMIT_REACHED'
  | 'SELF_EXCLUDED'
  | 'PAYOUT_BELOW_MINIMUM'
  | 'PAYOUT_EXCEEDS_AVAILABLE'
  | 'QUERY_TOO_COMPLEX'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK_ERROR';

/**
 * The HTTP status each code stands for. react-admin reads `status` (checkError, HttpError); the compiler
 * checks the map is complete, and a code the API sends that is not in it is read as INTERNAL_SERVER_ERROR.
 */
export const statusOf: Readonly<Record<ApiErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  ACCOUNT_SUSPENDED: 403,
  EMAIL_NOT_VERIFIED: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  QUERY_TOO_COMPLEX: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  CONFLICT: 409,
  INSUFFICIENT_TOKENS: 409,
  WALLET_FROZEN: 409,
  SPENDING_LIMIT_REACHED: 409,
  SELF_EXCLUDED: 403,
  PAYOUT_BELOW_MINIMUM: 400,
  PAYOUT_EXCEEDS_AVAILABLE: 409,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
  NETWORK_ERROR: 503,
};

/** A refusal from the API, with its code and, for BAD_USER_INPUT, the message for each field. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** The HTTP status the code stands for (see `statusOf`). */
  readonly status: number;

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    /** Field name → what is wrong with it (from `extensions.fields` / `extensions.field`). */
    readonly fields: Readonly<Record<string, string>> = {},
    /** For RATE_LIMITED: how long to wait. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.status = statusOf[code];
  }
}

/** One error as the API sends it, over HTTP or in a WebSocket message. */
export interface GraphQLErrorBody {
  message?: string;
  extensions?: { code?: string; fields?: { field?: string; message?: string }[]; field?: string; retryAfterSeconds?: number };
}

const isCode = (code: string | undefined): code is ApiErrorCode => code !== undefined && code !== 'NETWORK_ERROR' && Object.hasOwn(statusOf, code);

/** Maps one GraphQL error (HTTP or WebSocket) to an ApiError. */
export function toApiError(error: GraphQLErrorBody): ApiError {
  const ext = error.extensions ?? {};
  const fields: Record<string, string> = {};
  for (const issue of ext.fields ?? []) {
    if (issue.field && issue.message) fields[issue.field] = fields[issue.field] ? `${fields[issue.field]} ${issue.message}` : issue.message;
  }
  if (ext.field && !fields[ext.field]) fields[ext.field] = error.message ?? '';
  const code = isCode(ext.code) ? ext.code : 'INTERNAL_SERVER_ERROR';
  return new ApiError(code, error.message ?? 'Something went wrong.', fields, typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : null);
}
