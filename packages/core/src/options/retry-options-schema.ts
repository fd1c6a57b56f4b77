import * as v from 'valibot';

/** The upper bounds a `createRetryOptionsSchema` enforces; `Infinity` leaves a setting unbounded. */
export interface RetryOptionsBounds {
  limit: number;
  milliseconds: number;
}

/**
 * The strict schema of the `retry` option (`false`, or bounded non-negative integers), shared by the
 * adapters' transport options and `createHttpTransport`.
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
