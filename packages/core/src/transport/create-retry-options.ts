import { HTTPError, type RetryOptions, TimeoutError } from 'ky';
import type { HttpRetryOptions } from './http-transport.js';
import { isNeverSentError } from './is-never-sent-error.js';
import { parseRetryAfter } from './parse-retry-after.js';
import { ResponseTooLargeError } from './response-too-large-error.js';

const methods: RetryOptions['methods'] = ['get', 'post', 'put', 'patch', 'delete'];
const retryableStatuses = [429, 500, 502, 503, 504];
const sendRetryableStatuses = [429];
const maximumSharedOptions = 64;
const sharedOptions = new Map<string, RetryOptions>();

/**
 * ky's `retry` option for one kind of request. Idempotent requests are retried after 429,
 * 500/502/503/504, timeouts and network errors; the others (sends) only after 429 (refused
 * unprocessed) or a network error that provably never reached the server ({@link isNeverSentError}),
 * never after a timeout, a reset or a 5xx. Delays grow exponentially from `baseDelayMilliseconds`
 * with equal jitter (half to the whole delay) up to `backoffLimitMilliseconds`; a `Retry-After`
 * replaces the delay, and one above `maxRetryAfterMilliseconds` stops retrying. An answer over the
 * size cap is never retried. Calls with the same settings return the same object.
 *
 * @example
 * ```ts
 * const client = ky.create({ retry: createRetryOptions({ limit: 3 }, true) });
 * ```
 */
export function createRetryOptions(
  options: HttpRetryOptions | false | undefined,
  idempotent: boolean,
): RetryOptions {
  const settings = options === false ? { limit: 0 } : (options ?? {});
  const key = [
    idempotent,
    settings.limit,
    settings.baseDelayMilliseconds,
    settings.maxRetryAfterMilliseconds,
    settings.backoffLimitMilliseconds,
  ].join('/');
  let shared = sharedOptions.get(key);
  if (shared === undefined) {
    shared = buildRetryOptions(settings, idempotent);
    // Transports with the same settings share one object (thousands of messengers, a few settings).
    if (sharedOptions.size < maximumSharedOptions) sharedOptions.set(key, shared);
  }
  return shared;
}

function buildRetryOptions(settings: HttpRetryOptions, idempotent: boolean): RetryOptions {
  const baseDelayMilliseconds = settings.baseDelayMilliseconds ?? 300;
  const maxRetryAfterMilliseconds = settings.maxRetryAfterMilliseconds ?? 60_000;
  return {
    limit: settings.limit ?? 2,
    methods,
    statusCodes: idempotent ? retryableStatuses : sendRetryableStatuses,
    afterStatusCodes: retryableStatuses,
    maxRetryAfter: maxRetryAfterMilliseconds,
    backoffLimit: settings.backoffLimitMilliseconds ?? 10_000,
    delay: (attemptCount) => baseDelayMilliseconds * 2 ** (attemptCount - 1),
    jitter: (delay) => delay / 2 + (Math.random() * delay) / 2,
    retryOnTimeout: idempotent,
    shouldRetry: ({ error }) => {
      if (error instanceof ResponseTooLargeError) return false;
      if (error instanceof HTTPError) {
        const retryAfter = parseRetryAfter(error.response.headers.get('retry-after'));
        return retryAfter !== undefined && retryAfter > maxRetryAfterMilliseconds ? false : undefined;
      }
      if (error instanceof TimeoutError || idempotent) return undefined;
      // ky wraps a thrown non-error (some fetch mocks reject with a plain `{ code }`) in a `NonError`.
      return isNeverSentError(error.name === 'NonError' && 'value' in error ? error.value : error);
    },
  };
}
