import type { Redactor } from '../redaction/redactor.js';

const maximumLength = 500;
const messageKeys = [
  'message',
  'error',
  'description',
  'errorMessage',
  'error_description',
  'detail',
  'reason',
];

/**
 * Pulls a human-readable error text out of a provider's error body: a JSON string, a text body, or
 * the first of `message`, `error`, `description`, `errorMessage`, `error_description`, `detail`,
 * `reason` (nested `{error: {description}}` and NestJS message arrays included). Falls back to the
 * JSON of the body; the result is cut to 500 characters. With a `redactor` the text is redacted before
 * it is cut, so a secret straddling the cut leaks no part of itself; without one, callers must redact
 * the full text themselves before cutting it further.
 */
export function extractProviderErrorText(body: unknown, redactor?: Redactor): string | undefined {
  const text = findText(body, 0);
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const redacted = redactor === undefined ? trimmed : redactor.redact(trimmed);
  return redacted.length > maximumLength ? `${redacted.slice(0, maximumLength)}…` : redacted;
}

function findText(value: unknown, depth: number): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join('; ');
  if (typeof value !== 'object' || value === null || depth > 2) return undefined;
  const record = value as Record<string, unknown>;
  for (const key of messageKeys) {
    const found = findText(record[key], depth + 1);
    if (found !== undefined && found.trim() !== '') return found;
  }
  if (depth > 0) return undefined;
  const json = JSON.stringify(value);
  return json === '{}' || json === '[]' ? undefined : json;
}
