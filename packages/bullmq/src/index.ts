/**
 * `@switchboard/bullmq`: a durable outbox on BullMQ — paced per instance, one message at a time and in order per
 * chat, once per idempotency key, retried along the error tree, dead-lettered with redacted errors, and traced
 * through `@opentelemetry/api`.
 *
 * @example
 * ```ts
 * import { createOutbox } from '@switchboard/bullmq';
 *
 * const outbox = createOutbox({ connection: 'redis://127.0.0.1:6379', resolveMessenger: (id) => messengers.get(id) });
 * await outbox.send(instanceId, { recipient: { phone: '79001234567' }, message: { type: 'text', text: 'Hi' } });
 * ```
 * @packageDocumentation
 */
export * from './classify-send-failure.js';
export * from './create-outbox.js';
export * from './dead-letter-entry.js';
export * from './describe-outbox-error.js';
export * from './find-in-outgoing-journal.js';
export * from './outbox-job.js';
export * from './outbox-options.js';
export * from './outbox-telemetry.js';
export * from './pacing.js';
