import type { WhatsgateAck, WhatsgateMessage, WhatsgateMessageType } from './whatsgate-payloads.js';

/**
 * Input of {@link createWhatsgateMessage}.
 *
 * @example
 * const input: WhatsgateMessageInit = { fromMe: true, chatId: '79991112233@c.us', selfId: '79999999999@c.us', shortId: '3EB0…', type: 'chat', body: 'Hi', timestamp: 1 };
 */
export interface WhatsgateMessageInit {
  /** True for a message the session sent; the long id starts with `true_`. */
  fromMe: boolean;
  /** The other side: recipient of an outgoing message, sender chat of an incoming one. */
  chatId: string;
  /** The session's own JID. */
  selfId: string;
  /** The short id (`_id`); the long id is built from it. */
  shortId: string;
  /** Whatsgate's message type (`chat`, `image`, `document`, …). */
  type: WhatsgateMessageType;
  /** The text, or the caption of a media message. */
  body: string;
  /** Unix seconds. */
  timestamp: number;
  /** The delivery state; 0 for an own message, 1 for an incoming one when absent. */
  ack?: WhatsgateAck;
  /** The key `get-media` takes; `''` (no media) when absent. */
  mediaKey?: string;
  /** Marks the message as forwarded; false when absent. */
  isForwarded?: boolean;
  /** Extra whatsapp-web.js fields (author, quotedMsgId, location, vCards, from_name). */
  extra?: Partial<WhatsgateMessage>;
}

/**
 * Builds a message object in the field order of the reference (§2.5): long id `<fromMe>_<chatJid>_<shortId>`,
 * plus `_<author>` for incoming group messages as in whatsapp-web.js, `from`/`to` by direction, `ack` 0 for outgoing and 1 for incoming unless given.
 *
 * @example
 * createWhatsgateMessage({ fromMe: false, chatId: '79991112233@c.us', selfId: '79999999999@c.us', shortId: '3EB0436AE1E682FF3A37', type: 'chat', body: '212', timestamp: 1662575377 }).id;
 * // 'false_79991112233@c.us_3EB0436AE1E682FF3A37'
 */
export function createWhatsgateMessage(init: WhatsgateMessageInit): WhatsgateMessage {
  const mediaKey = init.mediaKey ?? '';
  const author = init.extra?.author;
  const participantSuffix = !init.fromMe && author !== undefined ? `_${author}` : '';
  return {
    _id: init.shortId,
    id: `${init.fromMe}_${init.chatId}_${init.shortId}${participantSuffix}`,
    ack: init.ack ?? (init.fromMe ? 0 : 1),
    hasMedia: mediaKey !== '',
    mediaKey,
    body: init.body,
    type: init.type,
    timestamp: init.timestamp,
    from: init.fromMe ? init.selfId : init.chatId,
    to: init.fromMe ? init.chatId : init.selfId,
    isForwarded: init.isForwarded ?? false,
    ...init.extra,
  };
}
