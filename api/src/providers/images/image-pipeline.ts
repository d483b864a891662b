import type Sharp from 'sharp';
import { loadSharp } from './sharp';

/** What an upload is for: a profile photo is cropped square (around its most salient region), a gallery image keeps its shape. */
export type ImageUse = 'profile' | 'gallery';

/** Formats accepted from uploads; everything is re-encoded to WebP. */
export type AcceptedFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'gif';

export interface ImageVariant {
  width: number;
  height: number;
  contentType: 'image/webp';
  bytes: Buffer;
}

export interface ProcessedImage {
  use: ImageUse;
  sourceFormat: AcceptedFormat;
  /** Of the source after its EXIF orientation was applied. */
  sourceWidth: number;
  sourceHeight: number;
  /** Smallest first, distinct widths; for `srcset`. */
  variants: ImageVariant[];
}

/**
 * Why an upload was refused, each a message the user can act on: EMPTY, TOO_LARGE (file size), NOT_AN_IMAGE
 * (PDF, text, anything unrecognised), UNSUPPORTED_TYPE (an image type we do not take: SVG, HEIC, TIFF, BMP),
 * TOO_MANY_PIXELS (declared dimensions beyond the pixel budget, refused before decoding), BAD_DIMENSIONS (too
 * small or an absurd aspect ratio), CORRUPT (the bytes do not decode).
 */
export type ImageRefusal = 'EMPTY' | 'TOO_LARGE' | 'NOT_AN_IMAGE' | 'UNSUPPORTED_TYPE' | 'TOO_MANY_PIXELS' | 'BAD_DIMENSIONS' | 'CORRUPT';

export type ImageResult = { ok: true; image: ProcessedImage } | { ok: false; reason: ImageRefusal; message: string };

export interface ImageLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Most pixels (width × height) an image may declare. */
  maxPixels: number;
  /** Shortest side accepted, in pixels. */
  minSide: number;
  /** Longest side over shortest side. */
  maxAspectRatio: number;
}

export const DEFAULT_IMAGE_LIMITS: ImageLimits = { maxBytes: 15 * 1024 * 1024, maxPixels: 50_000_000, minSide: 160, maxAspectRatio: 5 };

/** Target widths per use; a variant is never enlarged, so a small source yields fewer, smaller variants. */
export const VARIANT_WIDTHS: Record<ImageUse, readonly number[]> = { profile: [160, 480, 960], gallery: [480, 960, 1600] };

/** Objects made from an upload never change (their keys carry a content hash), so they are cached for a year. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

const WEBP_QUALITY = 82;

/**
 * Turns uploaded bytes into re-encoded WebP variants. The type is decided by the file's leading bytes (never
 * by its name or the client's content type), the declared dimensions are checked before any pixel is decoded,
 * and the output carries no metadata at all: EXIF (GPS, camera, dates), XMP, IPTC and ICC are dropped, the
 * EXIF orientation is applied to the pixels first, and colours are converted to sRGB.
 */
export class ImagePipeline {
  readonly limits: ImageLimits;

  constructor(limits: Partial<ImageLimits> = {}) {
    this.limits = { ...DEFAULT_IMAGE_LIMITS, ...limits };
  }

