import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { assertObjectKey, MEDIA_PATH, type ObjectStorage, type StoredObject } from './object-storage';

interface Meta {
  contentType: string;
  cacheControl: string | null;
}

/**
 * Objects as files under one directory (by default DATA_DIR/objects): `<key>` holds the bytes and `<key>~meta.json`
 * the content type and cache control (`~` cannot occur in a key, so the two never collide). Each file is written
 * to a temporary name and renamed into place, so a reader never sees half an object; the metadata is written
 * before the bytes and removed after them, and an object counts as present only when its bytes are.
 */
export class DiskObjectStorage implements ObjectStorage {
  readonly name = 'disk' as const;
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(key: string, bytes: Buffer, contentType: string, cacheControl: string): Promise<void> {
    const file = this.fileOf(key);
    await mkdir(dirname(file), { recursive: true });
    const meta: Meta = { contentType, cacheControl };
    await writeAtomically(`${file}~meta.json`, Buffer.from(JSON.stringify(meta)));
    await writeAtomically(file, bytes);
  }

  async get(key: string): Promise<StoredObject | null> {
    const file = this.fileOf(key);
    const bytes = await readFile(file).catch(ifMissing(null));
    if (!bytes) return null;
    const meta = await readFile(`${file}~meta.json`, 'utf8').then((text) => JSON.parse(text) as Meta, ifMissing(null));
    return { bytes, contentType: meta?.contentType ?? 'application/octet-stream', cacheControl: meta?.cacheControl ?? null };
  }

  async delete(key: string): Promise<void> {
    const file = this.fileOf(key);
    await rm(file, { force: true });
    await rm(`${file}~meta.json`, { force: true });
  }

  urlOf(key: string): string {
    assertObjectKey(key);
    return `${MEDIA_PATH}${key}`;
  }

  private fileOf(key: string): string {
    assertObjectKey(key);
    const file = resolve(this.root, ...key.split('/'));
    // The key check already rules out `..`; this is the belt to those braces.
    if (!file.startsWith(this.root + sep)) throw new RangeError(`Object key escapes the storage directory: ${key}`);
    return file;
  }
}

async function writeAtomically(file: string, bytes: Buffer): Promise<void> {
  const temporary = join(dirname(file), `.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  } catch (err) {
    await rm(temporary, { force: true });
    throw err;
  }
}

function ifMissing<T>(value: T): (err: NodeJS.ErrnoException) => T {
  return (err) => {
    if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return value;
    throw err;
  };
}
