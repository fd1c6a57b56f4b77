import { isMessengerError } from '../errors/messenger-error.js';
import { backoffDelay, type ResolvedRetryOptions } from './retry-options.js';

/**
 * How long to wait after the `attempt`-th failure in a row: the provider's `retryAfterMs` when the error
 * carries one (a 429 with `Retry-After`), otherwise the exponential backoff.
 *
 * @example
 * ```ts
 * await waitForDelay(failureDelay(error, consecutiveFailures, retry), signal);
 * ```
 */
export function failureDelay(error: unknown, attempt: number, retry: ResolvedRetryOptions): number {
  if (isMessengerError(error) && error.retryAfterMs !== undefined && error.retryAfterMs >= 0) {
    return error.retryAfterMs;
  }
  return backoffDelay(attempt, retry);
}

/**
 * Whether retrying cannot help: a {@link MessengerError} that is not retryable (auth, not-found,
 * quota-exceeded, unsupported, …). Anything else (network drops surfacing as plain errors included)
 * counts as transient.
 *
 * @example
 * ```ts
 * if (isFatalError(error)) return stopLoop(error);
 * ```
 */
export function isFatalError(error: unknown): boolean {
  return isMessengerError(error) && !error.isRetryable;
}
