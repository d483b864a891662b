import { defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import { request } from '../graphql/client';
import {
  acceptCallInvitationMutation,
  activeCallQuery,
  answerCallMutation,
  callQuery,
  callUpdatedSubscription,
  cancelCallMutation,
  declineCallMutation,
  endCallMutation,
  renewRtcCredentialsMutation,
  reportMediaStateMutation,
  rtcSignalsSubscription,
  sendRtcSignalMutation,
  startCallMutation,
} from '../graphql/call-documents';
import type { AcceptCallInvitationMutation, CallFieldsFragment, CallKind, StartCallMutation } from '../graphql/generated/graphql';
import { describeMediaError, openLocalMedia, startMediaSession, stopLocalMedia, type DeviceChoice } from '../rtc/media-session';
import type { MediaSession, RtcCredentials } from '../rtc/media-types';
import { useSessionStore } from './session';

export type Call = CallFieldsFragment;
export type StartCallOutcome = StartCallMutation['startCall'];

/** The API ends a call whose party is silent for ~40 s; heartbeats every 5 s keep both present. */
const HEARTBEAT_MS = 5000;

const STAGE: Record<Call['state'], number> = { RINGING: 0, CONNECTING: 1, ONGOING: 2, ENDED: 3, MISSED: 3, DECLINED: 3, CANCELLED: 3, FAILED: 3 };

export const isLive = (state: Call['state']): boolean => STAGE[state] < 3;
export const isConnectingOrOngoing = (state: Call['state']): boolean => state === 'CONNECTING' || state === 'ONGOING';

/**
 * The signed-in account's current call (at most one is live), from the first ring to its summary: its state
 * followed live through callUpdated, the local and remote media, and the heartbeat that tells the API this
 * side is still there and what it publishes. It lives outside the call screen, so moving to another page
 * (to top up, say) does not drop the call, and a reload finds it again through activeCall.
 */
export const useCallStore = defineStore('call', () => {
  const session = useSessionStore();
  const call = shallowRef<Call | null>(null);
  /** performance.now() when `call` was read: elapsed time counts on from its `elapsedSeconds`. */
  const readAt = ref(0);
  const localStream = shallowRef<MediaStream | null>(null);
  const remoteStream = shallowRef<MediaStream | null>(null);
  const mediaConnected = ref(false);
  /** The other party's media stopped arriving after it had flowed: "connection lost — reconnecting…". */
  const remoteStalled = ref(false);
  const microphoneOn = ref(true);
  const cameraOn = ref(true);
  const mediaError = ref<string | null>(null);

  let media: MediaSession | null = null;
  let mediaStarting = false;
  let credentials: RtcCredentials | null = null;
  let stopFollowing: (() => void) | null = null;
  let followedId: string | null = null;
  let heartbeat: ReturnType<typeof setInterval> | null = null;

  /** Takes a newer view of a call; an older one (a slow response overtaken by an event) is ignored. */
  function apply(next: Call): void {
    const current = call.value;
    if (current?.id === next.id && STAGE[next.state] < STAGE[current.state]) return;
    if (current && current.id !== next.id) resetMedia();
    call.value = next;
    readAt.value = performance.now();
    if (isLive(next.state)) follow(next.id);
    if (isConnectingOrOngoing(next.state)) {
      startHeartbeat();
      void ensureMedia();
    }
    if (!isLive(next.state)) finish();
  }

  function follow(callId: string): void {
    if (followedId === callId) return;
    stopFollowing?.();
    followedId = callId;
    void import('../graphql/subscriptions').then(({ subscribe, onReconnected }) => {
      if (followedId !== callId) return;
      const stopUpdates = subscribe(callUpdatedSubscription, { callId }, { next: ({ callUpdated }) => apply(callUpdated) });
      const stopReconnect = onReconnected(() => void reload(callId));
      stopFollowing = () => {
        stopUpdates();
        stopReconnect();
      };
    });
  }

  async function reload(callId: string): Promise<void> {
    const { call: fresh } = await request(callQuery, { id: callId });
    apply(fresh);
  }

  /** The call screen of `callId`: shows what is known and re-reads it. */
  async function open(callId: string): Promise<Call> {
    if (call.value?.id !== callId) {
      const { call: fresh } = await request(callQuery, { id: callId });
      apply(fresh);
    } else {
      void reload(callId).catch(() => undefined);
    }
    return call.value!;
  }

  /** After a reload or a sign-in: picks up a live call. Returns it, so a creator's ringing call can be shown. */
  async function resume(): Promise<Call | null> {
    const { activeCall } = await request(activeCallQuery, {});
    if (activeCall && !(activeCall.state === 'RINGING' && activeCall.myRole === 'CREATOR')) apply(activeCall);
    return activeCall ?? null;
  }

  async function start(creatorId: string, kind: CallKind): Promise<StartCallOutcome> {
    const { startCall } = await request(startCallMutation, { creatorId, kind });
    if (startCall.__typename === 'Call') apply(startCall);
    return startCall;
  }

  /** The fan accepts a creator's invitation from the chat: a call starts as with `start`, or the refusal says why not. */
  async function acceptInvitation(invitationId: string): Promise<AcceptCallInvitationMutation['acceptCallInvitation']> {
    const { acceptCallInvitation } = await request(acceptCallInvitationMutation, { invitationId });
    if (acceptCallInvitation.__typename === 'Call') apply(acceptCallInvitation);
    return acceptCallInvitation;
  }

  async function cancel(): Promise<void> {
    const current = call.value;
    if (!current) return;
    apply((await request(cancelCallMutation, { callId: current.id })).cancelCall);
  }

  async function hangUp(): Promise<void> {
    const current = call.value;
    if (!current) return;
    apply((await request(endCallMutation, { callId: current.id })).endCall);
  }

  /** The creator answers with the camera and microphone already checked (`local`). */
  async function answer(callId: string, local: MediaStream | null): Promise<Call> {
    // A previous call's summary is left behind; its media is already gone.
    if (call.value && call.value.id !== callId) {
      finish();
      call.value = null;
    }
    if (local) {
      if (localStream.value && localStream.value !== local) stopLocalMedia(localStream.value);
      localStream.value = local;
    }
    const { answerCall } = await request(answerCallMutation, { callId });
    credentials = answerCall.credentials;
    apply(answerCall.call);
    return answerCall.call;
  }

  async function decline(callId: string): Promise<void> {
    await request(declineCallMutation, { callId });
  }

  /** Opens the camera and microphone early (the fan's preview while it rings). */
  async function preview(kind: CallKind): Promise<void> {
    if (localStream.value) return;
    try {
      localStream.value = await openLocalMedia(kind);
      mediaError.value = null;
      applyLocalSwitches();
    } catch (err) {
      mediaError.value = describeMediaError(err);
    }
  }

  /** While it rings: the camera or microphone the fan picked replaces the previewed ones. */
  async function switchDevices(kind: CallKind, choice: DeviceChoice): Promise<void> {
    if (media || mediaStarting) return;
    stopLocalMedia(localStream.value);
    localStream.value = null;
    try {
      localStream.value = await openLocalMedia(kind, choice, true);
      mediaError.value = null;
      applyLocalSwitches();
    } catch (err) {
      mediaError.value = describeMediaError(err);
    }
  }

  function setMicrophone(on: boolean): void {
    microphoneOn.value = on;
    applyLocalSwitches();
    void beat();
  }

  function setCamera(on: boolean): void {
    cameraOn.value = on;
    applyLocalSwitches();
    void beat();
  }

  function applyLocalSwitches(): void {
    if (media) {
      media.setMicrophone(microphoneOn.value);
      media.setCamera(cameraOn.value);
    } else {
      for (const track of localStream.value?.getAudioTracks() ?? []) track.enabled = microphoneOn.value;
      for (const track of localStream.value?.getVideoTracks() ?? []) track.enabled = cameraOn.value;
    }
  }

  /** Joins the call's media once it is answered: Agora or peer-to-peer, as the API says. */
  async function ensureMedia(): Promise<void> {
    const current = call.value;
    if (!current || media || mediaStarting) return;
    mediaStarting = true;
    const callId = current.id;
    try {
      if (!localStream.value) {
        try {
          localStream.value = await openLocalMedia(current.kind);
        } catch (err) {
          // A fan may go on without a camera (and hear and see the creator); a creator must publish.
          mediaError.value = describeMediaError(err);
          if (current.myRole === 'CREATOR') return;
          localStream.value = new MediaStream();
        }
      }
      credentials ??= (await request(renewRtcCredentialsMutation, { callId })).renewRtcCredentials;
      const { subscribe } = await import('../graphql/subscriptions');
      if (call.value?.id !== callId || !isConnectingOrOngoing(call.value.state)) return;
      media = await startMediaSession({
        party: current.myRole,
        kind: current.kind,
        local: localStream.value,
        credentials,
        signalling: {
          send: async (type, payload) => {
            await request(sendRtcSignalMutation, { callId, signal: { type, payload } });
          },
          listen: (onSignal) => subscribe(rtcSignalsSubscription, { callId }, { next: ({ rtcSignals }) => onSignal(rtcSignals.type, rtcSignals.payload) }),
        },
        renewCredentials: async () => (credentials = (await request(renewRtcCredentialsMutation, { callId })).renewRtcCredentials),
        events: {
          remote: (stream) => {
            remoteStream.value = stream;
          },
          connection: (connected) => {
            mediaConnected.value = connected;
            void beat();
          },
          remoteFlowing: (flowing) => {
            remoteStalled.value = !flowing;
          },
        },
      });
      applyLocalSwitches();
      // The call ended while the media was starting.
      if (call.value?.id !== callId || !isConnectingOrOngoing(call.value.state)) resetMedia();
    } catch (err) {
      mediaError.value = describeMediaError(err);
    } finally {
      mediaStarting = false;
    }
  }

  function startHeartbeat(): void {
    if (heartbeat) return;
    heartbeat = setInterval(() => void beat(), HEARTBEAT_MS);
    void beat();
  }

  let beating = false;
  async function beat(): Promise<void> {
    const current = call.value;
    if (!current || !isConnectingOrOngoing(current.state) || beating) return;
    const connected = mediaConnected.value;
    const local = localStream.value;
    const publishingAudio = connected && microphoneOn.value && !!local?.getAudioTracks().some((t) => t.readyState === 'live');
    const publishingVideo = connected && cameraOn.value && !!local?.getVideoTracks().some((t) => t.readyState === 'live');
    beating = true;
    try {
      const { reportMediaState } = await request(reportMediaStateMutation, { callId: current.id, media: { publishingAudio, publishingVideo } });
      apply(reportMediaState);
    } catch {
      // Missed beats are tolerated; the next one follows in five seconds.
    } finally {
      beating = false;
    }
  }

  function resetMedia(): void {
    if (heartbeat) clearInterval(heartbeat);
    heartbeat = null;
    media?.close();
    media = null;
    credentials = null;
    stopLocalMedia(localStream.value);
    localStream.value = null;
    remoteStream.value = null;
    mediaConnected.value = false;
    remoteStalled.value = false;
    mediaError.value = null;
    microphoneOn.value = true;
    cameraOn.value = true;
  }

  /** The call is over: media and updates stop; its final view stays for the summary. */
  function finish(): void {
    resetMedia();
    stopFollowing?.();
    stopFollowing = null;
    followedId = null;
  }

  /** Forgets a finished call (leaving its summary). */
  function dismiss(): void {
    if (call.value && !isLive(call.value.state)) call.value = null;
  }

  /** Seconds connected so far, counted on locally between the API's updates. */
  function elapsedSeconds(now = performance.now()): number {
    const current = call.value;
    if (!current) return 0;
    if (current.state !== 'ONGOING') return current.billedSeconds ?? current.elapsedSeconds ?? 0;
    return (current.elapsedSeconds ?? 0) + Math.max(0, Math.floor((now - readAt.value) / 1000));
  }

  // A reload or a sign-in finds the live call again; signing out leaves it.
  watch(
    () => (session.account?.role === 'FAN' || session.account?.role === 'CREATOR' ? session.account.id : null),
    (id, before) => {
      if (before && id !== before) {
        finish();
        call.value = null;
      }
      if (id) resume().catch(() => undefined);
    },
    { immediate: true },
  );

  return {
    call,
    localStream,
    remoteStream,
    mediaConnected,
    remoteStalled,
    microphoneOn,
    cameraOn,
    mediaError,
    open,
    resume,
    start,
    acceptInvitation,
    cancel,
    hangUp,
    answer,
    decline,
    preview,
    switchDevices,
    setMicrophone,
    setCamera,
    dismiss,
    elapsedSeconds,
  };
});
