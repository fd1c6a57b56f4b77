import { readBoundedStream } from '../streams/read-bounded-stream.js';

/** A body read by {@link readLimitedBody}: its bytes, or `too-large`. */
export type LimitedBody = { status: 'read'; bytes: Uint8Array<ArrayBuffer> } | { status: 'too-large' };

/**
 * Reads a body holding at most `maximumBytes`: a larger `Content-Length` is refused unread, a longer stream
 * cancelled.
 */
export async function readLimitedBody(
  request: Pick<Request, 'headers' | 'body'>,
  maximumBytes: number,
): Promise<LimitedBody> {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maximumBytes) {
    await request.body?.cancel().catch(() => undefined);
    return { status: 'too-large' };
  }
  if (request.body === null) return { status: 'read', bytes: new Uint8Array(0) };
  const bytes = await readBoundedStream(request.body, maximumBytes);
  return bytes === undefined ? { status: 'too-large' } : { status: 'read', bytes };
}
