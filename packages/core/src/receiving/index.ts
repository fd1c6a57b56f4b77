/**
 * Receiving for `@switchboard/core`: the poller, the webhook handler and the idempotency store. The lead
 * re-exports this from the main entry; Node-only helpers are in `./node/`.
 *
 * @example
 * ```ts
 * import { createWebhookHandler, startPolling, createMemoryIdempotencyStore } from '@switchboard/core';
 * ```
 * @packageDocumentation
 */
export * from './claim-event.js';
export * from './create-memory-idempotency-store.js';
export * from './create-webhook-handler.js';
export * from './idempotency-store.js';
export * from './polling-options.js';
export * from './retry-options.js';
export * from './start-polling.js';
export * from './webhook-handler-options.js';
