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
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maximumBytes) {
      await reader.cancel().catch(() => undefined);
      return { status: 'too-large' };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { status: 'read', bytes };
}
