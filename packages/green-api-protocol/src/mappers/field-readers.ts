import { timestampFromSeconds } from '@switchboard/core/adapter';

/*
 * Defensive readers for provider payloads: they never throw and return `undefined` (or `{}`) for
 * anything of the wrong type, so parsing stays total.
 *
 * @example
 * ```ts
 * const data = asRecord(body.messageData);
 * const text = asText(asRecord(data.textMessageData).textMessage);
 * ```
 */

/** The value when it is a plain object, otherwise `{}`. */
export function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** A non-empty string, or `undefined`. */
export function asText(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A string (possibly empty), or `undefined`. */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A finite number (numeric strings too), or `undefined`. */
export function asNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

/** A boolean, or `undefined`. */
export function asBoolean(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

/** An identifier that may come as a string or a number (Telegram/MAX ids), as a string. */
export function asIdentifier(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return asText(value);
}

/** An array, or `[]`. */
export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Unix seconds as unix milliseconds (values already in milliseconds are kept); `undefined` for values
 * that are not a valid date (core's `timestampFromSeconds`).
 */
export function secondsToMilliseconds(value: unknown): number | undefined {
  return timestampFromSeconds(value);
}
