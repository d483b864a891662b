import type { MiddlewareFn } from 'type-graphql';
import { badInput } from './errors';

/**
 * What no text column can hold: NUL (PostgreSQL's text refuses it) and UTF-16 that is no Unicode text at all
 * (a lone surrogate, which the driver would silently turn into U+FFFD).
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when `value` holds a character that cannot be stored as text. */
export const hasUnstorableText = (value: string): boolean => UNSTORABLE.test(value);

/** The dotted path of the first string in `value` (an argument, input object or list) that cannot be stored, or null. */
export function unstorableTextIn(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return hasUnstorableText(value) ? path : null;
  if (value === null || typeof value !== 'object' || depth > 10) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = unstorableTextIn(value[i], `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, field] of Object.entries(value)) {
    const found = unstorableTextIn(field, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * One text rule for every string the API receives, in arguments and input objects alike: a character that
 * cannot be stored is refused with BAD_USER_INPUT naming the field, before any resolver (or transaction) runs.
 * A global middleware, so a new field is covered without anyone remembering to.
 */
export const TextInputMiddleware: MiddlewareFn = ({ args }, next) => {
  const field = unstorableTextIn(args, '');
  if (field) throw badInput(`${field} contains a character that cannot be stored (a NUL byte or broken Unicode).`, field);
  return next();
};
