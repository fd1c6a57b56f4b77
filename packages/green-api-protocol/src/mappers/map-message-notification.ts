import type { MessengerEvent } from '@switchboard/core';
import { asRecord, asString, asText } from './field-readers.js';
import { mapSender, mapSenderDataChat } from './map-chat-reference.js';
import { mapMessageContent } from './map-message-content.js';
import { type GreenApiNotificationContext, notificationBase } from './notification-base.js';

const messageWebhooks = new Set([
  'incomingMessageReceived',
  'outgoingMessageReceived',
  'outgoingAPIMessageReceived',
]);

/**
 * Tells whether a `typeWebhook` carries a message (`incomingMessageReceived`, `outgoingMessageReceived`,
 * `outgoingAPIMessageReceived`).
 */
export function isMessageWebhook(typeWebhook: string): boolean {
  return messageWebhooks.has(typeWebhook);
}

/**
 * Maps a message notification: incoming → `message-received`, sent from the phone → `message-sent`
 * (`source: 'device'`), sent through the API → `message-sent` (`source: 'api'`); reactions, edits and
 * deletions become `reaction-received`, `message-edited` and `message-deleted`. Returns `undefined`
 * when the body lacks `idMessage`, `senderData` or `messageData` (the caller makes it `unknown`).
 */
export function mapMessageNotification(
  body: Record<string, unknown>,
  context: GreenApiNotificationContext,
): MessengerEvent | undefined {
  const typeWebhook = asString(body.typeWebhook) ?? '';
  const idMessage = asText(body.idMessage);
  const messageData = asRecord(body.messageData);
  if (idMessage === undefined || body.senderData === undefined || body.messageData === undefined)
    return undefined;
  const base = notificationBase(body, context, [typeWebhook, idMessage], mapSenderDataChat(body.senderData));
  const sender = mapSender(body.senderData);
  const typeMessage = asString(messageData.typeMessage) ?? '';
  if (typeMessage === 'reactionMessage') {
    const reacted = asText(asRecord(messageData.quotedMessage).stanzaId) ?? '';
    const reaction = asString(asRecord(messageData.extendedTextMessageData).text) ?? '';
    return { ...base, type: 'reaction-received', messageId: reacted, sender, reaction };
  }
  if (typeMessage === 'editedMessage') {
    const edited = asRecord(messageData.editedMessageData);
    const text = asString(edited.textMessage) ?? asString(edited.caption) ?? '';
    const messageId = asText(edited.stanzaId) ?? idMessage;
    return { ...base, type: 'message-edited', messageId, sender, content: { type: 'text', text } };
  }
  if (typeMessage === 'deletedMessage') {
    const messageId = asText(asRecord(messageData.deletedMessageData).stanzaId) ?? idMessage;
    return { ...base, type: 'message-deleted', messageId, sender };
  }
  const mapped = mapMessageContent(messageData);
  const message = {
    id: idMessage,
    sender,
    content: mapped.content,
    ...(mapped.replyTo === undefined ? {} : { replyTo: mapped.replyTo }),
    ...(mapped.isForwarded === undefined ? {} : { isForwarded: mapped.isForwarded }),
  };
  if (typeWebhook === 'incomingMessageReceived') return { ...base, type: 'message-received', message };
  const source = typeWebhook === 'outgoingAPIMessageReceived' ? 'api' : 'device';
  return { ...base, type: 'message-sent', message, source };
}
