import { createWhatsgateMessage } from './create-whatsgate-message.js';
import { toChatId } from './whatsgate-chat-id.js';
import type { WhatsgateEmulatorState } from './whatsgate-emulator-state.js';
import { emitMessageEvent, rememberMessage, storeMedia } from './whatsgate-message-events.js';
import type { WhatsgateMessage, WhatsgateMessageType } from './whatsgate-payloads.js';
import type { WhatsgateSessionRecord, WhatsgateStoredMedia } from './whatsgate-session-record.js';

/**
 * Media kinds an incoming message can carry.
 *
 * @example
 * const kind: WhatsgateIncomingMediaKind = 'voice';
 */
export type WhatsgateIncomingMediaKind = 'image' | 'video' | 'audio' | 'voice' | 'document' | 'sticker';

/**
 * The file of an incoming media message; every field has a default per kind.
 *
 * @example
 * const media: WhatsgateIncomingMediaInput = { data: new Uint8Array([0xff, 0xd8]), mimetype: 'image/jpeg', filename: 'photo.jpg' };
 */
export interface WhatsgateIncomingMediaInput {
  /** Bytes, or base64 (the only form over HTTP). */
  data?: Uint8Array | string;
  /** The MIME type; a sample type per kind when absent. */
  mimetype?: string;
  /** The file name; a sample name per kind when absent. */
  filename?: string;
}

/**
 * Fields common to every injected incoming message.
 *
 * @example
 * const common: WhatsgateIncomingCommon = { from: '79991112233', senderName: 'Ivan' };
 */
export interface WhatsgateIncomingCommon {
  /** Sender chat: a number or JID (`…@g.us` for a group). */
  from: string;
  /** The participant who wrote, for group messages. */
  author?: string;
  /** Chat name to use when the chat is new. */
  senderName?: string;
  /** Short message id (default: 32 generated hex characters). */
  shortId?: string;
  /** Unix seconds (default: now). */
  timestamp?: number;
  /** Marks the message as forwarded; false when absent. */
  isForwarded?: boolean;
  /** Long id of the message this one replies to. */
  quote?: string;
}

/**
 * An incoming message for `control.injectIncomingMessage`, one variant per content type.
 *
 * @example
 * const input: WhatsgateIncomingMessageInput = { kind: 'location', from: '79991112233', latitude: 55.75, longitude: 37.62 };
 */
export type WhatsgateIncomingMessageInput = WhatsgateIncomingCommon &
  (
    | {
        /** Which message type to produce; the other fields depend on it. */
        kind: 'text';
        /** The text as the sender wrote it. */
        body: string;
      }
    | {
        /** Which message type to produce; the other fields depend on it. */
        kind: WhatsgateIncomingMediaKind;
        /** The caption the sender added; none when absent. */
        caption?: string;
        /** The file, fetchable by media key; sample bytes per kind when absent. */
        media?: WhatsgateIncomingMediaInput;
      }
    | {
        /** Which message type to produce; the other fields depend on it. */
        kind: 'location';
        /** Degrees north, WGS 84. */
        latitude: number;
        /** Degrees east, WGS 84. */
        longitude: number;
        /** The place's name or address. */
        description?: string;
      }
    | {
        /** Which message type to produce; the other fields depend on it. */
        kind: 'contact';
        /** The vCard text of the card. */
        vcard: string;
      }
    | {
        /** Which message type to produce; the other fields depend on it. */
        kind: 'contacts';
        /** The vCard texts of a `multi_vcard` message. */
        vcards: string[];
      }
  );

const mediaDefaults: Readonly<
  Record<WhatsgateIncomingMediaKind, { type: WhatsgateMessageType; mimetype: string; filename: string }>
> = {
  image: { type: 'image', mimetype: 'image/jpeg', filename: 'image.jpg' },
  video: { type: 'video', mimetype: 'video/mp4', filename: 'video.mp4' },
  audio: { type: 'audio', mimetype: 'audio/mpeg', filename: 'audio.mp3' },
  voice: { type: 'ptt', mimetype: 'audio/ogg; codecs=opus', filename: 'voice.ogg' },
  document: { type: 'document', mimetype: 'application/pdf', filename: 'document.pdf' },
  sticker: { type: 'sticker', mimetype: 'image/webp', filename: 'sticker.webp' },
};

