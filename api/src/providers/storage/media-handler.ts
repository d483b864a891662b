import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isObjectKey, MEDIA_PATH, type ObjectStorage } from './object-storage';

/**
 * Serves GET and HEAD of `/media/<key>` from the object storage, with the content type and cache control the
 * object was stored with and a strong ETag (so a revalidation costs a 304). Anything that is not a valid key of
 * a stored object is a plain 404; the response never reveals storage errors. Works with express's req/res or
 * node's own.
 */
export async function handleMediaRequest(storage: ObjectStorage, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('Method not allowed');
    return;
  }
  const path = new URL(req.url ?? '/', 'http://media').pathname;
  let key: string | null = null;
  try {
    key = path.startsWith(MEDIA_PATH) ? decodeURIComponent(path.slice(MEDIA_PATH.length)) : null;
  } catch {
    key = null;
  }
  const object = key && isObjectKey(key) ? await storage.get(key) : null;
  if (!object) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end('Not found');
    return;
  }
  const etag = `"${createHash('sha256').update(object.bytes).digest('base64url').slice(0, 27)}"`;
  const headers: Record<string, string> = {
    'content-type': object.contentType,
    'cache-control': object.cacheControl ?? 'public, max-age=300',
    etag,
    // Never let a browser guess another type (a stored file that looks like HTML stays an image), nor run anything.
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
  };
  if (req.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(200, { ...headers, 'content-length': String(object.bytes.length) });
  res.end(req.method === 'HEAD' ? undefined : object.bytes);
}
