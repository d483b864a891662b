import { defineStore } from 'pinia';
import { computed, watch } from 'vue';
import { request, renewSession } from '../graphql/client';
import { accountUpdatedSubscription, logInMutation, logOutMutation, meQuery, signUpMutation } from '../graphql/documents';
import type { SignUpInput } from '../graphql/generated/graphql';
import { endSession, saveSession, sessionEndReason, storedSession, updateSessionAccount } from '../graphql/stored-session';

/** Who is signed in on this browser, and the actions that change it. Tokens persist in localStorage. */
export const useSessionStore = defineStore('session', () => {
  const account = computed(() => storedSession.value?.account ?? null);
  const tokens = computed(() => {
    const session = storedSession.value;
    return session ? { accessToken: session.accessToken, accessTokenExpiresAt: session.accessTokenExpiresAt, refreshToken: session.refreshToken } : null;
  });
  const isSignedIn = computed(() => account.value !== null);
  /** Set when the session ended by itself (expired, suspended) rather than by logging out. */
  const endReason = computed(() => sessionEndReason.value);

  async function logIn(email: string, password: string): Promise<void> {
    const data = await request(logInMutation, { email: email.trim(), password }, { auth: false });
    saveSession(data.logIn);
  }

  /** Creates the account; the answer is the same whether or not the address had one (look in the inbox). */
  async function signUp(input: SignUpInput): Promise<{ email: string; message: string }> {
    const data = await request(signUpMutation, { input: { ...input, email: input.email.trim(), handle: input.handle.trim() } }, { auth: false });
    return data.signUp;
  }

  async function logOut(): Promise<void> {
    try {
      if (storedSession.value) await request(logOutMutation, {});
    } catch {
      // Signed out here whatever the API says: the tokens are dropped below.
    } finally {
      endSession(null);
    }
  }

  /** Renews the tokens now; false when the session could not be renewed and has ended. */
  async function refresh(): Promise<boolean> {
    return (await renewSession()) !== null;
  }

  /** Re-reads the account from the API (after a reload the stored copy may be stale). */
  async function reload(): Promise<void> {
    if (!storedSession.value) return;
    const { me } = await request(meQuery, {});
    if (me) updateSessionAccount(me);
    else endSession('expired');
  }

  // While signed in, follow the account live: a rename shows at once, a suspension signs out.
  let stopFollowing: (() => void) | null = null;
  watch(
    () => account.value?.id ?? null,
    async (id) => {
      stopFollowing?.();
      stopFollowing = null;
      if (!id) return;
      const { subscribe } = await import('../graphql/subscriptions');
      if (account.value?.id !== id) return;
      stopFollowing = subscribe(
        accountUpdatedSubscription,
        {},
        {
          next: ({ accountUpdated }) => {
            if (accountUpdated.status === 'SUSPENDED') endSession('suspended');
            else updateSessionAccount(accountUpdated);
          },
        },
      );
    },
    { immediate: true },
  );

  return { account, tokens, isSignedIn, endReason, logIn, signUp, logOut, refresh, reload };
});
