import type { MediaSession, MediaSessionOptions } from './media-types';

/** How often an unanswered offer (fan) or a request for one (creator) is sent again. */
const RESEND_MS = 1500;
/** About a minute of retries, then the call's own deadlines decide. */
const MAX_RESENDS = 40;
/** Host candidates gather in milliseconds; this only bounds a broken network stack. */
const GATHER_TIMEOUT_MS = 2500;
/** A connection that stays "disconnected" this long is negotiated again. */
const RECONNECT_AFTER_MS = 4000;
/** How often the bytes received from the other party are read. */
const STATS_EVERY_MS = 1000;
/**
 * No bytes from the other party for this long means their media stopped. A closed or crashed tab says nothing:
 * the connection itself only notices after ICE consent fails (about 30 s), far too late to tell the user.
 */
export const STALL_AFTER_MS = 2500;

interface SessionDescription {
  /** Which negotiation this offer or answer belongs to. */
  id: string;
  sdp: string;
}

/**
 * Built-in peer-to-peer WebRTC between the call's two browsers, signalled through the API (sendRtcSignal /
 * rtcSignals), which relays each message to the other party only and keeps nothing.
 *
 * The fan always offers and the creator answers, so the two never offer at once. Signals are not stored, so
 * a message sent before the other side listens is lost: the fan repeats its offer until an answer with the
 * same negotiation id comes back, and a creator without an offer (just answered, or reloaded) asks for one
 * with RESTART. A reloaded fan simply offers again; the creator answers each new negotiation id with a fresh
 * connection and repeats its last answer for a repeated offer. Descriptions are sent once ICE gathering is
 * complete, so no separate candidates are needed (`iceServers: []`: on one machine or a LAN host candidates
 * connect; across the internet that is the Agora path's job).
 */
export class P2pSession implements MediaSession {
  connected = false;
  private pc: RTCPeerConnection | null = null;
  /** The negotiation in progress or in use: the fan's offer id, or the offer id the creator answered. */
  private negotiation: string | null = null;
  /** Fan: the current offer has been answered. */
  private answered = false;
  /** What to repeat: the fan's pending offer, or the creator's last answer. */
  private lastPayload: string | null = null;
  private resendTimer: ReturnType<typeof setInterval> | null = null;
  private disconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private statsTimer: ReturnType<typeof setInterval> | null = null;
  private inbound = { bytes: 0, changedAt: 0, stalled: false };
  private closed = false;
  private readonly stopListening: () => void;

  constructor(private readonly options: MediaSessionOptions) {
    this.stopListening = options.signalling.listen((type, payload) => {
      this.onSignal(type, payload).catch(() => undefined);
    });
    if (options.party === 'FAN') void this.offer();
    else this.askForOffer();
  }

  setMicrophone(on: boolean): void {
    for (const track of this.options.local.getAudioTracks()) track.enabled = on;
  }

  setCamera(on: boolean): void {
    for (const track of this.options.local.getVideoTracks()) track.enabled = on;
  }

  close(): void {
    this.closed = true;
    this.stopResending();
    if (this.disconnectTimer) clearTimeout(this.disconnectTimer);
    if (this.statsTimer) clearInterval(this.statsTimer);
    this.stopListening();
    this.pc?.close();
    this.pc = null;
    this.setConnected(false);
  }

  private async onSignal(type: string, payload: string): Promise<void> {
    if (this.closed) return;
    if (type === 'RESTART') {
      if (this.options.party !== 'FAN') return;
      // The creator has no connection: repeat a pending offer now, or negotiate afresh.
      if (!this.answered && this.lastPayload) void this.send('OFFER', this.lastPayload);
      else void this.offer();
      return;
    }
    if (type === 'ICE') {
      await this.pc?.addIceCandidate(JSON.parse(payload) as RTCIceCandidateInit);
      return;
    }
    const description = JSON.parse(payload) as SessionDescription;
    if (type === 'OFFER' && this.options.party === 'CREATOR') await this.answer(description);
    if (type === 'ANSWER' && this.options.party === 'FAN') await this.accept(description);
  }

  /** Fan: a new connection and its offer, repeated until answered. */
  private async offer(): Promise<void> {
    const id = randomId();
    this.negotiation = id;
    this.answered = false;
    this.lastPayload = null;
    this.stopResending();
    const pc = this.newConnection();
    const { kind, local } = this.options;
    // Receive the creator's media even when this side sends none (camera refused, audio call).
    if (!local.getAudioTracks().length) pc.addTransceiver('audio', { direction: 'recvonly' });
    if (kind === 'VIDEO' && !local.getVideoTracks().length) pc.addTransceiver('video', { direction: 'recvonly' });
    await pc.setLocalDescription(await pc.createOffer());
    await gatheringComplete(pc);
    if (this.closed || this.negotiation !== id) return;
    this.lastPayload = JSON.stringify({ id, sdp: pc.localDescription!.sdp } satisfies SessionDescription);
    this.repeat(() => {
      if (!this.answered && this.lastPayload) void this.send('OFFER', this.lastPayload);
      else this.stopResending();
    });
  }

  /** Fan: the creator's answer to the current offer. */
  private async accept(description: SessionDescription): Promise<void> {
    const pc = this.pc;
    if (!pc || description.id !== this.negotiation || this.answered || pc.signalingState !== 'have-local-offer') return;
    this.answered = true;
    this.stopResending();
    await pc.setRemoteDescription({ type: 'answer', sdp: description.sdp });
  }

