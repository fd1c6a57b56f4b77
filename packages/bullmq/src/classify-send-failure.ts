import { isMessengerError } from '@switchboard/core';
import { readRetryAfterMilliseconds } from './read-retry-after.js';

/**
 * What a failed send means for the message:
 * - `retry-unsent`: retryable, and the provider provably did not send it (`rate-limited`);
 * - `retry-unconfirmed`: retryable, but it may have been sent (`timeout`, `network`, `provider`, or an error
 *   that is not a `MessengerError`): the next attempt checks the provider's outgoing journal first;
 * - `final`: retrying cannot help (every other code): the message goes to the dead-letter queue.
 */
export interface SendFailure {
  /** Whether to retry, and whether the next attempt must first ask the provider's journal (see above). */
  kind: 'retry-unsent' | 'retry-unconfirmed' | 'final';
  /** The `MessengerError` code, or `unknown`. */
  code: string;
  /** The provider's retry delay, when it gave one. */
  retryAfterMilliseconds: number | undefined;
}

/**
 * Classifies a send failure along the error tree.
 *
 * @example
 * classifySendFailure(new MessengerError('slow down', { code: 'rate-limited', retryAfterMilliseconds: 2000 }));
 * // { kind: 'retry-unsent', code: 'rate-limited', retryAfterMilliseconds: 2000 }
 */
export function classifySendFailure(error: unknown): SendFailure {
  if (!isMessengerError(error)) {
    return { kind: 'retry-unconfirmed', code: 'unknown', retryAfterMilliseconds: undefined };
  }
  const retryAfterMilliseconds = readRetryAfterMilliseconds(error);
  if (!error.isRetryable) return { kind: 'final', code: error.code, retryAfterMilliseconds };
  const kind = error.code === 'rate-limited' ? 'retry-unsent' : 'retry-unconfirmed';
  return { kind, code: error.code, retryAfterMilliseconds };
}

/**
 * The delay before retry number `attempt` (1 for the first retry): exponential from `baseMilliseconds`, capped at
 * `maximumMilliseconds`, with up to 20% jitter, and never shorter than the provider's retry delay.
 *
 * @example
 * retryDelayMilliseconds(3, { baseMilliseconds: 1000, maximumMilliseconds: 60_000, retryAfterMilliseconds: undefined });
 * // 4000…4800
 */
export function retryDelayMilliseconds(
  attempt: number,
  options: {
    baseMilliseconds: number;
    maximumMilliseconds: number;
    retryAfterMilliseconds: number | undefined;
  },
): number {
  const exponential = Math.min(options.maximumMilliseconds, options.baseMilliseconds * 2 ** (attempt - 1));
  const jittered = Math.round(exponential * (1 + Math.random() * 0.2));
  return Math.max(jittered, options.retryAfterMilliseconds ?? 0);
}
