import { type ChatReference, isGroupChatId, type Sender } from '@switchboard/core';
import { stripDeviceSuffix } from '@switchboard/core/adapter';
import { asIdentifier, asNumber, asRecord, asText } from './field-readers.js';

/**
 * Builds a core chat reference from a GREEN-API chat id: groups are `@g.us` or negative numbers,
 * channels `@newsletter` (or Telegram `chatType: 'channel'`); a `:N` device suffix is removed.
 */
export function mapChatReference(
  chatId: string | undefined,
  options: { name?: string | undefined; chatType?: string | undefined } = {},
): ChatReference {
  if (chatId === undefined || chatId === '') return { id: '', type: 'unknown' };
  const id = stripDeviceSuffix(chatId);
  return {
    id,
    type: chatTypeOf(id, options.chatType),
    ...(options.name === undefined ? {} : { name: options.name }),
  };
}

function chatTypeOf(chatId: string, chatType: string | undefined): ChatReference['type'] {
  if (chatType === 'channel' || chatId.endsWith('@newsletter')) return 'channel';
  if (chatType === 'group' || chatType === 'supergroup' || isGroupChatId(chatId)) return 'group';
  if (chatType === 'user' || chatType === 'bot') return 'private';
  if (chatId.endsWith('@broadcast')) return 'unknown';
  return /@(c\.us|lid|s\.whatsapp\.net)$/.test(chatId) || /^\d+$/.test(chatId) ? 'private' : 'unknown';
}

/** Reads the chat of a message notification from its `senderData`. */
export function mapSenderDataChat(senderData: unknown): ChatReference {
  const data = asRecord(senderData);
  return mapChatReference(asIdentifier(data.chatId), {
    name: asText(data.chatName),
    chatType: asText(data.chatType),
  });
}

/**
 * Reads who sent a message from `senderData`: the member in groups, the address-book name first,
 * the phone from `senderPhoneNumber` or a phone-based chat id. `@lid` ids are kept as they are.
 */
export function mapSender(senderData: unknown): Sender {
  const data = asRecord(senderData);
  const id = stripDeviceSuffix(asIdentifier(data.sender) ?? asIdentifier(data.chatId) ?? '');
  const name = asText(data.senderContactName) ?? asText(data.senderName);
  const phoneNumber = asNumber(data.senderPhoneNumber);
  const phone = phoneNumber === undefined ? /^(\d+)@c\.us$/.exec(id)?.[1] : String(phoneNumber);
  const alternateId = asText(data.senderLid) ?? asText(data.senderAlternateId);
  return {
    id,
    ...(name === undefined ? {} : { name }),
    ...(phone === undefined ? {} : { phone }),
    ...(alternateId === undefined ? {} : { alternateId: stripDeviceSuffix(alternateId) }),
  };
}
