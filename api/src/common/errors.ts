import { GraphQLEnumType, GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDataError } from '../db/errors';

/** Every error code a client can see in `extensions.code`. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  RATE_LIMITED = 'RATE_LIMITED',
  CONFLICT = 'CONFLICT',
  ACCOUNT_SUSPENDED = 'ACCOUNT_SUSPENDED',
  EMAIL_NOT_VERIFIED = 'EMAIL_NOT_VERIFIED',
  INSUFFICIENT_TOKENS = 'INSUFFICIENT_TOKENS',
  WALLET_FROZEN = 'WALLET_FROZEN',
  SPENDING_LIMIT_REACHED = 'SPENDING_LIMIT_REACHED',
  SELF_EXCLUDED = 'SELF_EXCLUDED',
  PAYOUT_BELOW_MINIMUM = 'PAYOUT_BELOW_MINIMUM',
  PAYOUT_EXCEEDS_AVAILABLE = 'PAYOUT_EXCEEDS_AVAILABLE',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** What each code means; the compiler checks that every code is described. The schema publishes these. */
export const errorCodeDescriptions: Record<ErrorCode, string> = {
  UNAUTHENTICATED: 'No valid access token was sent, or it expired.',
  FORBIDDEN: 'The signed-in account may not do this.',
  NOT_FOUND: 'The thing asked for does not exist or is not visible to the caller.',
  BAD_USER_INPUT: 'An argument is malformed or out of range; nothing was changed. `extensions.fields` lists the fields.',
  RATE_LIMITED: 'Too many attempts; retry after `extensions.retryAfterSeconds`.',
  CONFLICT: 'The request contradicts the current state (duplicate, or a replay with other values).',
  ACCOUNT_SUSPENDED: 'The account is suspended by a moderator.',
  EMAIL_NOT_VERIFIED: 'Buying tokens, calling and payouts need a verified email address; follow the emailed link (or resend it).',
  INSUFFICIENT_TOKENS: 'The wallet does not hold enough tokens; `extensions.needed` says how many more.',
  WALLET_FROZEN: 'The wallet is frozen after a chargeback; it cannot spend until support clears it.',
  SPENDING_LIMIT_REACHED:
    'The fan’s own spending limit would be passed (a limit per 24 hours across calls, unlocks and tips, or the cap per call); `extensions.remaining` says what is left.',
  SELF_EXCLUDED: 'The fan excluded themself from spending until `extensions.until`; nothing can be spent before then.',
  PAYOUT_BELOW_MINIMUM: 'A payout must be at least the platform’s minimum, `extensions.minimum` tokens; nothing was changed.',
  PAYOUT_EXCEEDS_AVAILABLE:
    'A payout may take only available earnings (past the holding period); `extensions.available` says how many tokens can be paid out now. Nothing was changed.',
  QUERY_TOO_COMPLEX: 'The operation exceeds a depth, cost, alias, directive or token limit.',
  GRAPHQL_PARSE_FAILED: 'The operation is not valid GraphQL syntax.',
  GRAPHQL_VALIDATION_FAILED: 'The operation does not match the schema.',
  PERSISTED_QUERY_NOT_FOUND: 'Automatic persisted queries: the server does not know this hash yet; send the query again with it.',
  INTERNAL_SERVER_ERROR: 'Something unexpected failed; it was logged with the request id (`x-request-id`).',
};

export const errorCodeType = new GraphQLEnumType({
  name: 'ErrorCode',
  description: 'Machine-readable reason carried in `extensions.code` of every GraphQL error. Not returned by any field; listed so clients can generate it.',
  values: Object.fromEntries(Object.values(ErrorCode).map((code) => [code, { value: code, description: errorCodeDescriptions[code] }])),
});

/** HTTP-ish status hint for each code; the compiler checks that every code is mapped. */
export const errorStatus: Record<ErrorCode, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.ACCOUNT_SUSPENDED]: 403,
  [ErrorCode.EMAIL_NOT_VERIFIED]: 403,
  [ErrorCode.INSUFFICIENT_TOKENS]: 402,
  [ErrorCode.WALLET_FROZEN]: 403,
  [ErrorCode.SPENDING_LIMIT_REACHED]: 403,
  [ErrorCode.PAYOUT_BELOW_MINIMUM]: 400,
  [ErrorCode.PAYOUT_EXCEEDS_AVAILABLE]: 402,
  [ErrorCode.SELF_EXCLUDED]: 403,
  [ErrorCode.QUERY_TOO_COMPLEX]: 400,
  [ErrorCode.GRAPHQL_PARSE_FAILED]: 400,
  [ErrorCode.GRAPHQL_VALIDATION_FAILED]: 400,
  [ErrorCode.PERSISTED_QUERY_NOT_FOUND]: 200,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

