/** An object as stored: its bytes and the headers it is served with. */
export interface StoredObject {
  bytes: Buffer;
  contentType: string;
  /** The Cache-Control it was stored with, or null when none was. */
  cacheControl: string | null;
}

/**
 * One interface for object storage (uploaded photos and their variants). The disk store under the data
 * directory is the default; an S3-compatible bucket replaces it in production. Keys are chosen by the caller
 * (content-addressed keys such as `photos/<id>/<hash>-480.webp` make every object immutable, so it can be
 * cached for a year); they are a few path-like segments of `[A-Za-z0-9._-]`, see `assertObjectKey`.
 */
export interface ObjectStorage {
  readonly name: 'disk' | 's3';
  /** Stores (or replaces) the object at `key`. */
  put(key: string, bytes: Buffer, contentType: string, cacheControl: string): Promise<void>;
  /** The object at `key`, or null when there is none. */
  get(key: string): Promise<StoredObject | null>;
  /** Removes the object; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
  /**
   * Where a browser loads the object from: a path on the API (`/media/<key>`, served by `handleMediaRequest`)
   * or, for a bucket with a public URL (S3_PUBLIC_URL), an absolute URL on that host.
   */
  urlOf(key: string): string;
}

/** The path on the API under which stored objects are served. */
export const MEDIA_PATH = '/media/';

const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** True for keys the stores accept: 1–8 segments separated by `/`, no empty, dot-only or hidden segment, ≤ 512 characters. */
export function isObjectKey(key: string): boolean {
  if (key.length === 0 || key.length > 512) return false;
  const segments = key.split('/');
  return segments.length <= 8 && segments.every((s) => SEGMENT.test(s) && !/^\.+$/.test(s));
}

export function assertObjectKey(key: string): void {
  if (!isObjectKey(key)) throw new RangeError(`Invalid object key: ${JSON.stringify(key)}`);
}
