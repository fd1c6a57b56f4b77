/**
 * Why headers cannot be sent (an invalid name or value, as `new Headers()` reports it), or `undefined`.
 *
 * @example
 * ```ts
 * findHeaderProblem({ 'x-trace': 'a\nb' }); // "Headers.append: \"a\nb\" is an invalid header value."
 * ```
 */
export function findHeaderProblem(headers: Record<string, string> | undefined): string | undefined {
  if (headers === undefined) return undefined;
  try {
    new Headers(headers);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
