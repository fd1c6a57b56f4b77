/**
 * Builds a stable deduplication key for an event from the parts that identify it at the provider:
 * the same notification delivered twice gives the same id. Empty parts are skipped.
 *
 * @example
 * ```ts
 * createEventId(['green-api', '1101000001', 'incomingMessageReceived', '3EB0C767D097B7C7C030']);
 * // 'green-api:1101000001:incomingMessageReceived:3EB0C767D097B7C7C030'
 * ```
 */
export function createEventId(parts: ReadonlyArray<string | number | undefined | null>): string {
  let id = '';
  let separator = '';
  for (const part of parts) {
    if (part === undefined || part === null || part === '') continue;
    id += separator + String(part);
    separator = ':';
  }
  return id;
}
