import { normalizePhone, type Recipient, whatsAppChatId } from '@switchboard/core';
import { stripDeviceSuffix } from '@switchboard/core/adapter';
import type { WhatsgateRecipient } from '../client/whatsgate-request-types.js';

/**
 * Maps template 1 (recipient) to a Whatsgate `recipient`: a chat id as `{ id }` (`…@c.us`,
 * `…@g.us`), a phone as `{ number }`, a group number (`isGroup`) as `{ number, type: 'group' }`.
 * A chat id without `@` is read as a number: that is how to give an 18-digit group number
 * (`{ chatId: '120363023014360921', isGroup: true }`), since the template's `phone` allows 16 digits.
 */
export function mapRecipient(recipient: Recipient): WhatsgateRecipient {
  const chatId = recipient.chatId === undefined ? undefined : stripDeviceSuffix(recipient.chatId);
  if (chatId?.includes('@')) return { id: chatId };
  if (recipient.isGroup) return { number: chatId ?? recipient.phone ?? '', type: 'group' };
  return { number: normalizePhone(chatId ?? recipient.phone ?? '') };
}

/** The chat id (JID) a Whatsgate recipient stands for. */
export function recipientChatId(recipient: WhatsgateRecipient): string {
  if ('id' in recipient) return recipient.id;
  return whatsAppChatId(recipient.number, { isGroup: recipient.type === 'group' });
}

/** The Whatsgate recipient of a chat id (for `seen` and `typing`). */
export function recipientForChat(chatId: string): WhatsgateRecipient {
  return mapRecipient({ chatId, isGroup: false });
}
