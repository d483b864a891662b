/** What the client needs of a signed-in session; the apps store more (the account). */
export interface SessionTokens {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
}

/**
 * A session kept in localStorage under one key, so a reload or a new tab stays signed in. Every tab follows
 * the others' changes (a refresh token works once, so tabs must not hold stale copies). When the browser
 * refuses storage (private mode), the session lives in memory for as long as the page.
 */
export interface SessionStorage<S> {
  /** The session as this tab last saw it. */
  current(): S | null;
  /** Re-reads the storage, which another tab may have renewed or ended since; returns the current session. */
  sync(): S | null;
  save(session: S | null): void;
  /** Calls `listener` with the session each time it changes, here or in another tab; returns the unsubscribe. */
  subscribe(listener: (session: S | null) => void): () => void;
}

export interface SessionStorageOptions {
  /** The localStorage key. The apps share one origin, so each has its own: signing in to one signs nobody in to the other. */
  key: string;
}

export function createSessionStorage<S extends SessionTokens & { account: unknown }>({ key }: SessionStorageOptions): SessionStorage<S> {
  const listeners = new Set<(session: S | null) => void>();
  let cached: S | null | undefined;
  /** False after the browser refused a write: the storage no longer holds what this tab has. */
  let persisted = true;

  const read = (): S | null => {
    try {
      const raw = localStorage.getItem(key);
      if (!raw) return null;
      const parsed = JSON.parse(raw) as Partial<S>;
      return parsed.accessToken && parsed.refreshToken && parsed.account ? (parsed as S) : null;
    } catch {
      return null;
    }
  };

  const set = (session: S | null): void => {
    if (JSON.stringify(session) === JSON.stringify(cached)) return;
    cached = session;
    for (const listener of listeners) listener(session);
  };

  const storage: SessionStorage<S> = {
    current: () => (cached === undefined ? (cached = read()) : cached),
    sync() {
      if (persisted) set(read());
      return storage.current();
    },
    save(session) {
      try {
        if (session) localStorage.setItem(key, JSON.stringify(session));
        else localStorage.removeItem(key);
        persisted = true;
      } catch {
        persisted = false;
      }
      set(session);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key === key || event.key === null) storage.sync();
    });
  }
  return storage;
}
