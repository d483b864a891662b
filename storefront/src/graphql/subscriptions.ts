import { watch } from 'vue';
import { createLiveClient } from '@minutely/web-client/live';
import { currentAccessToken, renewSession } from './client';
import { storedSession } from './stored-session';

export type { SubscriptionHandlers } from '@minutely/web-client/live';

// Live events over graphql-ws (the shared client in `@minutely/web-client/live`). Loaded lazily (dynamic
// import) so pages without live data do not carry it. When the token changes (log-in, renewal, log-out)
// the open socket is restarted so the server sees the new one.

export const { subscribe, onReconnected } = createLiveClient({
  http: { currentAccessToken, renewSession },
  retryAttempts: 30,
  fallbackToken: () => storedSession.value?.accessToken ?? null,
  watchToken: (listener) => watch(() => storedSession.value?.accessToken ?? null, listener),
});
