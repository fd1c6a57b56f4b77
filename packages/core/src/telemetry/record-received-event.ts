import type { Attributes } from '@opentelemetry/api';
import type { MessengerEvent } from '../events/messenger-event.js';
import { coreInstruments } from './core-instruments.js';
import { telemetryAttributes as names } from './telemetry-names.js';

/**
 * What happened to a received event: `received` (a poller or webhook handler got it), `handled` (its
 * handler succeeded), `deduplicated` (skipped as already handled) or `dead-lettered`.
 *
 * @example
 * ```ts
 * const stage: ReceivedEventStage = 'handled';
 * ```
 */
export type ReceivedEventStage = 'received' | 'handled' | 'deduplicated' | 'dead-lettered';

/**
 * Which part of core received the event.
 *
 * @example
 * ```ts
 * const receiver: EventReceiver = 'webhook';
 * ```
 */
export type EventReceiver = 'poller' | 'webhook';

/**
 * Counts one event in `switchboard.events.<stage>` with its provider, network, type and receiver (never
 * its chat, sender or content).
 *
 * @example
 * ```ts
 * recordReceivedEvent('handled', 'poller', event);
 * ```
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
 * Records in `switchboard.poller.lag` the seconds from the event's timestamp to now (its handling starts).
 *
 * @example
 * ```ts
 * recordPollerLag(event);
 * ```
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
