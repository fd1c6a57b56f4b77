import { type ContactsOperations, whatsAppChatId } from '@switchboard/core';
import { asText, mapChats, mapContactInfo, mapContacts } from '@switchboard/green-api-protocol';
import type { SdkwaOperationContext } from './sdkwa-operation-context.js';

/**
 * Builds `messenger.contacts`: check (`checkWhatsapp`), getInfo (`getContactInfo`, sent as `POST`, with
 * the chat's archive, mute and disappearing-messages flags), getAvatar (`getAvatar`; an HTTP-200
 * `reason` rejects), list (`getContacts` without groups) and listChats (`getChats` with the names and kinds of `getContacts`, and the archive flag).
 *
 * @example
 * ```ts
 * const contacts = createSdkwaContacts(context);
 * const { exists, chatId } = await contacts.check('7900123456858');
 * ```
 */
export function createSdkwaContacts(context: SdkwaOperationContext): Partial<ContactsOperations> {
  const { client } = context;
  return {
    check: async (phone) => {
      const answer = await client.checkWhatsapp({ phoneNumber: phone });
      return {
        exists: answer.existsWhatsapp,
        ...(answer.existsWhatsapp ? { chatId: whatsAppChatId(phone) } : {}),
        raw: answer,
      };
    },
    getInfo: async (chatId) => mapContactInfo(await client.getContactInfo({ chatId }), chatId),
    getAvatar: async (chatId) => {
      const answer = await client.getAvatar({ chatId });
      const url = asText(answer.urlAvatar);
      return { ...(url === undefined ? {} : { url }), available: url !== undefined };
    },
    list: async () => mapContacts(await client.getContacts()),
    listChats: async () => {
      const [chats, contacts] = await Promise.all([client.getChats(), client.getContacts()]);
      const known = new Map(contacts.map((contact) => [contact.id, contact]));
      const archived = new Set(chats.filter((chat) => chat.archive === true).map((chat) => chat.id));
      const merged = chats.map((chat) => ({ ...known.get(chat.id), ...chat }));
      return mapChats(merged).map((chat) => (archived.has(chat.id) ? { ...chat, isArchived: true } : chat));
    },
  };
}
