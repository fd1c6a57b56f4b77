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
      /** Validates {@link HttpRetryOptions.limit}. */
      limit: bounded(bounds.limit),
      /** Validates {@link HttpRetryOptions.maxRetryAfterMilliseconds}. */
      maxRetryAfterMilliseconds: milliseconds,
      /** Validates {@link HttpRetryOptions.backoffLimitMilliseconds}. */
      backoffLimitMilliseconds: milliseconds,
      /** Validates {@link HttpRetryOptions.baseDelayMilliseconds}. */
      baseDelayMilliseconds: milliseconds,
    }),
  ]);
}
