import type { MessengerEvent } from '@switchboard/core';
import type { ConformanceIncomingMessage } from './conformance-driver.js';
import { isIncomingWithText } from './receive-matching-event.js';

/** Whether an event is the delivery of an incoming message built by `incomingWith` (by marker, else by kind). */
export function matchesIncoming(
  event: MessengerEvent,
  message: ConformanceIncomingMessage,
  marker: string,
): boolean {
  if (message.kind === 'text' || message.kind === 'image') return isIncomingWithText(event, marker);
  if (event.type !== 'message-received') return false;
  return event.message.content.type === message.kind;
}
