import type { Redactor } from '@switchboard/core/adapter';

/** A copy of a JSON payload with every string (keys included) passed through the redactor. */
export function redactPayload(payload: unknown, redactor: Redactor): unknown {
  if (typeof payload === 'string') return redactor.redact(payload);
  if (Array.isArray(payload)) return payload.map((item) => redactPayload(item, redactor));
  if (typeof payload !== 'object' || payload === null) return payload;
  return Object.fromEntries(
    Object.entries(payload).map(([key, item]) => [redactor.redact(key), redactPayload(item, redactor)]),
  );
}
