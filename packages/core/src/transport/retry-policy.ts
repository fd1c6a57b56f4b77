import type { HttpMethod } from './http-request.js';
import type { HttpRetryOptions } from './http-transport.js';
import { isNeverSentError } from './is-never-sent-error.js';
import { parseRetryAfter } from './parse-retry-after.js';

const retryableServerStatuses: ReadonlySet<number> = new Set([500, 502, 503, 504]);
const idempotentMethods: ReadonlySet<HttpMethod> = new Set<HttpMethod>(['GET', 'DELETE', 'PUT']);

/**
 * Why one attempt failed, as the retry policy sees it.
 *
 * @example
 * ```ts
 * const failure: AttemptFailure = { kind: 'status', status: 429, retryAfter: '2' };
 * ```
 */
export type AttemptFailure =
  | { kind: 'status'; status: number; retryAfter: string | null }
  | { kind: 'timeout' }
  | { kind: 'network'; error: unknown };

/**
 * The policy's answer: whether to repeat the request, after how long, and why (for the log).
 *
 * @example
 * ```ts
 * const decision: RetryDecision = { retry: true, delayMilliseconds: 2000, reason: 'HTTP 429, Retry-After 2000 ms' };
 * ```
 */
export interface RetryDecision {
  retry: boolean;
  delayMilliseconds: number;
  reason: string;
}

/**
 * Decides retries. Idempotent requests are retried after 429, 500/502/503/504, timeouts and network
 * errors. Non-idempotent ones (sends) only after 429 (refused unprocessed) or a network error that
 * provably never reached the server ({@link isNeverSentError}); never after a timeout, a reset or a
 * 5xx. `Retry-After` replaces the computed delay; one above the cap stops retrying.
 *
 * @example
 * ```ts
 * const policy = new RetryPolicy({ limit: 2, baseDelayMilliseconds: 300 });
 * policy.decide({ kind: 'status', status: 503, retryAfter: null }, { idempotent: true, retryNumber: 1 });
 * // { retry: true, delayMilliseconds: 150…300, reason: 'HTTP 503' }
 * ```
 */
export class RetryPolicy {
  /** How many retries follow the first attempt. */
  readonly limit: number;
  readonly #maxRetryAfterMilliseconds: number;
  readonly #backoffLimitMilliseconds: number;
  readonly #baseDelayMilliseconds: number;
  readonly #random: () => number;

  constructor(options: HttpRetryOptions | false = {}, random: () => number = Math.random) {
    const settings = options === false ? { limit: 0 } : options;
    this.limit = settings.limit ?? 2;
    this.#maxRetryAfterMilliseconds = settings.maxRetryAfterMilliseconds ?? 60_000;
    this.#backoffLimitMilliseconds = settings.backoffLimitMilliseconds ?? 10_000;
    this.#baseDelayMilliseconds = settings.baseDelayMilliseconds ?? 300;
    this.#random = random;
  }

  /**
   * Decides whether retry number `retryNumber` (1 for the first retry) should happen.
   *
   * @example
   * ```ts
   * policy.decide({ kind: 'timeout' }, { idempotent: false, retryNumber: 1 }).retry; // false
   * ```
   */
  decide(
    failure: AttemptFailure,
    context: { idempotent: boolean; retryNumber: number; now?: number },
  ): RetryDecision {
    if (context.retryNumber > this.limit) return stop('retry limit reached');
    if (failure.kind === 'timeout') {
      return context.idempotent
        ? this.#backoff(context.retryNumber, 'timeout')
        : stop('timeout of a non-idempotent request');
    }
    if (failure.kind === 'network') {
      if (context.idempotent || isNeverSentError(failure.error))
        return this.#backoff(context.retryNumber, 'network error');
      return stop('network error after the request may have been sent');
    }
    const reason = `HTTP ${failure.status}`;
    const retryable =
      failure.status === 429 || (context.idempotent && retryableServerStatuses.has(failure.status));
    if (!retryable) return stop(reason);
    const retryAfter = parseRetryAfter(failure.retryAfter, context.now);
    if (retryAfter === undefined) return this.#backoff(context.retryNumber, reason);
    if (retryAfter > this.#maxRetryAfterMilliseconds) {
      return stop(
        `${reason}, Retry-After ${retryAfter} ms exceeds the ${this.#maxRetryAfterMilliseconds} ms cap`,
      );
    }
    return { retry: true, delayMilliseconds: retryAfter, reason: `${reason}, Retry-After ${retryAfter} ms` };
  }

  #backoff(retryNumber: number, reason: string): RetryDecision {
    const exponential = this.#baseDelayMilliseconds * 2 ** (retryNumber - 1);
    const capped = Math.min(this.#backoffLimitMilliseconds, exponential);
    const delayMilliseconds = Math.round(capped / 2 + (this.#random() * capped) / 2);
    return { retry: true, delayMilliseconds, reason };
  }
}

/**
 * Whether a method is idempotent by default (GET, DELETE, PUT); POST and PATCH are not.
 *
 * @example
 * ```ts
 * isIdempotentMethod('POST'); // false
 * ```
 */
export function isIdempotentMethod(method: HttpMethod): boolean {
  return idempotentMethods.has(method);
}

function stop(reason: string): RetryDecision {
  return { retry: false, delayMilliseconds: 0, reason };
}
