import { request } from '../graphql/client';
import { pushPublicKeyQuery, registerPushSubscriptionMutation } from '../graphql/discovery-documents';

/**
 * Browser notifications for "tell me when available": registers /sw.js, asks permission, subscribes with the
 * server's VAPID key and hands the subscription to the API. Resolves to what happened, never throws.
 */
export async function enablePushAlerts(): Promise<'enabled' | 'unsupported' | 'denied' | 'unavailable'> {
  if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) return 'unsupported';
  try {
    const { pushPublicKey } = await request(pushPublicKeyQuery, {});
    if (!pushPublicKey) return 'unavailable';
    const permission = Notification.permission === 'default' ? await Notification.requestPermission() : Notification.permission;
    if (permission !== 'granted') return 'denied';
    const registration = await navigator.serviceWorker.register('/sw.js');
    await navigator.serviceWorker.ready;
    const subscription =
      (await registration.pushManager.getSubscription()) ??
      (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: base64UrlToBytes(pushPublicKey) }));
    const json = subscription.toJSON();
    await request(registerPushSubscriptionMutation, {
      subscription: { endpoint: subscription.endpoint, p256dh: json.keys?.p256dh ?? '', auth: json.keys?.auth ?? '' },
    });
    return 'enabled';
  } catch {
    return 'unavailable';
  }
}

function base64UrlToBytes(text: string): Uint8Array<ArrayBuffer> {
  const base64 = (text + '='.repeat((4 - (text.length % 4)) % 4)).replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}
