const requestInitKeys: readonly string[] = [
  'body',
  'cache',
  'credentials',
  'duplex',
  'headers',
  'integrity',
  'keepalive',
  'method',
  'mode',
  'priority',
  'redirect',
  'referrer',
  'referrerPolicy',
  'signal',
  'window',
];

/**
 * Turns the arguments of a `fetch` call into one `Request`. A `Request` passed without request settings
 * (fetch wrappers such as ky pass their own `Request` plus an object of unknown options) is used as it
 * is, so no copy is made on the hot path.
 *
 * @example
 * ```ts
 * toFetchRequest('http://127.0.0.1:8080/send', { method: 'POST', body: '{}' }).method; // 'POST'
 * toFetchRequest(request, {}) === request; // true
 * ```
 */
export function toFetchRequest(input: RequestInfo | URL, init?: RequestInit): Request {
  if (input instanceof Request && !hasRequestSettings(init)) return input;
  return new Request(input, init);
}

function hasRequestSettings(init: RequestInit | undefined): boolean {
  if (init === undefined || init === null) return false;
  return requestInitKeys.some((key) => key in init);
}
