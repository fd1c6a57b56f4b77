import { whatsAppChatId } from '@switchboard/core';
import { CliError } from '../cli-error.js';
import { looksLikePhone, parsePhone } from './parse-phone.js';

/**
 * Reads a chat argument of the commands that take a native chat id (groups, messages, contacts): a
 * chat id as given (`79001234567@c.us`, `120363043968066561@g.us`, `-1001234567`), or on WhatsApp a
 * phone number, turned into its `@c.us` id. On Telegram and MAX a phone must be resolved first
 * (`switchboard contacts check <phone>` prints its chat id).
 *
 * @example
 * ```ts
 * parseChatId('+7 900 123-45-67', 'whatsapp', '<chat>'); // '79001234567@c.us'
 * parseChatId('-1001234567', 'telegram', '<chat>'); // '-1001234567'
 * ```
 */
export function parseChatId(text: string, network: string, where: string): string {
  const trimmed = text.trim();
  if (trimmed === '') throw new CliError(`${where} must not be empty`, { code: 'usage' });
  if (!looksLikePhone(trimmed, network)) return trimmed;
  if (network !== 'whatsapp') {
    throw new CliError(
      `${where} must be a chat id on ${network}, not a phone number (switchboard contacts check ${trimmed} prints its chat id)`,
      { code: 'usage' },
    );
  }
  return whatsAppChatId(parsePhone(trimmed, where));
}
