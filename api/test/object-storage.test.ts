import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { loadConfig } from '../src/config';
import { createObjectStorage, handleMediaRequest, type ObjectStorage } from '../src/providers/storage';
import { DiskObjectStorage } from '../src/providers/storage/disk-object-storage';
import { S3ObjectStorage } from '../src/providers/storage/s3-object-storage';

const BUCKET = 'minutely-test';
// s3rver's one built-in account: it checks every request's AWS Signature V4 against this key pair.
const ACCESS_KEY = 'S3RVER';
const SECRET_KEY = 'S3RVER';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * s3rver checks the access key id but not Signature V4 itself, so the tests put this in front of it: it
 * recomputes each request's AWS4-HMAC-SHA256 signature from what arrived (canonical request, signed headers,
 * payload hash) with the secret, checks the payload hash against the body, and only then forwards to s3rver.
 */
class SigV4CheckingProxy {
  readonly refused: string[] = [];
  readonly checked: string[] = [];
  private server!: Server;
  url = '';

  constructor(
    private readonly upstream: () => string,
    private readonly secrets: Record<string, string>,
  ) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const problem = this.verify(req, body);
        if (problem) {
          this.refused.push(`${req.method} ${req.url}: ${problem}`);
          res.writeHead(403, { 'content-type': 'application/xml' });
          res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>SignatureDoesNotMatch</Code><Message>${problem}</Message></Error>`);
          return;
        }
        this.checked.push(`${req.method} ${req.url}`);
        const target = new URL(req.url ?? '/', this.upstream());
        const forward = request(target, { method: req.method, headers: req.headers }, (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        });
        forward.end(body);
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private verify(req: IncomingMessage, body: Buffer): string | null {
    const auth = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(
      req.headers.authorization ?? '',
    );
    if (!auth) return 'missing or malformed AWS4-HMAC-SHA256 authorization';
    const [, accessKey, day, region, signedHeaders, signature] = auth;
    const secret = this.secrets[accessKey];
    if (!secret) return `unknown access key ${accessKey}`;
    const amzDate = String(req.headers['x-amz-date'] ?? '');
    if (!amzDate.startsWith(day)) return 'x-amz-date does not match the credential scope';
    const at = Date.parse(amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
    if (!(Math.abs(Date.now() - at) < 15 * 60_000)) return 'request time too skewed';
    const payloadHash = String(req.headers['x-amz-content-sha256'] ?? '');
    if (payloadHash !== 'UNSIGNED-PAYLOAD' && payloadHash !== createHash('sha256').update(body).digest('hex')) return 'payload hash does not match the body';
    const url = new URL(req.url ?? '/', 'http://x');
    const encode = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    const query = [...url.searchParams.entries()]
      .map(([k, v]) => [encode(k), encode(v)])
      .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1))
      .map(([k, v]) => `${k}=${v}`)
      .join('&');
    const names = signedHeaders.split(';');
    if (!names.includes('host') || !names.includes('x-amz-date')) return 'host and x-amz-date must be signed';
    const headers = names
      .map(
        (n) =>
          `${n}:${String(req.headers[n] ?? '')
            .trim()
            .replace(/\s+/g, ' ')}\n`,
      )
      .join('');
    const canonical = [req.method, url.pathname, query, headers, signedHeaders, payloadHash].join('\n');
    const scope = `${day}/${region}/s3/aws4_request`;
    const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, createHash('sha256').update(canonical).digest('hex')].join('\n');
    let key: Buffer = Buffer.from(`AWS4${secret}`);
    for (const part of [day, region, 's3', 'aws4_request']) key = createHmac('sha256', key).update(part).digest();
    const expected = createHmac('sha256', key).update(toSign).digest();
    return timingSafeEqual(expected, Buffer.from(signature, 'hex')) ? null : 'signature does not match';
  }
}

let s3rver: S3rver;
let s3rverUrl = '';
let proxy: SigV4CheckingProxy;
let s3Dir: string;
let s3Endpoint: string;
let diskDir: string;
let disk: DiskObjectStorage;
let s3: S3ObjectStorage;

beforeAll(async () => {
  s3Dir = await mkdtemp(join(tmpdir(), 'minutely-s3rver-'));
  diskDir = await mkdtemp(join(tmpdir(), 'minutely-disk-'));
  s3rver = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: s3Dir, configureBuckets: [{ name: BUCKET }] });
  const { port } = await s3rver.run();
  s3rverUrl = `http://127.0.0.1:${port}`;
  proxy = new SigV4CheckingProxy(() => s3rverUrl, { [ACCESS_KEY]: SECRET_KEY });
  await proxy.start();
  s3Endpoint = proxy.url;
  disk = new DiskObjectStorage(diskDir);
  s3 = new S3ObjectStorage({
    bucket: BUCKET,
    region: 'us-east-1',
    endpoint: s3Endpoint,
    credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY },
    forcePathStyle: true,
    keyPrefix: 'minutely/',
  });
});
afterAll(async () => {
  s3.close();
  await proxy.stop();
  await s3rver.close();
  await rm(s3Dir, { recursive: true, force: true });
  await rm(diskDir, { recursive: true, force: true });
});

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe.each([
  ['disk', () => disk as ObjectStorage],
  ['S3 (local s3rver)', () => s3 as ObjectStorage],
])('%s object storage', (label, storage) => {
  it('stores bytes with their content type and cache control and reads them back intact', async () => {
    const bytes = randomBytes(1024 * 1024 + 7);
    await storage().put('photos/p1/abc-480.webp', bytes, 'image/webp', IMMUTABLE);
    const got = await storage().get('photos/p1/abc-480.webp');
    expect(got).not.toBeNull();
    expect(sha(got!.bytes)).toBe(sha(bytes));
    expect(got!.contentType).toBe('image/webp');
    expect(got!.cacheControl).toBe(IMMUTABLE);
    console.log(`${label}: round trip of ${bytes.length} bytes, sha256 ${sha(bytes).slice(0, 12)}… intact`);
  });

  it('replaces an object put again under the same key', async () => {
    await storage().put('photos/p2/x.png', Buffer.from('first'), 'image/png', 'no-cache');
    await storage().put('photos/p2/x.png', Buffer.from('second'), 'image/webp', IMMUTABLE);
    expect(await storage().get('photos/p2/x.png')).toEqual({ bytes: Buffer.from('second'), contentType: 'image/webp', cacheControl: IMMUTABLE });
  });

  it('answers null for a missing key, and deletes idempotently', async () => {
    expect(await storage().get('photos/never/stored.webp')).toBeNull();
    await storage().put('photos/p3/gone.webp', Buffer.from('bye'), 'image/webp', IMMUTABLE);
    await storage().delete('photos/p3/gone.webp');
    expect(await storage().get('photos/p3/gone.webp')).toBeNull();
    await expect(storage().delete('photos/p3/gone.webp')).resolves.toBeUndefined();
    await expect(storage().delete('photos/never/stored.webp')).resolves.toBeUndefined();
  });

  it('refuses keys that could escape their place or collide with bookkeeping', async () => {
    for (const key of [
      '',
      '../etc/passwd',
      '/abs',
      'a//b',
      'a/../b',
      '.hidden',
      'a/./b',
      'with space',
      'x~meta.json',
      'a\\b',
      'é.webp',
      'a/'.repeat(9) + 'b',
    ]) {
      await expect(storage().put(key, Buffer.from('x'), 'text/plain', 'no-store')).rejects.toThrow(RangeError);
      await expect(storage().get(key)).rejects.toThrow(RangeError);
    }
  });
});