  /** Creator: answers a new offer on a new connection; a repeated offer gets the same answer again. */
  private async answer(description: SessionDescription): Promise<void> {
    if (description.id === this.negotiation) {
      if (this.lastPayload) void this.send('ANSWER', this.lastPayload);
      return;
    }
    this.negotiation = description.id;
    this.lastPayload = null;
    this.stopResending();
    const pc = this.newConnection();
    await pc.setRemoteDescription({ type: 'offer', sdp: description.sdp });
    await pc.setLocalDescription(await pc.createAnswer());
    await gatheringComplete(pc);
    if (this.closed || this.negotiation !== description.id) return;
    this.lastPayload = JSON.stringify({ id: description.id, sdp: pc.localDescription!.sdp } satisfies SessionDescription);
    void this.send('ANSWER', this.lastPayload);
  }

  /** Creator: asks the fan for an offer until one arrives. */
  private askForOffer(): void {
    const asked = this.negotiation;
    this.repeat(() => {
      if (this.negotiation === asked) void this.send('RESTART', '{}');
      else this.stopResending();
    });
  }

  private newConnection(): RTCPeerConnection {
    this.pc?.close();
    this.setConnected(false);
    const pc = new RTCPeerConnection({ iceServers: [] });
    for (const track of this.options.local.getTracks()) pc.addTrack(track, this.options.local);
    pc.ontrack = (event) => {
      if (this.pc !== pc) return;
      this.options.events.remote(event.streams[0] ?? new MediaStream([event.track]));
    };
    this.watchInbound(pc);
    pc.onconnectionstatechange = () => {
      if (this.pc !== pc || this.closed) return;
      this.setConnected(pc.connectionState === 'connected');
      if (pc.connectionState === 'disconnected' || pc.connectionState === 'failed') this.setStalled(true);
      if (this.disconnectTimer) clearTimeout(this.disconnectTimer);
      this.disconnectTimer = null;
      if (pc.connectionState === 'failed') this.reconnect();
      else if (pc.connectionState === 'disconnected') {
        this.disconnectTimer = setTimeout(() => {
          if (this.pc === pc && pc.connectionState !== 'connected') this.reconnect();
        }, RECONNECT_AFTER_MS);
      }
    };
    this.pc = pc;
    return pc;
  }

  /** Reads the bytes received from the other party every second; a stop longer than STALL_AFTER_MS is a stall. */
  private watchInbound(pc: RTCPeerConnection): void {
    if (this.statsTimer) clearInterval(this.statsTimer);
    this.inbound = { bytes: 0, changedAt: performance.now(), stalled: this.inbound.stalled };
    this.statsTimer = setInterval(() => {
      if (this.pc !== pc || this.closed) return;
      pc.getStats().then(
        (report) => {
          if (this.pc !== pc || this.closed) return;
          let bytes = 0;
          report.forEach((entry: { type: string; bytesReceived?: number }) => {
            if (entry.type === 'inbound-rtp') bytes += entry.bytesReceived ?? 0;
          });
          const now = performance.now();
          if (bytes !== this.inbound.bytes) {
            this.inbound.bytes = bytes;
            this.inbound.changedAt = now;
            if (bytes > 0) this.setStalled(false);
          } else if (bytes > 0 && now - this.inbound.changedAt >= STALL_AFTER_MS) this.setStalled(true);
        },
        () => undefined,
      );
    }, STATS_EVERY_MS);
  }

  private setStalled(stalled: boolean): void {
    if (this.inbound.stalled === stalled) return;
    this.inbound.stalled = stalled;
    this.options.events.remoteFlowing(!stalled);
  }

  private reconnect(): void {
    if (this.closed) return;
    if (this.options.party === 'FAN') void this.offer();
    else this.askForOffer();
  }

  private setConnected(connected: boolean): void {
    if (this.connected === connected) return;
    this.connected = connected;
    this.options.events.connection(connected);
  }

  private repeat(step: () => void): void {
    this.stopResending();
    let count = 0;
    step();
    this.resendTimer = setInterval(() => {
      if (this.closed || ++count > MAX_RESENDS) this.stopResending();
      else step();
    }, RESEND_MS);
  }

  private stopResending(): void {
    if (this.resendTimer) clearInterval(this.resendTimer);
    this.resendTimer = null;
  }

  private async send(type: 'OFFER' | 'ANSWER' | 'RESTART', payload: string): Promise<void> {
    if (this.closed) return;
    // A lost signal is repeated by the protocol above; a refusal (call over) ends the session from the store.
    await this.options.signalling.send(type, payload).catch(() => undefined);
  }
}

function gatheringComplete(pc: RTCPeerConnection): Promise<void> {
  if (pc.iceGatheringState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      pc.removeEventListener('icegatheringstatechange', check);
      clearTimeout(timer);
      resolve();
    };
    const check = () => {
      if (pc.iceGatheringState === 'complete') done();
    };
    const timer = setTimeout(done, GATHER_TIMEOUT_MS);
    pc.addEventListener('icegatheringstatechange', check);
  });
}

function randomId(): string {
  return Math.random().toString(36).slice(2) + Date.now().toString(36);
}
