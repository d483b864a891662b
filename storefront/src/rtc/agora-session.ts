import AgoraRTC, { type ILocalAudioTrack, type ILocalVideoTrack, type IAgoraRTCRemoteUser } from 'agora-rtc-sdk-ng';
import type { MediaSession, MediaSessionOptions } from './media-types';

// Loaded with a dynamic import by startMediaSession, and only for calls whose rtcProvider is "agora": the SDK
// never weighs on the creators page or any screen but the call.

AgoraRTC.setLogLevel(3); // warnings and errors only

/**
 * The call's private Agora channel with the short-lived token the API issued for this party. The local
 * camera and microphone are published as custom tracks (the same stream the call screen previews), the other
 * party's tracks come back as one MediaStream, and the token is renewed through the API before it expires
 * (the API refuses once the call is over or no longer paid for).
 */
export async function startAgoraSession(options: MediaSessionOptions): Promise<MediaSession> {
  const { credentials, local, events } = options;
  const client = AgoraRTC.createClient({ mode: 'rtc', codec: 'vp8' });
  let closed = false;
  let published = false;
  const remote = new Map<'audio' | 'video', MediaStreamTrack>();

  const emitRemote = () => events.remote(remote.size ? new MediaStream([...remote.values()]) : null);
  const setPublished = (value: boolean) => {
    published = value;
    events.connection(value);
  };

  client.on('user-published', async (user: IAgoraRTCRemoteUser, mediaType) => {
    if (mediaType !== 'audio' && mediaType !== 'video') return;
    await client.subscribe(user, mediaType);
    const track = mediaType === 'audio' ? user.audioTrack : user.videoTrack;
    if (track) remote.set(mediaType, track.getMediaStreamTrack());
    emitRemote();
  });
  client.on('user-unpublished', (_user, mediaType) => {
    if (mediaType === 'audio' || mediaType === 'video') remote.delete(mediaType);
    emitRemote();
  });
  client.on('user-left', () => {
    remote.clear();
    emitRemote();
    events.remoteFlowing(false);
  });
  client.on('user-joined', () => events.remoteFlowing(true));
  client.on('connection-state-change', (state) => {
    if (state === 'CONNECTED' && tracks.length) setPublished(true);
    else if (state !== 'CONNECTED') setPublished(false);
  });
  client.on('token-privilege-will-expire', async () => {
    const renewed = await options.renewCredentials().catch(() => null);
    if (renewed?.token && !closed) await client.renewToken(renewed.token);
  });

  const tracks: (ILocalAudioTrack | ILocalVideoTrack)[] = [];
  const audio = local.getAudioTracks()[0];
  const video = local.getVideoTracks()[0];
  const audioTrack = audio ? AgoraRTC.createCustomAudioTrack({ mediaStreamTrack: audio }) : null;
  const videoTrack = video ? AgoraRTC.createCustomVideoTrack({ mediaStreamTrack: video }) : null;
  if (audioTrack) tracks.push(audioTrack);
  if (videoTrack) tracks.push(videoTrack);

  await client.join(credentials.appId!, credentials.channel, credentials.token ?? null, credentials.uid);
  if (tracks.length) {
    await client.publish(tracks);
    setPublished(true);
  }

  return {
    get connected() {
      return published;
    },
    setMicrophone(on: boolean) {
      void audioTrack?.setMuted(!on);
    },
    setCamera(on: boolean) {
      void videoTrack?.setMuted(!on);
    },
    close() {
      closed = true;
      for (const track of tracks) track.close();
      void client.leave();
      setPublished(false);
    },
  };
}
