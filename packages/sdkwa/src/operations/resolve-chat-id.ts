import { normalizePhone, type Recipient, whatsAppChatId } from '@switchboard/core';
import type { SdkwaNetwork } from '../sdkwa-network.js';

/**
 * The chat id of a validated recipient: its `chatId` as is, or for a phone `79001234567@c.us`
 * (`…@g.us` with `isGroup`) on WhatsApp and the bare digits on Telegram (SDKWA documents no phone
 * addressing for Telegram; the digits are what its Telegram API takes as a phone contact [I]).
 */
export function resolveRecipientChatId(network: SdkwaNetwork, recipient: Recipient): string {
  if (recipient.chatId !== undefined) return recipient.chatId;
  const phone = recipient.phone ?? '';
  return network === 'whatsapp'
    ? whatsAppChatId(phone, { isGroup: recipient.isGroup })
    : normalizePhone(phone);
}
