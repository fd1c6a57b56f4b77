import type { IdempotencyStore } from '@switchboard/core';
import type { WhatsgateCursor, WhatsgateCursorStore } from '@switchboard/whatsgate';

/**
 * A Whatsgate cursor store kept in an `IdempotencyStore` (the poller's memory or Redis store), so the
 * `events-get` cursor lives where the dedup state lives and survives with it.
 *
 * @example
 * ```ts
 * const cursorStore = createStoreCursorStore(store);
 * const messenger = createWhatsgateMessenger({ apiKey, whatsappId, cursorStore });
 * ```
 */
export function createStoreCursorStore(
  store: IdempotencyStore,
  prefix = 'cursor:whatsgate:',
): WhatsgateCursorStore {
  return {
    async get(sessionId) {
      const text = await store.get(`${prefix}${sessionId}`);
      return text === null ? undefined : (JSON.parse(text) as WhatsgateCursor);
    },
    async set(sessionId, cursor) {
      await store.set(`${prefix}${sessionId}`, JSON.stringify(cursor));
    },
  };
}
