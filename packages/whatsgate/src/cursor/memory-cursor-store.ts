import type { WhatsgateCursor, WhatsgateCursorStore } from './whatsgate-cursor-store.js';

/**
 * The default {@link WhatsgateCursorStore}: cursors in memory, shared by every messenger given the
 * same instance and lost when the process exits (a restarted poller then starts from the oldest
 * stored event again; pass a persistent store to avoid that).
 *
 * @example
 * ```ts
 * const cursorStore = new MemoryCursorStore();
 * const first = createWhatsgateMessenger({ apiKey, whatsappId, cursorStore });
 * const second = createWhatsgateMessenger({ apiKey, whatsappId, cursorStore }); // resumes where first acknowledged
 * ```
 */
export class MemoryCursorStore implements WhatsgateCursorStore {
  readonly #cursors = new Map<string, WhatsgateCursor>();

  /**
   * Reads a session's cursor.
   *
   * @example
   * ```ts
   * store.get('6345454545454'); // { eventId: 18, eventDate: '2022-09-07 18:29:37' }
   * ```
   */
  get(sessionId: string): WhatsgateCursor | undefined {
    const cursor = this.#cursors.get(sessionId);
    return cursor === undefined ? undefined : { ...cursor };
  }

  /**
   * Saves a session's cursor.
   *
   * @example
   * ```ts
   * store.set('6345454545454', { eventId: 19, eventDate: '2023-01-10 12:00:00' });
   * ```
   */
  set(sessionId: string, cursor: WhatsgateCursor): void {
    this.#cursors.set(sessionId, { ...cursor });
  }
}
