import { createDecipheriv, createECDH, createPublicKey, hkdfSync, randomBytes, verify, type ECDH } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webpush from 'web-push';
import { loadConfig } from '../src/config';
import { createPushProvider, generateVapidKeys, loadOrCreateVapidKeys, parsePushSubscription, type PushSubscription } from '../src/providers/push';
import { WebPushProvider } from '../src/providers/push/web-push-provider';

const SUBJECT = 'mailto:ops@minutely.test';

/** A browser's side of one subscription: its ECDH key pair and auth secret, and the VAPID key it subscribed with. */
interface Subscriber {
  ecdh: ECDH;
  auth: Buffer;
  applicationServerKey: string;
}

interface Delivery {
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
class LocalPushService {
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

const service = new LocalPushService();
const vapid = generateVapidKeys();
const provider = new WebPushProvider({ vapid, subject: SUBJECT, timeoutMs: 5000 });

beforeAll(() => service.start());
afterAll(() => service.stop());

describe('Web Push provider (against a local push service that checks VAPID and decrypts)', () => {
  it('delivers an encrypted payload the subscriber can decrypt, with a valid VAPID token, TTL, urgency and topic', async () => {
    const subscription = service.subscribe('fan-1', vapid.publicKey);
    const payload = { title: 'Ava Stone is available', body: 'Call her now — 2 tokens/min', url: '/creators/ava', tag: 'available:ava' };
    const result = await provider.send(subscription, payload, 3600, { urgency: 'high', topic: 'available-ava' });
    expect(result).toEqual({ outcome: 'DELIVERED', status: 201 });
    const got = service.delivered.at(-1)!;
    expect(JSON.parse(got.payload)).toEqual(payload);
    expect(got).toMatchObject({ token: 'fan-1', ttl: '3600', urgency: 'high', topic: 'available-ava' });
    expect(got.claims.aud).toBe(service.origin);
    expect(got.claims.sub).toBe(SUBJECT);
    console.log(
      `push: decrypted ${Buffer.byteLength(got.payload)} bytes at the endpoint; VAPID aud=${got.claims.aud} sub=${got.claims.sub} exp in ${got.claims.exp - Math.floor(Date.now() / 1000)} s`,
    );
  });

  it('sends a string payload as is, with non-ASCII text intact', async () => {
    const subscription = service.subscribe('fan-2', vapid.publicKey);
    expect((await provider.send(subscription, 'Léa est disponible ✨', 60)).outcome).toBe('DELIVERED');
    expect(service.delivered.at(-1)).toMatchObject({ payload: 'Léa est disponible ✨', ttl: '60', urgency: 'normal' });
  });

  it('reports 404 and 410 as GONE, so the caller deletes the subscription', async () => {
    const gone = service.subscribe('gone', vapid.publicKey);
    expect(await provider.send(gone, { x: 1 }, 60)).toEqual({ outcome: 'GONE', status: 410 });
    const unknown = { ...service.subscribe('fan-3', vapid.publicKey), endpoint: `${service.origin}/wpush/v2/unsubscribed` };
    expect(await provider.send(unknown, { x: 1 }, 60)).toEqual({ outcome: 'GONE', status: 404 });
  });

  it('says when trying again may help: 429 (with Retry-After) and 5xx and network errors are retryable', async () => {
    expect(await provider.send(service.subscribe('busy', vapid.publicKey), 'x', 60)).toMatchObject({
      outcome: 'FAILED',
      status: 429,
      retryable: true,
      retryAfterSeconds: 30,
    });
    expect(await provider.send(service.subscribe('broken', vapid.publicKey), 'x', 60)).toMatchObject({ outcome: 'FAILED', status: 502, retryable: true });
    const nowhere = { ...service.subscribe('fan-4', vapid.publicKey), endpoint: 'http://127.0.0.1:1/wpush/v2/fan-4' };
    expect(await provider.send(nowhere, 'x', 60)).toMatchObject({ outcome: 'FAILED', status: null, retryable: true });
  });

  it('is refused by the push service when signed with a key other than the one the browser subscribed with', async () => {
    const subscription = service.subscribe('fan-5', vapid.publicKey);
    const other = new WebPushProvider({ vapid: generateVapidKeys(), subject: SUBJECT });
    expect(await other.send(subscription, 'x', 60)).toMatchObject({ outcome: 'FAILED', status: 403, retryable: false });
    expect(service.refused.at(-1)).toMatch(/VAPID key differs/);
  });

  it('(the local push service itself refuses a tampered signature, a foreign audience and an expired token)', async () => {
    const subscription = service.subscribe('fan-8', vapid.publicKey);
    const post = async (mutate: (authorization: string) => string, audience = service.origin, expiration?: number) => {
      const details = webpush.generateRequestDetails(subscription, 'x', { TTL: 60, contentEncoding: 'aes128gcm' });
      const { Authorization } = webpush.getVapidHeaders(audience, SUBJECT, vapid.publicKey, vapid.privateKey, 'aes128gcm', expiration);
      const headers = { ...Object.fromEntries(Object.entries(details.headers).map(([k, v]) => [k, String(v)])), Authorization: mutate(Authorization) };
      delete (headers as Record<string, string>)['Content-Length'];
      return (await fetch(subscription.endpoint, { method: 'POST', headers, body: new Uint8Array(details.body!) })).status;
    };
    expect(await post((a) => a)).toBe(201);
    expect(await post((a) => a.replace(/t=([\w-]+\.[\w-]+\.)([\w-])/, (_, p: string, c: string) => `t=${p}${c === 'A' ? 'B' : 'A'}`))).toBe(403);
    expect(service.refused.at(-1)).toMatch(/signature does not verify/);
    expect(await post((a) => a, 'https://push.example.com')).toBe(403);
    expect(service.refused.at(-1)).toMatch(/aud/);
    expect(await post((a) => a, service.origin, Math.floor(Date.now() / 1000) - 60)).toBe(403);
    expect(service.refused.at(-1)).toMatch(/exp/);
  });

  it('refuses a payload too large for one push message without sending it', async () => {
    const before = service.delivered.length;
    const result = await provider.send(service.subscribe('fan-6', vapid.publicKey), 'x'.repeat(4000), 60);
    expect(result).toMatchObject({ outcome: 'FAILED', retryable: false });
    expect(service.delivered.length).toBe(before);
  });
});

describe('push subscriptions from clients', () => {
  const keys = () => service.subscribe('fan-7', vapid.publicKey).keys;

  it('accepts a browser subscription on an https push service', () => {
    const sub = { endpoint: 'https://fcm.googleapis.com/fcm/send/abc:def', keys: keys() };
    expect(parsePushSubscription(sub)).toEqual(sub);
    expect(parsePushSubscription({ endpoint: `${service.origin}/wpush/v2/x`, keys: keys() }, { allowLoopbackHttp: true }).endpoint).toContain('127.0.0.1');
  });

  it('refuses endpoints that would make the server call itself or the private network, and malformed keys', () => {
    for (const endpoint of [
      'http://fcm.googleapis.com/fcm/send/x',
      'https://127.0.0.1/x',
      'https://10.0.0.5/x',
      'https://[::1]/x',
      'https://localhost/x',
      'https://metadata.internal/x',
      'https://printer.local/x',
      'https://user:pw@push.example.com/x',
      'file:///etc/passwd',
      'not a url',
    ]) {
      expect(() => parsePushSubscription({ endpoint, keys: keys() })).toThrow(/endpoint/);
    }
    expect(() => parsePushSubscription({ endpoint: 'https://push.example.com/x', keys: { ...keys(), p256dh: randomBytes(33).toString('base64url') } })).toThrow(
      /p256dh/,
    );
    expect(() => parsePushSubscription({ endpoint: 'https://push.example.com/x', keys: { ...keys(), auth: randomBytes(8).toString('base64url') } })).toThrow(
      /auth/,
    );
    expect(() => parsePushSubscription(null)).toThrow();
  });
});

describe('VAPID keys', () => {
  it('are generated once per data directory, kept readable by the owner only, and reused', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'minutely-vapid-'));
    try {
      const [a, b] = await Promise.all([loadOrCreateVapidKeys(dir), loadOrCreateVapidKeys(dir)]);
      expect(a).toEqual(b);
      expect(await loadOrCreateVapidKeys(dir)).toEqual(a);
      expect((await stat(join(dir, 'vapid-keys.json'))).mode & 0o777).toBe(0o600);
      expect(JSON.parse(await readFile(join(dir, 'vapid-keys.json'), 'utf8'))).toEqual(a);
      const provider = await createPushProvider(loadConfig({ DATA_DIR: dir }));
      expect(provider?.publicKey).toBe(a.publicKey);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('come from configuration when set; production without them has no push', async () => {
    const keys = generateVapidKeys();
    const configured = await createPushProvider(loadConfig({ VAPID_PUBLIC_KEY: keys.publicKey, VAPID_PRIVATE_KEY: keys.privateKey, DATA_DIR: 'memory://' }));
    expect(configured?.publicKey).toBe(keys.publicKey);
    expect((await createPushProvider(loadConfig({ DATA_DIR: 'memory://' })))?.publicKey).toMatch(/^[\w-]{87}$/);
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), DATA_DIR: 'memory://' };
    expect(await createPushProvider(loadConfig(production))).toBeNull();
    expect(() => loadConfig({ ...production, VAPID_PUBLIC_KEY: keys.publicKey, VAPID_PRIVATE_KEY: keys.privateKey })).toThrow(/VAPID_SUBJECT/);
    expect(() => loadConfig({ VAPID_PUBLIC_KEY: keys.publicKey })).toThrow(/VAPID_PRIVATE_KEY/);
  });
});
