import type { ContactsOperations } from '@switchboard/core';
import { asIdentifier, asText, mapChats, mapContactInfo, mapContacts } from '@switchboard/green-api-protocol';
import type { GreenApiOperationContext } from './green-api-operation-context.js';
import { phoneNumberOf } from './resolve-chat-id.js';

/**
 * Builds `messenger.contacts`: check (`checkWhatsapp` on WhatsApp, `checkAccount` on Telegram/MAX),
 * getInfo (`getContactInfo`), getAvatar (`getAvatar`; an HTTP-200 `reason` rejects), list
 * (`getContacts` without groups) and listChats (`getChats` on Telegram/MAX, `getContacts` on WhatsApp).
 *
 * @example
 * ```ts
 * const contacts = createGreenApiContacts(context);
 * const { exists, chatId } = await contacts.check('79001234567');
 * ```
 */
export function createGreenApiContacts(context: GreenApiOperationContext): ContactsOperations {
  const { client } = context;
  return {
    check: async (phone) => {
      const phoneNumber = phoneNumberOf(phone);
      if (context.network === 'whatsapp') {
        const answer = await client.checkWhatsapp({ phoneNumber });
        const chatId = asText(answer.chatId);
        return { exists: answer.existsWhatsapp, ...(chatId === undefined ? {} : { chatId }), raw: answer };
      }
      const answer = await client.checkAccount({ phoneNumber });
      const chatId = asIdentifier(answer.chatId);
      return { exists: answer.exist, ...(chatId === undefined ? {} : { chatId }), raw: answer };
    },
    getInfo: async (chatId) => mapContactInfo(await client.getContactInfo({ chatId }), chatId),
    getAvatar: async (chatId) => {
      const answer = await client.getAvatar({ chatId });
      const url = asText(answer.urlAvatar);
      return { ...(url === undefined ? {} : { url }), available: answer.available ?? url !== undefined };
    },
    list: async () => mapContacts(await client.getContacts()),
    listChats: async () =>
      mapChats(context.network === 'whatsapp' ? await client.getContacts() : await client.getChats()),
  };
}
