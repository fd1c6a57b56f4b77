import type { GreenApiInstance } from '../green-api-instance.js';
import type { JsonObject } from '../green-api-types.js';

/**
 * The `getContactInfo` answer: WhatsApp's business-aware shape, or Telegram/MAX's
 * `{avatar, name, contactName, chatId, lastSeen, phoneNumber}`.
 */
export function contactInfoView(instance: GreenApiInstance, chatId: string, avatar: string): JsonObject {
  const contact = instance.directory.get(chatId);
  const name = contact?.name ?? instance.chatName(chatId);
  if (instance.typeInstance !== 'whatsapp') {
    const phone = contact?.phone;
    return {
      avatar,
      name,
      contactName: contact?.contactName ?? '',
      chatId,
      lastSeen: contact?.lastSeen ?? null,
      phoneNumber: phone === undefined ? null : Number(phone),
    };
  }
  return {
    avatar,
    name,
    contactName: contact?.contactName ?? '',
    email: contact?.email ?? '',
    category: '',
    description: contact?.description ?? '',
    products: [],
    chatId,
    lastSeen: contact?.lastSeen ?? null,
    isArchive: contact?.isArchive ?? false,
    isDisappearing: (contact?.messageExpiration ?? 0) > 0,
    isMute: contact?.isMute ?? false,
    messageExpiration: contact?.messageExpiration ?? 0,
    muteExpiration: null,
    isBusiness: contact?.isBusiness ?? false,
  };
}
