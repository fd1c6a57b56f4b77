import { MessengerError } from '../errors/messenger-error.js';

/**
 * Returns `value` when it is a positive finite number (or zero with `allowZero`), else throws
 * `invalid-request` naming it.
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
