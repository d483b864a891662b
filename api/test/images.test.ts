import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { repoRoot } from '../src/common/paths';
import { ImagePipeline, renderDemoPortrait, type ImageResult, type ProcessedImage } from '../src/providers/images';

const pipeline = new ImagePipeline();

/** Tag ids of IFD0 and, when present, of the GPS IFD it points to (tag 0x8825), read from a raw EXIF block. */
function exifTags(exif: Buffer): { ifd0: number[]; gps: number[] } {
  const tiff = exif.subarray(exif.indexOf('Exif\0\0', 0, 'latin1') + 6);
  const le = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (o: number) => (le ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o));
  const u32 = (o: number) => (le ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o));
  const ifd = (offset: number) => Array.from({ length: u16(offset) }, (_, i) => offset + 2 + i * 12);
  const entries0 = ifd(u32(4));
  const gpsEntry = entries0.find((e) => u16(e) === 0x8825);
  return { ifd0: entries0.map(u16), gps: gpsEntry ? ifd(u32(gpsEntry + 8)).map(u16) : [] };
}

/** The chunk ids of a WebP (RIFF) file. */
function webpChunks(bytes: Buffer): string[] {
  const ids: string[] = [];
  for (let o = 12; o + 8 <= bytes.length;) {
    const size = bytes.readUInt32LE(o + 4);
    ids.push(bytes.toString('latin1', o, o + 4));
    o += 8 + size + (size % 2);
  }
  return ids;
}

/** A `width`×`height` picture, red on its left half and blue on its right, so a rotation shows in the pixels. */
async function halves(width: number, height: number) {
  const left = await sharp({ create: { width: Math.floor(width / 2), height, channels: 3, background: '#ff0000' } })
    .png()
    .toBuffer();
  return sharp({ create: { width, height, channels: 3, background: '#0000ff' } }).composite([{ input: left, left: 0, top: 0 }]);
}

async function colourAt(bytes: Buffer, x: number, y: number): Promise<string> {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  const [r, , b] = [data[i], data[i + 1], data[i + 2]];
  return r > 200 && b < 60 ? 'red' : b > 200 && r < 60 ? 'blue' : `rgb(${r},${data[i + 1]},${b})`;
}

function processed(result: ImageResult): ProcessedImage {
  if (!result.ok) throw new Error(`refused: ${result.reason} ${result.message}`);
  return result.image;
}

async function refusal(bytes: Buffer, limits?: ConstructorParameters<typeof ImagePipeline>[0]) {
  const result = await new ImagePipeline(limits).process(bytes, 'gallery');
  if (result.ok) throw new Error('expected a refusal');
  return result.reason;
}

