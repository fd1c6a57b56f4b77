import type { Dispatcher } from 'undici';
import { decodeContentEncoding } from './decode-content-encoding.js';
import { nullBodyStatuses } from './null-body-statuses.js';
import { toReadableStream } from './to-readable-stream.js';

/**
 * Wraps an undici response as a WHATWG `Response` (what the transport and fetch callers read): status, status
 * text, every header (repeated ones appended) and the body as a stream, decoded like `fetch` decodes
 * it. Responses that cannot have a body (HEAD, 204, 304, …) get none, and their socket is freed.
 *
 * @example
 * ```ts
 * const response = toFetchResponse(await request(url, { dispatcher }), 'GET');
 * await response.json();
 * ```
 */
export function toFetchResponse(data: Dispatcher.ResponseData, method: string): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(data.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.append(name, value);
  }
  const bodyless = method === 'HEAD' || nullBodyStatuses.has(data.statusCode);
  if (bodyless) data.body.dump().catch(() => undefined);
  const body = bodyless
    ? null
    : toReadableStream(decodeContentEncoding(data.body, headers.get('content-encoding')));
  try {
    return new Response(body, { status: data.statusCode, statusText: data.statusText, headers });
  } catch {
    // A status text that is not a valid reason phrase (fetch would drop it).
    return new Response(body, { status: data.statusCode, headers });
  }
}
