import { MessengerError, normalizePhone, type Recipient, whatsAppChatId } from '@switchboard/core';
import { greenApiProvider } from '../green-api-provider.js';
import type { GreenApiOperationContext } from './green-api-operation-context.js';

const maximumPhoneDigits = 16;
/** WhatsApp group numbers run to 18 digits and more; core's recipient template accepts up to 32. */
const maximumGroupDigits = 32;

/**
 * Turns a recipient into a GREEN-API chat id: a chat id is used as is; a phone becomes
 * `<digits>@c.us` on WhatsApp (`@g.us` with `isGroup`) and is looked up with `checkAccount` on Telegram
 * and MAX (`not-found` when the phone has no account).
 */
export async function resolveRecipientChatId(
  context: GreenApiOperationContext,
  recipient: Recipient,
): Promise<string> {
  if (recipient.chatId !== undefined) return recipient.chatId;
  return resolvePhoneChatId(context, recipient.phone ?? '', recipient.isGroup);
}

/** Resolves a phone number to the chat id of its account on the messenger's network. */
export async function resolvePhoneChatId(
  context: GreenApiOperationContext,
  phone: string,
  isGroup = false,
): Promise<string> {
  // WhatsApp ids are built from the digits as text: group numbers (18+ digits) do not fit a Number.
  if (context.network === 'whatsapp') {
    return whatsAppChatId(phoneDigitsOf(phone, isGroup ? maximumGroupDigits : maximumPhoneDigits), {
      isGroup,
    });
  }
  const answer = await context.client.checkAccount({ phoneNumber: phoneNumberOf(phone) });
  if (!answer.exist || answer.chatId === undefined || answer.chatId === null || answer.chatId === '') {
    throw new MessengerError(`No ${context.network} account for phone ${normalizePhone(phone)}`, {
      code: 'not-found',
      provider: greenApiProvider,
    });
  }
  return answer.chatId;
}

/** Reads a phone as the integer GREEN-API expects in `phoneNumber` fields. */
export function phoneNumberOf(phone: string | number): number {
  return Number(phoneDigitsOf(phone, maximumPhoneDigits));
}

/** The digits of a phone or group number, refused when there are none or more than `maximumDigits`. */
function phoneDigitsOf(phone: string | number, maximumDigits: number): string {
  const digits = normalizePhone(phone);
  if (digits === '' || digits.length > maximumDigits) {
    throw new MessengerError(`phone must contain 1 to ${maximumDigits} digits`, {
      code: 'invalid-request',
      provider: greenApiProvider,
    });
  }
  return digits;
}
