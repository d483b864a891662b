import { shallowRef } from 'vue';
import { createSessionStorage, type SessionEndReason } from '@minutely/web-client';
import type { AccountFieldsFragment, SessionFieldsFragment } from './generated/graphql';

/**
 * The signed-in session (tokens and account) kept in localStorage, so a reload or a new tab stays signed
 * in. It is the one place the tokens live: the HTTP client, the socket client and the session store all
 * read it, and every tab follows changes made by the others (a refresh token works once, so tabs must
 * not hold stale copies).
 */
export type StoredSession = SessionFieldsFragment;
export type SessionAccount = AccountFieldsFragment;
export type { SessionEndReason };

export const persistedSession = createSessionStorage<StoredSession>({ key: 'minutely.session' });

/** The stored session as a ref, for templates and watchers. */
export const storedSession = shallowRef<StoredSession | null>(persistedSession.current());
persistedSession.subscribe((session) => (storedSession.value = session));
/** Why the session ended without the user logging out; shown on the log-in page. */
export const sessionEndReason = shallowRef<SessionEndReason | null>(null);

export function saveSession(session: StoredSession | null): void {
  persistedSession.save(session);
  if (session) sessionEndReason.value = null;
}

export function endSession(reason: SessionEndReason | null): void {
  saveSession(null);
  sessionEndReason.value = reason;
}

export function updateSessionAccount(account: SessionAccount): void {
  const current = storedSession.value;
  if (current && current.account.id === account.id) saveSession({ ...current, account });
}
