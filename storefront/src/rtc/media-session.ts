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

/** The camera and microphone a person picked (remembered on this browser), or the default ones. */
export interface DeviceChoice {
  cameraId?: string | null;
  microphoneId?: string | null;
}

const CHOICE_KEY = 'minutely.devices';

export function rememberedDevices(): DeviceChoice {
  try {
    return JSON.parse(localStorage.getItem(CHOICE_KEY) ?? '{}') as DeviceChoice;
  } catch {
    return {};
  }
}

export function rememberDevices(choice: DeviceChoice): void {
  localStorage.setItem(CHOICE_KEY, JSON.stringify(choice));
}

/**
 * Opens the camera (video calls) and the microphone. A device just picked (`picked`) is required exactly; one
 * remembered from an earlier call is only preferred, so a device unplugged since falls back to another.
 */
export async function openLocalMedia(kind: 'VIDEO' | 'AUDIO', choice: DeviceChoice = rememberedDevices(), picked = false): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) throw new DOMException('getUserMedia is not available', 'SecurityError');
  const audio: MediaTrackConstraints = { echoCancellation: true, noiseSuppression: true };
  const video: MediaTrackConstraints = { width: { ideal: 1280 }, height: { ideal: 720 }, facingMode: 'user' };
  const want = (deviceId: string) => (picked ? { exact: deviceId } : { ideal: deviceId });
  if (choice.microphoneId) audio.deviceId = want(choice.microphoneId);
  if (choice.cameraId) video.deviceId = want(choice.cameraId);
  return navigator.mediaDevices.getUserMedia({ audio, video: kind === 'VIDEO' ? video : false });
}

/** The cameras and microphones of this device (names only once a permission was given). */
export async function listDevices(): Promise<{ cameras: MediaDeviceInfo[]; microphones: MediaDeviceInfo[] }> {
  const devices = (await navigator.mediaDevices?.enumerateDevices?.()) ?? [];
  return { cameras: devices.filter((d) => d.kind === 'videoinput'), microphones: devices.filter((d) => d.kind === 'audioinput') };
}

export function stopLocalMedia(stream: MediaStream | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}
