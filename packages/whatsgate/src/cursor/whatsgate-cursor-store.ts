/**
 * Where polling stopped in one session's event log: the last acknowledged event's id and its
 * `event_date` (used to ask `events-get` only for newer events).
 */
export interface WhatsgateCursor {
  /** The id of the last acknowledged event. */
  eventId: number;
  /** Its `event_date` (`YYYY-MM-DD HH:MM:SS`), when known. */
  eventDate?: string | undefined;
}

/**
 * Keeps polling cursors per session. Whatsgate never deletes events, so `inbox.ack` moves a cursor
 * instead; a store that outlives the process (a file, Redis, a database row) lets a restarted
 * poller resume without redelivering acknowledged events. Both methods may be async.
 */
export interface WhatsgateCursorStore {
  /** The cursor of a session, or `undefined` before the first acknowledgement. */
  get(sessionId: string): WhatsgateCursor | undefined | Promise<WhatsgateCursor | undefined>;
  /** Saves the cursor of a session. */
  set(sessionId: string, cursor: WhatsgateCursor): void | Promise<void>;
}
