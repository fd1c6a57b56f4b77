import { type Messenger, type MessengerEvent, type Poller, startPolling } from '@switchboard/core';

/**
 * Polls one or more messengers and hands each event to `onEvent`: an event is acknowledged at the provider
 * only after `onEvent` succeeded, duplicates are dropped by event id, and an event that keeps failing goes to
 * `onDeadLetter` so it cannot block the queue.
 *
 * @example
 * ```ts
 * const poller = startOrderInbox([messenger], (event) => orders.ingest(event), (event, error) => log(event, error));
 * process.once('SIGTERM', () => void poller.stop());
 * ```
 */
export function startOrderInbox(
  messengers: readonly Messenger[],
  onEvent: (event: MessengerEvent) => unknown,
  onDeadLetter: (event: MessengerEvent, error: unknown) => unknown,
): Poller {
  return startPolling(messengers, { onEvent, onDeadLetter, concurrency: 4 });
}
