import type { HttpResponseType } from './http-request.js';

const decoder = /* @__PURE__ */ new TextDecoder();

/**
 * The body of a response as read by {@link readResponseBody}: the value, or why it could not be read.
 *
 * @example
 * ```ts
 * const result: ResponseBody = { ok: false, reason: 'malformed JSON at position 0', text: '<html>', error: new SyntaxError('malformed JSON at position 0') };
 * ```
 */
export type ResponseBody =
  | { ok: true; body: unknown }
  | { ok: false; reason: string; text: string; error: unknown };

/**
 * Reads the bytes of a successful response as JSON (an empty body gives `null`), text (UTF-8, as
 * `Response.text()` decodes it) or bytes (the `Uint8Array` itself). Malformed JSON is reported, not
 * thrown, with a reason and error that say where it broke but never quote the text.
 *
 * @example
 * ```ts
 * const result = readResponseBody(new TextEncoder().encode('{"a":1}'), 'json');
 * if (result.ok) result.body; // { a: 1 }
 * ```
 */
export function readResponseBody(bytes: Uint8Array, responseType: HttpResponseType): ResponseBody {
  if (responseType === 'bytes') return { ok: true, body: bytes };
  const text = decoder.decode(bytes);
  if (responseType === 'text') return { ok: true, body: text };
  if (text.trim() === '') return { ok: true, body: null };
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch (error) {
    // The engine's message quotes the text around the error, which may hold a secret: keep only where.
    const position = /\bposition (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    const reason = position === undefined ? 'malformed JSON' : `malformed JSON at position ${position}`;
    return { ok: false, reason, text, error: new SyntaxError(reason) };
  }
}

/**
 * Reads the bytes of an error response leniently: JSON when it parses, otherwise the text;
 * `undefined` when empty.
 *
 * @example
 * ```ts
 * readErrorBody(new TextEncoder().encode('Too Many Requests')); // 'Too Many Requests'
 * ```
 */
export function readErrorBody(bytes: Uint8Array): unknown {
  const text = decoder.decode(bytes);
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
