import { isMessengerError } from '../errors/messenger-error.js';
import { clampTimerDelay } from './clamp-timer-delay.js';
import { backoffDelay, type ResolvedRetryOptions } from './retry-options.js';

/**
 * The wait after the `attempt`-th failure in a row: the error's `retryAfterMilliseconds`, else the backoff,
 * at most a timer's maximum.
 */
export function failureDelay(error: unknown, attempt: number, retry: ResolvedRetryOptions): number {
  if (
    isMessengerError(error) &&
    error.retryAfterMilliseconds !== undefined &&
    error.retryAfterMilliseconds >= 0
  ) {
    return clampTimerDelay(error.retryAfterMilliseconds);
  }
  return backoffDelay(attempt, retry);
}

/** The codes after which polling an instance again cannot succeed; every other failure only backs off. */
const fatalErrorCodes: ReadonlySet<string> = new Set([
  'auth',
  'not-found',
  'quota-exceeded',
  'unsupported',
  'invalid-request',
]);

/** Whether retrying cannot help: a {@link MessengerError} with one of the fatal codes. */
export function isFatalError(error: unknown): boolean {
  return isMessengerError(error) && fatalErrorCodes.has(error.code);
}
