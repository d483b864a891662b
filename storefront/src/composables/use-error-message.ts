import { computed, shallowRef } from 'vue';
import { ApiError } from '../graphql/client';

/** A sentence a user can act on for any error thrown by the API client (or anything else). */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong. Please try again.';
  switch (error.code) {
    case 'RATE_LIMITED':
      return `Too many attempts. Try again in ${waitText(error.retryAfterSeconds)}.`;
    case 'NETWORK_ERROR':
      return 'Minutely could not be reached. Check your connection and try again.';
    case 'ACCOUNT_SUSPENDED':
      return 'This account is suspended. Contact support if you think this is a mistake.';
    case 'EMAIL_NOT_VERIFIED':
      return 'Please confirm your email address first: follow the link we emailed you. You can ask for a new link in Account settings.';
    case 'WALLET_FROZEN':
      return 'Your wallet is frozen after a payment dispute, so it cannot pay for anything until support clears it.';
    case 'INSUFFICIENT_TOKENS':
      return error.message || 'You do not have enough tokens for this. Buy tokens in your wallet and try again.';
    case 'BAD_USER_INPUT':
      return Object.keys(error.fields).length ? 'Please correct the fields marked below.' : error.message;
    case 'FORBIDDEN':
      return error.message || 'You are not allowed to do this.';
    case 'QUERY_TOO_COMPLEX':
    case 'GRAPHQL_PARSE_FAILED':
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'INTERNAL_SERVER_ERROR':
      return 'Something went wrong on our side. Please try again in a moment.';
    // The API's own wording is meant for people: "Email or password is incorrect.", "The handle … is taken.",
    // and the fan's own limits say which limit and what is left, or until when.
    case 'UNAUTHENTICATED':
    case 'CONFLICT':
    case 'SPENDING_LIMIT_REACHED':
    case 'SELF_EXCLUDED':
    case 'PAYOUT_BELOW_MINIMUM':
    case 'PAYOUT_EXCEEDS_AVAILABLE':
      return error.message;
    case 'NOT_FOUND':
      return error.message || 'This no longer exists, or you cannot see it.';
  }
}

function waitText(seconds: number | null): string {
  if (seconds === null || seconds <= 0) return 'a moment';
  if (seconds < 120) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

export interface ErrorMessageOptions {
  /**
   * Form fields a CONFLICT may be about. The API names no field for conflicts ("The handle "x" is
   * taken."), so one is attributed to the first of these its message mentions.
   */
  conflictFields?: readonly string[];
}

/** The error of a form: one message for the form, and one per field shown next to it. */
export function useErrorMessage(options: ErrorMessageOptions = {}) {
  const error = shallowRef<unknown>(null);

  /** Problems found before asking the API (empty required fields), by field. */
  const local = shallowRef<Record<string, string>>({});

  const conflictField = computed(() => {
    const err = error.value;
    if (!(err instanceof ApiError) || err.code !== 'CONFLICT') return null;
    return options.conflictFields?.find((field) => new RegExp(`\\b${field}\\b`, 'i').test(err.message)) ?? null;
  });

  const message = computed(() => {
    if (Object.keys(local.value).length) return 'Please fill in the fields marked below.';
    if (!error.value) return '';
    if (conflictField.value) return 'Please correct the fields marked below.';
    return describeError(error.value);
  });

  /** What is wrong with one field, phrased for the label above it ("Must be …" rather than "handle must be …"). */
  function fieldError(field: string): string | undefined {
    if (local.value[field]) return local.value[field];
    const err = error.value;
    if (!(err instanceof ApiError)) return undefined;
    if (conflictField.value === field) return err.message;
    const text = err.fields[field];
    if (!text) return undefined;
    const withoutName = text.startsWith(`${field} `) ? text.slice(field.length + 1) : text;
    return withoutName.charAt(0).toUpperCase() + withoutName.slice(1);
  }

  function clear(): void {
    error.value = null;
    local.value = {};
  }

  /**
   * Checks required fields before the form is sent: each blank one gets its message (e.g. "Enter your
   * password."), and false is returned so the form is not sent at all.
   */
  function requireFields(values: Record<string, string>, messages: Record<string, string>): boolean {
    const missing = Object.fromEntries(Object.keys(messages).flatMap((field) => (values[field]?.trim() ? [] : [[field, messages[field]]])));
    local.value = missing;
    return Object.keys(missing).length === 0;
  }

  return { error, message, fieldError, clear, requireFields };
}
