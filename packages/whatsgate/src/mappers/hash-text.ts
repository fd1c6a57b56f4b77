/**
 * A short, stable FNV-1a hash of a text (8 hex characters): a dedup key part for payloads that
 * carry no id of their own. Not a security measure.
 *
 * @example
 * ```ts
 * hashText('{"a":1}') === hashText('{"a":1}'); // true
 * ```
 */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
