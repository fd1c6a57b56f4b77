/**
 * Turns an option that holds a secret into text for a `Redactor`, whatever type the caller passed
 * (a number becomes its digits; anything else `undefined`), before the options are validated.
 */
export function secretText(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
