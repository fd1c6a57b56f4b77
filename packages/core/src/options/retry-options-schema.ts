import * as v from 'valibot';

/**
 * The upper bounds a {@link createRetryOptionsSchema} enforces: the retry `limit` and every
 * millisecond setting. `Infinity` leaves a setting unbounded.
 */
export interface RetryOptionsBounds {
  limit: number;
  milliseconds: number;
}

/**
 * The strict valibot schema of the `retry` option (`false`, or an object of non-negative integers
 * with no unknown keys), shared by the adapters' transport options and `createHttpTransport`.
 *
 * @example
 * ```ts
 * const retry = createRetryOptionsSchema({ limit: 20, milliseconds: 2_147_483_647 });
 * v.parse(retry, { limit: 3 }); // accepted
 * ```
 */
export function createRetryOptionsSchema(bounds: RetryOptionsBounds) {
  const bounded = (maximum: number) =>
    v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(maximum)));
  const milliseconds = bounded(bounds.milliseconds);
  return v.union([
    v.literal(false),
    v.strictObject({
      /** Retries after the first attempt: a non-negative integer up to the bound. */
      limit: bounded(bounds.limit),
      /** The longest `Retry-After` waited for: a non-negative integer up to the bound. */
      maxRetryAfterMilliseconds: milliseconds,
      /** The longest computed backoff delay: a non-negative integer up to the bound. */
      backoffLimitMilliseconds: milliseconds,
      /** The delay before the first retry: a non-negative integer up to the bound. */
      baseDelayMilliseconds: milliseconds,
    }),
  ]);
}