  async process(bytes: Buffer, use: ImageUse): Promise<ImageResult> {
    const { maxBytes, maxPixels, minSide, maxAspectRatio } = this.limits;
    if (bytes.length === 0) return refuse('EMPTY', 'The file is empty.');
    if (bytes.length > maxBytes) return refuse('TOO_LARGE', `The file is ${mib(bytes.length)}; the limit is ${mib(maxBytes)}.`);

    const sniffed = sniffFormat(bytes);
    if (sniffed.kind === 'unsupported') return refuse('UNSUPPORTED_TYPE', `${sniffed.label} images are not accepted; upload a JPEG, PNG, WebP, AVIF or GIF.`);
    if (sniffed.kind === 'unknown') return refuse('NOT_AN_IMAGE', 'The file is not an image.');
    const format = sniffed.format;

    const sharp = await loadSharp();
    let meta: Sharp.Metadata;
    try {
      // Reads the header only; nothing is decoded yet.
      meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    } catch {
      return refuse('CORRUPT', 'The image could not be read.');
    }
    // A header that says one thing and content that says another is not something we try to interpret.
    if (meta.format !== format && !(format === 'avif' && meta.format === 'heif')) return refuse('CORRUPT', 'The image could not be read.');
    const storedHeight = meta.pageHeight ?? meta.height;
    if (!meta.width || !storedHeight) return refuse('CORRUPT', 'The image has no dimensions.');
    if (meta.width * storedHeight > maxPixels) {
      return refuse('TOO_MANY_PIXELS', `The image is ${meta.width}×${storedHeight} pixels; at most ${(maxPixels / 1e6).toFixed(0)} megapixels are accepted.`);
    }
    const swapped = (meta.orientation ?? 1) >= 5;
    const width = swapped ? storedHeight : meta.width;
    const height = swapped ? meta.width : storedHeight;
    if (Math.min(width, height) < minSide) return refuse('BAD_DIMENSIONS', `The image is ${width}×${height}; each side needs at least ${minSide} pixels.`);
    if (Math.max(width, height) / Math.min(width, height) > maxAspectRatio) {
      return refuse('BAD_DIMENSIONS', `The image is ${width}×${height}; it may be at most ${maxAspectRatio} times longer than wide.`);
    }

    try {
      const variants: ImageVariant[] = [];
      for (const target of variantSizes(use, width, height)) {
        const { data, info } = await sharp(bytes, { failOn: 'error', limitInputPixels: maxPixels, animated: false, autoOrient: true })
          .resize(use === 'profile' ? { width: target.width, height: target.height, fit: 'cover', position: 'attention' } : { width: target.width })
          .toColourspace('srgb')
          .webp({ quality: WEBP_QUALITY, effort: 4, smartSubsample: true })
          .toBuffer({ resolveWithObject: true });
        variants.push({ width: info.width, height: info.height, contentType: 'image/webp', bytes: data });
      }
      return { ok: true, image: { use, sourceFormat: format, sourceWidth: width, sourceHeight: height, variants } };
    } catch {
      return refuse('CORRUPT', 'The image could not be decoded (it may be truncated or damaged).');
    }
  }
}

/** The distinct output sizes for a source of `width`×`height` (after orientation), smallest first. */
export function variantSizes(use: ImageUse, width: number, height: number): { width: number; height: number }[] {
  const sizes = new Map<number, { width: number; height: number }>();
  for (const target of VARIANT_WIDTHS[use]) {
    if (use === 'profile') {
      const side = Math.min(target, width, height);
      sizes.set(side, { width: side, height: side });
    } else {
      const w = Math.min(target, width);
      sizes.set(w, { width: w, height: Math.max(1, Math.round((height * w) / width)) });
    }
  }
  return [...sizes.values()].sort((a, b) => a.width - b.width);
}

type Sniffed = { kind: 'accepted'; format: AcceptedFormat } | { kind: 'unsupported'; label: string } | { kind: 'unknown' };

/** The format by magic bytes. Text-based formats (SVG) are recognised so that they are refused, never rendered. */
export function sniffFormat(bytes: Buffer): Sniffed {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  const ascii = (from: number, to: number) => bytes.subarray(from, to).toString('latin1');
  if (starts(0xff, 0xd8, 0xff)) return { kind: 'accepted', format: 'jpeg' };
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return { kind: 'accepted', format: 'png' };
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return { kind: 'accepted', format: 'webp' };
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return { kind: 'accepted', format: 'gif' };
  if (ascii(4, 8) === 'ftyp') {
    const brand = ascii(8, 12);
    if (brand === 'avif' || brand === 'avis') return { kind: 'accepted', format: 'avif' };
    if (['heic', 'heix', 'hevc', 'hevx', 'mif1', 'msf1'].includes(brand)) return { kind: 'unsupported', label: 'HEIC' };
    return { kind: 'unknown' };
  }
  if (starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) return { kind: 'unsupported', label: 'TIFF' };
  if (ascii(0, 2) === 'BM') return { kind: 'unsupported', label: 'BMP' };
  const head = ascii(0, 1024)
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart()
    .toLowerCase();
  if (head.startsWith('<') && /<svg[\s>]/.test(head)) return { kind: 'unsupported', label: 'SVG' };
  return { kind: 'unknown' };
}

function refuse(reason: ImageRefusal, message: string): ImageResult {
  return { ok: false, reason, message };
}

function mib(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
