/**
 * Where polling stopped in one session's event log: the last acknowledged event's id and its
 * `event_date` (used to ask `events-get` only for newer events).
 *
 * @example
 * ```ts
 * const cursor: WhatsgateCursor = { eventId: 18, eventDate: '2022-09-07 18:29:37' };
 * ```
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
 *
 * @example
 * ```ts
 * const redisCursorStore: WhatsgateCursorStore = {
 *   get: async (sessionId) => JSON.parse((await redis.get(`whatsgate:cursor:${sessionId}`)) ?? 'null') ?? undefined,
 *   set: async (sessionId, cursor) => void (await redis.set(`whatsgate:cursor:${sessionId}`, JSON.stringify(cursor))),
 * };
 * const messenger = createWhatsgateMessenger({ apiKey, whatsappId, cursorStore: redisCursorStore });
 * ```
 */
export interface WhatsgateCursorStore {
  /** The cursor of a session, or `undefined` before the first acknowledgement. */
  get(sessionId: string): WhatsgateCursor | undefined | Promise<WhatsgateCursor | undefined>;
  /** Saves the cursor of a session. */
  set(sessionId: string, cursor: WhatsgateCursor): void | Promise<void>;
}
