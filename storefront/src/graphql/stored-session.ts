import { shallowRef } from 'vue';
import type { AccountFieldsFragment, SessionFieldsFragment } from './generated/graphql';

/**
 * The signed-in session (tokens and account) kept in localStorage, so a reload or a new tab stays signed
 * in. It is the one place the tokens live: the HTTP client, the socket client and the session store all
 * read it, and every tab follows changes made by the others (a refresh token works once, so tabs must
 * not hold stale copies).
 */
export type StoredSession = SessionFieldsFragment;
export type SessionAccount = AccountFieldsFragment;

/** Why the session ended without the user logging out; shown on the log-in page. */
export type SessionEndReason = 'expired' | 'suspended';

const STORAGE_KEY = 'minutely.session';

export const storedSession = shallowRef<StoredSession | null>(readStorage());
export const sessionEndReason = shallowRef<SessionEndReason | null>(null);

export function saveSession(session: StoredSession | null): void {
  storedSession.value = session;
  try {
    if (session) localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Private browsing may refuse storage: the session then lasts as long as the page.
  }
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

/** Re-reads the stored session, which another tab may have renewed or ended since this one last looked. */
export function syncSessionFromStorage(): StoredSession | null {
  const latest = readStorage();
  if (JSON.stringify(latest) !== JSON.stringify(storedSession.value)) storedSession.value = latest;
  return storedSession.value;
}

function readStorage(): StoredSession | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredSession>;
    return parsed.accessToken && parsed.refreshToken && parsed.account ? (parsed as StoredSession) : null;
  } catch {
    return null;
  }
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY || event.key === null) syncSessionFromStorage();
  });
}
