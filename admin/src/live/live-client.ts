import { createLiveClient } from '@minutely/web-client/live';
import { currentAccessToken, renewSession } from '../graphql/client';

/**
 * One graphql-ws connection for the whole panel (the shared client in `@minutely/web-client/live`), opened
 * on the first subscription. It signs in with the moderator's access token, read afresh on every
 * (re)connect so a renewed token is used, and retries for as long as the panel is open: a moderator's queue
 * must not silently stop updating. Log-out closes it, so the next moderator's token is the one sent.
 */
export const liveClient = createLiveClient({
  http: { currentAccessToken, renewSession },
  retryAttempts: Number.POSITIVE_INFINITY,
});
