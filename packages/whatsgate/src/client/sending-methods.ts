import {
  type WhatsgateOkResponse,
  type WhatsgateSendResponse,
  whatsgateOkResponseSchema,
  whatsgateSendResponseSchema,
} from './schemas/whatsgate-response-schemas.js';
import { defineCommand } from './whatsgate-client-context.js';
import type { WhatsgateChatRequest, WhatsgateSendRequest } from './whatsgate-request-types.js';

/**
 * `send`: a text, a quoted reply or a base64 file to a contact or group. Not retried after it may
 * have reached Whatsgate (a retry could send twice).
 *
 * @example
 * ```ts
 * await sendMessage(context, { async: false, recipient: { id: '79991112233@c.us' }, message: { body: 'Hi' } });
 * ```
 */
export const sendMessage = defineCommand<WhatsgateSendRequest, WhatsgateSendResponse>(
  'send',
  whatsgateSendResponseSchema,
  { forSession: true, idempotent: false },
);

/**
 * `seen`: marks the latest messages of a chat as read.
 *
 * @example
 * ```ts
 * await markChatSeen(context, { recipient: { id: '79999999999@c.us' } });
 * ```
 */
export const markChatSeen = defineCommand<WhatsgateChatRequest, WhatsgateOkResponse>(
  'seen',
  whatsgateOkResponseSchema,
  { forSession: true, idempotent: true },
);

/**
 * `typing`: shows "typing…" in a chat for 15 seconds.
 *
 * @example
 * ```ts
 * await showTyping(context, { recipient: { id: '79999999999@c.us' } });
 * ```
 */
export const showTyping = defineCommand<WhatsgateChatRequest, WhatsgateOkResponse>(
  'typing',
  whatsgateOkResponseSchema,
  { forSession: true, idempotent: true },
);
