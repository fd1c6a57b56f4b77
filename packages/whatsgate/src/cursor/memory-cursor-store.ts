import type { WhatsgateCursor, WhatsgateCursorStore } from './whatsgate-cursor-store.js';

/**
 * The default {@link WhatsgateCursorStore}: cursors in memory, shared by every messenger given the
 * same instance and lost when the process exits (a restarted poller then starts from the oldest
 * stored event again; pass a persistent store to avoid that).
 */
export class MemoryCursorStore implements WhatsgateCursorStore {
  readonly #cursors = new Map<string, WhatsgateCursor>();

  /** Reads a session's cursor. */
  get(sessionId: string): WhatsgateCursor | undefined {
    const cursor = this.#cursors.get(sessionId);
    return cursor === undefined ? undefined : { ...cursor };
  }

  /** Saves a session's cursor. */
  set(sessionId: string, cursor: WhatsgateCursor): void {
    this.#cursors.set(sessionId, { ...cursor });
  }
}