function toBytes(data: Uint8Array | string | undefined, kind: string): Uint8Array {
  if (data === undefined) return new TextEncoder().encode(`emulated ${kind} content`);
  return typeof data === 'string' ? new Uint8Array(Buffer.from(data, 'base64')) : data;
}

interface ContentParts {
  type: WhatsgateMessageType;
  body: string;
  media?: WhatsgateStoredMedia;
  extra: Partial<WhatsgateMessage>;
}

function contentParts(input: WhatsgateIncomingMessageInput): ContentParts {
  switch (input.kind) {
    case 'text':
      return { type: 'chat', body: input.body, extra: {} };
    case 'location': {
      const location = { latitude: input.latitude, longitude: input.longitude };
      const described =
        input.description === undefined ? location : { ...location, description: input.description };
      return { type: 'location', body: input.description ?? '', extra: { location: described } };
    }
    case 'contact':
      return { type: 'vcard', body: input.vcard, extra: { vCards: [input.vcard] } };
    case 'contacts':
      return { type: 'multi_vcard', body: '', extra: { vCards: input.vcards } };
    default: {
      const defaults = mediaDefaults[input.kind];
      const media: WhatsgateStoredMedia = {
        mimetype: input.media?.mimetype ?? defaults.mimetype,
        filename: input.media?.filename ?? defaults.filename,
        bytes: toBytes(input.media?.data, input.kind),
      };
      return { type: defaults.type, body: input.caption ?? '', media, extra: {} };
    }
  }
}

/**
 * Delivers an incoming message to a session: media stored under a new media key, the chat updated, a `message`
 * event (plus a `media` event for media when `mediaEvents` is on).
 */
export function injectIncomingMessage(
  state: WhatsgateEmulatorState,
  record: WhatsgateSessionRecord,
  input: WhatsgateIncomingMessageInput,
): WhatsgateMessage {
  const chatId = toChatId(input.from);
  const parts = contentParts(input);
  const extra: Partial<WhatsgateMessage> = { ...parts.extra };
  if (input.author !== undefined) extra.author = toChatId(input.author);
  if (input.quote !== undefined) Object.assign(extra, { hasQuotedMsg: true, quotedMsgId: input.quote });
  const timestamp = input.timestamp ?? state.clock.unixSeconds();
  const message = createWhatsgateMessage({
    fromMe: false,
    chatId,
    selfId: record.wid ?? '',
    shortId: input.shortId ?? state.ids.messageShortId(false),
    type: parts.type,
    body: parts.body,
    timestamp,
    ...(parts.media === undefined ? {} : { mediaKey: storeMedia(state, record, parts.media) }),
    ...(input.isForwarded === undefined ? {} : { isForwarded: input.isForwarded }),
    extra,
  });
  if (record.chats.get(chatId) === undefined && input.senderName !== undefined) {
    record.chats.upsert(
      { id: chatId, name: input.senderName, timestamp },
      { now: timestamp, selfId: record.wid ?? '' },
    );
  }
  rememberMessage(record, message);
  emitMessageEvent(state, record, 'message', message);
  if (message.hasMedia && state.options.mediaEvents) emitMessageEvent(state, record, 'media', message);
  return structuredClone(message);
}

/** A message the account owner sent from the phone: a `create` event with a `true_…` message. */
export function recordPhoneMessage(
  state: WhatsgateEmulatorState,
  record: WhatsgateSessionRecord,
  input: { to: string; body: string },
): WhatsgateMessage {
  const message = createWhatsgateMessage({
    fromMe: true,
    chatId: toChatId(input.to),
    selfId: record.wid ?? '',
    shortId: state.ids.messageShortId(false),
    type: 'chat',
    body: input.body,
    timestamp: state.clock.unixSeconds(),
    ack: 1,
  });
  rememberMessage(record, message);
  emitMessageEvent(state, record, 'create', message);
  return structuredClone(message);
}
