import { readLimitedBody } from '../receiving/read-limited-body.js';
import { ResponseTooLargeError } from './response-too-large-error.js';

/**
 * Reads a response body whole with {@link readLimitedBody} (a `Content-Length` above the cap is
 * refused before reading; the stream is cancelled as soon as it passes the cap) and throws a
 * {@link ResponseTooLargeError} for a longer one. Returns a plain `Uint8Array` (never a `Buffer`).
 *
 * @example
 * ```ts
 * const bytes = await readCappedBody(response, 16 * 1024 * 1024);
 * ```
 */
export async function readCappedBody(response: Response, maxBytes: number): Promise<Uint8Array> {
  const body = await readLimitedBody(response, maxBytes);
  if (body.status === 'too-large') throw new ResponseTooLargeError(maxBytes, response.status);
  return body.bytes;
}
