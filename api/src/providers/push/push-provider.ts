/** What the browser's PushManager.subscribe() returns (PushSubscription.toJSON()), as the client sends it to us. */
export interface PushSubscription {
  endpoint: string;
  keys: {
    /** The browser's P-256 public key, URL-safe base64 of the 65-byte uncompressed point. */
    p256dh: string;
    /** The 16-byte authentication secret, URL-safe base64. */
    auth: string;
  };
}

export interface PushOptions {
  /** RFC 8030 urgency; `high` may wake a sleeping phone. */
  urgency?: 'very-low' | 'low' | 'normal' | 'high';
  /** A later message with the same topic replaces an undelivered earlier one (e.g. one "available now" per creator). */
  topic?: string;
}

/**
 * DELIVERED: the push service accepted the message. GONE: the subscription no longer exists (404/410) and the
 * caller should delete it. FAILED: not sent; `retryable` says whether trying later may help.
 */
export type PushResult =
  | { outcome: 'DELIVERED'; status: number }
  | { outcome: 'GONE'; status: number }
  | { outcome: 'FAILED'; status: number | null; retryable: boolean; retryAfterSeconds: number | null; message: string };

/**
 * Browser push notifications. Web Push with VAPID is the implementation in every mode: outside production the
 * VAPID key pair is generated once per data directory, in production it comes from configuration.
 */
export interface PushProvider {
  readonly name: 'webpush';
  /** The VAPID public key the browser subscribes with (PushManager.subscribe's applicationServerKey). */
  readonly publicKey: string;
  /** Encrypts `payload` for the subscription and hands it to its push service, to be kept at most `ttlSeconds`. */
  send(subscription: PushSubscription, payload: string | Record<string, unknown>, ttlSeconds: number, options?: PushOptions): Promise<PushResult>;
}

/** Thrown by parsePushSubscription for a subscription we will not store. */
export class InvalidPushSubscriptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidPushSubscriptionError';
  }
}

const B64URL = /^[A-Za-z0-9_-]+={0,2}$/;

/**
 * Validates a subscription a client sent before it is stored: an https endpoint on a public host name (so the
 * server cannot be made to POST to itself or the private network), a P-256 public key and a 16-byte secret.
 * `allowLoopbackHttp` admits http://127.0.0.1 and http://localhost endpoints, for local test push services only.
 */
export function parsePushSubscription(input: unknown, options: { allowLoopbackHttp?: boolean } = {}): PushSubscription {
  const value = input as Partial<PushSubscription> | null;
  if (!value || typeof value.endpoint !== 'string' || typeof value.keys !== 'object' || value.keys === null) {
    throw new InvalidPushSubscriptionError('A push subscription needs an endpoint and keys.');
  }
  checkEndpoint(value.endpoint, options.allowLoopbackHttp ?? false);
  const { p256dh, auth } = value.keys;
  if (typeof p256dh !== 'string' || !B64URL.test(p256dh) || !isUncompressedPoint(Buffer.from(p256dh, 'base64url'))) {
    throw new InvalidPushSubscriptionError('keys.p256dh is not a P-256 public key.');
  }
  if (typeof auth !== 'string' || !B64URL.test(auth) || Buffer.from(auth, 'base64url').length !== 16) {
    throw new InvalidPushSubscriptionError('keys.auth is not a 16-byte secret.');
  }
  return { endpoint: value.endpoint, keys: { p256dh, auth } };
}

function checkEndpoint(endpoint: string, allowLoopbackHttp: boolean): void {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new InvalidPushSubscriptionError('The push endpoint is not a URL.');
  }
  if (endpoint.length > 2048 || url.username || url.password) throw new InvalidPushSubscriptionError('The push endpoint is not acceptable.');
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const loopback = host === 'localhost' || host === '::1' || /^127\./.test(host);
  if (allowLoopbackHttp && loopback && (url.protocol === 'http:' || url.protocol === 'https:')) return;
  if (url.protocol !== 'https:') throw new InvalidPushSubscriptionError('The push endpoint must use https.');
  // Push services are reached by name; an IP literal or a local name points somewhere a push service never is.
  if (
    /^[\d.]+$/.test(host) ||
    host.includes(':') ||
    !host.includes('.') ||
    host.endsWith('.localhost') ||
    host.endsWith('.local') ||
    host.endsWith('.internal')
  ) {
    throw new InvalidPushSubscriptionError('The push endpoint must be a push service on the public internet.');
  }
}

function isUncompressedPoint(key: Buffer): boolean {
  return key.length === 65 && key[0] === 0x04;
}