describe('image pipeline', () => {
  let phonePhoto: Buffer;

  beforeAll(async () => {
    // What a phone uploads: EXIF with camera, time and GPS position, rotated by the Orientation tag (6: turn 90°
    // clockwise to display), an XMP packet repeating the position, and a Display P3 colour profile.
    phonePhoto = await (
      await halves(1200, 800)
    )
      .jpeg({ quality: 90 })
      .withExif({
        IFD0: { Make: 'PhoneMaker', Model: 'Phone 15', Software: 'Camera 1.0' },
        IFD2: { DateTimeOriginal: '2026:01:05 21:14:03' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 2400/100', GPSLongitudeRef: 'E', GPSLongitude: '2/1 21/1 300/100' },
      })
      .withMetadata({ orientation: 6 })
      .withXmp(
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="48,51.4N" exif:GPSLongitude="2,21.05E"/></rdf:RDF></x:xmpmeta>',
      )
      .withIccProfile('p3')
      .toBuffer();
  });

  it('strips every kind of metadata (EXIF with GPS, XMP, ICC) and applies the orientation to the pixels', async () => {
    const input = await sharp(phonePhoto).metadata();
    // The fixture really carries what a leak would be made of.
    expect(exifTags(input.exif!).gps.length).toBeGreaterThanOrEqual(4);
    expect(input).toMatchObject({ format: 'jpeg', width: 1200, height: 800, orientation: 6, hasProfile: true });
    expect(input.xmpAsString).toContain('GPSLatitude');

    const image = processed(await pipeline.process(phonePhoto, 'gallery'));
    expect(image).toMatchObject({ sourceFormat: 'jpeg', sourceWidth: 800, sourceHeight: 1200 });
    expect(image.variants.map((v) => [v.width, v.height])).toEqual([
      [480, 720],
      [800, 1200],
    ]);
    for (const variant of image.variants) {
      const out = await sharp(variant.bytes).metadata();
      expect(out.format).toBe('webp');
      expect([out.width, out.height]).toEqual([variant.width, variant.height]);
      expect({ exif: out.exif, xmp: out.xmp, iptc: out.iptc, icc: out.icc, orientation: out.orientation, hasProfile: out.hasProfile }).toEqual({
        exif: undefined,
        xmp: undefined,
        iptc: undefined,
        icc: undefined,
        orientation: undefined,
        hasProfile: false,
      });
      // Nothing but image data in the container, and no trace of the camera or the place in the bytes.
      expect(webpChunks(variant.bytes).filter((id) => !['VP8 ', 'VP8L', 'VP8X', 'ALPH'].includes(id))).toEqual([]);
      expect(variant.bytes.includes('PhoneMaker')).toBe(false);
      expect(variant.bytes.includes('GPS')).toBe(false);
      // Turned upright: the left (red) half of the stored picture is now on top.
      expect(await colourAt(variant.bytes, Math.floor(variant.width / 2), 5)).toBe('red');
      expect(await colourAt(variant.bytes, Math.floor(variant.width / 2), variant.height - 5)).toBe('blue');
    }
    console.log(
      `phone JPEG ${phonePhoto.length} B (EXIF with ${exifTags(input.exif!).gps.length} GPS tags, XMP, P3 ICC, orientation 6) → ` +
        image.variants.map((v) => `${v.width}×${v.height} WebP ${v.bytes.length} B, no metadata`).join('; '),
    );
  });

  it('crops profile photos square in each width and never enlarges', async () => {
    const image = processed(await pipeline.process(phonePhoto, 'profile'));
    expect(image.variants.map((v) => [v.width, v.height])).toEqual([
      [160, 160],
      [480, 480],
      [800, 800],
    ]);
    const small = processed(await pipeline.process(await (await halves(300, 200)).png().toBuffer(), 'profile'));
    expect(small.variants.map((v) => [v.width, v.height])).toEqual([
      [160, 160],
      [200, 200],
    ]);
  });

  it('accepts PNG with transparency, WebP, GIF and AVIF, and re-encodes them all to WebP', async () => {
    const base = () => sharp({ create: { width: 400, height: 300, channels: 4, background: { r: 10, g: 200, b: 90, alpha: 0.5 } } });
    for (const [format, bytes] of [
      ['png', await base().png().toBuffer()],
      ['webp', await base().webp().toBuffer()],
      ['gif', await base().gif().toBuffer()],
      ['avif', await base().avif().toBuffer()],
    ] as const) {
      const image = processed(await pipeline.process(bytes, 'gallery'));
      expect(image.sourceFormat).toBe(format);
      expect(image.variants.map((v) => v.width)).toEqual([400]);
      expect((await sharp(image.variants[0].bytes).metadata()).format).toBe('webp');
    }
  });

  it('refuses files that are not images, with a typed reason, before decoding anything', async () => {
    expect(await refusal(Buffer.alloc(0))).toBe('EMPTY');
    expect(await refusal(Buffer.from('Hello, this is a text file.\n'))).toBe('NOT_AN_IMAGE');
    expect(await refusal(Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n'))).toBe('NOT_AN_IMAGE');
    expect(await refusal(Buffer.from('PK\x03\x04 a zip archive', 'latin1'))).toBe('NOT_AN_IMAGE');
    // A "billion laughs" SVG with a giant canvas: refused by type, never handed to the SVG renderer.
    const laughs = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const svgBomb = `\uFEFF<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY l0 "lol">${laughs}]>\n<svg xmlns="http://www.w3.org/2000/svg" width="100000" height="100000"><text>&l9;</text></svg>`;
    expect(await refusal(Buffer.from(svgBomb))).toBe('UNSUPPORTED_TYPE');
    expect(await refusal(Buffer.from('  <svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBe('UNSUPPORTED_TYPE');
    expect(await refusal(await (await halves(400, 300)).tiff().toBuffer())).toBe('UNSUPPORTED_TYPE');
    expect(await refusal(Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic'), Buffer.alloc(64)]))).toBe('UNSUPPORTED_TYPE');
  });

  it('refuses oversized files, absurd dimensions and damaged data', async () => {
    const noisy = await sharp(randomBytes(600 * 600 * 3), { raw: { width: 600, height: 600, channels: 3 } })
      .png()
      .toBuffer();
    expect(noisy.length).toBeGreaterThan(1_000_000);
    expect(await refusal(noisy, { maxBytes: 1_000_000 })).toBe('TOO_LARGE');

    // A decompression bomb: a tiny PNG whose header declares 60000×60000 pixels (3.6 gigapixels).
    const png = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    const bomb = Buffer.from(png);
    bomb.writeUInt32BE(60_000, 16);
    bomb.writeUInt32BE(60_000, 20);
    bomb.writeUInt32BE(crc32(bomb.subarray(12, 29)), 29);
    const started = Date.now();
    expect(await refusal(bomb)).toBe('TOO_MANY_PIXELS');
    expect(Date.now() - started).toBeLessThan(1000);

    expect(await refusal(await (await halves(100, 100)).png().toBuffer())).toBe('BAD_DIMENSIONS');
    expect(await refusal(await (await halves(2400, 200)).png().toBuffer())).toBe('BAD_DIMENSIONS');

    const jpeg = await (await halves(800, 600)).jpeg().toBuffer();
    expect(await refusal(jpeg.subarray(0, Math.floor(jpeg.length / 2)))).toBe('CORRUPT');
    expect(await refusal(Buffer.concat([png.subarray(0, 8), Buffer.from('definitely not PNG chunks')]))).toBe('CORRUPT');
  });
});

describe('demo portraits', () => {
  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

  it('are made offline, deterministically per seed, and pass the upload pipeline like a real photo', async () => {
    const a1 = await renderDemoPortrait('creator-ava-stone', { presentation: 'feminine' });
    const a2 = await renderDemoPortrait('creator-ava-stone', { presentation: 'feminine' });
    const b = await renderDemoPortrait('creator-leo-marsh', { presentation: 'masculine' });
    expect(sha(a1)).toBe(sha(a2));
    expect(sha(a1)).not.toBe(sha(b));
    expect(await sharp(a1).metadata()).toMatchObject({ format: 'png', width: 640, height: 640 });

    const image = processed(await pipeline.process(a1, 'profile'));
    expect(image.variants.map((v) => v.width)).toEqual([160, 480, 640]);

    // A contact sheet for people to look at (test-artifacts/ is not committed).
    const seeds = Array.from({ length: 12 }, (_, i) => `demo-creator-${i}`);
    const tiles = await Promise.all(
      seeds.map(async (seed, i) => ({
        input: await renderDemoPortrait(seed, { size: 200, presentation: i % 3 === 2 ? 'masculine' : 'feminine' }),
        left: (i % 6) * 200,
        top: Math.floor(i / 6) * 200,
      })),
    );
    const dir = join(repoRoot, 'test-artifacts');
    mkdirSync(dir, { recursive: true });
    await sharp({ create: { width: 1200, height: 400, channels: 3, background: '#ffffff' } })
      .composite(tiles)
      .png()
      .toFile(join(dir, 'demo-portraits.png'));
    console.log(
      `demo portrait: seed → PNG 640×640 ${a1.length} B, sha256 ${sha(a1).slice(0, 12)}… (same on a second render); contact sheet in test-artifacts/`,
    );
  });
});
