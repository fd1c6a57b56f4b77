/**
 * Receiving for `@switchboard/core`: the poller, the webhook handler and the idempotency store. The main
 * entry re-exports this; the Node listener is in `./node/` (`@switchboard/core/node`).
 *
 * @example
 * ```ts
 * import { createWebhookHandler, startPolling, createMemoryIdempotencyStore } from '@switchboard/core';
 * ```
 * @packageDocumentation
 */
export {
  claimEvent,
  type DeduplicationOwner,
  deduplicationKey,
  type EventClaim,
  type EventClaimOptions,
} from './claim-event.js';
export * from './create-memory-idempotency-store.js';
export * from './create-webhook-handler.js';
export * from './idempotency-store.js';
export * from './polling-options.js';
export * from './read-webhook-body.js';
export type { RetryOptions } from './retry-options.js';
export * from './start-polling.js';
export * from './webhook-handler-options.js';
