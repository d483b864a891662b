import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { repoRoot } from '../../common/paths';
import type { Config } from '../../config';
import { DiskObjectStorage } from './disk-object-storage';
import type { ObjectStorage } from './object-storage';
import { S3ObjectStorage } from './s3-object-storage';

export type { ObjectStorage, StoredObject } from './object-storage';
export { MEDIA_PATH, isObjectKey } from './object-storage';
export { handleMediaRequest } from './media-handler';

/**
 * The S3-compatible bucket when S3_BUCKET is set; otherwise files under STORAGE_DIR (DATA_DIR/objects by default,
 * a fresh temporary directory when the database itself lives in memory). The disk store is a real store, not a
 * double: a single-server deployment may keep it in production, with DATA_DIR on a backed-up volume.
 */
export async function createObjectStorage(config: Config): Promise<ObjectStorage> {
  if (config.S3_BUCKET) {
    return new S3ObjectStorage({
      bucket: config.S3_BUCKET,
      region: config.S3_REGION,
      endpoint: config.S3_ENDPOINT,
      credentials:
        config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
          ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY }
          : undefined,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
      keyPrefix: config.S3_KEY_PREFIX,
      publicUrl: config.S3_PUBLIC_URL,
    });
  }
  if (config.STORAGE_DIR) return new DiskObjectStorage(absolute(config.STORAGE_DIR));
  if (config.DATA_DIR === 'memory://') return new DiskObjectStorage(await mkdtemp(join(tmpdir(), 'minutely-objects-')));
  return new DiskObjectStorage(join(absolute(config.DATA_DIR), 'objects'));
}

function absolute(dir: string): string {
  return isAbsolute(dir) ? dir : resolve(repoRoot, dir);
}
