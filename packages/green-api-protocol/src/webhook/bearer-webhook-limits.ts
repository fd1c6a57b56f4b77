/**
 * How much one webhook request may carry, enforced while its body streams (both reject with
 * `invalid-request`).
 *
 * @example
 * ```ts
 * const limits: BearerWebhookLimits = { maximumBodyBytes: 262_144, maximumEvents: 10 };
 * ```
 */
export interface BearerWebhookLimits {
  /** The largest body read, in bytes, enforced while it streams; default 1,000,000. */
  maximumBodyBytes?: number | undefined;
  /** The most notifications one request may carry (an array body); default 100. */
  maximumEvents?: number | undefined;
}
