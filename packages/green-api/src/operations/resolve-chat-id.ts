import { MessengerError, normalizePhone, type Recipient, whatsAppChatId } from '@switchboard/core';
import { greenApiProvider } from '../errors.js';
import type { GreenApiOperationContext } from './operation-context.js';

/**
 * Turns a recipient into a GREEN-API chat id: a chat id is used as is; a phone becomes
 * `<digits>@c.us` on WhatsApp (`@g.us` with `isGroup`) and is looked up with `checkAccount` on Telegram
 * and MAX (`not-found` when the phone has no account).
 *
 * @example
 * ```ts
 * await resolveRecipientChatId(context, { phone: '79001234567', isGroup: false }); // '79001234567@c.us' on WhatsApp
 * ```
 */
export async function resolveRecipientChatId(
  context: GreenApiOperationContext,
  recipient: Recipient,
): Promise<string> {
  if (recipient.chatId !== undefined) return recipient.chatId;
  return resolvePhoneChatId(context, recipient.phone ?? '', recipient.isGroup);
}

/**
 * Resolves a phone number to the chat id of its account on the messenger's network.
 *
 * @example
 * ```ts
 * const chatId = await resolvePhoneChatId(context, '+7 900 123-45-67');
 * ```
 */
export async function resolvePhoneChatId(
  context: GreenApiOperationContext,
  phone: string,
  isGroup = false,
): Promise<string> {
  const phoneNumber = phoneNumberOf(phone);
  if (context.network === 'whatsapp') return whatsAppChatId(phoneNumber, { isGroup });
  const answer = await context.client.checkAccount({ phoneNumber });
  if (!answer.exist || answer.chatId === undefined || answer.chatId === null || answer.chatId === '') {
    throw new MessengerError(`No ${context.network} account for phone ${normalizePhone(phone)}`, {
      code: 'not-found',
      provider: greenApiProvider,
    });
  }
  return answer.chatId;
}

/**
 * Reads a phone as the integer GREEN-API expects in `phoneNumber` fields.
 *
 * @example
 * ```ts
 * phoneNumberOf('+7 (900) 123-45-67'); // 79001234567
 * ```
 */
export function phoneNumberOf(phone: string | number): number {
  const digits = normalizePhone(phone);
  if (digits === '' || digits.length > 16) {
    throw new MessengerError('phone must contain 1 to 16 digits', {
      code: 'invalid-request',
      provider: greenApiProvider,
    });
  }
  return Number(digits);
}
