import type { WhatsgateEventLogEntry } from '../client/schemas/whatsgate-event-log-entry-schema.js';
import type { WhatsgateClient } from '../client/whatsgate-client.js';
import type { WhatsgateCursor, WhatsgateCursorStore } from '../cursor/whatsgate-cursor-store.js';
import { shiftWhatsgateDate } from '../mappers/whatsgate-date.js';

const pageSize = 100;
const maximumPages = 1000;

function eventDateOf(entry: WhatsgateEventLogEntry | undefined): string | undefined {
  return typeof entry?.event_date === 'string' ? entry.event_date : undefined;
}

/**
 * Reads one session's event log in order through `events-get`, behind a cursor. Whatsgate never
 * deletes events, so "received" means "after the cursor": `next()` returns the oldest event after
 * it (the same one again until it is acknowledged), `acknowledge()` moves the cursor forward in the
 * {@link WhatsgateCursorStore}. Requests ask only for events dated from one second before the
 * cursor's `event_date` (dates have one-second resolution and "after" may be strict) and skip ids at
 * or below the cursor. Events are assumed to be listed oldest first, as Whatsgate documents for
 * "pass the last seen date" polling. An item that is not a readable event but has an id is returned
 * in its place like any other, so it can be delivered (as `unknown`) and acknowledged.
 */
export class WhatsgateEventReader {
  readonly #client: WhatsgateClient;
  readonly #sessionId: string;
  readonly #store: WhatsgateCursorStore;
  #buffer: WhatsgateEventLogEntry[] = [];

  /**
   */
  constructor(client: WhatsgateClient, sessionId: string, store: WhatsgateCursorStore) {
    this.#client = client;
    this.#sessionId = sessionId;
    this.#store = store;
  }

  /** The oldest event after the cursor, or `undefined` when there is none yet. */
  async next(signal?: AbortSignal): Promise<WhatsgateEventLogEntry | undefined> {
    const cursor = await this.#store.get(this.#sessionId);
    const after = cursor?.eventId ?? Number.NEGATIVE_INFINITY;
    this.#buffer = this.#buffer.filter((event) => event.id > after);
    if (this.#buffer.length === 0) this.#buffer = await this.#fetch(cursor, after, signal);
    return this.#buffer[0];
  }

  /** Moves the cursor to an event (never backwards), so it and everything before it are not read again. */
  async acknowledge(eventId: number, eventDate?: string): Promise<void> {
    const cursor = await this.#store.get(this.#sessionId);
    if (cursor !== undefined && cursor.eventId >= eventId) return;
    const date = eventDate ?? eventDateOf(this.#buffer.find((event) => event.id === eventId));
    await this.#store.set(this.#sessionId, date === undefined ? { eventId } : { eventId, eventDate: date });
    this.#buffer = this.#buffer.filter((event) => event.id > eventId);
  }

  async #fetch(
    cursor: WhatsgateCursor | undefined,
    after: number,
    signal?: AbortSignal,
  ): Promise<WhatsgateEventLogEntry[]> {
    const date = cursor?.eventDate === undefined ? undefined : shiftWhatsgateDate(cursor.eventDate, -1);
    for (let page = 1; page <= maximumPages; page += 1) {
      const response = await this.#client.getEvents(
        { ...(date === undefined ? {} : { date }), page_cnt: pageSize, page },
        { signal },
      );
      const fresh = response.data
        .filter((event) => event.id > after)
        .sort((left, right) => left.id - right.id);
      if (fresh.length > 0) return fresh;
      if (response.data.length === 0 || page >= (response.pages ?? 1)) break;
    }
    return [];
  }
}
