import type { WhatsgateClock } from './whatsgate-clock.js';
import type { WhatsgateEvent, WhatsgateEventAction } from './whatsgate-payloads.js';

/**
 * Filters of the emulator's stored events (the `events-get` filters).
 *
 * @example
 * const filter: WhatsgateEventFilter = { whatsappId: '191b80a9238', action: 'message', after: '2023-01-10 12:00:00' };
 */
export interface WhatsgateEventFilter {
  /** Only events of this session (`unique_id`); every session when absent. */
  whatsappId?: string;
  /** Only events with this `event_action`; all when absent. */
  action?: string;
  /** Only events with `event_date` strictly after this `YYYY-MM-DD HH:MM:SS` date. */
  after?: string;
}

/** Every event ever emitted, in id order, per session too. Events are never deleted (as on Whatsgate). */
export class WhatsgateEventStore {
  readonly #clock: WhatsgateClock;
  readonly #events: WhatsgateEvent[] = [];
  readonly #bySession = new Map<string, WhatsgateEvent[]>();
  #nextId: number;

  constructor(clock: WhatsgateClock, firstId = 1) {
    this.#clock = clock;
    this.#nextId = firstId;
  }

  /** Number of stored events. */
  get size(): number {
    return this.#events.length;
  }

  /** Stores a new event with the next id and the current local date. */
  append(
    whatsappId: string,
    action: WhatsgateEventAction,
    eventData: Record<string, unknown>,
    statusCode: number | null = null,
  ): WhatsgateEvent {
    const event: WhatsgateEvent = {
      id: this.#nextId,
      whatsapp_id: whatsappId,
      event_action: action,
      event_date: this.#clock.date(),
      status_code: statusCode,
      event_data: eventData,
    };
    this.#nextId += 1;
    this.#events.push(event);
    let sessionEvents = this.#bySession.get(whatsappId);
    if (sessionEvents === undefined) {
      sessionEvents = [];
      this.#bySession.set(whatsappId, sessionEvents);
    }
    sessionEvents.push(event);
    return event;
  }

  /** The matching events, oldest first. */
  select(filter: WhatsgateEventFilter = {}): WhatsgateEvent[] {
    const source =
      filter.whatsappId === undefined ? this.#events : (this.#bySession.get(filter.whatsappId) ?? []);
    const { action, after } = filter;
    if (action === undefined && after === undefined) return source.slice();
    return source.filter(
      (event) =>
        (action === undefined || event.event_action === action) &&
        (after === undefined || event.event_date > after),
    );
  }
}
