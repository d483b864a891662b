import { defineStore } from 'pinia';
import { shallowRef, watch } from 'vue';
import { request } from '../graphql/client';
import { activeCallQuery, callUpdatedSubscription, incomingCallSubscription } from '../graphql/call-documents';
import { useCallStore, type Call } from './call';
import { useSessionStore } from './session';

/**
 * Calls ringing for the signed-in creator, on whatever page they are: incomingCall on every open session (and
 * activeCall after a reload, or from the SMS link). The ringing call is followed until it is answered here,
 * or cancelled, declined elsewhere or missed; a browser notification goes out when the tab is hidden.
 */
export const useIncomingCallStore = defineStore('incomingCall', () => {
  const session = useSessionStore();
  const calls = useCallStore();
  const ringing = shallowRef<Call | null>(null);
  let stopRingingUpdates: (() => void) | null = null;
  let notification: Notification | null = null;

  function show(call: Call): void {
    if (call.state !== 'RINGING' || call.myRole !== 'CREATOR') return;
    if (ringing.value?.id === call.id) {
      ringing.value = call;
      return;
    }
    clear();
    ringing.value = call;
    notifyIfHidden(call);
    void import('../graphql/subscriptions').then(({ subscribe }) => {
      if (ringing.value?.id !== call.id) return;
      stopRingingUpdates = subscribe(
        callUpdatedSubscription,
        { callId: call.id },
        {
          next: ({ callUpdated }) => {
            if (ringing.value?.id === callUpdated.id && callUpdated.state !== 'RINGING') clear();
          },
        },
      );
    });
  }

  function clear(): void {
    stopRingingUpdates?.();
    stopRingingUpdates = null;
    notification?.close();
    notification = null;
    ringing.value = null;
  }

  /** Answers with the checked camera and microphone; the call screen takes over. */
  async function answer(local: MediaStream | null): Promise<Call> {
    const call = ringing.value;
    if (!call) throw new Error('No call is ringing.');
    try {
      return await calls.answer(call.id, local);
    } finally {
      clear();
    }
  }

  async function decline(): Promise<void> {
    const call = ringing.value;
    if (!call) return;
    try {
      await calls.decline(call.id);
    } finally {
      clear();
    }
  }

  function notifyIfHidden(call: Call): void {
    if (document.visibilityState !== 'hidden' || typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
    notification = new Notification(call.kind === 'AUDIO' ? 'Incoming audio call' : 'Incoming video call', {
      body: `${call.fan.displayName} is calling you on Minutely. Answer within 60 seconds.`,
      tag: `call-${call.id}`,
      requireInteraction: true,
    });
    notification.onclick = () => {
      window.focus();
      notification?.close();
    };
  }

  let stopFollowing: (() => void) | null = null;
  watch(
    () => (session.account?.role === 'CREATOR' ? session.account.id : null),
    async (id) => {
      stopFollowing?.();
      stopFollowing = null;
      clear();
      if (!id) return;
      const { subscribe, onReconnected } = await import('../graphql/subscriptions');
      if (session.account?.id !== id) return;
      const stopIncoming = subscribe(incomingCallSubscription, {}, { next: ({ incomingCall }) => show(incomingCall) });
      const recheck = () => {
        request(activeCallQuery, {})
          .then(({ activeCall }) => {
            if (activeCall) show(activeCall);
            else if (ringing.value) clear();
          })
          .catch(() => undefined);
      };
      const stopReconnect = onReconnected(recheck);
      recheck();
      stopFollowing = () => {
        stopIncoming();
        stopReconnect();
      };
    },
    { immediate: true },
  );

  return { ringing, show, clear, answer, decline };
});
