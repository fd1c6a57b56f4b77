import type { HistoryMessage } from '@switchboard/core';
import { stripDeviceSuffix } from '@switchboard/core/adapter';
import type { GreenApiJournalEntry } from '../schemas/response-schemas.js';
import { asBoolean, asIdentifier, asRecord, asText, secondsToMilliseconds } from './field-readers.js';
import { mapFlatContent, mapQuotedMessage } from './map-message-content.js';
import { mapMessageStatus } from './map-message-status.js';

/**
 * Maps a journal entry (`getChatHistory`, `getMessage`, `lastIncomingMessages`,
 * `lastOutgoingMessages`) to a core history message; outgoing entries carry their last status.
 */
export function mapHistoryMessage(entry: GreenApiJournalEntry, fallbackChatId = ''): HistoryMessage {
  const record = entry as Record<string, unknown>;
  const chatId = stripDeviceSuffix(asIdentifier(record.chatId) ?? fallbackChatId);
  const direction = entry.type === 'outgoing' ? 'outgoing' : 'incoming';
  const senderId = asIdentifier(record.senderId) ?? (direction === 'incoming' ? chatId : '');
  const senderName = asText(entry.senderContactName) ?? asText(entry.senderName);
  const phone = /^(\d+)@c\.us$/.exec(stripDeviceSuffix(senderId))?.[1];
  const status = direction === 'outgoing' ? mapMessageStatus(entry.statusMessage) : undefined;
  const replyTo = mapQuotedMessage(record.quotedMessage);
  const isForwarded =
    asBoolean(record.isForwarded) ?? asBoolean(asRecord(record.extendedTextMessage).isForwarded);
  return {
    id: entry.idMessage,
    chatId,
    direction,
    timestamp: secondsToMilliseconds(entry.timestamp) ?? 0,
    sender: {
      id: stripDeviceSuffix(senderId),
      ...(senderName === undefined ? {} : { name: senderName }),
      ...(phone === undefined ? {} : { phone }),
    },
    content: mapFlatContent(entry.typeMessage ?? '', record),
    ...(status === undefined ? {} : { status }),
    ...(replyTo === undefined ? {} : { replyTo }),
    ...(isForwarded === undefined ? {} : { isForwarded }),
    raw: entry,
  };
}
