/**
 * Every object inside `fixtures` (at any depth) that `isWebhookBody` accepts: the real provider payloads
 * the fuzzers mutate.
 *
 * @example
 * ```ts
 * const seeds = collectWebhookBodies(greenApiFixtures, (value) => 'typeWebhook' in value);
 * ```
 */
export function collectWebhookBodies(
  fixtures: unknown,
  isWebhookBody: (value: Record<string, unknown>) => boolean,
): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (value: unknown) => {
    if (typeof value !== 'object' || value === null) return;
    if (!Array.isArray(value) && isWebhookBody(value as Record<string, unknown>)) {
      found.push(value as Record<string, unknown>);
      return;
    }
    for (const child of Object.values(value)) visit(child);
  };
  visit(fixtures);
  return found;
}
