import type { HttpResponseType } from './http-request.js';

/**
 * The body of a response as read by {@link readResponseBody}: the value, or why it could not be read.
 *
 * @example
 * ```ts
 * const result: ResponseBody = { ok: false, reason: 'malformed JSON: Unexpected token', text: '<html>', error: new SyntaxError('Unexpected token') };
 * ```
 */
export type ResponseBody =
  | { ok: true; body: unknown }
  | { ok: false; reason: string; text: string; error: unknown };

/**
 * Reads a successful response as JSON (an empty body gives `null`), text or bytes (`Uint8Array`).
 * Malformed JSON is reported, not thrown.
 *
 * @example
 * ```ts
 * const result = await readResponseBody(new Response('{"a":1}'), 'json');
 * if (result.ok) result.body; // { a: 1 }
 * ```
 */
export async function readResponseBody(
  response: Response,
  responseType: HttpResponseType,
): Promise<ResponseBody> {
  if (responseType === 'bytes') return { ok: true, body: new Uint8Array(await response.arrayBuffer()) };
  const text = await response.text();
  if (responseType === 'text') return { ok: true, body: text };
  if (text.trim() === '') return { ok: true, body: null };
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch (error) {
    return {
      ok: false,
      reason: `malformed JSON: ${error instanceof Error ? error.message : String(error)}`,
      text,
      error,
    };
  }
}

/**
 * Reads an error response leniently: JSON when it parses, otherwise the text; `undefined` when empty.
 *
 * @example
 * ```ts
 * await readErrorBody(new Response('Too Many Requests', { status: 429 })); // 'Too Many Requests'
 * ```
 */
export async function readErrorBody(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
