import type { ChatContact } from '../templates/chat-contact.js';
import type { Chat } from '../templates/chat-group.js';
import type { AccountCheck, Avatar, ContactInfo } from './results.js';

/** Contacts and chats: `messenger.contacts`. */
export interface ContactsOperations {
  /**
   * Checks whether a phone number has an account on the network and returns its chat id (Telegram and
   * MAX need this to write to a phone number).
   */
  check(phone: string): Promise<AccountCheck>;
  /** Reads a contact's details. */
  getInfo(chatId: string): Promise<ContactInfo>;
  /** Reads a contact's or group's avatar URL. */
  getAvatar(chatId: string): Promise<Avatar>;
  /** Lists the account's contacts. */
  list(): Promise<ChatContact[]>;
  /** Lists the account's chats (contacts and groups, told apart by `isGroup`). */
  listChats(): Promise<Chat[]>;
}
