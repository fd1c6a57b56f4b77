import type { MessageContent, ReceivedMediaFile } from '@switchboard/core';
import { ownValue } from '@switchboard/core/adapter';
import type { WhatsgateMessage } from '../client/schemas/whatsgate-message-schema.js';
import { parseVcard } from './parse-vcard.js';

type MediaType = Extract<MessageContent, { type: 'media' }>['mediaType'];

const mediaTypes: Readonly<Record<string, MediaType>> = {
  image: 'image',
  video: 'video',
  audio: 'audio',
  ptt: 'voice',
  document: 'document',
  sticker: 'sticker',
};

function text(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value === '' ? undefined : value;
}

function mediaContent(message: WhatsgateMessage, mediaType: MediaType): MessageContent {
  const file: ReceivedMediaFile = {};
  const mediaKey = text(message.mediaKey);
  if (mediaKey !== undefined) file.mediaKey = mediaKey;
  const caption = text(message.body);
  return { type: 'media', mediaType, file, ...(caption === undefined ? {} : { caption }) };
}

/**
 * Maps a Whatsgate message object to core message content by its whatsapp-web.js `type`: `chat` →
 * text; `image`, `video`, `audio`, `ptt` (voice), `document`, `sticker` → media carrying the
 * `mediaKey` (download it with `messages.downloadMedia`) and the caption; `location`; `vcard` and
 * `multi_vcard` → contact cards; anything else with media → a document; the rest → `unknown` with
 * the provider's type and text.
 */
export function mapMessageContent(message: WhatsgateMessage): MessageContent {
  const type = message.type ?? 'chat';
  const mediaType = ownValue(mediaTypes, type);
  if (mediaType !== undefined) return mediaContent(message, mediaType);
  if (type === 'chat' && !message.hasMedia) return { type: 'text', text: message.body ?? '' };
  if (type === 'location' && message.location) {
    const { latitude, longitude, description } = message.location;
    return {
      type: 'location',
      location: { latitude, longitude, ...(description ? { name: description } : {}) },
    };
  }
  if (type === 'vcard' || type === 'multi_vcard') {
    const cards = message.vCards ?? (text(message.body) === undefined ? [] : [message.body as string]);
    if (cards.length > 0) return { type: 'contact', contacts: cards.map(parseVcard) };
  }
  if (message.hasMedia) return mediaContent(message, 'document');
  const body = text(message.body);
  return { type: 'unknown', providerType: type, ...(body === undefined ? {} : { text: body }) };
}