/** An error meant for the client: its message and code are shown as they are. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = (message = 'You must be signed in.') => new AppError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = 'You are not allowed to do this.') => new AppError(ErrorCode.FORBIDDEN, message);
export const notFound = (what: string) => new AppError(ErrorCode.NOT_FOUND, `${what} not found.`);
export const badInput = (message: string, field?: string) => new AppError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
export const conflict = (message: string, field?: string) => new AppError(ErrorCode.CONFLICT, message, field ? { field } : {});

const requestIds = new WeakMap<object, string>();

/** Remembers which request an error belongs to, so the line that logs it (formatError's caller) can name it. */
export function tagRequest(err: unknown, requestId: string): void {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 3; depth++) {
    requestIds.set(e, requestId);
    e = (e as { originalError?: unknown }).originalError;
  }
}

/** The request id `tagRequest` gave the error or the error it wraps (Apollo wraps what the context function throws), if any. */
export function requestIdOf(err: unknown): string | undefined {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 3; depth++) {
    const found = requestIds.get(e);
    if (found) return found;
    e = (e as { originalError?: unknown }).originalError;
  }
  return undefined;
}

const knownCodes = new Set<string>(Object.values(ErrorCode));
// Apollo's and graphql-armor's own codes mapped onto ours.
const aliases: Record<string, ErrorCode> = {
  BAD_REQUEST: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BAD_USER_INPUT,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_USER_INPUT,
};

/** graphql-js gives up coercing variables after 50 errors with this message and no code. */
const tooManyVariableErrors = /^Too many errors processing variables/;

/** Matches the messages graphql-armor and graphql-js use for limit violations. */
const limitMessage = /Document contains more tha[nt] \d+ tokens|depth limit|Aliases limit|Cost limit|Directives limit|exceeded/i;

/** Why formatError logs an error: masked as INTERNAL_SERVER_ERROR, or input the database refused (answered BAD_USER_INPUT). */
export type LoggedError = 'unexpected' | 'refused by the database';

/**
 * Shapes every error sent to a client: known codes keep their message, input the database refused becomes
 * BAD_USER_INPUT, anything else is masked. `log` is called for the last two so the original is kept with the
 * request id.
 */
export function formatError(formatted: GraphQLFormattedError, original: unknown, log: (err: unknown, why: LoggedError) => void): GraphQLFormattedError {
  // class-validator failures surfaced by type-graphql's ArgumentValidationError.
  const validationErrors = formatted.extensions?.validationErrors as ValidationIssue[] | undefined;
  if (Array.isArray(validationErrors)) {
    const issues = validationErrors.flatMap(flattenValidation);
    return {
      message: issues.length ? issues.map((i) => i.message).join(' ') : 'Invalid input.',
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT, fields: issues },
    };
  }
  const rawCode = formatted.extensions?.code as string | undefined;
  const validationLike = rawCode === 'GRAPHQL_VALIDATION_FAILED' || rawCode === 'GRAPHQL_PARSE_FAILED' || rawCode === 'BAD_USER_INPUT';
  if (validationLike && limitMessage.test(formatted.message)) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } };
  }
  if (rawCode && aliases[rawCode]) {
    return { ...formatted, extensions: { ...stripStack(formatted.extensions), code: aliases[rawCode] } };
  }
  if (rawCode && knownCodes.has(rawCode) && rawCode !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return { ...formatted, extensions: stripStack(formatted.extensions) };
  }
  if (tooManyVariableErrors.test(formatted.message)) {
    return { message: formatted.message, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  // The last line of defence behind the checks at the edge: the statement failed, so nothing was written.
  if (isDataError(original)) {
    log(original, 'refused by the database');
    return { message: 'An argument is malformed or out of range.', path: formatted.path, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  log(original, 'unexpected');
  return { message: 'Internal server error.', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

interface ValidationIssue {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationIssue[];
}
function flattenValidation(issue: ValidationIssue): { field: string; message: string }[] {
  const own = Object.values(issue.constraints ?? {}).map((message) => ({ field: issue.property, message: sentence(message) }));
  return own.concat((issue.children ?? []).flatMap(flattenValidation));
}
const sentence = (s: string) => (s.endsWith('.') ? s : `${s}.`);

function stripStack(ext: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!ext) return {};
  const { stacktrace: _stacktrace, exception: _exception, ...rest } = ext as Record<string, unknown>;
  return rest;
}
