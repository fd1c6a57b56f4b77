import type { ChatContact } from '../templates/chat-contact.js';
import type { Chat } from '../templates/chat-group.js';
import type { AccountCheck, Avatar, ContactInfo } from './results.js';

/**
 * Contacts and chats: `messenger.contacts`.
 */
export interface ContactsOperations {
  /**
   * Checks whether a phone number has an account on the network and returns its chat id (Telegram and
   * MAX need this to write to a phone number).
   *
   * @example
   * ```ts
   * const { exists, chatId } = await messenger.contacts.check('79001234567');
   * ```
   */
  check(phone: string): Promise<AccountCheck>;
  /**
   * Reads a contact's details.
   *
   * @example
   * ```ts
   * const info = await messenger.contacts.getInfo('79001234567@c.us');
   * ```
   */
  getInfo(chatId: string): Promise<ContactInfo>;
  /**
   * Reads a contact's or group's avatar URL.
   *
   * @example
   * ```ts
   * const { url, available } = await messenger.contacts.getAvatar(chatId);
   * ```
   */
  getAvatar(chatId: string): Promise<Avatar>;
  /**
   * Lists the account's contacts.
   *
   * @example
   * ```ts
   * const contacts = await messenger.contacts.list();
   * ```
   */
  list(): Promise<ChatContact[]>;
  /**
   * Lists the account's chats (contacts and groups, told apart by `isGroup`).
   *
   * @example
   * ```ts
   * const groups = (await messenger.contacts.listChats()).filter((chat) => chat.isGroup);
   * ```
   */
  listChats(): Promise<Chat[]>;
}
