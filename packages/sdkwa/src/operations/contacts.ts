import { type ContactInfo, type ContactsOperations, normalizePhone, whatsAppChatId } from '@switchboard/core';
import { omitUndefined } from '@switchboard/core/adapter';
import { asNumber, asText, mapChats, mapContacts } from '@switchboard/green-api-protocol';
import type { SdkwaContactInfo } from '../client/chat-methods.js';
import type { SdkwaOperationContext } from './operation-context.js';

/**
 * Builds `messenger.contacts`: check (`checkWhatsapp`), getInfo (`getContactInfo`, sent as `POST`),
 * getAvatar (`getAvatar`; an HTTP-200 `reason` rejects), list (`getContacts` without groups) and
 * listChats (`getChats` with the names and kinds of `getContacts`, and the archive flag).
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

/**
 * Maps a `getContactInfo` answer to the contract's {@link ContactInfo}: name, avatar, description,
 * email, business category (a non-empty `category` marks a business account) and last seen (seconds or
 * milliseconds, returned as milliseconds).
 *
 * @example
 * ```ts
 * mapContactInfo({ name: 'Anna', avatar: 'https://…/a.jpg', chatId: '79001234567@c.us' }, '79001234567@c.us');
 * ```
 */
export function mapContactInfo(answer: SdkwaContactInfo, chatId: string): ContactInfo {
  const id = asText(answer.chatId) ?? chatId;
  const lastSeen = asNumber(answer.lastSeen);
  const digits = /^(\d+)@c\.us$/.exec(id)?.[1];
  const fields = {
    name: asText(answer.name),
    phone: digits === undefined ? undefined : normalizePhone(digits),
    avatarUrl: asText(answer.avatar),
    description: asText(answer.description),
    email: asText(answer.email),
    isBusiness: asText(answer.category) === undefined ? undefined : true,
    lastSeen:
      lastSeen === undefined || lastSeen <= 0
        ? undefined
        : lastSeen < 100_000_000_000
          ? lastSeen * 1000
          : lastSeen,
  };
  return { chatId: id, ...omitUndefined(fields), raw: answer };
}
