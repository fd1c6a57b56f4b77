import { normalizePhone } from '@switchboard/core';
import { CliError } from '../cli-error.js';

const phoneShape = /^\+?[\d\s().-]+$/;

/**
 * The CLI's one phone validator: a phone number written with digits, optionally `+`, spaces,
 * dashes, dots and brackets, holding 5 to 16 digits. Returns the digits; anything else is a usage
 * error with one message naming where it was given.
 *
 * @example
 * ```ts
 * parsePhone('+7 900 123-45-67', '--phone'); // '79001234567'
 * parsePhone('12', 'contacts check <phone>'); // throws: contacts check <phone> must be a phone number …
 * ```
 */
export function parsePhone(text: string, where: string): string {
  const digits = normalizePhone(text);
  if (!phoneShape.test(text.trim()) || digits.length < 5 || digits.length > 16) {
    throw new CliError(
      `${where} must be a phone number of 5 to 16 digits, such as +79001234567 (got "${text}")`,
      { code: 'usage' },
    );
  }
  return digits;
}

/**
 * Tells whether a destination is written as a phone number: with a leading `+`, or (on WhatsApp,
 * where chat ids carry a suffix) as bare digits and separators.
 *
 * @example
 * ```ts
 * looksLikePhone('+79001234567', 'telegram'); // true
 * looksLikePhone('20000000', 'telegram'); // false: a Telegram chat id
 * ```
 */
export function looksLikePhone(text: string, network: string): boolean {
  const trimmed = text.trim();
  return trimmed.startsWith('+') || (network === 'whatsapp' && /^[\d\s().-]+$/.test(trimmed));
}
