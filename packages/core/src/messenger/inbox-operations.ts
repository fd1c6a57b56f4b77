import type { MessengerEvent } from '../events/messenger-event.js';

/**
 * One item taken from the provider's notification queue. Handle `event`, then pass the item to
 * `inbox.ack` so the provider forgets it (GREEN-API deletes the notification, Whatsgate moves the
 * cursor). An item not acknowledged is delivered again.
 */
export interface InboxItem {
  /** The event the notification carried. */
  event: MessengerEvent;
  /** The provider's acknowledgement token (a receipt id or a cursor position). */
  receipt: string;
}

/**
 * What `inbox.parseWebhook` returns: the events in the request and the answer the provider expects
 * (GREEN-API: any 200; Whatsgate: `{"result":"OK","id":…}`).
 */
export interface ParsedWebhook {
  /** The events the request carried, in the order the provider sent them. */
  events: MessengerEvent[];
  /** Builds the success answer in the provider's expected shape. */
  respond(): Response;
}

/**
 * Receiving: `messenger.inbox`. Polling (`receive` + `ack`) and push (`parseWebhook`) produce the
 * same events. The core poller and webhook handler build on these.
 */
export interface InboxOperations {
  /** Waits up to `timeoutMilliseconds` for the next notification; `null` when none arrived. */
  receive(options?: { timeoutMilliseconds?: number; signal?: AbortSignal }): Promise<InboxItem | null>;
  /** Acknowledges a received item so it is not delivered again. */
  ack(item: InboxItem): Promise<void>;
  /**
   * Verifies a webhook request (the provider's secret, compared in constant time) and parses its
   * events. Rejects with an `auth` error when verification fails and an `invalid-request` error for a
   * malformed body.
   */
  parseWebhook(request: Request): Promise<ParsedWebhook>;
}
