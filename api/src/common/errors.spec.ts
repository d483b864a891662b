import { GraphQLError } from 'graphql';
import { AppError, ErrorCode, formatError } from './errors';

describe('formatError', () => {
  it('keeps the message and code of errors meant for clients', () => {
    const err = new AppError(ErrorCode.CONFLICT, 'Handle taken.');
    const logged: unknown[] = [];
    expect(formatError(err.toJSON(), err, (e) => logged.push(e))).toMatchObject({ message: 'Handle taken.', extensions: { code: 'CONFLICT' } });
    expect(logged).toEqual([]);
  });

  it('masks unexpected errors and logs the original', () => {
    const original = new GraphQLError('relation "secret_table" does not exist', { originalError: new Error('SQL details') });
    const logged: unknown[] = [];
    const formatted = formatError(original.toJSON(), original, (e) => logged.push(e));
    expect(formatted).toEqual({ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged).toEqual([original]);
  });

  it('turns class-validator failures into one BAD_USER_INPUT with every message', () => {
    const err = new GraphQLError('Argument Validation Error', {
      extensions: {
        code: 'BAD_USER_INPUT',
        validationErrors: [
          { property: 'email', constraints: { isEmail: 'email must be a valid email address' } },
          { property: 'password', constraints: { minLength: 'password must be at least 10 characters long' } },
        ],
      },
    });
    expect(formatError(err.toJSON(), err, () => undefined)).toMatchObject({
      message: 'email must be a valid email address. password must be at least 10 characters long.',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'email' }, { field: 'password' }] },
    });
  });

  it('reports limit violations as QUERY_TOO_COMPLEX', () => {
    const err = new GraphQLError('Syntax Error: Query depth limit of 4 exceeded, found 5.', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(formatError(err.toJSON(), err, () => undefined).extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });
});
