/**
 * The error the global fetch rejects with for a failure below HTTP: `TypeError('fetch failed')`
 * whose `cause` holds the details (and the system `code`, such as `ECONNREFUSED`).
 *
 * @example
 * ```ts
 * throw fetchFailed(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }));
 * ```
 */
export function fetchFailed(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause });
}
