import { createECDH } from 'node:crypto';
import type WebPush from 'web-push';
import type { PushOptions, PushProvider, PushResult, PushSubscription } from './push-provider';

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

export interface WebPushOptions {
  vapid: VapidKeys;
  /** mailto: or https: contact sent to push services in the VAPID token. */
  subject: string;
  timeoutMs?: number;
}

// aes128gcm puts one 4096-byte record on the wire: 86 bytes of header, 16 of tag and 1 of padding delimiter
// leave 3993 for the plaintext. Staying below that keeps every push service happy.
const MAX_PAYLOAD_BYTES = 3_800;
// RFC 8030 lets services cap TTL; four weeks is what the big ones keep at most.
const MAX_TTL_SECONDS = 2_419_200;

/** web-push, loaded for the first message (not at start-up). */
let webPush: Promise<{ default: typeof WebPush }> | undefined;

/**
 * Web Push (RFC 8030) with VAPID (RFC 8292) and aes128gcm payload encryption (RFC 8291). The `web-push`
 * package signs the token and encrypts the payload; the request itself goes out through fetch, so timeouts
 * are enforced and the response is read the same way for every push service.
 */
export class WebPushProvider implements PushProvider {
  readonly name = 'webpush' as const;
  readonly publicKey: string;

  constructor(private readonly options: WebPushOptions) {
    this.publicKey = options.vapid.publicKey;
  }

  async send(subscription: PushSubscription, payload: string | Record<string, unknown>, ttlSeconds: number, options: PushOptions = {}): Promise<PushResult> {
    const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
    if (Buffer.byteLength(body) > MAX_PAYLOAD_BYTES) {
      return failed(null, false, null, `The payload is ${Buffer.byteLength(body)} bytes; push messages carry at most ${MAX_PAYLOAD_BYTES}.`);
    }
    const { default: webpush } = await (webPush ??= import('web-push'));
    let request: WebPush.RequestDetails;
    try {
      request = webpush.generateRequestDetails(subscription, body, {
        TTL: Math.max(0, Math.min(Math.floor(ttlSeconds), MAX_TTL_SECONDS)),
        contentEncoding: 'aes128gcm',
        vapidDetails: { subject: this.options.subject, publicKey: this.options.vapid.publicKey, privateKey: this.options.vapid.privateKey },
        ...(options.urgency ? { urgency: options.urgency } : {}),
        ...(options.topic ? { topic: options.topic } : {}),
      });
    } catch (err) {
      // Bad subscription keys: encryption is impossible, and will stay so.
      return failed(null, false, null, `Could not encrypt for this subscription: ${(err as Error).message}`);
    }

    let res: Response;
    try {
      res = await fetch(request.endpoint, {
        method: 'POST',
        // fetch sets Content-Length itself from the body.
        headers: Object.fromEntries(Object.entries(request.headers).flatMap(([k, v]) => (k.toLowerCase() === 'content-length' ? [] : [[k, String(v)]]))),
        body: request.body ? new Uint8Array(request.body) : null,
        redirect: 'error',
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (err) {
      return failed(null, true, null, `The push service could not be reached: ${(err as Error).message}`);
    }
    const text = (await res.text().catch(() => '')).slice(0, 300);
    if (res.status >= 200 && res.status < 300) return { outcome: 'DELIVERED', status: res.status };
    if (res.status === 404 || res.status === 410) return { outcome: 'GONE', status: res.status };
    const retryable = res.status === 429 || res.status >= 500;
    return failed(res.status, retryable, retryAfter(res.headers.get('retry-after')), `The push service answered ${res.status}: ${text}`);
  }
}

/** A fresh VAPID key pair (P-256), URL-safe base64 as the browser and the config expect. */
export function generateVapidKeys(): VapidKeys {
  // As web-push's generateVAPIDKeys does, without loading it at start-up: an uncompressed P-256 point and a 32-byte scalar.
  const curve = createECDH('prime256v1');
  curve.generateKeys();
  const scalar = curve.getPrivateKey();
  return { publicKey: curve.getPublicKey().toString('base64url'), privateKey: Buffer.concat([Buffer.alloc(32 - scalar.length), scalar]).toString('base64url') };
}

function failed(status: number | null, retryable: boolean, retryAfterSeconds: number | null, message: string): PushResult {
  return { outcome: 'FAILED', status, retryable, retryAfterSeconds, message };
}

function retryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds));
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.round((at - Date.now()) / 1000));
}
