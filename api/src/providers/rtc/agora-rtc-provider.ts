import type * as AgoraToken from 'agora-token';
import { uidOf, type RtcCredentials, type RtcParty, type RtcProvider } from './rtc-provider';

export interface AgoraOptions {
  appId: string;
  appCertificate: string;
  /** Customer id and secret of the RESTful API (HTTP Basic). */
  customerId: string;
  customerSecret: string;
  /** api.agora.io by default; tests point it at a local server. */
  apiBase: string;
  ttlSeconds: number;
}

/** Agora: short-lived tokens for the call's channel and uid, and the kicking-rule API to remove both parties. */
export class AgoraRtcProvider implements RtcProvider {
  readonly name = 'agora' as const;

  private constructor(
    private readonly options: AgoraOptions,
    private readonly sdk: typeof AgoraToken,
  ) {}

  /** Loads agora-token only now: a process without Agora keys never does. */
  static async create(options: AgoraOptions): Promise<AgoraRtcProvider> {
    return new AgoraRtcProvider(options, await import('agora-token'));
  }

  credentials(channel: string, party: RtcParty, now: Date): RtcCredentials {
    const uid = uidOf(party);
    // agora-token takes lifetimes in seconds from now.
    const token = this.sdk.RtcTokenBuilder.buildTokenWithUid(
      this.options.appId,
      this.options.appCertificate,
      channel,
      uid,
      this.sdk.RtcRole.PUBLISHER,
      this.options.ttlSeconds,
      this.options.ttlSeconds,
    );
    return { provider: 'agora', channel, uid, appId: this.options.appId, token, expiresAt: new Date(now.getTime() + this.options.ttlSeconds * 1000) };
  }

  /** Bans joining the channel for both uids (which also drops them now), for the rest of the token's life. */
  async removeFromChannel(channel: string): Promise<void> {
    const auth = Buffer.from(`${this.options.customerId}:${this.options.customerSecret}`).toString('base64');
    for (const party of ['FAN', 'CREATOR'] as const) {
      const res = await fetch(`${this.options.apiBase.replace(/\/$/, '')}/dev/v1/kicking-rule`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Basic ${auth}` },
        body: JSON.stringify({
          appid: this.options.appId,
          cname: channel,
          uid: uidOf(party),
          time_in_seconds: Math.max(60, this.options.ttlSeconds),
          privileges: ['join_channel'],
        }),
        signal: AbortSignal.timeout(20_000),
      });
      if (!res.ok) throw new Error(`Agora kicking-rule failed with ${res.status}: ${await res.text()}`);
    }
  }
}
