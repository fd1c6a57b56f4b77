import { isMessengerError } from '@switchboard/core';
import { readRetryAfterMilliseconds } from './read-retry-after.js';

const maximumMessageLength = 1000;

/** A failure as the outbox stores it in the dead-letter queue: redacted, without `cause` or request details. */
export interface OutboxErrorSummary {
  /** The `MessengerError` code, or `unknown`. */
  code: string;
  /** The redacted message, at most 1000 characters. */
  message: string;
  /** The provider that failed, when known. */
  provider?: string | undefined;
  /** The provider's HTTP status, when it answered. */
  status?: number | undefined;
  /** The provider's retry delay, when it gave one. */
  retryAfterMilliseconds?: number | undefined;
}

/**
 * Summarises an error for storage: redacted (the adapters' errors already are; anything else passes the
 * redactor), truncated, and without `cause`, `details` or stack.
 *
 * @example
 * describeOutboxError(error, redactor).message;
 */
export function describeOutboxError(
  error: unknown,
  redactor: { redact(text: string): string } | undefined,
): OutboxErrorSummary {
  const redact = (text: string) => (redactor === undefined ? text : redactor.redact(text));
  const text = error instanceof Error ? error.message : String(error);
  const message = redact(text).slice(0, maximumMessageLength);
  if (!isMessengerError(error)) return { code: 'unknown', message };
  return {
    code: error.code,
    message,
    provider: error.provider,
    status: error.status,
    retryAfterMilliseconds: readRetryAfterMilliseconds(error),
  };
}
