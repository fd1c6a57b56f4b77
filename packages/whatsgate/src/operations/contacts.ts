import { type ContactsOperations, MessengerError, normalizePhone, whatsAppChatId } from '@switchboard/core';
import { mapChat } from '../mappers/map-chat.js';
import { whatsgateProvider } from '../whatsgate-provider.js';
import type { WhatsgateOperationContext } from './whatsgate-operation-context.js';

/**
 * The `contacts` group: `check` (`check`: is the number on WhatsApp, and its chat id) and
 * `listChats` (`get-chats`: contacts as template 4, groups as template 5 with metadata, participants
 * and admin flags).
 *
 * @example
 * ```ts
 * const { exists, chatId } = await createContactsOperations(context).check('+7 999 111-22-33');
 * ```
 */
export function createContactsOperations(
  context: WhatsgateOperationContext,
): Pick<ContactsOperations, 'check' | 'listChats'> {
  return {
    async check(phone) {
      const number = normalizePhone(phone);
      if (number.length < 5) {
        throw new MessengerError('contacts.check needs a phone number with at least 5 digits', {
          code: 'invalid-request',
          provider: whatsgateProvider,
        });
      }
      const response = await context.client.check({ number });
      return response.data
        ? { exists: true, chatId: whatsAppChatId(number), raw: response }
        : { exists: false, raw: response };
    },
    async listChats() {
      const response = await context.client.getChats();
      return response.data.map(mapChat);
    },
  };
}
