import {
  type WhatsgateMediaResponse,
  whatsgateMediaResponseSchema,
} from './schemas/whatsgate-response-schemas.js';
import { defineCommand } from './whatsgate-client-context.js';

/** `get-media` (deprecated by Whatsgate, still served): a received file by its `mediaKey`. */
export const getMediaByKey = defineCommand<{ WhatsappID?: string; mediaKey: string }, WhatsgateMediaResponse>(
  'get-media',
  whatsgateMediaResponseSchema,
  { forSession: true, idempotent: true },
);

/** `get-messagemedia`: the file of a message by its long id (`MessageID`, note the casing). */
export const getMessageMedia = defineCommand<
  { WhatsappID?: string; MessageID: string },
  WhatsgateMediaResponse
>('get-messagemedia', whatsgateMediaResponseSchema, { forSession: true, idempotent: true });