describe('S3 object storage specifics', () => {
  it('writes under the key prefix with the headers S3 serves, and is refused with a wrong secret', async () => {
    await s3.put('photos/p4/face-160.webp', Buffer.from('webp-bytes'), 'image/webp', IMMUTABLE);
    const raw = new S3Client({
      region: 'us-east-1',
      endpoint: s3Endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY },
    });
    const listed = await raw.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'minutely/photos/p4/' }));
    expect(listed.Contents?.map((o) => o.Key)).toEqual(['minutely/photos/p4/face-160.webp']);
    const head = await raw.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'minutely/photos/p4/face-160.webp' }));
    expect(head.ContentType).toBe('image/webp');
    expect(head.CacheControl).toBe(IMMUTABLE);
    expect(await head.Body!.transformToString()).toBe('webp-bytes');
    raw.destroy();

    const forged = new S3ObjectStorage({
      bucket: BUCKET,
      region: 'us-east-1',
      endpoint: s3Endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: 'not-the-secret' },
    });
    await expect(forged.put('photos/p4/evil.webp', Buffer.from('x'), 'image/webp', IMMUTABLE)).rejects.toMatchObject({ name: 'SignatureDoesNotMatch' });
    await expect(forged.get('photos/p4/face-160.webp')).rejects.toMatchObject({ name: 'SignatureDoesNotMatch' });
    forged.close();
    expect(await s3.get('photos/p4/evil.webp')).toBeNull();
    expect(proxy.refused).toEqual([
      expect.stringMatching(/^PUT .*evil\.webp.*signature does not match$/),
      expect.stringMatching(/^GET .*: signature does not match$/),
    ]);
    console.log(`S3: ${proxy.checked.length} requests carried a valid Signature V4; ${proxy.refused.length} forged ones were refused`);
  });

  it('gives objects a URL on the public host when S3_PUBLIC_URL is set, else on the API', () => {
    expect(s3.urlOf('photos/p4/face-160.webp')).toBe('/media/photos/p4/face-160.webp');
    const cdn = new S3ObjectStorage({ bucket: BUCKET, region: 'auto', keyPrefix: 'minutely/', publicUrl: 'https://cdn.example.com/' });
    expect(cdn.urlOf('photos/p4/face-160.webp')).toBe('https://cdn.example.com/minutely/photos/p4/face-160.webp');
    cdn.close();
  });
});

