import { MessengerError } from '@switchboard/core';

/**
 * `value` rounded up to whole milliseconds, as Redis wants them; throws an `invalid-request`
 * MessengerError naming `name` unless it is a positive number.
 *
 * @example
 * ```ts
 * wholeMilliseconds('ttlMilliseconds', 1.2); // 2
 * ```
 */
export function wholeMilliseconds(name: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new MessengerError(`${name} must be a positive number, got ${String(value)}`, {
      code: 'invalid-request',
    });
  }
  return Math.ceil(value);
}
