import type { Redactor } from '../redaction/redactor.js';

const maximumDepth = 4;
const maximumInnerErrors = 5;

/**
 * A redacted copy of a thrown value: an `Error` with the same `name`, a redacted `message` and
 * `stack`, the string `code` (when any) and a sanitised `cause` chain. Nothing else is copied, so
 * request objects, headers and URLs of the original (an HTTP client's error often holds the token-bearing URL)
 * never travel along.
 */
export function sanitizeError(error: unknown, redactor: Redactor, depth = 0): Error & { code?: string } {
  if (!(error instanceof Error)) {
    const described = describeNonError(error);
    const copy: Error & { code?: string } = new Error(redactor.redact(described));
    copy.name = 'NonError';
    copy.stack = `${copy.name}: ${copy.message}`;
    const code = readCode(error);
    if (code !== undefined) copy.code = redactor.redact(code);
    return copy;
  }
  const cause =
    error.cause === undefined || depth >= maximumDepth
      ? undefined
      : sanitizeError(error.cause, redactor, depth + 1);
  const message = redactor.redact(error.message);
  const copy: Error & { code?: string; errors?: Error[] } =
    cause === undefined ? new Error(message) : new Error(message, { cause });
  copy.name = error.name;
  copy.stack = redactor.redact(error.stack ?? `${error.name}: ${error.message}`);
  const code = readCode(error);
  if (code !== undefined) copy.code = redactor.redact(code);
  if (error instanceof AggregateError && depth < maximumDepth) {
    copy.errors = error.errors
      .slice(0, maximumInnerErrors)
      .map((inner) => sanitizeError(inner, redactor, depth + 1));
  }
  return copy;
}

function readCode(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { code } = value as { code?: unknown };
  return typeof code === 'string' || typeof code === 'number' ? String(code) : undefined;
}

function describeNonError(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null) {
    const { message } = value as { message?: unknown };
    if (typeof message === 'string') return message;
  }
  return `Non-error value thrown: ${typeof value}`;
}
