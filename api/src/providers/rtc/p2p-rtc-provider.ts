import { uidOf, type RtcCredentials, type RtcParty, type RtcProvider } from './rtc-provider';

/**
 * Built-in peer-to-peer WebRTC: the browsers connect directly, and their offer, answer and ICE candidates are
 * relayed through the API (sendRtcSignal / rtcSignals) between the call's two parties only.
 */
export class P2pRtcProvider implements RtcProvider {
  readonly name = 'p2p' as const;

  constructor(private readonly ttlSeconds: number) {}

  credentials(channel: string, party: RtcParty, now: Date): RtcCredentials {
    return { provider: 'p2p', channel, uid: uidOf(party), appId: null, token: null, expiresAt: new Date(now.getTime() + this.ttlSeconds * 1000) };
  }

  /** Nothing to kick: the server stops relaying signals and the clients hang up on the CALL_ENDED event. */
  async removeFromChannel(): Promise<void> {}
}
