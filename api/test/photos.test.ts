import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import sharp from 'sharp';
import type { ManualClock } from '../src/common/clock';
import { startTestServer, type TestServer } from './harness';
import { readyCreator } from './fixtures';

const BUCKET = 'minutely-photos-test';
const PHOTO_FIELDS = 'id width height url srcset variants { url width height }';
const PLACE = `mutation($id: ID!) { placePhoto(uploadId: $id) { profile { ${PHOTO_FIELDS} } gallery { ${PHOTO_FIELDS} } } }`;

interface Photo {
  id: string;
  width: number;
  height: number;
  url: string;
  srcset: string;
  variants: { url: string; width: number; height: number }[];
}
interface UploadAnswer {
  status: number;
  body: { uploadId?: string; purpose?: string; photo?: Photo; errors?: { message: string; extensions: { code: string; reason?: string } }[] };
}

/** A phone-like JPEG: EXIF with a GPS position, `width`×`height`. */
function phoneJpeg(width = 900, height = 1200, hue = 40): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: hue, b: 120 } } })
    .jpeg({ quality: 85 })
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Phone 15' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 2400/100', GPSLongitudeRef: 'E', GPSLongitude: '2/1 21/1 300/100' },
    })
    .toBuffer();
}

async function upload(
  t: TestServer,
  token: string | null,
  bytes: Buffer,
  purpose = 'PROFILE',
  filename = 'me.jpg',
  type = 'image/jpeg',
): Promise<UploadAnswer> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), filename);
  const res = await fetch(`${t.url}/uploads?purpose=${purpose}`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, body: (await res.json()) as UploadAnswer['body'] };
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe.each([
  ['disk', false],
  ['S3 (local s3rver)', true],
])('creator photos on %s storage', (_label, useS3) => {
  let t: TestServer;
  let storageDir: string;
  let s3rver: S3rver | null = null;
  let s3Dir = '';

  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'minutely-photos-'));
    const env: Record<string, string> = { STORAGE_DIR: storageDir, IMAGE_MAX_BYTES: String(400 * 1024) };
    if (useS3) {
      s3Dir = await mkdtemp(join(tmpdir(), 'minutely-s3rver-'));
      s3rver = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: s3Dir, configureBuckets: [{ name: BUCKET }] });
      const { port } = await s3rver.run();
      Object.assign(env, {
        S3_BUCKET: BUCKET,
        S3_ENDPOINT: `http://127.0.0.1:${port}`,
        S3_FORCE_PATH_STYLE: 'true',
        S3_ACCESS_KEY_ID: 'S3RVER',
        S3_SECRET_ACCESS_KEY: 'S3RVER',
      });
    }
    t = await startTestServer({ env });
  });

  afterAll(async () => {
    await t?.close();
    await s3rver?.close();
    await rm(storageDir, { recursive: true, force: true });
    if (s3Dir) await rm(s3Dir, { recursive: true, force: true });
  });

  /** Every stored object, wherever this storage keeps them. */
  const storedFiles = async () => (useS3 ? (await filesUnder(s3Dir)).filter((f) => f.endsWith('._S3rver_object')) : await filesUnder(storageDir));

  it('re-encodes an upload to WebP sizes without metadata, places it as the profile photo and serves it cached for a year', async () => {
    const creator = await readyCreator(t);
    const uploaded = await upload(t, creator.accessToken, await phoneJpeg());
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ purpose: 'PROFILE', uploadId: expect.any(String) });
    // Not on the profile until placed.
    expect(
      (await t.ok<{ creator: { photo: Photo | null } }>(`query($id: ID!) { creator(id: $id) { photo { id } } }`, { id: creator.id })).creator.photo,
    ).toBeNull();

    const placed = await t.ok<{ placePhoto: { profile: Photo; gallery: Photo[] } }>(PLACE, { id: uploaded.body.uploadId }, { token: creator.accessToken });
    const profile = placed.placePhoto.profile;
    expect(profile.variants.map((v) => [v.width, v.height])).toEqual([
      [160, 160],
      [480, 480],
      [900, 900],
    ]);
    expect(profile.srcset).toBe(profile.variants.map((v) => `${v.url} ${v.width}w`).join(', '));
    expect(profile.url).toMatch(/^\/media\/photos\/.+-480\.webp$/);

    const listed = await t.ok<{ creators: { edges: { node: { id: string; avatarUrl: string; photo: Photo } }[] } }>(
      `{ creators(first: 100) { edges { node { id avatarUrl photo { ${PHOTO_FIELDS} } } } } }`,
    );
    const node = listed.creators.edges.find((e) => e.node.id === creator.id)!.node;
    expect(node.photo).toEqual(profile);
    expect(node.avatarUrl).toBe(profile.variants[0].url);

    for (const variant of profile.variants) {
      const res = await fetch(`${t.url}${variant.url}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/webp');
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const bytes = Buffer.from(await res.arrayBuffer());
      const meta = await sharp(bytes).metadata();
      expect({ format: meta.format, width: meta.width, exif: meta.exif, xmp: meta.xmp }).toEqual({
        format: 'webp',
        width: variant.width,
        exif: undefined,
        xmp: undefined,
      });
      expect(bytes.includes('GPS')).toBe(false);
      expect(bytes.includes('PhoneMaker')).toBe(false);
    }
  });

  it('refuses a non-image, a disguised text file and an oversized file with a typed error, storing nothing', async () => {
    const creator = await readyCreator(t);
    const before = (await storedFiles()).length;
    const rowsBefore = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM creator_photo`);

    const text = await upload(t, creator.accessToken, Buffer.from('just some words, not a picture'), 'PROFILE', 'notes.txt', 'text/plain');
    expect(text.status).toBe(400);
    expect(text.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_AN_IMAGE' });

    const disguised = await upload(
      t,
      creator.accessToken,
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'GALLERY',
      'cat.jpg',
    );
    expect(disguised.status).toBe(400);
    expect(disguised.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNSUPPORTED_TYPE' });

    // Noise does not compress: well over the 400 KiB limit of this server.
    const big = await sharp(Buffer.from(Array.from({ length: 1200 * 1200 * 3 }, (_, i) => (i * 7919) % 251)), {
      raw: { width: 1200, height: 1200, channels: 3 },
    })
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(big.length).toBeGreaterThan(400 * 1024);
    const oversized = await upload(t, creator.accessToken, big, 'GALLERY', 'big.png', 'image/png');
    expect(oversized.status).toBe(400);
    expect(oversized.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_LARGE' });

    const noPurpose = await fetch(`${t.url}/uploads`, { method: 'POST', headers: { authorization: `Bearer ${creator.accessToken}` } });
    expect(noPurpose.status).toBe(400);

    expect((await storedFiles()).length).toBe(before);
    expect(await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM creator_photo`)).toEqual(rowsBefore);
  });

  it('takes uploads from creators only, signed in', async () => {
    const fan = await t.signUp('FAN');
    const jpeg = await phoneJpeg(400, 400);
    expect((await upload(t, null, jpeg)).status).toBe(401);
    const byFan = await upload(t, fan.accessToken, jpeg);
    expect(byFan.status).toBe(403);
    expect(byFan.body.errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await upload(t, 'not-a-token', jpeg)).status).toBe(401);
  });

  it('keeps at most 12 gallery photos, in upload order; a creator places only their own uploads', async () => {
    const creator = await readyCreator(t);
    const other = await readyCreator(t);
    const ids: string[] = [];
    for (let i = 0; i < 13; i++) ids.push((await upload(t, creator.accessToken, await phoneJpeg(640, 480, i * 15), 'GALLERY')).body.uploadId!);
    const notMine = await t.gql(PLACE, { id: ids[0] }, { token: other.accessToken });
    expect(notMine.errors![0].extensions!.code).toBe('NOT_FOUND');
    let gallery: Photo[] = [];
    for (const id of ids.slice(0, 12))
      gallery = (await t.ok<{ placePhoto: { gallery: Photo[] } }>(PLACE, { id }, { token: creator.accessToken })).placePhoto.gallery;
    expect(gallery.map((p) => p.id)).toEqual(ids.slice(0, 12));
    expect(gallery[0].variants.map((v) => [v.width, v.height])).toEqual([
      [480, 360],
      [640, 480],
    ]);
    const thirteenth = await t.gql(PLACE, { id: ids[12] }, { token: creator.accessToken });
    expect(thirteenth.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('12') });
    const profile = await t.ok<{ creator: { gallery: Photo[] } }>(`query($id: ID!) { creator(id: $id) { gallery { id } } }`, { id: creator.id });
    expect(profile.creator.gallery).toHaveLength(12);

    await t.ok(`mutation($id: ID!) { removeMyPhoto(photoId: $id) { gallery { id } } }`, { id: ids[3] }, { token: creator.accessToken });
    const after = await t.ok<{ placePhoto: { gallery: Photo[] } }>(PLACE, { id: ids[12] }, { token: creator.accessToken });
    expect(after.placePhoto.gallery.map((p) => p.id)).toEqual([...ids.slice(0, 3), ...ids.slice(4, 12), ids[12]]);
    expect((await fetch(`${t.url}${gallery[3].url}`)).status).toBe(404);
  });

  it('drops uploads left unplaced for a day, files and all, when the creator uploads again', async () => {
    const creator = await readyCreator(t);
    const first = await upload(t, creator.accessToken, await phoneJpeg(400, 400));
    const firstUrl = first.body.photo!.variants[0].url;
    expect((await fetch(`${t.url}${firstUrl}`)).status).toBe(200);
    (t.clock as ManualClock).advance(25 * 3600_000);
    const { logIn } = await t.ok<{ logIn: { accessToken: string } }>(`mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { accessToken } }`, {
      e: creator.email,
      p: creator.password,
    });
    expect((await upload(t, logIn.accessToken, await phoneJpeg(400, 400))).status).toBe(201);
    expect(await t.sql(`SELECT removed_reason FROM creator_photo WHERE id = $1`, [first.body.uploadId])).toEqual([{ removed_reason: 'never placed' }]);
    for (let i = 0; i < 20 && (await fetch(`${t.url}${firstUrl}`)).status !== 404; i++) await new Promise((r) => setTimeout(r, 50));
    expect((await fetch(`${t.url}${firstUrl}`)).status).toBe(404);
    const late = await t.gql(PLACE, { id: first.body.uploadId }, { token: logIn.accessToken });
    expect(late.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('lets a fan report a photo and a moderator remove it, audited; its files are deleted', async () => {
    const creator = await readyCreator(t);
    const fan = await t.signUp('FAN');
    const moderator = await t.staff('MODERATOR');
    const uploaded = await upload(t, creator.accessToken, await phoneJpeg(500, 500));
    const photo = (await t.ok<{ placePhoto: { profile: Photo } }>(PLACE, { id: uploaded.body.uploadId }, { token: creator.accessToken })).placePhoto.profile;

    const report = await t.ok<{ reportPhoto: { id: string; status: string } }>(
      `mutation($id: ID!) { reportPhoto(photoId: $id, reason: OTHER, note: "not a portrait") { id status } }`,
      { id: photo.id },
      { token: fan.accessToken },
    );
    expect(report.reportPhoto.status).toBe('OPEN');
    const own = await t.gql(`mutation($id: ID!) { reportPhoto(photoId: $id, reason: OTHER) { id } }`, { id: photo.id }, { token: creator.accessToken });
    expect(own.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const details = await t.ok<{
      reportDetails: { report: { targetType: string; photoId: string; reportedAccountId: string }; photo: Photo; photoRemoved: boolean };
    }>(
      `query($id: ID!) { reportDetails(id: $id) { report { targetType photoId reportedAccountId } photo { id url } photoRemoved } }`,
      { id: report.reportPhoto.id },
      { token: moderator.accessToken },
    );
    expect(details.reportDetails).toMatchObject({
      report: { targetType: 'PHOTO', photoId: photo.id, reportedAccountId: creator.id },
      photo: { id: photo.id },
      photoRemoved: false,
    });

    const refused = await t.gql(
      `mutation($id: ID!) { removePhoto(photoId: $id, reason: "nudity in a profile photo") }`,
      { id: photo.id },
      { token: fan.accessToken },
    );
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    await t.ok(`mutation($id: ID!) { removePhoto(photoId: $id, reason: "nudity in a profile photo") }`, { id: photo.id }, { token: moderator.accessToken });

    const audit = await t.sql<{ action: string; target_type: string; reason: string; actor_id: string }>(
      `SELECT action, target_type, reason, actor_id FROM audit_entry WHERE target_id = $1`,
      [photo.id],
    );
    expect(audit).toEqual([{ action: 'REMOVE_PHOTO', target_type: 'PHOTO', reason: 'nudity in a profile photo', actor_id: moderator.id }]);
    const shown = await t.ok<{ creator: { photo: Photo | null; avatarUrl: string | null } }>(
      `query($id: ID!) { creator(id: $id) { photo { id } avatarUrl } }`,
      {
        id: creator.id,
      },
    );
    expect(shown.creator).toEqual({ photo: null, avatarUrl: null });
    for (let i = 0; i < 20 && (await fetch(`${t.url}${photo.variants[0].url}`)).status !== 404; i++) await new Promise((r) => setTimeout(r, 50));
    for (const v of photo.variants) expect((await fetch(`${t.url}${v.url}`)).status).toBe(404);
    const again = await t.gql(`mutation($id: ID!) { removePhoto(photoId: $id, reason: "twice over") }`, { id: photo.id }, { token: moderator.accessToken });
    expect(again.errors![0].extensions!.code).toBe('CONFLICT');
  });
});
