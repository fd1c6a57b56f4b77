import {
  type WhatsgateOkResponse,
  type WhatsgateSendResponse,
  whatsgateOkResponseSchema,
  whatsgateSendResponseSchema,
} from './schemas/whatsgate-response-schemas.js';
import {
  runCommand,
  type WhatsgateCallOptions,
  type WhatsgateClientContext,
  withSession,
} from './whatsgate-client-context.js';
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
export async function sendMessage(
  context: WhatsgateClientContext,
  body: WhatsgateSendRequest,
  options: WhatsgateCallOptions = {},
): Promise<WhatsgateSendResponse> {
  const request = withSession(context, body, 'send');
  return runCommand(context, 'send', request, whatsgateSendResponseSchema, { ...options, idempotent: false });
}

/**
 * `seen`: marks the latest messages of a chat as read.
 *
 * @example
 * ```ts
 * await markChatSeen(context, { recipient: { id: '79999999999@c.us' } });
 * ```
 */
export async function markChatSeen(
  context: WhatsgateClientContext,
  body: WhatsgateChatRequest,
  options: WhatsgateCallOptions = {},
): Promise<WhatsgateOkResponse> {
  const request = withSession(context, body, 'seen');
  return runCommand(context, 'seen', request, whatsgateOkResponseSchema, { ...options, idempotent: true });
}

/**
 * `typing`: shows "typing…" in a chat for 15 seconds.
 *
 * @example
 * ```ts
 * await showTyping(context, { recipient: { id: '79999999999@c.us' } });
 * ```
 */
export async function showTyping(
  context: WhatsgateClientContext,
  body: WhatsgateChatRequest,
  options: WhatsgateCallOptions = {},
): Promise<WhatsgateOkResponse> {
  const request = withSession(context, body, 'typing');
  return runCommand(context, 'typing', request, whatsgateOkResponseSchema, { ...options, idempotent: true });
}
