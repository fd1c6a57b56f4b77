/**
 * The `Retry-After` header of a 503 answer: the delay in whole seconds (as HTTP requires), rounded up
 * so a client never retries earlier than asked.
 *
 * @example
 * ```ts
 * retryAfterHeader(1500); // { 'retry-after': '2' }
 * ```
 */
export function retryAfterHeader(retryAfterMilliseconds: number): Record<string, string> {
  return { 'retry-after': String(Math.ceil(retryAfterMilliseconds / 1000)) };
}
