import { buildMessageData, journalFieldsOf } from './build-message-data.js';
import { createMediaResolver } from './media-resolver.js';
import type { SdkwaEmulatorContext } from './sdkwa-emulator-context.js';
import type { SdkwaInstance } from './sdkwa-instance.js';
import { isMediaContent, type SdkwaMessageContent } from './sdkwa-message-content.js';
import type { SdkwaEmitOutcome } from './sdkwa-notifier.js';
import type { SdkwaMessageData } from './sdkwa-types.js';

/**
 * Who/where/when of an injected message; all optional.
 *
 * @example
 * const envelope: SdkwaMessageEnvelope = { from: '79001234567@c.us', senderName: 'Ivan' };
 */
export interface SdkwaMessageEnvelope {
  /** Sender of an incoming message / recipient of a phone-sent one. Default `79001234567@c.us`. */
  from?: string;
  /** The sender's profile name (`senderData.senderName`). */
  senderName?: string;
  /** The chat when it differs from `from` (a group `…@g.us`). */
  chatId?: string;
  /** `senderData.chatName`: the contact's or group's name. */
  chatName?: string;
  /** Default: 32 upper-case hex characters (incoming) or `3EB0…` (phone-sent). */
  idMessage?: string;
  /** Unix seconds; default now. */
  timestamp?: number;
}

/**
 * An injected message: any {@link SdkwaMessageContent} plus its {@link SdkwaMessageEnvelope}.
 *
 * @example
 * const input: SdkwaInjectedMessageInput = { type: 'text', text: 'hello', from: '79001234567@c.us' };
 */
export type SdkwaInjectedMessageInput = SdkwaMessageContent & SdkwaMessageEnvelope;

/**
 * What an injection produced.
 *
 * @example
 * const { idMessage, outcome } = control.injectIncomingMessage(id, { type: 'text', text: 'hi' });
 */
export interface SdkwaInjectedMessage {
  /** The id of the injected message. */
  idMessage: string;
  /** The `messageData` the notification carries. */
  messageData: SdkwaMessageData;
  /** Whether the notification was queued, pushed or suppressed by the settings. */
  outcome: SdkwaEmitOutcome;
  /** The emulator URL serving the media of a media message. */
  downloadUrl?: string;
}

const defaultSender = '79001234567@c.us';

/**
 * Delivers a message "from the outside": `incomingMessageReceived` (direction `incoming`) or
 * `outgoingMessageReceived` (direction `phone`: sent from the linked phone, not through the API). Writes the
 * journal, remembers the contact, stores media, honours `markIncomingMessagesReaded`.
 */
export function deliverMessage(
  instance: SdkwaInstance,
  context: SdkwaEmulatorContext,
  input: SdkwaInjectedMessageInput,
  direction: 'incoming' | 'phone',
): SdkwaInjectedMessage {
  const incoming = direction === 'incoming';
  const idMessage = input.idMessage ?? (incoming ? context.ids.hex(32) : `3EB0${context.ids.hex(16)}`);
  const from = input.from ?? defaultSender;
  const chatId = input.chatId ?? from;
  const timestamp = input.timestamp ?? Math.floor(Date.now() / 1000);
  const content = input as SdkwaMessageContent;
  const messageData = buildMessageData(content, createMediaResolver(context, idMessage));
  const senderName = input.senderName ?? context.directory.nameOf(from);
  if (input.senderName !== undefined) context.directory.setName(from, input.senderName);
  const chatName =
    input.chatName ??
    (chatId === from
      ? senderName
      : (instance.groups.get(chatId)?.subject ?? context.directory.nameOf(chatId)));
  instance.chats.remember({
    id: chatId,
    name: input.chatName ?? '',
    type: chatId.endsWith('@g.us') ? 'group' : 'user',
  });
  instance.journal.add({
    type: incoming ? 'incoming' : 'outgoing',
    idMessage,
    timestamp,
    typeMessage: messageData.typeMessage,
    chatId,
    ...(incoming ? { senderId: from, senderName } : { statusMessage: 'sent' as const, sendByApi: false }),
    ...journalFieldsOf(messageData),
  });
  if (incoming && instance.settings.markIncomingMessagesReaded === 'yes')
    instance.journal.markRead(chatId, idMessage);
  const senderData = incoming
    ? { chatId, chatName, sender: from, senderName }
    : { chatId, chatName, sender: instance.settings.wid, senderName: instance.profile.name };
  const outcome = context.notifier.emit(
    instance,
    incoming ? 'incomingMessageReceived' : 'outgoingMessageReceived',
    { idMessage, senderData, messageData },
    timestamp,
  );
  const result: SdkwaInjectedMessage = { idMessage, messageData, outcome };
  const media = context.media.forMessage(idMessage);
  if (isMediaContent(content) && media !== undefined) result.downloadUrl = context.media.urlOf(media);
  return result;
}
