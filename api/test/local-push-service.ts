import { createDecipheriv, createECDH, createPublicKey, hkdfSync, randomBytes, verify, type ECDH } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PushSubscription } from '../src/providers/push';

/** A browser's side of one subscription: its ECDH key pair and auth secret, and the VAPID key it subscribed with. */
export interface Subscriber {
  ecdh: ECDH;
  auth: Buffer;
  applicationServerKey: string;
}

export interface Delivery {
  token: string;
  ttl: string | undefined;
  urgency: string | undefined;
  topic: string | undefined;
  claims: { aud: string; exp: number; sub: string };
  payload: string;
}

/**
 * A local push service, strict like the real ones: it checks the VAPID JWT (ES256 signature against the key in
 * `k=`, which must be the key the subscription was made with; `aud` equal to the endpoint's origin; `exp` in the
 * future and at most 24 h ahead; `sub` a mailto: or https: contact), the TTL and encoding headers, and decrypts
 * the aes128gcm body (RFC 8188/8291) with the subscriber's private key and auth secret before accepting it.
 */
export class LocalPushService {
  readonly subscribers = new Map<string, Subscriber>();
  readonly delivered: Delivery[] = [];
  readonly refused: string[] = [];
  private server!: Server;
  origin = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const [status, headers] = this.handle(req, Buffer.concat(chunks));
        res.writeHead(status, headers).end();
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** What PushManager.subscribe() would give the page: a fresh P-256 key pair and auth secret per subscription. */
  subscribe(token: string, applicationServerKey: string): PushSubscription {
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    const auth = randomBytes(16);
    this.subscribers.set(token, { ecdh, auth, applicationServerKey });
    return { endpoint: `${this.origin}/wpush/v2/${token}`, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') } };
  }

  private handle(req: IncomingMessage, body: Buffer): [number, Record<string, string>] {
    const token = /^\/wpush\/v2\/([\w-]+)$/.exec(req.url ?? '')?.[1] ?? '';
    const refuse = (status: number, why: string): [number, Record<string, string>] => {
      this.refused.push(`${token}: ${why}`);
      return [status, {}];
    };
    if (req.method !== 'POST') return refuse(405, 'method');
    if (token === 'gone') return [410, {}];
    if (token === 'busy') return [429, { 'retry-after': '30' }];
    if (token === 'broken') return [502, {}];
    const subscriber = this.subscribers.get(token);
    if (!subscriber) return [404, {}];

    const auth = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(req.headers.authorization ?? '');
    if (!auth) return refuse(401, 'no VAPID authorization');
    const [, jwt, k] = auth;
    if (k !== subscriber.applicationServerKey) return refuse(403, 'VAPID key differs from the one the subscription was made with');
    const [head, claimsPart, signature] = jwt.split('.');
    const header = JSON.parse(Buffer.from(head, 'base64url').toString()) as { alg?: string; typ?: string };
    if (header.alg !== 'ES256') return refuse(401, `JWT alg ${header.alg}`);
    const point = Buffer.from(k, 'base64url');
    const publicKey = createPublicKey({
      key: { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33, 65).toString('base64url') },
      format: 'jwk',
    });
    if (!verify('sha256', Buffer.from(`${head}.${claimsPart}`), { key: publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'))) {
      return refuse(403, 'JWT signature does not verify');
    }
    const claims = JSON.parse(Buffer.from(claimsPart, 'base64url').toString()) as Delivery['claims'];
    const now = Math.floor(Date.now() / 1000);
    if (claims.aud !== this.origin) return refuse(403, `aud ${claims.aud}`);
    if (!(claims.exp > now && claims.exp <= now + 24 * 3600)) return refuse(403, `exp ${claims.exp - now}s from now`);
    if (!/^(mailto:|https:\/\/)/.test(claims.sub)) return refuse(403, `sub ${claims.sub}`);

    const ttl = req.headers.ttl as string | undefined;
    if (!ttl || !/^\d+$/.test(ttl)) return refuse(400, 'TTL header');
    if (req.headers['content-encoding'] !== 'aes128gcm') return refuse(415, `encoding ${req.headers['content-encoding']}`);
    let payload: string;
    try {
      payload = decryptAes128gcm(body, subscriber);
    } catch (err) {
      return refuse(400, `cannot decrypt: ${(err as Error).message}`);
    }
    this.delivered.push({ token, ttl, urgency: req.headers.urgency as string, topic: req.headers.topic as string, claims, payload });
    return [201, { location: `${this.origin}/wpush/messages/${this.delivered.length}` }];
  }
}

/** RFC 8291 §3.4 key derivation and RFC 8188 decryption of a single-record aes128gcm body. */
function decryptAes128gcm(body: Buffer, subscriber: Subscriber): string {
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const idLength = body[20];
  const senderPublicKey = body.subarray(21, 21 + idLength);
  const record = body.subarray(21 + idLength);
  if (idLength !== 65 || record.length > recordSize) throw new Error('unexpected header');
  const shared = subscriber.ecdh.computeSecret(senderPublicKey);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), subscriber.ecdh.getPublicKey(), senderPublicKey]);
  const ikm = Buffer.from(hkdfSync('sha256', shared, subscriber.auth, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
  // The last record ends with the delimiter 0x02 followed by zero padding.
  const end = padded.lastIndexOf(2);
  if (end < 0 || padded.subarray(end + 1).some((b) => b !== 0)) throw new Error('bad padding');
  return padded.subarray(0, end).toString('utf8');
}
