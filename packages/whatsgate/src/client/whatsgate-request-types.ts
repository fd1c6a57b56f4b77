/**
 * Provider-shaped request bodies of the Whatsgate API v1, as the raw {@link WhatsgateClient} takes
 * them. `WhatsappID` may be left out on a client bound to a session (`client.forSession(id)`).
 */
export type WhatsgateRecipient =
  | {
      /** Chat JID: `79991112233@c.us` for a contact, `120363023014360921@g.us` for a group. */
      id: string;
    }
  | {
      /** Digits only (`79991112233`); for a group, the part of its JID before `@g.us`. */
      number: string;
      /** `contact` (the default) or `group`. */
      type?: 'contact' | 'group';
    };

/**
 * `message.type` of a `send` request: `text` (the default), `image` (photos and videos), `doc`,
 * `voice` or `sticker`.
 */
export type WhatsgateSendType = 'text' | 'image' | 'doc' | 'voice' | 'sticker';

/**
 * A file to send: base64 `data` without a `data:` prefix, its `mimetype` and `filename` (all
 * three required).
 */
export interface WhatsgateOutgoingMedia {
  /** MIME type, e.g. `application/pdf` (Whatsgate lists the types it accepts). */
  mimetype: string;
  /** File contents in base64, without a `data:` prefix. */
  data: string;
  /** File name shown to the recipient, e.g. `invoice.pdf`. */
  filename: string;
}

/**
 * The `message` of a `send` request: text in `body` (the caption for media), the long id of a
 * quoted message in `quote`, and `media` for non-text types.
 */
export interface WhatsgateOutgoingMessage {
  /** `text` when absent. */
  type?: WhatsgateSendType;
  /** Text, or the caption of a file. */
  body?: string;
  /** Long id of the message replied to, e.g. `false_79991112233@c.us_3EB0436AE1E682FF3A37`. */
  quote?: string;
  /** The file; required for every type but `text`. */
  media?: WhatsgateOutgoingMedia;
}

/**
 * The body of `send`. `async: true` queues the message (answer `{"result":"OK"}`, a `sent` event
 * follows); `false` waits and answers the message object.
 */
export interface WhatsgateSendRequest {
  /** The session's `unique_id`; left out on a client bound to a session. */
  WhatsappID?: string;
  /** `true` queues the message, `false` waits for it; the default is disputed, so the client always sends it. */
  async?: boolean;
  /** The chat to send to, by JID or by number. */
  recipient: WhatsgateRecipient;
  /** The text or file to send. */
  message: WhatsgateOutgoingMessage;
}

/** The body of `seen` and `typing`: the chat. */
export interface WhatsgateChatRequest {
  /** The session's `unique_id`; left out on a client bound to a session. */
  WhatsappID?: string;
  /** The chat, by JID or by number. */
  recipient: WhatsgateRecipient;
}

/**
 * The body of `events-get`; every filter is optional (`date`: only events after it, as
 * `YYYY-MM-DD HH:MM:SS`; `page_cnt` at most 100). Without `WhatsappID` (and on an unbound client)
 * events of every session are returned.
 */
export interface WhatsgateEventsRequest {
  /** Only events of this session (`unique_id`); absent for all sessions, deleted ones included. */
  WhatsappID?: string;
  /** Only events after this time, `YYYY-MM-DD HH:MM:SS` (pass the last `event_date` seen). */
  date?: string;
  /** Only events of this `event_action`, e.g. `message` or `ack`. */
  action?: string;
  /** Events per page: 10 by default, at most 100. */
  page_cnt?: number | string;
  /** Page number from 1 (the default). */
  page?: number | string;
}

/**
 * The body of `session-create`: a name, an optional webhook `callback`, and for pairing-code
 * authorization `auth_type: "CODE"` with the account's `number`.
 */
export interface WhatsgateSessionCreateRequest {
  /** Display name of the new session. */
  name: string;
  /** Webhook URL for the session's events. */
  callback?: string;
  /** `CODE` for pairing-code authorization instead of a QR code. */
  auth_type?: 'CODE';
  /** The account's phone number, digits only (`79999999999`); required with `auth_type: "CODE"`. */
  number?: string;
}

/** The filters of `sessions-get` (all optional; empty values are ignored by Whatsgate). */
export interface WhatsgateSessionsRequest {
  /** Only the session with this `unique_id`. */
  WhatsappID?: string;
  /** Only sessions with this name. */
  name?: string;
  /** Only sessions in this status, e.g. `READY`. */
  status?: string;
  /** Sessions per page: 10 by default, at most 100. */
  page_cnt?: number | string;
  /** Page number from 1 (the default). */
  page?: number | string;
}
