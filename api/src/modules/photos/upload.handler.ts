import type { IncomingMessage, ServerResponse } from 'node:http';
import busboy from 'busboy';
import type { RequestContext } from '../../common/context';
import { AppError, ErrorCode, errorStatus } from '../../common/errors';
import type { UnitOfWork } from '../../common/unit-of-work';
import type { PhotoPurpose } from './photo.repository';
import type { PhotosService } from './photos.service';

export interface UploadDeps {
  photos: PhotosService;
  uow: UnitOfWork;
}

/** Room for the multipart envelope around the file. */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * POST /uploads?purpose=PROFILE|GALLERY with a multipart/form-data body holding one file (field `file`), for a
 * signed-in creator (`ctx` carries the viewer). Answers 201 `{ uploadId, purpose, photo }`, to be placed with the
 * placePhoto mutation; or an error in the GraphQL shape, `{ errors: [{ message, extensions: { code, reason } }] }`,
 * and nothing stored. A body beyond the size limit is refused as it streams in, never buffered whole.
 */
export async function handlePhotoUpload(deps: UploadDeps, ctx: RequestContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const purpose = purposeOf(req.url ?? '');
    const maxBytes = deps.photos.maxBytes;
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes + ENVELOPE_BYTES) throw tooLarge(declared, maxBytes);
    const bytes = await readOneFile(req, maxBytes);
    const uploaded = await deps.uow.run(ctx, (tx) => deps.photos.upload(tx, bytes, purpose));
    send(res, 201, uploaded);
  } catch (err) {
    req.resume();
    if (err instanceof AppError) {
      const code = err.extensions.code as ErrorCode;
      send(res, errorStatus[code] ?? 400, { errors: [{ message: err.message, extensions: err.extensions }] });
      return;
    }
    ctx.log.error({ err, requestId: ctx.requestId }, 'upload failed');
    send(res, 500, { errors: [{ message: 'Internal server error.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
  }
}

function purposeOf(url: string): PhotoPurpose {
  const purpose = new URL(url, 'http://upload').searchParams.get('purpose')?.toUpperCase();
  if (purpose !== 'PROFILE' && purpose !== 'GALLERY') {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'Say what the photo is for: ?purpose=PROFILE or ?purpose=GALLERY.', { field: 'purpose' });
  }
  return purpose;
}

function tooLarge(size: number, maxBytes: number): AppError {
  const mib = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  return new AppError(ErrorCode.BAD_USER_INPUT, `The file is ${size > maxBytes ? `over ${mib(maxBytes)}` : mib(size)}; the limit is ${mib(maxBytes)}.`, {
    field: 'file',
    reason: 'TOO_LARGE',
  });
}

/** The one file of a multipart body, refused as soon as it passes `maxBytes`. */
function readOneFile(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (!/^multipart\/form-data/i.test(req.headers['content-type'] ?? '')) {
      reject(new AppError(ErrorCode.BAD_USER_INPUT, 'Send the photo as multipart/form-data with one file field.', { field: 'file', reason: 'EMPTY' }));
      return;
    }
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: maxBytes, fields: 4, parts: 5 } });
    } catch {
      reject(new AppError(ErrorCode.BAD_USER_INPUT, 'The upload is not valid multipart/form-data.', { field: 'file', reason: 'EMPTY' }));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let files = 0;
    let failed: AppError | null = null;
    parser.on('file', (_name, stream) => {
      files++;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (!failed) chunks.push(chunk);
      });
      stream.on('limit', () => {
        failed ??= tooLarge(maxBytes + 1, maxBytes);
        chunks.length = 0;
      });
    });
    parser.on('filesLimit', () => {
      failed ??= new AppError(ErrorCode.BAD_USER_INPUT, 'Upload one file at a time.', { field: 'file', reason: 'TOO_MANY_FILES' });
    });
    parser.on('error', () =>
      reject(new AppError(ErrorCode.BAD_USER_INPUT, 'The upload is not valid multipart/form-data.', { field: 'file', reason: 'EMPTY' })),
    );
    parser.on('close', () => {
      if (failed) reject(failed);
      else if (files === 0 || size === 0) reject(new AppError(ErrorCode.BAD_USER_INPUT, 'No file was sent.', { field: 'file', reason: 'EMPTY' }));
      else resolve(Buffer.concat(chunks));
    });
    req.pipe(parser);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}
