import { MessengerError } from '../errors/messenger-error.js';

/**
 * Checks a receiving option or argument that must be a positive finite number (a TTL, a delay, a
 * count), or a non-negative one with `allowZero`, and returns it; otherwise throws an
 * `invalid-request` {@link MessengerError} naming it.
 *
 * @example
 * ```ts
 * const ttl = requirePositiveNumber('deduplicationWindowMilliseconds', options.deduplicationWindowMilliseconds ?? 86_400_000);
 * const idle = requirePositiveNumber('idleDelayMilliseconds', options.idleDelayMilliseconds ?? 1000, { allowZero: true });
 * ```
 */
export function requirePositiveNumber(
  name: string,
  value: number,
  options: { integer?: boolean; allowZero?: boolean } = {},
): number {
  const isAboveMinimum = options.allowZero === true ? value >= 0 : value > 0;
  const isValid = typeof value === 'number' && Number.isFinite(value) && isAboveMinimum;
  if (!isValid || (options.integer === true && !Number.isInteger(value))) {
    const sign = options.allowZero === true ? 'non-negative' : 'positive';
    const kind = options.integer === true ? 'integer' : 'number';
    throw new MessengerError(`${name} must be a ${sign} ${kind}, got ${String(value)}`, {
      code: 'invalid-request',
    });
  }
  return value;
}
