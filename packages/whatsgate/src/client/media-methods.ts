import {
  type WhatsgateMediaResponse,
  whatsgateMediaResponseSchema,
} from './schemas/whatsgate-response-schemas.js';
import {
  runCommand,
  type WhatsgateCallOptions,
  type WhatsgateClientContext,
  withSession,
} from './whatsgate-client-context.js';

/**
 * `get-media` (deprecated by Whatsgate, still served): a received file by its `mediaKey`.
 *
 * @example
 * ```ts
 * const { media } = await getMediaByKey(context, { mediaKey: 'TuM9wXQZBmERUCzwnIZe80GwZ5lPDIDsNE+vewnAxho=' });
 * ```
 */
export async function getMediaByKey(
  context: WhatsgateClientContext,
  body: { WhatsappID?: string; mediaKey: string },
  options: WhatsgateCallOptions = {},
): Promise<WhatsgateMediaResponse> {
  const request = withSession(context, body, 'get-media');
  return runCommand(context, 'get-media', request, whatsgateMediaResponseSchema, {
    ...options,
    idempotent: true,
  });
}

/**
 * `get-messagemedia`: the file of a message by its long id (`MessageID`, note the casing).
 *
 * @example
 * ```ts
 * const { media } = await getMessageMedia(context, { MessageID: 'false_79999999999@c.us_17AC61BFA5A561B7EE42F98810EDFFC4' });
 * ```
 */
export async function getMessageMedia(
  context: WhatsgateClientContext,
  body: { WhatsappID?: string; MessageID: string },
  options: WhatsgateCallOptions = {},
): Promise<WhatsgateMediaResponse> {
  const request = withSession(context, body, 'get-messagemedia');
  return runCommand(context, 'get-messagemedia', request, whatsgateMediaResponseSchema, {
    ...options,
    idempotent: true,
  });
}
