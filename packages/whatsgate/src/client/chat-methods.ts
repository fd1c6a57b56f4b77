import {
  type WhatsgateChatsResponse,
  type WhatsgateCheckResponse,
  whatsgateChatsResponseSchema,
  whatsgateCheckResponseSchema,
} from './schemas/whatsgate-response-schemas.js';
import { defineCommand } from './whatsgate-client-context.js';

/** `get-chats`: the session's active chats, contacts and groups (groups with metadata and participants). */
export const getChats = defineCommand<{ WhatsappID?: string }, WhatsgateChatsResponse>(
  'get-chats',
  whatsgateChatsResponseSchema,
  { forSession: true, idempotent: true },
);

/** `check`: whether a number (digits only) is on WhatsApp. */
export const checkNumber = defineCommand<{ WhatsappID?: string; number: string }, WhatsgateCheckResponse>(
  'check',
  whatsgateCheckResponseSchema,
  { forSession: true, idempotent: true },
);
