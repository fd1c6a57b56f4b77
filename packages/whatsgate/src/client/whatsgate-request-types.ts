/**
 * Provider-shaped request bodies of the Whatsgate API v1, as the raw {@link WhatsgateClient} takes
 * them. `WhatsappID` may be left out on a client bound to a session (`client.forSession(id)`).
 */
export type WhatsgateRecipient = { id: string } | { number: string; type?: 'contact' | 'group' };

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
  mimetype: string;
  data: string;
  filename: string;
}

/**
 * The `message` of a `send` request: text in `body` (the caption for media), the long id of a
 * quoted message in `quote`, and `media` for non-text types.
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
 */
export interface WhatsgateSendRequest {
  WhatsappID?: string;
  async?: boolean;
  recipient: WhatsgateRecipient;
  message: WhatsgateOutgoingMessage;
}

/** The body of `seen` and `typing`: the chat. */
export interface WhatsgateChatRequest {
  WhatsappID?: string;
  recipient: WhatsgateRecipient;
}

/**
 * The body of `events-get`; every filter is optional (`date`: only events after it, as
 * `YYYY-MM-DD HH:MM:SS`; `page_cnt` at most 100). Without `WhatsappID` (and on an unbound client)
 * events of every session are returned.
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
 */
export interface WhatsgateSessionCreateRequest {
  name: string;
  callback?: string;
  auth_type?: 'CODE';
  number?: string;
}

/** The filters of `sessions-get` (all optional; empty values are ignored by Whatsgate). */
export interface WhatsgateSessionsRequest {
  WhatsappID?: string;
  name?: string;
  status?: string;
  page_cnt?: number | string;
  page?: number | string;
}
