import { MessengerError } from '../errors/messenger-error.js';

/**
 * Checks a receiving option or argument that must be a positive finite number (a TTL, a delay, a
 * count) and returns it; otherwise throws an `invalid-request` {@link MessengerError} naming it.
 *
 * @example
 * ```ts
 * const ttl = requirePositiveNumber('dedupTtl', options.dedupTtl ?? 86_400_000);
 * ```
 */
export function requirePositiveNumber(
  name: string,
  value: number,
  options: { integer?: boolean } = {},
): number {
  const isValid = typeof value === 'number' && Number.isFinite(value) && value > 0;
  if (!isValid || (options.integer === true && !Number.isInteger(value))) {
    const kind = options.integer === true ? 'a positive integer' : 'a positive number';
    throw new MessengerError(`${name} must be ${kind}, got ${String(value)}`, { code: 'invalid-request' });
  }
  return value;
}
