import type { InboxItem, Messenger, MessengerEvent } from '@switchboard/core';

/**
 * Polls `messenger.inbox.receive` until an item whose event matches arrives, acknowledging the
 * non-matching items on the way (echoes and status updates). Throws after `timeoutMilliseconds`.
 *
 * @example
 * ```ts
 * const item = await receiveMatchingEvent(messenger, (event) => event.type === 'message-received');
 * ```
 */
export async function receiveMatchingEvent(
  messenger: Messenger,
  matches: (event: MessengerEvent) => boolean,
  timeoutMilliseconds = 10_000,
): Promise<InboxItem> {
  const deadline = Date.now() + timeoutMilliseconds;
  while (Date.now() < deadline) {
    const item = await messenger.inbox.receive({
      timeoutMilliseconds: Math.min(5_000, deadline - Date.now()),
    });
    if (item === null) continue;
    if (matches(item.event)) return item;
    await messenger.inbox.ack(item);
  }
  throw new Error(`no matching event arrived within ${timeoutMilliseconds} ms`);
}

/**
 * Tells whether an event is an incoming message whose text or caption contains a marker.
 *
 * @example
 * ```ts
 * await receiveMatchingEvent(messenger, (event) => isIncomingWithText(event, 'marker-42'));
 * ```
 */
export function isIncomingWithText(event: MessengerEvent, marker: string): boolean {
  if (event.type !== 'message-received') return false;
  const { content } = event.message;
  if (content.type === 'text') return content.text.includes(marker);
  if (content.type === 'media') return content.caption?.includes(marker) ?? false;
  return false;
}
