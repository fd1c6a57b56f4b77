import type { Messenger, MessengerEvent } from '@switchboard/core';

/**
 * Polls a messenger's inbox (receive → ack), collecting events until one matches, and returns it.
 * Fails when the inbox stays empty for `timeoutMilliseconds`.
 */
export async function receiveUntil<Event extends MessengerEvent>(
  messenger: Messenger<unknown>,
  matches: (event: MessengerEvent) => event is Event,
  seen: MessengerEvent[] = [],
  timeoutMilliseconds = 5000,
): Promise<Event> {
  for (;;) {
    const item = await messenger.inbox.receive({ timeoutMilliseconds });
    if (item === null) {
      throw new Error(`no matching event; received ${seen.map((event) => event.type).join(', ')}`);
    }
    await messenger.inbox.ack(item);
    seen.push(item.event);
    if (matches(item.event)) return item.event;
  }
}

/** Narrows to one event type, optionally with more conditions. */
export function eventOf<Type extends MessengerEvent['type']>(
  type: Type,
  condition: (event: Extract<MessengerEvent, { type: Type }>) => boolean = () => true,
) {
  return (event: MessengerEvent): event is Extract<MessengerEvent, { type: Type }> =>
    event.type === type && condition(event as Extract<MessengerEvent, { type: Type }>);
}
