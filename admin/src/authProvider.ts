import type { AuthProvider, UserIdentity } from 'react-admin';
import { ApiError, renewSession, request } from './graphql/client';
import { logInMutation, logOutMutation } from './graphql/documents';
import type { Role } from './graphql/generated/graphql';
import { currentStaffSession, saveStaffSession } from './graphql/staff-session';
import { liveClient } from './live/live-client';

export const STAFF_ROLES: readonly Role[] = ['MODERATOR', 'ADMIN'];
export const NOT_STAFF_MESSAGE = 'This panel is for moderators.';

/** Signs moderators and admins in through the API's logIn mutation; every other account is turned away. */
export const authProvider: AuthProvider = {
  async login({ email, password }: { email: string; password: string }) {
    let session;
    try {
      ({ logIn: session } = await request(logInMutation, { email: String(email ?? '').trim(), password: String(password ?? '') }, { auth: false }));
    } catch (err) {
      throw new Error(loginFailure(err));
    }
    if (!STAFF_ROLES.includes(session.account.role)) {
      // End the session just opened, so a refused account leaves no live tokens behind.
      await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${session.accessToken}` },
        body: JSON.stringify({ query: logOutMutation.toString() }),
      }).catch(() => undefined);
      throw new Error(NOT_STAFF_MESSAGE);
    }
    saveStaffSession(session);
  },

  async logout() {
    liveClient.close();
    if (currentStaffSession()) await request(logOutMutation, {}).catch(() => undefined);
    saveStaffSession(null);
  },

  async checkAuth() {
    const session = currentStaffSession();
    // `message: false`: arriving signed out is not an error worth a notification.
    if (!session || !STAFF_ROLES.includes(session.account.role)) throw { message: false };
    if (Date.parse(session.accessTokenExpiresAt) <= Date.now()) {
      const renewed = await renewSession(session.accessToken).catch(() => null);
      if (!renewed) throw { message: 'Your session has ended. Please log in again.' };
    }
  },

  async checkError(error: unknown) {
    const status = (error as { status?: number } | null)?.status;
    const code = (error as { body?: { code?: string } } | null)?.body?.code;
    // The data provider already renewed the session once before an UNAUTHENTICATED reaches here.
    if (status === 401 || code === 'UNAUTHENTICATED' || code === 'ACCOUNT_SUSPENDED') {
      saveStaffSession(null);
      liveClient.close();
      throw { message: code === 'ACCOUNT_SUSPENDED' ? 'This account is suspended.' : 'Your session has ended. Please log in again.' };
    }
  },

  async getIdentity(): Promise<UserIdentity> {
    const session = currentStaffSession();
    if (!session) throw new Error('Not signed in.');
    const { id, displayName, email, handle, role } = session.account;
    return { id, fullName: displayName, email, handle, role };
  },

  async getPermissions() {
    return currentStaffSession()?.account.role ?? null;
  },
};

function loginFailure(err: unknown): string {
  if (!(err instanceof ApiError)) return 'Log-in failed. Please try again.';
  switch (err.code) {
    case 'RATE_LIMITED':
      return `Too many attempts. Try again in ${err.retryAfterSeconds ?? 60} seconds.`;
    case 'NETWORK_ERROR':
      return 'The Minutely API could not be reached. Check your connection and try again.';
    case 'BAD_USER_INPUT':
      return 'Enter your email address and password.';
    case 'INTERNAL_SERVER_ERROR':
      return 'Something went wrong on our side. Please try again in a moment.';
    default:
      return err.message;
  }
}
