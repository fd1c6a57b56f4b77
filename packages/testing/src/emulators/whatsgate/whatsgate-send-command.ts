import { createWhatsgateMessage } from './create-whatsgate-message.js';
import { chatIdNumber, isGroupChatId, readRecipientChatId } from './whatsgate-chat-id.js';
import type { WhatsgateEmulatorState } from './whatsgate-emulator-state.js';
import {
  invalidFieldError,
  missingFieldError,
  WhatsgateError,
  whatsgateErrorMessages,
} from './whatsgate-error.js';
import {
  isFieldRecord,
  optionalString,
  readBoolean,
  requireObject,
  type WhatsgateFields,
} from './whatsgate-fields.js';
import {
  emitMessageEvent,
  rememberMessage,
  scheduleAutomaticAcks,
  storeMedia,
} from './whatsgate-message-events.js';
import type { WhatsgateMessage, WhatsgateMessageType, WhatsgateSendType } from './whatsgate-payloads.js';
import type { WhatsgateSessionRecord, WhatsgateStoredMedia } from './whatsgate-session-record.js';

const messageTypes: Readonly<Record<WhatsgateSendType, WhatsgateMessageType>> = {
  text: 'chat',
  image: 'image',
  doc: 'document',
  voice: 'ptt',
  sticker: 'sticker',
};

const base64Pattern = /^[A-Za-z0-9+/]+={0,2}$/;

function readSendType(message: WhatsgateFields): WhatsgateSendType {
  const type = message.type ?? 'text';
  if (typeof type !== 'string' || !Object.hasOwn(messageTypes, type)) {
    throw invalidFieldError('message.type', 'must be one of text, image, doc, voice, sticker');
  }
  return type as WhatsgateSendType;
}

function readMedia(message: WhatsgateFields): WhatsgateStoredMedia {
  const media = message.media;
  if (!isFieldRecord(media)) throw missingFieldError('message.media');
  const mimetype = optionalString(media, 'mimetype');
  const filename = optionalString(media, 'filename');
  const data = optionalString(media, 'data')?.replace(/\s+/g, '');
  if (mimetype === undefined) throw missingFieldError('message.media.mimetype');
  if (data === undefined) throw missingFieldError('message.media.data');
  if (filename === undefined) throw missingFieldError('message.media.filename');
  if (!/^[a-z]+\/[-+.\w]+/i.test(mimetype))
    throw invalidFieldError('message.media.mimetype', 'not a MIME type');
  if (!base64Pattern.test(data)) {
    throw invalidFieldError('message.media.data', 'must be base64 without a data: prefix');
  }
  return { mimetype, filename, bytes: new Uint8Array(Buffer.from(data, 'base64')) };
}

function wireType(
  sendType: WhatsgateSendType,
  media: WhatsgateStoredMedia | undefined,
): WhatsgateMessageType {
  if (sendType === 'image' && media?.mimetype.startsWith('video/') === true) return 'video';
  return messageTypes[sendType];
}

function isDeliverable(state: WhatsgateEmulatorState, chatId: string): boolean {
  return isGroupChatId(chatId) || !state.unregisteredNumbers.has(chatIdNumber(chatId));
}

function perform(
  state: WhatsgateEmulatorState,
  record: WhatsgateSessionRecord,
  message: WhatsgateMessage,
  isAsync: boolean,
): void {
  rememberMessage(record, message);
  if (isAsync) emitMessageEvent(state, record, 'sent', message);
  scheduleAutomaticAcks(state, record, message.id);
}

/**
 * `send` (§3.1): text, quoted reply or base64 media to a contact or group, by JID or number.
 * Sync (`async` false, the default here) answers `{"result": message}` with `ack` 0; async answers
 * `{"result":"OK"}` and later emits `sent` (or `error`). Both are followed by the automatic `ack` events.
 * A number that is not on WhatsApp fails with the whatsapp-web.js "Evaluation failed" text.
 */
export function sendCommand(state: WhatsgateEmulatorState, fields: WhatsgateFields): unknown {
  const record = state.requireReadySession(fields);
  const isAsync = readBoolean(fields.async, 'async') ?? false;
  const chatId = readRecipientChatId(fields);
  const messageFields = requireObject(fields, 'message');
  const sendType = readSendType(messageFields);
  const body = optionalString(messageFields, 'body') ?? '';
  const quote = optionalString(messageFields, 'quote');
  const media = sendType === 'text' ? undefined : readMedia(messageFields);
  if (sendType === 'text' && body === '') throw missingFieldError('message.body');
  const deliverable = isDeliverable(state, chatId);
  if (!isAsync && !deliverable) throw new WhatsgateError(500, whatsgateErrorMessages.notOnWhatsapp);
  const mediaKey = media === undefined ? '' : storeMedia(state, record, media);
  const message = createWhatsgateMessage({
    fromMe: true,
    chatId,
    selfId: record.wid ?? '',
    shortId: state.ids.messageShortId(true),
    type: wireType(sendType, media),
    body,
    timestamp: state.clock.unixSeconds(),
    mediaKey,
    extra: quote === undefined ? {} : { hasQuotedMsg: true, quotedMsgId: quote },
  });
  record.sent.push({
    whatsappId: record.whatsappId,
    async: isAsync,
    chatId,
    request: fields,
    message: structuredClone(message),
    ...(quote === undefined ? {} : { quote }),
    ...(media === undefined ? {} : { media }),
  });
  if (!isAsync) {
    perform(state, record, message, false);
    return { result: { ...structuredClone(message), from_name: record.pushname ?? '' } };
  }
  state.timers.after(state.options.asyncSendDelayMilliseconds, () => {
    if (state.findSession(record.whatsappId) !== record) return;
    if (!deliverable || record.status !== 'READY') {
      const reason = deliverable
        ? whatsgateErrorMessages.sessionNotReady
        : whatsgateErrorMessages.notOnWhatsapp;
      state.emit(record, 'error', { message: reason }, 500);
      return;
    }
    perform(state, record, message, true);
  });
  return { result: 'OK' };
}
