// What every carrier of a call's media offers and needs (Agora, peer-to-peer WebRTC). The carriers import
// these types from here, not from media-session.ts, which loads them: no import runs both ways.

export type CallParty = 'FAN' | 'CREATOR';

export interface RtcCredentials {
  provider: string;
  appId?: string | null;
  channel: string;
  token?: string | null;
  uid: number;
  expiresAt: string;
}

export interface MediaSessionEvents {
  /** The other party's media, or null while there is none. */
  remote(stream: MediaStream | null): void;
  /** Whether media flows to and from the other party right now. */
  connection(connected: boolean): void;
  /**
   * Whether the other party's media still arrives, once it has: false within seconds of it stopping (their tab
   * died, their network dropped), true again when it comes back.
   */
  remoteFlowing(flowing: boolean): void;
}

export interface MediaSession {
  /** True while the local media reaches the other side (what heartbeats report as publishing). */
  readonly connected: boolean;
  setMicrophone(on: boolean): void;
  setCamera(on: boolean): void;
  close(): void;
}

/** What the p2p transport needs from the API: relay a signal, and hear the other party's signals. */
export interface Signalling {
  send(type: 'OFFER' | 'ANSWER' | 'ICE' | 'RESTART', payload: string): Promise<void>;
  listen(onSignal: (type: string, payload: string) => void): () => void;
}

export interface MediaSessionOptions {
  party: CallParty;
  kind: 'VIDEO' | 'AUDIO';
  local: MediaStream;
  credentials: RtcCredentials;
  signalling: Signalling;
  /** New Agora credentials before the old ones expire. */
  renewCredentials(): Promise<RtcCredentials>;
  events: MediaSessionEvents;
}
