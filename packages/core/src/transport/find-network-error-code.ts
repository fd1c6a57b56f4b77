const maximumDepth = 5;

/**
 * Finds the system error code (`ECONNREFUSED`, `ENOTFOUND`, `UND_ERR_CONNECT_TIMEOUT`, …) behind a
 * failed fetch. Fetch implementations wrap it: undici throws `TypeError('fetch failed')` whose `cause`
 * (sometimes an `AggregateError` of several addresses) has the `code`.
 *
 * @example
 * ```ts
 * try {
 *   await fetch('http://127.0.0.1:1/');
 * } catch (error) {
 *   findNetworkErrorCode(error); // 'ECONNREFUSED'
 * }
 * ```
 */
export function findNetworkErrorCode(error: unknown, depth = 0): string | undefined {
  if (typeof error !== 'object' || error === null || depth > maximumDepth) return undefined;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string' && code !== '') return code;
  const fromCause = findNetworkErrorCode(cause, depth + 1);
  if (fromCause !== undefined) return fromCause;
  if (Array.isArray(errors)) {
    for (const inner of errors) {
      const fromInner = findNetworkErrorCode(inner, depth + 1);
      if (fromInner !== undefined) return fromInner;
    }
  }
  return undefined;
}