describe('disk object storage specifics', () => {
  it('keeps each object as a file beside its metadata, leaving no temporary files', async () => {
    await disk.put('photos/p5/a.webp', Buffer.from('aaa'), 'image/webp', IMMUTABLE);
    expect((await readdir(join(diskDir, 'photos', 'p5'))).sort()).toEqual(['a.webp', 'a.webp~meta.json']);
    await disk.delete('photos/p5/a.webp');
    expect(await readdir(join(diskDir, 'photos', 'p5'))).toEqual([]);
  });
});

describe('serving stored objects at /media/', () => {
  let server: Server;
  let base = '';
  let current: ObjectStorage;

  beforeAll(async () => {
    server = createServer((req, res) => void handleMediaRequest(current, req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each([
    ['disk', () => disk as ObjectStorage],
    ['S3', () => s3 as ObjectStorage],
  ])('serves %s objects with their type, long-lived caching and revalidation, and 404s anything else', async (_label, storage) => {
    current = storage();
    const bytes = randomBytes(2048);
    await current.put('photos/p6/pic-960.webp', bytes, 'image/webp', IMMUTABLE);

    const res = await fetch(`${base}${current.urlOf('photos/p6/pic-960.webp')}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/webp');
    expect(res.headers.get('cache-control')).toBe(IMMUTABLE);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);

    const etag = res.headers.get('etag')!;
    const again = await fetch(`${base}/media/photos/p6/pic-960.webp`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    const head = await fetch(`${base}/media/photos/p6/pic-960.webp`, { method: 'HEAD' });
    expect([head.status, head.headers.get('content-length')]).toEqual([200, '2048']);

    for (const path of ['/media/photos/p6/missing.webp', '/media/..%2f..%2fetc%2fpasswd', '/media/photos/p6/pic-960.webp~meta.json', '/media/', '/elsewhere']) {
      expect((await fetch(`${base}${path}`)).status).toBe(404);
    }
    expect((await fetch(`${base}/media/photos/p6/pic-960.webp`, { method: 'POST' })).status).toBe(405);
  });
});

describe('object storage selection', () => {
  it('uses the bucket when S3_BUCKET is set, else DATA_DIR/objects, STORAGE_DIR, or a temporary directory in memory mode', async () => {
    const bucket = await createObjectStorage(loadConfig({ S3_BUCKET: BUCKET, S3_ENDPOINT: s3Endpoint, S3_FORCE_PATH_STYLE: 'true' }));
    expect(bucket.name).toBe('s3');
    (bucket as S3ObjectStorage).close();
    expect(((await createObjectStorage(loadConfig({ DATA_DIR: '/srv/minutely' }))) as DiskObjectStorage).root).toBe('/srv/minutely/objects');
    expect(((await createObjectStorage(loadConfig({ STORAGE_DIR: '/mnt/photos' }))) as DiskObjectStorage).root).toBe('/mnt/photos');
    const temporary = (await createObjectStorage(loadConfig({ DATA_DIR: 'memory://' }))) as DiskObjectStorage;
    expect(temporary.root.startsWith(tmpdir())).toBe(true);
    await rm(temporary.root, { recursive: true, force: true });
  });
});
