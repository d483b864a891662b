import type { StaffSessionFragment } from './generated/graphql';

/**
 * The moderator's session (tokens and account) in localStorage. Its key differs from the storefront's:
 * both apps share one origin, and signing in to the storefront must not sign anyone in here.
 */
export type StaffSession = StaffSessionFragment;

const STORAGE_KEY = 'minutely.admin.session';

export function readStaffSession(): StaffSession | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StaffSession>;
    return parsed.accessToken && parsed.refreshToken && parsed.account ? (parsed as StaffSession) : null;
  } catch {
    return null;
  }
}

export function saveStaffSession(session: StaffSession | null): void {
  try {
    if (session) localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage refused (private mode): the session then lasts as long as the page.
    memory = session;
  }
}

let memory: StaffSession | null = null;
export const currentStaffSession = (): StaffSession | null => readStaffSession() ?? memory;
