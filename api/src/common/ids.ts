import { ValidateBy, type ValidationOptions } from 'class-validator';
import { Arg, ID } from 'type-graphql';
import { badInput } from './errors';

// RFC 9562 syntax (any version, with the nil and max UUIDs), the same check as the `uuid` package's validate().
const UUID =
  /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/i;

/** True when `value` is a UUID: the syntax of every id the API hands out. */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** The id, or BAD_USER_INPUT naming `field`: a malformed id never reaches the database. */
export function checkId(value: string, field: string): string {
  if (!isUuid(value)) throw badInput(`${field} must be a valid id.`, field);
  return value;
}

/** Every id of a list, or BAD_USER_INPUT naming `field`. */
export function checkIds(values: readonly string[], field: string): string[] {
  if (!values.every(isUuid)) throw badInput(`${field} must be valid ids.`, field);
  return [...values];
}

/**
 * The id argument of a query, mutation or subscription: GraphQL type `ID`, checked to be a UUID before the
 * resolver runs (BAD_USER_INPUT with the field named). `@IdArg('callId', { description: 'The call.' })`.
 */
export function IdArg(name: string, options: { description: string; nullable?: boolean }) {
  return Arg(name, () => ID, {
    ...options,
    validateFn: (value) => {
      if (value != null) checkId(value as unknown as string, name);
    },
  });
}

/** A list-of-ids argument, each checked like IdArg. */
export function IdsArg(name: string, options: { description: string; nullable?: boolean }) {
  return Arg(name, () => [ID], {
    ...options,
    validateFn: (value) => {
      if (value != null) checkIds(value as unknown as string[], name);
    },
  });
}

/** class-validator decorator for id fields of input types (`each: true` for lists), with the same check. */
export function IsId(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isId',
      validator: {
        validate: (value) => isUuid(value),
        defaultMessage: (args) => `${args?.property} must ${options?.each ? 'hold valid ids' : 'be a valid id'}`,
      },
    },
    options,
  );
}
