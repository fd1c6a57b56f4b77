import {
  type WhatsgateMediaResponse,
  whatsgateMediaResponseSchema,
} from './schemas/whatsgate-response-schemas.js';
import { defineCommand } from './whatsgate-client-context.js';

/**
 * `get-media` (deprecated by Whatsgate, still served): a received file by its `mediaKey`.
 *
 * @example
 * ```ts
 * const { media } = await getMediaByKey(context, { mediaKey: 'TuM9wXQZBmERUCzwnIZe80GwZ5lPDIDsNE+vewnAxho=' });
 * ```
 */
export const getMediaByKey = defineCommand<{ WhatsappID?: string; mediaKey: string }, WhatsgateMediaResponse>(
  'get-media',
  whatsgateMediaResponseSchema,
  { forSession: true, idempotent: true },
);

/**
 * `get-messagemedia`: the file of a message by its long id (`MessageID`, note the casing).
 *
 * @example
 * ```ts
 * const { media } = await getMessageMedia(context, { MessageID: 'false_79999999999@c.us_17AC61BFA5A561B7EE42F98810EDFFC4' });
 * ```
 */
export const getMessageMedia = defineCommand<
  { WhatsappID?: string; MessageID: string },
  WhatsgateMediaResponse
>('get-messagemedia', whatsgateMediaResponseSchema, { forSession: true, idempotent: true });
