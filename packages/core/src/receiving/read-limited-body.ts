import { readBoundedStream } from '../streams/read-bounded-stream.js';

/**
 * The body of a request read by {@link readLimitedBody}: its bytes, or `too-large`.
 *
 * @example
 * ```ts
 * const body: LimitedBody = { status: 'read', bytes: new Uint8Array() };
 * ```
 */
export type LimitedBody = { status: 'read'; bytes: Uint8Array<ArrayBuffer> } | { status: 'too-large' };

/**
 * Reads a request (or response) body without ever holding more than `maximumBytes`: a `Content-Length` above the limit
 * is refused before reading, and the stream is cancelled as soon as it passes the limit (a missing or
 * lying `Content-Length` does not help an attacker). Rejects when the stream fails.
 *
 * @example
 * ```ts
 * const body = await readLimitedBody(request, 1_000_000);
 * if (body.status === 'too-large') return new Response(null, { status: 413 });
 * ```
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
