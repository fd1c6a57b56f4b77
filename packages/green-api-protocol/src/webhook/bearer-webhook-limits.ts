/** How much one webhook request may carry; both limits reject with `invalid-request`. */
export interface BearerWebhookLimits {
  /** The largest body read, in bytes, enforced while it streams; default 1,000,000. */
  maximumBodyBytes?: number | undefined;
  /** The most notifications one request may carry (an array body); default 100. */
  maximumEvents?: number | undefined;
}
