/**
 * Parses an HTTP body as JSON: `undefined` for an empty or non-JSON body.
 *
 * @example
 * parseJsonOrUndefined(await response.text());
 */
export function parseJsonOrUndefined(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
