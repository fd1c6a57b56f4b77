import {
  type WhatsgateChatsResponse,
  type WhatsgateCheckResponse,
  whatsgateChatsResponseSchema,
  whatsgateCheckResponseSchema,
} from './schemas/whatsgate-response-schemas.js';
import {
  runCommand,
  type WhatsgateCallOptions,
  type WhatsgateClientContext,
  withSession,
} from './whatsgate-client-context.js';

/**
 * `get-chats`: the session's active chats, contacts and groups (groups with metadata and participants).
 *
 * @example
 * ```ts
 * const { data } = await getChats(context, {});
 * ```
 */
export async function getChats(
  context: WhatsgateClientContext,
  body: { WhatsappID?: string },
  options: WhatsgateCallOptions = {},
): Promise<WhatsgateChatsResponse> {
  const request = withSession(context, body, 'get-chats');
  return runCommand(context, 'get-chats', request, whatsgateChatsResponseSchema, {
    ...options,
    idempotent: true,
  });
}

/**
 * `check`: whether a number (digits only) is on WhatsApp.
 *
 * @example
 * ```ts
 * const { data: registered } = await checkNumber(context, { number: '79999999999' });
 * ```
 */
export async function checkNumber(
  context: WhatsgateClientContext,
  body: { WhatsappID?: string; number: string },
  options: WhatsgateCallOptions = {},
): Promise<WhatsgateCheckResponse> {
  const request = withSession(context, body, 'check');
  return runCommand(context, 'check', request, whatsgateCheckResponseSchema, {
    ...options,
    idempotent: true,
  });
}
