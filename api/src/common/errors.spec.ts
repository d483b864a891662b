import { GraphQLError } from 'graphql';
import { AppError, ErrorCode, formatError, requestIdOf, tagRequest } from './errors';

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

  it('answers input the database refused (SQLSTATE class 22, NOT NULL, CHECK) with BAD_USER_INPUT, and logs it', () => {
    for (const code of ['22P02', '22021', '22001', '22003', '23502', '23514']) {
      const driverError = Object.assign(new Error('invalid input syntax for type uuid: "aaaa"'), { code });
      const original = new GraphQLError('invalid input syntax', { originalError: Object.assign(new Error('query failed'), { driverError }) });
      const logged: string[] = [];
      const formatted = formatError(original.toJSON(), original, (_e, why) => logged.push(why));
      expect(formatted).toMatchObject({ message: 'An argument is malformed or out of range.', extensions: { code: 'BAD_USER_INPUT' } });
      expect(JSON.stringify(formatted)).not.toContain('uuid');
      expect(logged).toEqual(['refused by the database']);
    }
    // Other database failures stay masked as internal errors.
    const deadlock = new GraphQLError('x', { originalError: Object.assign(new Error('deadlock'), { code: '40P01' }) });
    expect(formatError(deadlock.toJSON(), deadlock, () => undefined).extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('gives "too many errors processing variables" the BAD_USER_INPUT code', () => {
    const err = new GraphQLError('Too many errors processing variables, error limit reached. Execution aborted.');
    const logged: unknown[] = [];
    expect(formatError(err.toJSON(), err, (e) => logged.push(e)).extensions?.code).toBe('BAD_USER_INPUT');
    expect(logged).toEqual([]);
  });

  it('remembers the request an error (and its original) belongs to', () => {
    const inner = new Error('boom');
    const err = new GraphQLError('boom', { originalError: inner });
    tagRequest(err, 'req-1');
    expect(requestIdOf(err)).toBe('req-1');
    expect(requestIdOf(inner)).toBe('req-1');
    expect(requestIdOf(new Error('other'))).toBeUndefined();
  });
});
