import {
  type ChatReference,
  isGroupChatId,
  phoneFromChatId,
  type ReceivedMessage,
  type Sender,
} from '@switchboard/core';
import { stripDeviceSuffix } from '@switchboard/core/adapter';
import type { WhatsgateMessage } from '../client/schemas/whatsgate-message-schema.js';
import { mapMessageContent } from './map-message-content.js';

/**
 * A Whatsgate message in core words: the chat it belongs to, the message, and whether the account
 * sent it.
 */
export interface MappedWhatsgateMessage {
  /** The chat the message belongs to: private, group or channel. */
  chat: ChatReference;
  /** The message in core's shape. */
  message: ReceivedMessage;
  /** `true` when the account itself sent it (a long id starting with `true_`). */
  fromMe: boolean;
}

/** Tells whether a long message id (`true_…` / `false_…`) names a message the account sent. */
export function isOwnMessageId(messageId: string): boolean {
  return messageId.startsWith('true_');
}

/** Reads the chat id out of a long message id (`false_79991112233@c.us_3EB0…` → `79991112233@c.us`). */
export function chatIdFromMessageId(messageId: string): string | undefined {
  const prefix = messageId.startsWith('true_') ? 5 : messageId.startsWith('false_') ? 6 : 0;
  if (prefix === 0) return undefined;
  const end = messageId.indexOf('_', prefix);
  if (end === -1) return undefined;
  const chatId = messageId.slice(prefix, end);
  // Some `@` with text on both sides, as `[^_]+@[^_]+` asked.
  const at = chatId.indexOf('@', 1);
  return at !== -1 && at < chatId.length - 1 ? chatId : undefined;
}

/** Builds the chat reference of a chat id: `@g.us` → group, `@newsletter` → channel, else private. */
export function chatReference(chatId: string): ChatReference {
  if (chatId === '') return { id: '', type: 'unknown' };
  if (isGroupChatId(chatId)) return { id: chatId, type: 'group' };
  if (chatId.endsWith('@newsletter')) return { id: chatId, type: 'channel' };
  return { id: chatId, type: 'private' };
}

function sender(id: string, name: string | null | undefined): Sender {
  const phone = phoneFromChatId(id);
  return { id, ...(name ? { name } : {}), ...(phone === undefined ? {} : { phone }) };
}

/**
 * Maps a Whatsgate message object: an incoming message's chat is `from` (the group for group
 * messages, whose writer is `author`), an own message's chat is `to`. Ids are kept long
 * (`false_…`), as `quote` and `get-messagemedia` need them.
 */
export function mapReceivedMessage(payload: WhatsgateMessage): MappedWhatsgateMessage {
  const fromMe = isOwnMessageId(payload.id);
  const from = stripDeviceSuffix(payload.from ?? '');
  const to = stripDeviceSuffix(payload.to ?? '');
  const chatId = (fromMe ? to : from) || chatIdFromMessageId(payload.id) || '';
  const author = payload.author ? stripDeviceSuffix(payload.author) : undefined;
  const message: ReceivedMessage = {
    id: payload.id,
    sender: sender(author ?? from, payload.from_name),
    content: mapMessageContent(payload),
  };
  if (payload.quotedMsgId) message.replyTo = { messageId: payload.quotedMsgId };
  if (typeof payload.isForwarded === 'boolean') message.isForwarded = payload.isForwarded;
  return { chat: chatReference(chatId), message, fromMe };
}
