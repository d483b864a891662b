import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webpush from 'web-push';
import { loadConfig } from '../src/config';
import { createPushProvider, generateVapidKeys, loadOrCreateVapidKeys, parsePushSubscription } from '../src/providers/push';
import { WebPushProvider } from '../src/providers/push/web-push-provider';
import { LocalPushService } from './local-push-service';

const SUBJECT = 'mailto:ops@minutely.test';

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
