import type { HttpMethod } from './http-request.js';

const idempotentMethods: ReadonlySet<HttpMethod> = new Set<HttpMethod>(['GET', 'DELETE', 'PUT']);

/**
 * Whether a method is idempotent by default (GET, DELETE, PUT); POST and PATCH are not.
 *
 * @example
 * ```ts
 * isIdempotentMethod('POST'); // false
 * ```
 */
export function isIdempotentMethod(method: HttpMethod): boolean {
  return idempotentMethods.has(method);
}
