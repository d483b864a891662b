import { ErrorCode } from '../../../api/src/common/errors';
import { statusOf, toApiError } from '../src';

// Every code the API can send reaches the apps as itself (not as INTERNAL_SERVER_ERROR), except the one
// Apollo's persisted-query handshake consumes before any app code sees it.
it('knows every error code the API sends', () => {
  const unknown = Object.values(ErrorCode).filter((code) => code !== ErrorCode.PERSISTED_QUERY_NOT_FOUND && !(code in statusOf));
  expect(unknown).toEqual([]);
  expect(toApiError({ message: 'Your daily limit leaves 4 tokens.', extensions: { code: 'SPENDING_LIMIT_REACHED' } })).toMatchObject({
    code: 'SPENDING_LIMIT_REACHED',
    status: 409,
    message: 'Your daily limit leaves 4 tokens.',
  });
});
