import type { JsonObject } from './green-api-types.js';

const asObject = (value: unknown): JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : {};

/**
 * Flattens a notification's `messageData` into journal-entry fields (`textMessage`, `extendedTextMessage`,
 * `downloadUrl`, `location`, `contact`, `quotedMessage`…), as `getMessage`/`getChatHistory` return them.
 */
export function journalContent(messageData: JsonObject): JsonObject {
  const content: JsonObject = {};
  const text = asObject(messageData.textMessageData);
  const extended = asObject(messageData.extendedTextMessageData);
  const file = asObject(messageData.fileMessageData);
  if (typeof text.textMessage === 'string') content.textMessage = text.textMessage;
  if (messageData.extendedTextMessageData !== undefined) {
    content.textMessage = extended.text;
    content.extendedTextMessage = { ...extended };
  }
  if (messageData.fileMessageData !== undefined) Object.assign(content, file);
  if (messageData.locationMessageData !== undefined)
    content.location = { ...asObject(messageData.locationMessageData) };
  if (messageData.contactMessageData !== undefined)
    content.contact = { ...asObject(messageData.contactMessageData) };
  if (messageData.typeMessage === 'contactsArrayMessage') {
    content.contacts = asObject(messageData.messageData).contacts ?? [];
  }
  for (const key of [
    'quotedMessage',
    'pollMessageData',
    'groupInviteMessageData',
    'editedMessageData',
    'deletedMessageData',
  ]) {
    if (messageData[key] !== undefined) content[key] = messageData[key];
  }
  return content;
}

/**
 * The `quotedMessage` sibling describing a message being replied to: its id, author, type and flattened content.
 */
export function quotedMessageOf(
  stanzaId: string,
  participant: string,
  quoted: JsonObject | undefined,
): JsonObject {
  if (quoted === undefined) return { stanzaId, participant, typeMessage: 'textMessage', textMessage: '' };
  const content: JsonObject = { stanzaId, participant };
  for (const [key, value] of Object.entries(quoted)) if (!journalOnlyFields.has(key)) content[key] = value;
  return content;
}

const journalOnlyFields = new Set([
  'type',
  'idMessage',
  'timestamp',
  'chatId',
  'senderId',
  'senderName',
  'senderContactName',
  'statusMessage',
  'sendByApi',
  'isEdited',
  'isDeleted',
  'editedMessageId',
  'deletedMessageId',
  'stanzaId',
  'participant',
]);
