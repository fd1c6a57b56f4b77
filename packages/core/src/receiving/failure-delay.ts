import { isMessengerError } from '../errors/messenger-error.js';
import { clampTimerDelay } from './clamp-timer-delay.js';
import { backoffDelay, type ResolvedRetryOptions } from './retry-options.js';

/**
 * How long to wait after the `attempt`-th failure in a row: the provider's `retryAfterMilliseconds` when the error
 * carries one (a 429 with `Retry-After`), otherwise the exponential backoff. Never more than a timer
 * supports (2,147,483,647 ms).
 *
 * @example
 * ```ts
 * await waitForDelay(failureDelay(error, consecutiveFailures, retry), signal);
 * ```
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

/**
 * The error codes after which polling an instance again cannot succeed: the credentials were
 * refused, the instance is gone, the quota is spent, or the provider cannot receive at all.
 * Everything else — garbled answers (`invalid-response`), an instance still starting
 * (`session-not-ready`), network drops, 5xx, 429 — is transient and only backs off.
 */
const fatalErrorCodes: ReadonlySet<string> = new Set([
  'auth',
  'not-found',
  'quota-exceeded',
  'unsupported',
  'invalid-request',
]);

/**
 * Whether retrying cannot help: a {@link MessengerError} whose code is one of the fatal codes (auth,
 * not-found, quota-exceeded, unsupported, invalid-request). Anything else (a garbled answer, an instance
 * still starting, network drops surfacing as plain errors) counts as transient.
 *
 * @example
 * ```ts
 * if (isFatalError(error)) return stopLoop(error);
 * ```
 */
export function isFatalError(error: unknown): boolean {
  return isMessengerError(error) && fatalErrorCodes.has(error.code);
}
