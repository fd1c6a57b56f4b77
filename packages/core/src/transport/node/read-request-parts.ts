/**
 * What undici needs from a WHATWG `Request`: plain lower-case headers and the whole body.
 *
 * @example
 * ```ts
 * const body = new TextEncoder().encode('{}');
 * const parts: RequestParts = { headers: { 'content-type': 'application/json' }, body };
 * ```
 */
export interface RequestParts {
  headers: Record<string, string>;
  /** The body bytes (a FormData body is already multipart-encoded), or `null` when there is none. */
  body: Uint8Array | null;
}

/**
 * Sent when the caller sets none of them, like Node's global `fetch` (which also offers `deflate`;
 * left out here because servers disagree on raw vs zlib-wrapped deflate).
 *
 * @example
 * ```ts
 * const headers = { ...defaultRequestHeaders, ...callerHeaders };
 * ```
 */
export const defaultRequestHeaders: Readonly<Record<string, string>> = {
  accept: '*/*',
  'accept-encoding': 'gzip, br',
  'user-agent': 'node',
};

/**
 * Reads the headers and the body of a `Request`, adding defaults like those of Node's `fetch`
 * (`accept` of any type, `accept-encoding: gzip, br`, `user-agent: node`) when they are missing. The
 * body is read into memory so its length is known (`content-length`, no chunked upload) and a
 * redirect can send it again.
 *
 * @example
 * ```ts
 * const parts = await readRequestParts(new Request('http://127.0.0.1/send', { method: 'POST', body: 'hi' }));
 * parts.headers['content-type']; // 'text/plain;charset=UTF-8'
 * ```
 */
export async function readRequestParts(request: Request): Promise<RequestParts> {
  const headers: Record<string, string> = { ...defaultRequestHeaders };
  for (const [name, value] of request.headers) headers[name] = value;
  const body = request.body === null ? null : new Uint8Array(await request.arrayBuffer());
  return { headers, body };
}
