// The media of a call, whatever carries it: Agora when the API says the call uses Agora (its SDK is loaded
// only then, on the call screen), the built-in peer-to-peer WebRTC otherwise. Both take the same local
// camera and microphone stream and hand back the other party's stream.

import type { MediaSession, MediaSessionOptions } from './media-types';

export async function startMediaSession(options: MediaSessionOptions): Promise<MediaSession> {
  if (options.credentials.provider === 'agora') {
    const { startAgoraSession } = await import('./agora-session');
    return startAgoraSession(options);
  }
  const { P2pSession } = await import('./p2p-session');
  return new P2pSession(options);
}

/** Why the camera or microphone could not be opened, in words a user can act on. */
export function describeMediaError(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'Camera and microphone are blocked. Allow them for this site in your browser (the icon next to the address), then try again.';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'No camera or microphone was found. Connect one and try again.';
    case 'NotReadableError':
    case 'AbortError':
      return 'Your camera or microphone is in use by another app. Close it and try again.';
    default:
      return 'Camera and microphone could not be started. Check your browser’s permissions and try again.';
  }
}

/** Opens the camera (video calls) and the microphone. */
export async function openLocalMedia(kind: 'VIDEO' | 'AUDIO'): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) throw new DOMException('getUserMedia is not available', 'SecurityError');
  return navigator.mediaDevices.getUserMedia({
    audio: { echoCancellation: true, noiseSuppression: true },
    video: kind === 'VIDEO' ? { width: { ideal: 1280 }, height: { ideal: 720 }, facingMode: 'user' } : false,
  });
}

export function stopLocalMedia(stream: MediaStream | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}
