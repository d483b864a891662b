import { createGraphQLClient } from '@minutely/web-client';
import { refreshSessionMutation } from './documents';
import { endSession, persistedSession } from './stored-session';

export { ApiError } from '@minutely/web-client';

/**
 * The storefront's GraphQL client (the shared one in `@minutely/web-client`): it signs requests with the
 * stored session, and a session that ends by itself (refused renewal, suspension) ends with a reason the
 * log-in page shows.
 */
export const { request, currentAccessToken, renewSession } = createGraphQLClient({
  session: persistedSession,
  refreshDocument: refreshSessionMutation,
  onSessionEnded: endSession,
  endSessionOnSuspension: true,
});
