import type { MessengerError } from '@switchboard/core';

/**
 * The provider's retry delay of an error, in milliseconds (the one place that reads the field).
 *
 * @example
 * readRetryAfterMilliseconds(error) ?? 1000;
 */
export function readRetryAfterMilliseconds(error: MessengerError): number | undefined {
  return error.retryAfterMilliseconds;
}
