import type { Attributes } from '@opentelemetry/api';
import type { MessengerEvent } from '../events/messenger-event.js';
import { coreInstruments } from './core-instruments.js';
import { telemetryAttributes as names } from './telemetry-names.js';

/** What happened to a received event: the `<stage>` of its `switchboard.events.<stage>` counter. */
export type ReceivedEventStage = 'received' | 'handled' | 'deduplicated' | 'dead-lettered';

/** Which part of core received the event. */
export type EventReceiver = 'poller' | 'webhook';

/**
 * Counts one event in `switchboard.events.<stage>` by provider, network, type and receiver (never its chat or
 * content).
 */
export function recordReceivedEvent(
  stage: ReceivedEventStage,
  receiver: EventReceiver,
  event: MessengerEvent,
): void {
  const instruments = coreInstruments();
  const counter =
    stage === 'received'
      ? instruments.eventsReceived
      : stage === 'handled'
        ? instruments.eventsHandled
        : stage === 'deduplicated'
          ? instruments.eventsDeduplicated
          : instruments.eventsDeadLettered;
  counter.add(1, eventAttributes(receiver, event));
}

/**
 * Records in `switchboard.poller.lag` the seconds from the event's timestamp to the start of its handling.
 */
export function recordPollerLag(event: MessengerEvent, now: number = Date.now()): void {
  if (!Number.isFinite(event.timestamp) || event.timestamp <= 0) return;
  const lagSeconds = Math.max(0, now - event.timestamp) / 1000;
  coreInstruments().pollerLag.record(lagSeconds, eventAttributes('poller', event));
}

function eventAttributes(receiver: EventReceiver, event: MessengerEvent): Attributes {
  return {
    [names.provider]: String(event.provider),
    [names.network]: String(event.network),
    [names.eventType]: String(event.type),
    [names.receiver]: receiver,
  };
}
