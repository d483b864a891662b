/** Who a set of media credentials is for. */
export type RtcParty = 'FAN' | 'CREATOR';

/** What a party's client needs to join the call's media. */
export interface RtcCredentials {
  provider: 'agora' | 'p2p';
  /** The call's private channel. */
  channel: string;
  /** The party's numeric id in the channel (Agora uid): 1 for the fan, 2 for the creator. */
  uid: number;
  /** Agora app id; null for peer-to-peer. */
  appId: string | null;
  /** Agora RTC token; null for peer-to-peer (signalling goes through the API). */
  token: string | null;
  expiresAt: Date;
}

/**
 * Media for calls: Agora when configured, the built-in peer-to-peer WebRTC otherwise. Each call has its own
 * channel and only its two parties get credentials for it.
 */
export interface RtcProvider {
  readonly name: 'agora' | 'p2p';
  credentials(channel: string, party: RtcParty, now: Date): RtcCredentials;
  /** Removes both parties from the channel at once (call ended by a moderator, funds, suspension…). */
  removeFromChannel(channel: string): Promise<void>;
}

export const uidOf = (party: RtcParty): number => (party === 'FAN' ? 1 : 2);
