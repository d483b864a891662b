import { createGraphQLClient } from '@minutely/web-client';
import { refreshSessionMutation } from './documents';
import { currentStaffSession, saveStaffSession } from './staff-session';

export { ApiError } from '@minutely/web-client';

/**
 * The panel's GraphQL client (the shared one in `@minutely/web-client`), signed in with the moderator's
 * session. A session that cannot be renewed is dropped; react-admin's checkError then sends the moderator to
 * the log-in page (it also handles ACCOUNT_SUSPENDED). Documents may be codegen documents or query strings
 * built at run time (the data provider's).
 */
export const { request, currentAccessToken, renewSession } = createGraphQLClient({
  session: { current: currentStaffSession, sync: currentStaffSession, save: saveStaffSession },
  refreshDocument: refreshSessionMutation,
  unreachableMessage: 'The Minutely API could not be reached.',
});
