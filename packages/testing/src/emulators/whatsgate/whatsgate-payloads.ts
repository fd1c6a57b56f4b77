/**
 * Wire shapes of the Whatsgate (whatsgate.ru) API v1, as the emulator produces and accepts them.
 * Section numbers refer to the project's Whatsgate reference.
 *
 * @example
 * const ack: WhatsgateAck = 3; // read
 */
export type WhatsgateAck = -1 | 0 | 1 | 2 | 3 | 4;

/**
 * `type` of a message object (whatsapp-web.js vocabulary; `chat` is text).
 *
 * @example
 * const type: WhatsgateMessageType = 'ptt';
 */
export type WhatsgateMessageType =
  | 'chat'
  | 'image'
  | 'video'
  | 'audio'
  | 'ptt'
  | 'document'
  | 'sticker'
  | 'location'
  | 'vcard'
  | 'multi_vcard'
  | 'revoked';

/**
 * `message.type` of a `send` request (§2.3).
 *
 * @example
 * const type: WhatsgateSendType = 'doc';
 */
export type WhatsgateSendType = 'text' | 'image' | 'doc' | 'voice' | 'sticker';

/**
 * A media file: `send` input and `get-media` / `get-messagemedia` output (§2.4).
 *
 * @example
 * const media: WhatsgateMediaFile = { mimetype: 'application/pdf', data: 'JVBERi0xLjQK', filename: 'invoice.pdf' };
 */
export interface WhatsgateMediaFile {
  mimetype: string;
  /** Base64 without a `data:` prefix. */
  data: string;
  filename: string;
  /** Size in bytes; seen in real clients' DTOs of `get-media` answers [I]. */
  filesize?: number;
}

/**
 * A message object: sync `send` result, webhook / `events-get` payload (§2.5).
 *
 * @example
 * const message: WhatsgateMessage = whatsgateFixtures.incomingTextWebhook.event_data.message;
 */
export interface WhatsgateMessage {
  /** Short id, e.g. `3EB0436AE1E682FF3A37`. */
  _id: string;
  /** Long id `<fromMe>_<chatJid>_<shortId>`; use it for `quote` and `get-messagemedia`. */
  id: string;
  ack: WhatsgateAck;
  hasMedia: boolean;
  /** Empty string when there is no media. */
  mediaKey: string;
  body: string;
  type: WhatsgateMessageType;
  /** Unix seconds. */
  timestamp: number;
  from: string;
  to: string;
  isForwarded: boolean;
  /** Sender display name (sync `send` answer). */
  from_name?: string;
  /** Group participant who wrote an incoming group message (whatsapp-web.js `author`) [I]. */
  author?: string;
  /** Present and `true` on replies [I: whatsapp-web.js]. */
  hasQuotedMsg?: boolean;
  /** Long id of the quoted message on replies [I]. */
  quotedMsgId?: string;
  /** Location messages [I: whatsapp-web.js]. */
  location?: { latitude: number; longitude: number; description?: string };
  /** Contact cards of `vcard` / `multi_vcard` messages [I: whatsapp-web.js]. */
  vCards?: string[];
}

/**
 * `event_action` values (§4).
 *
 * @example
 * const action: WhatsgateEventAction = 'ack';
 */
export type WhatsgateEventAction =
  | 'message'
  | 'ack'
  | 'media'
  | 'sent'
  | 'create'
  | 'error'
  | 'disconnect'
  | 'ready';

/**
 * A webhook body and an `events-get` item (§2.8).
 *
 * @example
 * const event: WhatsgateEvent = whatsgateFixtures.readyWebhook;
 */
export interface WhatsgateEvent<Data = Record<string, unknown>> {
  id: number;
  whatsapp_id: string;
  event_action: WhatsgateEventAction;
  /** `YYYY-MM-DD HH:MM:SS`, server local time (Moscow). */
  event_date: string;
  status_code: number | null;
  event_data: Data;
}

/**
 * Session statuses (§2.7).
 *
 * @example
 * const status: WhatsgateSessionStatus = 'READY';
 */
export type WhatsgateSessionStatus = 'PENDING' | 'AUTH' | 'READY' | 'DESTROYING';

/**
 * A session object of `session-create`, `sessions-get`, `session-delete` (§2.7).
 *
 * @example
 * const session: WhatsgateSession = whatsgateFixtures.sessionCreateResponse.data;
 */
export interface WhatsgateSession {
  id: number;
  name: string;
  unique_id: string;
  status: WhatsgateSessionStatus;
  callback: string | null;
  date_add: string;
  qr: string | null;
  status_name: string;
  pushname: string | null;
  wid: string | null;
  qr_link: string;
  /** Pairing code, only for `auth_type: "CODE"` sessions. */
  code?: string;
}

/**
 * A group participant (§2.6).
 *
 * @example
 * const participant: WhatsgateParticipant = { id: '79991112233@c.us', isAdmin: false, isSuperAdmin: false };
 */
export interface WhatsgateParticipant {
  id: string;
  isAdmin: boolean;
  isSuperAdmin: boolean;
}

/**
 * Group metadata (§2.6).
 *
 * @example
 * const metadata: WhatsgateGroupMetadata = { id: '1@g.us', creation: 1, owner: '7@c.us', size: 0, participants: [] };
 */
export interface WhatsgateGroupMetadata {
  id: string;
  creation: number;
  owner: string;
  size: number;
  participants: WhatsgateParticipant[];
}

/**
 * A `get-chats` item: a contact chat, or a group chat with `groupMetadata` (§2.6).
 *
 * @example
 * const chat: WhatsgateChat = whatsgateFixtures.getChatsResponse.data[0];
 */
export interface WhatsgateChat {
  id: string;
  name: string;
  isGroup: boolean;
  isReadOnly: boolean;
  unreadCount: number;
  timestamp: number;
  pinned: boolean;
  isMuted: boolean;
  /** Seconds until unmute (a number, although the swagger says boolean). */
  muteExpiration: number;
  groupMetadata?: WhatsgateGroupMetadata;
}

/**
 * `recipient` of `send`, `seen`, `typing` (§2.2): by JID or by number.
 *
 * @example
 * const recipient: WhatsgateRecipient = { number: '79991112233', type: 'contact' };
 */
export type WhatsgateRecipient = { id: string } | { number: string; type?: 'contact' | 'group' };

/**
 * A `send` request body (§2.1).
 *
 * @example
 * const body: WhatsgateSendRequest = whatsgateFixtures.sendTextByNumberAsync;
 */
export interface WhatsgateSendRequest {
  WhatsappID: string;
  async?: boolean;
  recipient: WhatsgateRecipient;
  message: {
    type?: WhatsgateSendType;
    body?: string;
    quote?: string;
    media?: WhatsgateMediaFile;
  };
}

/**
 * The Yii2-shaped error body.
 *
 * @example
 * const error: WhatsgateErrorBody = whatsgateFixtures.unauthorizedError;
 */
export interface WhatsgateErrorBody {
  name: string;
  message: string;
  code: number;
  status?: number;
}
