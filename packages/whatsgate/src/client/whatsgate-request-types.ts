/**
 * Provider-shaped request bodies of the Whatsgate API v1, as the raw {@link WhatsgateClient} takes
 * them. `WhatsappID` may be left out on a client bound to a session (`client.forSession(id)`).
 *
 * @example
 * ```ts
 * const recipient: WhatsgateRecipient = { number: '120363023014360921', type: 'group' };
 * ```
 */
export type WhatsgateRecipient = { id: string } | { number: string; type?: 'contact' | 'group' };

/**
 * `message.type` of a `send` request: `text` (the default), `image` (photos and videos), `doc`,
 * `voice` or `sticker`.
 *
 * @example
 * ```ts
 * const type: WhatsgateSendType = 'doc';
 * ```
 */
export type WhatsgateSendType = 'text' | 'image' | 'doc' | 'voice' | 'sticker';

/**
 * A file to send: base64 `data` without a `data:` prefix, its `mimetype` and `filename` (all
 * three required).
 *
 * @example
 * ```ts
 * const media: WhatsgateOutgoingMedia = { mimetype: 'application/pdf', data: 'JVBERi0xLjQK', filename: 'invoice.pdf' };
 * ```
 */
export interface WhatsgateOutgoingMedia {
  mimetype: string;
  data: string;
  filename: string;
}

/**
 * The `message` of a `send` request: text in `body` (the caption for media), the long id of a
 * quoted message in `quote`, and `media` for non-text types.
 *
 * @example
 * ```ts
 * const message: WhatsgateOutgoingMessage = { type: 'text', body: 'Hello', quote: 'false_79991112233@c.us_3EB0436AE1E682FF3A37' };
 * ```
 */
export interface WhatsgateOutgoingMessage {
  type?: WhatsgateSendType;
  body?: string;
  quote?: string;
  media?: WhatsgateOutgoingMedia;
}

/**
 * The body of `send`. `async: true` queues the message (answer `{"result":"OK"}`, a `sent` event
 * follows); `false` waits and answers the message object.
 *
 * @example
 * ```ts
 * const body: WhatsgateSendRequest = { async: false, recipient: { number: '79991112233' }, message: { type: 'text', body: 'Hello' } };
 * ```
 */
export interface WhatsgateSendRequest {
  WhatsappID?: string;
  async?: boolean;
  recipient: WhatsgateRecipient;
  message: WhatsgateOutgoingMessage;
}

/**
 * The body of `seen` and `typing`: the chat.
 *
 * @example
 * ```ts
 * const body: WhatsgateChatRequest = { recipient: { id: '79999999999@c.us' } };
 * ```
 */
export interface WhatsgateChatRequest {
  WhatsappID?: string;
  recipient: WhatsgateRecipient;
}

/**
 * The body of `events-get`; every filter is optional (`date`: only events after it, as
 * `YYYY-MM-DD HH:MM:SS`; `page_cnt` at most 100). Without `WhatsappID` (and on an unbound client)
 * events of every session are returned.
 *
 * @example
 * ```ts
 * const body: WhatsgateEventsRequest = { action: 'message', date: '2023-01-10 12:00:00', page_cnt: 100, page: 1 };
 * ```
 */
export interface WhatsgateEventsRequest {
  WhatsappID?: string;
  date?: string;
  action?: string;
  page_cnt?: number | string;
  page?: number | string;
}

/**
 * The body of `session-create`: a name, an optional webhook `callback`, and for pairing-code
 * authorization `auth_type: "CODE"` with the account's `number`.
 *
 * @example
 * ```ts
 * const body: WhatsgateSessionCreateRequest = { name: 'Shop', auth_type: 'CODE', number: '79999999999' };
 * ```
 */
export interface WhatsgateSessionCreateRequest {
  name: string;
  callback?: string;
  auth_type?: 'CODE';
  number?: string;
}

/**
 * The filters of `sessions-get` (all optional; empty values are ignored by Whatsgate).
 *
 * @example
 * ```ts
 * const body: WhatsgateSessionsRequest = { status: 'READY', page_cnt: 100, page: 1 };
 * ```
 */
export interface WhatsgateSessionsRequest {
  WhatsappID?: string;
  name?: string;
  status?: string;
  page_cnt?: number | string;
  page?: number | string;
}
