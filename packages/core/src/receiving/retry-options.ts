import { maximumTimerDelayMilliseconds } from './clamp-timer-delay.js';
import { requirePositiveNumber } from './require-positive-number.js';

/**
 * How the poller retries: a failing handler up to `attempts` calls in total, and receive or acknowledge
 * failures with the same exponential backoff (`baseDelayMilliseconds` doubled per attempt, at most
 * `maximumDelayMilliseconds`, with jitter).
 *
 * @example
 * ```ts
 * const retry: RetryOptions = { attempts: 5, baseDelayMilliseconds: 500, maximumDelayMilliseconds: 30_000 };
 * ```
 */
export interface RetryOptions {
  /** Handler calls per event before it is dead-lettered, the first one included (default 5). */
  attempts?: number;
  /** The first backoff delay (default 1,000 ms). */
  baseDelayMilliseconds?: number;
  /**
   * The longest backoff delay (default 30,000 ms, at most 2,147,483,647 ms: longer values are capped). A
   * provider's `retryAfterMilliseconds` is honoured even when longer, up to the same cap.
   */
  maximumDelayMilliseconds?: number;
}

/** {@link RetryOptions} with every default filled in and checked. */
export type ResolvedRetryOptions = Required<RetryOptions>;

/** Fills in and validates {@link RetryOptions}; the maximum delay is capped at the longest timer delay. */
export function resolveRetryOptions(retry: RetryOptions = {}): ResolvedRetryOptions {
  const baseDelayMilliseconds = requirePositiveNumber(
    'retry.baseDelayMilliseconds',
    retry.baseDelayMilliseconds ?? 1000,
  );
  return {
    attempts: requirePositiveNumber('retry.attempts', retry.attempts ?? 5, { integer: true }),
    baseDelayMilliseconds,
    maximumDelayMilliseconds: Math.min(
      maximumTimerDelayMilliseconds,
      Math.max(
        baseDelayMilliseconds,
        requirePositiveNumber('retry.maximumDelayMilliseconds', retry.maximumDelayMilliseconds ?? 30_000),
      ),
    ),
  };
}

/**
 * The delay before retry number `attempt`: exponential, capped, with equal jitter so workers do not retry in
 * lockstep.
 */
export function backoffDelay(attempt: number, retry: ResolvedRetryOptions): number {
  const exponent = Math.min(Math.max(attempt - 1, 0), 30);
  const delay = Math.min(retry.maximumDelayMilliseconds, retry.baseDelayMilliseconds * 2 ** exponent);
  return delay / 2 + (Math.random() * delay) / 2;
}
