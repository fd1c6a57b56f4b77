/**
 * What an emulator handler answers.
 *
 * @example
 * const response: EmulatorResponse = { status: 204 };
 */
export interface EmulatorResponse {
  /** The HTTP status. */
  status: number;
  /** Header names in any case; none when absent. */
  headers?: Record<string, string>;
  /** Text is sent as UTF-8; empty when absent. */
  body?: string | Uint8Array;
}

/**
 * A JSON answer (`application/json`).
 *
 * @example
 * return jsonResponse(200, { idMessage: 'ABC' });
 */
export function jsonResponse(
  status: number,
  value: unknown,
  headers?: Record<string, string>,
): EmulatorResponse {
  return {
    status,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(value === undefined ? null : value),
  };
}

/**
 * A plain-text answer.
 *
 * @example
 * return textResponse(200, 'Error: item-not-found');
 */
export function textResponse(
  status: number,
  text: string,
  contentType = 'text/plain; charset=utf-8',
): EmulatorResponse {
  return { status, headers: { 'content-type': contentType }, body: text };
}

/**
 * An answer without a body.
 *
 * @example
 * return emptyResponse(204);
 */
export function emptyResponse(status: number): EmulatorResponse {
  return { status };
}

/**
 * A binary answer (media downloads).
 *
 * @example
 * return bytesResponse(200, new Uint8Array([1, 2]), 'image/png');
 */
export function bytesResponse(
  status: number,
  bytes: Uint8Array,
  contentType = 'application/octet-stream',
  headers?: Record<string, string>,
): EmulatorResponse {
  return { status, headers: { 'content-type': contentType, ...headers }, body: bytes };
}
