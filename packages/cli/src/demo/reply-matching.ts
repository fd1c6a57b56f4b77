import type { MessengerEvent } from '@switchboard/core';

/**
 * The text or caption of a received message event, or `undefined` for other events.
 *
 * @example
 * ```ts
 * receivedText(event); // 'Polling reply (demo-1a2b)'
 * ```
 */
export function receivedText(event: MessengerEvent): string | undefined {
  if (event.type !== 'message-received') return undefined;
  const { content } = event.message;
  if (content.type === 'text') return content.text;
  if (content.type === 'media') return content.caption;
  return undefined;
}

/**
 * Narrows an event to the received message whose text or caption contains `text`.
 *
 * @example
 * ```ts
 * const reply = events.find((event) => isReplyWith(event, marker));
 * ```
 */
export function isReplyWith(
  event: MessengerEvent,
  text: string,
): event is Extract<MessengerEvent, { type: 'message-received' }> {
  return receivedText(event)?.includes(text) === true;
}
