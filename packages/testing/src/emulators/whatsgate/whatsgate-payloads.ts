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
  /** The MIME type, e.g. `application/pdf`. */
  mimetype: string;
  /** Base64 without a `data:` prefix. */
  data: string;
  /** The file name shown to the recipient. */
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
  /** Delivery state as whatsapp-web.js numbers it: -1 error, 0 pending, 1 sent, 2 delivered, 3 read, 4 played. */
  ack: WhatsgateAck;
  /** Whether `get-media` / `get-messagemedia` can fetch a file for it. */
  hasMedia: boolean;
  /** Empty string when there is no media. */
  mediaKey: string;
  /** The text, or the caption of a media message. */
  body: string;
  /** Whatsgate's message type (`chat`, `image`, `document`, …). */
  type: WhatsgateMessageType;
  /** Unix seconds. */
  timestamp: number;
  /** The sender's chat id (`…@c.us`). */
  from: string;
  /** The recipient's chat id (`…@c.us` or `…@g.us`). */
  to: string;
  /** Whether the message was forwarded. */
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
  location?: {
    /** Degrees north, WGS 84. */
    latitude: number;
    /** Degrees east, WGS 84. */
    longitude: number;
    /** The place's name or address; none when absent. */
    description?: string;
  };
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
  /** The event id the receiver echoes in its `{"result":"OK","id":…}` answer. */
  id: number;
  /** The session's `unique_id` (snake_case here, `WhatsappID` in requests). */
  whatsapp_id: string;
  /** What happened (`message`, `ack`, `ready`, …); `event_data` depends on it. */
  event_action: WhatsgateEventAction;
  /** `YYYY-MM-DD HH:MM:SS`, server local time (Moscow). */
  event_date: string;
  /** `null` on normal events; an error code on `error` events. */
  status_code: number | null;
  /** The event's payload, e.g. `{ message }` for `message` and `ack`. */
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
  /** Whatsgate's internal row id, not the id requests take. */
  id: number;
  /** The display name given at creation or by `set-name`. */
  name: string;
  /** The id requests take as `WhatsappID`. */
  unique_id: string;
  /** `PENDING`, `AUTH`, `READY`, `DESTROYING`, … */
  status: WhatsgateSessionStatus;
  /** The webhook URL; `null` or `''` when none. */
  callback: string | null;
  /** Creation time, `YYYY-MM-DD HH:MM:SS` Moscow time. */
  date_add: string;
  /** The text the QR encodes while `AUTH`; `null` otherwise. */
  qr: string | null;
  /** The status in words (`Initialization`, `Working`, …). */
  status_name: string;
  /** The WhatsApp profile name; `null` until authorized. */
  pushname: string | null;
  /** The account's chat id; `null` until authorized. */
  wid: string | null;
  /** The page showing the QR (`https://whatsgate.ru/qr/<unique_id>`); `''` once `READY`. */
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
  /** The member's chat id. */
  id: string;
  /** Whether the member is an admin. */
  isAdmin: boolean;
  /** Whether the member created the group. */
  isSuperAdmin: boolean;
}

/**
 * Group metadata (§2.6).
 *
 * @example
 * const metadata: WhatsgateGroupMetadata = { id: '1@g.us', creation: 1, owner: '7@c.us', size: 0, participants: [] };
 */
export interface WhatsgateGroupMetadata {
  /** The group's chat id, `…@g.us`. */
  id: string;
  /** Unix seconds of creation. */
  creation: number;
  /** The creator's chat id. */
  owner: string;
  /** The number of members. */
  size: number;
  /** The members with their roles. */
  participants: WhatsgateParticipant[];
}

/**
 * A `get-chats` item: a contact chat, or a group chat with `groupMetadata` (§2.6).
 *
 * @example
 * const chat: WhatsgateChat = whatsgateFixtures.getChatsResponse.data[0];
 */
export interface WhatsgateChat {
  /** `…@c.us` for a contact, `…@g.us` for a group. */
  id: string;
  /** The contact's or group's name; the formatted number for an unsaved contact. */
  name: string;
  /** Whether the chat is a group. */
  isGroup: boolean;
  /** Sending to the chat is blocked. */
  isReadOnly: boolean;
  /** Messages not read yet. */
  unreadCount: number;
  /** Unix seconds of the last activity. */
  timestamp: number;
  /** Whether the chat is pinned. */
  pinned: boolean;
  /** Whether its notifications are muted. */
  isMuted: boolean;
  /** Seconds until unmute (a number, although the swagger says boolean). */
  muteExpiration: number;
  /** Members and owner, on groups only. */
  groupMetadata?: WhatsgateGroupMetadata;
}

/**
 * `recipient` of `send`, `seen`, `typing` (§2.2): by JID or by number.
 *
 * @example
 * const recipient: WhatsgateRecipient = { number: '79991112233', type: 'contact' };
 */
export type WhatsgateRecipient =
  | {
      /** A full chat id (`…@c.us` or `…@g.us`). */
      id: string;
    }
  | {
      /** Digits only; `type` says whether they name a contact or a group. */
      number: string;
      /** What `number` names; `contact` when absent. */
      type?: 'contact' | 'group';
    };

/**
 * A `send` request body (§2.1).
 *
 * @example
 * const body: WhatsgateSendRequest = whatsgateFixtures.sendTextByNumberAsync;
 */
export interface WhatsgateSendRequest {
  /** The sending session's `unique_id`. */
  WhatsappID: string;
  /** Answer `OK` at once and report by `sent`/`ack` events instead of returning the message. */
  async?: boolean;
  /** Who receives it. */
  recipient: WhatsgateRecipient;
  /** What is sent. */
  message: {
    /** `text`, `image`, `doc`, `voice`, …; `text` when absent. */
    type?: WhatsgateSendType;
    /** The text, or the caption of a file. */
    body?: string;
    /** The long id of the message replied to. */
    quote?: string;
    /** The file, for a non-text type. */
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
  /** The HTTP reason phrase, e.g. `Unauthorized`. */
  name: string;
  /** What went wrong, in words. */
  message: string;
  /** Yii2's error code, usually 0. */
  code: number;
  /** The HTTP status, repeated in the body. */
  status?: number;
}
