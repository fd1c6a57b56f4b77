/**
 * Gathers everything an error exposes as text — message, stack, every `cause` in the chain and its
 * JSON form — so tests can assert that no secret appears anywhere in it.
 *
 * @example
 * ```ts
 * expect(collectErrorText(error)).not.toContain(token);
 * ```
 */
export function collectErrorText(error: unknown): string {
  const parts: string[] = [];
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current !== undefined && current !== null && !seen.has(current)) {
    seen.add(current);
    if (current instanceof Error) {
      parts.push(current.name, current.message, current.stack ?? '');
    }
    try {
      parts.push(JSON.stringify(current, Object.getOwnPropertyNames(current as object)));
    } catch {
      parts.push(String(current));
    }
    current = (current as { cause?: unknown }).cause;
  }
  return parts.join('\n');
}
