import {
  type Chat,
  type ChatContact,
  createChatContact,
  createChatGroup,
  isGroupChatId,
} from '@switchboard/core';
import { stripDeviceSuffix } from '@switchboard/core/adapter';
import { asIdentifier, asRecord, asText } from './field-readers.js';

/**
 * Maps a `getContacts` or `getChats` entry to a core chat: a group (`type: 'group'`, `@g.us` or a
 * negative id) or a contact. `undefined` when the entry has no id.
 */
export function mapChat(entry: unknown): Chat | undefined {
  const record = asRecord(entry);
  const rawId = asIdentifier(record.id) ?? asIdentifier(record.chatId);
  if (rawId === undefined) return undefined;
  const id = stripDeviceSuffix(rawId);
  const name = asText(record.contactName) ?? asText(record.name) ?? '';
  const type = asText(record.type);
  if (type === 'group' || type === 'supergroup' || type === 'channel' || isGroupChatId(id)) {
    return createChatGroup({ id, name });
  }
  const phone = asIdentifier(record.phoneNumber) ?? /^(\d+)@c\.us$/.exec(id)?.[1];
  return createChatContact({ id, name, ...(phone === undefined ? {} : { phone }) });
}

/** Maps a list of entries to contacts only (groups and entries without an id are left out). */
export function mapContacts(entries: readonly unknown[]): ChatContact[] {
  return entries.map(mapChat).filter((chat): chat is ChatContact => chat !== undefined && !chat.isGroup);
}

/** Maps a list of entries to chats (entries without an id are left out). */
export function mapChats(entries: readonly unknown[]): Chat[] {
  return entries.map(mapChat).filter((chat): chat is Chat => chat !== undefined);
}
