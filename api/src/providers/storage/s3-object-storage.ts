import type * as S3 from '@aws-sdk/client-s3';
import { assertObjectKey, MEDIA_PATH, type ObjectStorage, type StoredObject } from './object-storage';

export interface S3StorageOptions {
  bucket: string;
  region: string;
  /** An S3-compatible service's endpoint (MinIO, R2, a local test server); AWS when unset. */
  endpoint?: string;
  /** Static credentials; the AWS SDK's default chain (environment, profile, instance role) when unset. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** ENDPOINT/BUCKET/key addressing instead of BUCKET.ENDPOINT/key. */
  forcePathStyle?: boolean;
  /** Prepended to every key in the bucket, e.g. `minutely/`. */
  keyPrefix?: string;
  /**
   * Public base URL of the bucket (a CDN in front of it). When set, browsers load objects from there; when
   * unset, objects are served by the API at /media/<key>, so the bucket can stay private.
   */
  publicUrl?: string;
  timeoutMs?: number;
}

/** Objects in an S3-compatible bucket through the AWS SDK v3. */
export class S3ObjectStorage implements ObjectStorage {
  readonly name = 's3' as const;
  /** The AWS SDK and its client, loaded for the first request (not at start-up). */
  private connection?: Promise<{ sdk: typeof S3; client: S3.S3Client }>;
  private readonly prefix: string;
  private readonly publicUrl: string | null;

  constructor(private readonly options: S3StorageOptions) {
    this.prefix = options.keyPrefix ?? '';
    this.publicUrl = options.publicUrl ? options.publicUrl.replace(/\/+$/, '') : null;
  }

  private s3(): Promise<{ sdk: typeof S3; client: S3.S3Client }> {
    const options = this.options;
    return (this.connection ??= import('@aws-sdk/client-s3').then((sdk) => ({
      sdk,
      client: new sdk.S3Client({
        region: options.region,
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
        ...(options.credentials ? { credentials: options.credentials } : {}),
        forcePathStyle: options.forcePathStyle ?? false,
        // Since 3.729 the SDK adds CRC checksums (and aws-chunked bodies) to every upload by default, which many
        // S3-compatible services reject; MD5/CRC are then sent only where an operation requires them.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        maxAttempts: 3,
        requestHandler: { requestTimeout: options.timeoutMs ?? 15_000, connectionTimeout: 5_000 },
      }),
    })));
  }

  async put(key: string, bytes: Buffer, contentType: string, cacheControl: string): Promise<void> {
    const { sdk, client } = await this.s3();
    await client.send(
      new sdk.PutObjectCommand({
        Bucket: this.options.bucket,
        Key: this.keyOf(key),
        Body: bytes,
        ContentLength: bytes.length,
        ContentType: contentType,
        CacheControl: cacheControl,
      }),
    );
  }

  async get(key: string): Promise<StoredObject | null> {
    try {
      const { sdk, client } = await this.s3();
      const out = await client.send(new sdk.GetObjectCommand({ Bucket: this.options.bucket, Key: this.keyOf(key) }));
      const bytes = Buffer.from(await out.Body!.transformToByteArray());
      return { bytes, contentType: out.ContentType ?? 'application/octet-stream', cacheControl: out.CacheControl ?? null };
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    // S3 answers 204 whether or not the key existed.
    const { sdk, client } = await this.s3();
    await client.send(new sdk.DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.keyOf(key) }));
  }

  urlOf(key: string): string {
    assertObjectKey(key);
    return this.publicUrl ? `${this.publicUrl}/${this.prefix}${key}` : `${MEDIA_PATH}${key}`;
  }

  close(): void {
    void this.connection?.then(({ client }) => client.destroy());
  }

  private keyOf(key: string): string {
    assertObjectKey(key);
    return `${this.prefix}${key}`;
  }
}

function isNotFound(err: unknown): boolean {
  if (isServiceException(err)) return err.name === 'NoSuchKey' || err.name === 'NotFound' || err.$metadata.httpStatusCode === 404;
  return false;
}

/** The SDK's S3ServiceException, recognised without loading the SDK to compare classes. */
function isServiceException(err: unknown): err is S3.S3ServiceException {
  return err instanceof Error && '$metadata' in err && '$fault' in err;
}
