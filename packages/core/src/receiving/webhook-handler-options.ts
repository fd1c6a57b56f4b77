import type { MessengerEvent } from '../events/messenger-event.js';
import type { Messenger } from '../messenger/messenger.js';
import type { IdempotencyStore } from './idempotency-store.js';

/**
 * What the webhook handler passes to `onEvent` besides the event.
 *
 * @example
 * ```ts
 * const onEvent = async (event: MessengerEvent, { messenger }: WebhookEventContext) => {
 *   if (event.type === 'message-received') await messenger.sendText(event.chat.id, 'Got it');
 * };
 * ```
 */
export interface WebhookEventContext {
  /** The messenger the request was routed to. */
  messenger: Messenger;
  /** The incoming request (its body already read). */
  request: Request;
}

/**
 * Where a failure reported to the webhook handler's `onError` happened: `parse` (verification or a
 * malformed body, answered 4xx), `handler` (`onEvent` threw, answered 503), `store` (the idempotency
 * store failed, answered 503), `internal` (anything else, answered 500).
 */
export type WebhookPhase = 'parse' | 'handler' | 'store' | 'internal';

/**
 * What the webhook handler passes to `onError`.
 *
 * @example
 * ```ts
 * const onError = (error: unknown, { phase, messenger }: WebhookErrorContext) =>
 *   logger.warn({ phase, instance: messenger?.instanceId, error });
 * ```
 */
export interface WebhookErrorContext {
  /** Where it failed, see {@link WebhookPhase}. */
  phase: WebhookPhase;
  /** The messenger the request was routed to, when routing got that far. */
  messenger: Messenger | undefined;
  /** The event being handled, for `handler` and `store` failures. */
  event?: MessengerEvent | undefined;
}

/**
 * Options of `createWebhookHandler`. Give `messengers`, `route`, or both (`route` is asked first).
 *
 * Routing with `messengers`: the query parameter `instance` names the messenger when present
 * (`/webhook?instance=1101000001`); otherwise the last path segment does (`/webhook/1101000001`). An array
 * is keyed by `instanceId`, a record by its keys (use a record when two providers share an instance id).
 * With exactly one messenger, a request without an `instance` parameter whose path names no known
 * instance goes to it. Anything else is a 404.
 *
 * @example
 * ```ts
 * const options: WebhookHandlerOptions = {
 *   messengers: { 'shop-whatsapp': whatsapp, 'shop-telegram': telegram },
 *   onEvent: async (event) => orders.ingest(event),
 *   maxBodyBytes: 256_000,
 * };
 * ```
 */
export interface WebhookHandlerOptions {
  /** The messengers requests are routed to. */
  messengers?: readonly Messenger[] | Readonly<Record<string, Messenger>>;
  /** Custom routing; `undefined` falls back to `messengers`. */
  route?: (request: Request) => Messenger | undefined | Promise<Messenger | undefined>;
  /** Handles one event; when it throws the request is answered 503 so the provider redelivers. */
  onEvent: (event: MessengerEvent, context: WebhookEventContext) => unknown | Promise<unknown>;
  /** Deduplication state (default: a new memory store). */
  store?: IdempotencyStore;
  /** The largest accepted body; larger ones get 413 (default 1,000,000 bytes). */
  maxBodyBytes?: number;
  /** How long a handled event's id is remembered to skip duplicates (default 24 h). */
  deduplicationWindowMilliseconds?: number;
  /** How long an in-progress claim survives a process that died mid-handler (default 60,000 ms). */
  processingLeaseMilliseconds?: number;
  /** How long a 503 answer asks the provider to wait (default 5,000 ms); its `Retry-After` header is in whole seconds, rounded up. */
  retryAfterMilliseconds?: number;
  /** Reports failures (the handler itself never throws). */
  onError?: (error: unknown, context: WebhookErrorContext) => void;
}
