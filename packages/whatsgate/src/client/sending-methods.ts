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
 */
export const sendMessage = defineCommand<WhatsgateSendRequest, WhatsgateSendResponse>(
  'send',
  whatsgateSendResponseSchema,
  { forSession: true, idempotent: false },
);

/** `seen`: marks the latest messages of a chat as read. */
export const markChatSeen = defineCommand<WhatsgateChatRequest, WhatsgateOkResponse>(
  'seen',
  whatsgateOkResponseSchema,
  { forSession: true, idempotent: true },
);

/** `typing`: shows "typing…" in a chat for 15 seconds. */
export const showTyping = defineCommand<WhatsgateChatRequest, WhatsgateOkResponse>(
  'typing',
  whatsgateOkResponseSchema,
  { forSession: true, idempotent: true },
);
