/**
 * `decodeURIComponent` that answers `undefined` instead of throwing on malformed percent-encoding
 * (`%E0%A4%A`), so a handler can refuse the input with its own status rather than fail with a 500.
 *
 * @example
 * tryDecodeUriComponent('a%20b'); // 'a b'
 * tryDecodeUriComponent('%E0%A4%A'); // undefined
 */
export function tryDecodeUriComponent(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
