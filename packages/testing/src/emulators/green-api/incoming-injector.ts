import type { GreenApiInstance } from './green-api-instance.js';
import type { GreenApiNotificationBody, GreenApiWebhookSetting, JsonObject } from './green-api-types.js';
import { incomingMessageData } from './incoming-message-data.js';
import type { GreenApiIncomingMessageInput } from './incoming-message-input.js';
import { journalContent } from './journal-content.js';
import type { MediaStore } from './media-store.js';
import { networkRules } from './network-rules.js';

/**
 * Result of an injection.
 *
 * @example
 * const { idMessage, published } = injectIncomingMessage(instance, input, media);
 */
export interface GreenApiInjection {
  /** The id of the injected incoming message. */
  idMessage: string;
  /** The notification queued or pushed for it. */
  body: GreenApiNotificationBody;
  /** Whether the instance's settings let the notification out. */
  published: boolean;
}

const defaultPeer = (whatsapp: boolean) => (whatsapp ? '79001234567@c.us' : '20000000');

function gateOf(input: GreenApiIncomingMessageInput): GreenApiWebhookSetting {
  if (input.kind === 'pollUpdate') return 'pollMessageWebhook';
  if (input.kind === 'edited') return 'editedMessageWebhook';
  if (input.kind === 'deleted') return 'deletedMessageWebhook';
  return input.fromMe === true ? 'outgoingMessageWebhook' : 'incomingWebhook';
}

function journalize(
  instance: GreenApiInstance,
  input: GreenApiIncomingMessageInput,
  entry: JsonObject,
): void {
  if (input.kind === 'edited') {
    const text = input.caption ?? input.text ?? '';
    instance.journal.update(input.stanzaId, {
      isEdited: true,
      editedMessageId: entry.idMessage,
      textMessage: text,
    });
    return;
  }
  if (input.kind === 'deleted') {
    instance.journal.update(input.stanzaId, { isDeleted: true, deletedMessageId: input.stanzaId });
    return;
  }
  if (input.kind === 'pollUpdate') return;
  instance.journal.add(entry as Parameters<GreenApiInstance['journal']['add']>[0]);
}

/**
 * Delivers an incoming message (or one sent from the phone, `fromMe`) of any kind to an instance: builds the
 * notification in the messenger's shape, journals it and publishes it when its setting allows.
 */
export function injectIncomingMessage(
  instance: GreenApiInstance,
  input: GreenApiIncomingMessageInput,
  media: MediaStore,
): GreenApiInjection {
  const whatsapp = instance.typeInstance === 'whatsapp';
  const fromMe = input.fromMe === true;
  const chatId = input.chatId ?? defaultPeer(whatsapp);
  const group = networkRules.isGroupChatId(instance.typeInstance, chatId);
  let sender = input.sender ?? (fromMe ? instance.wid : group ? defaultPeer(whatsapp) : chatId);
  if (input.deviceSuffix !== undefined) sender = sender.replace('@', `:${input.deviceSuffix}@`);
  const known = instance.directory.get(sender);
  const senderName = input.senderName ?? known?.name ?? (fromMe ? instance.name : 'Jane');
  const senderContactName = input.senderContactName ?? known?.contactName ?? '';
  const chatName = input.chatName ?? (instance.chatName(chatId) || senderName);
  const idMessage = input.idMessage ?? (fromMe ? instance.ids.outgoing() : instance.ids.incoming());
  const timestamp = input.timestamp ?? Math.floor(Date.now() / 1000);
  const phone = fromMe ? instance.phone : (known?.phone ?? '79001234567');
  const senderData = instance.factory.senderData({
    chatId,
    sender,
    chatName,
    senderName,
    senderContactName,
    ...(input.chatType === undefined ? {} : { chatType: input.chatType }),
    ...(input.senderType === undefined ? {} : { senderType: input.senderType }),
    senderPhoneNumber: input.senderPhoneNumber ?? Number(phone),
  });
  const messageData = incomingMessageData(input, {
    media,
    lookup: (id) => instance.journal.get(id),
    defaultParticipant: instance.wid === '' ? chatId : instance.wid,
  });
  const typeWebhook = fromMe ? 'outgoingMessageReceived' : 'incomingMessageReceived';
  const body = instance.factory.message(typeWebhook, idMessage, senderData, messageData, timestamp);
  instance.messageDataById.set(idMessage, messageData);
  journalize(instance, input, {
    type: fromMe ? 'outgoing' : 'incoming',
    idMessage,
    timestamp,
    typeMessage: String(messageData.typeMessage),
    chatId,
    ...(fromMe
      ? { statusMessage: 'sent', sendByApi: false }
      : { senderId: sender, senderName, senderContactName }),
    ...journalContent(messageData),
    isForwarded: input.isForwarded ?? false,
    forwardingScore: input.forwardingScore ?? 0,
    deletedMessageId: '',
    editedMessageId: '',
    isEdited: false,
    isDeleted: false,
  });
  if (!group && instance.directory.get(chatId) === undefined && !fromMe) {
    instance.directory.upsert({ chatId, name: senderName });
  }
  const published = instance.emit(body, gateOf(input));
  return { idMessage, body, published };
}
