import { ResponseTooLargeError } from './response-too-large-error.js';

const empty = /* @__PURE__ */ new Uint8Array(0);

/**
 * Reads a response body whole, chunk by chunk, and stops (cancelling the rest) as soon as it is
 * longer than `maxBytes`; a `Content-Length` above the cap is refused before reading. Returns a plain
 * `Uint8Array` (never a `Buffer`).
 *
 * @example
 * ```ts
 * const bytes = await readCappedBody(response, 16 * 1024 * 1024);
 * ```
 */
export async function readCappedBody(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = response.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) {
    response.body?.cancel().catch(() => undefined);
    throw new ResponseTooLargeError(maxBytes, response.status);
  }
  if (response.body === null) return empty;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > maxBytes) {
      reader.cancel().catch(() => undefined);
      throw new ResponseTooLargeError(maxBytes, response.status);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) {
    const [only] = chunks as [Uint8Array];
    return new Uint8Array(only.buffer, only.byteOffset, only.byteLength);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
