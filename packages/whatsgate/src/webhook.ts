/**
 * `@switchboard/whatsgate/webhook`: verify and parse Whatsgate webhooks without a client and without
 * any `node:` module (Workers, Deno, Bun, Node).
 *
 * @example
 * ```ts
 * import { readWhatsgateWebhook } from '@switchboard/whatsgate/webhook';
 *
 * const { events, respond } = await readWhatsgateWebhook(request, { webhookSecret: env.WHATSGATE_WEBHOOK_SECRET });
 * ```
 * @packageDocumentation
 */
export type { WhatsgateEvent, WhatsgateEventAction } from './client/schemas/whatsgate-event-schema.js';
export { whatsgateEventActions, whatsgateEventSchema } from './client/schemas/whatsgate-event-schema.js';
export type { WhatsgateMessage } from './client/schemas/whatsgate-message-schema.js';
export { whatsgateMessageSchema } from './client/schemas/whatsgate-message-schema.js';
export { mapMessageStatus } from './mappers/map-message-status.js';
export { mapWhatsgateEvent } from './mappers/map-whatsgate-event.js';
export type { WhatsgateEventContext } from './mappers/whatsgate-event-context.js';
export { parseWhatsgateWebhook } from './webhook/parse-whatsgate-webhook.js';
export { readWhatsgateWebhook, type WhatsgateWebhookOptions } from './webhook/read-whatsgate-webhook.js';
export {
  verifyWhatsgateWebhook,
  type WhatsgateWebhookVerificationOptions,
} from './webhook/verify-whatsgate-webhook.js';
export { createWhatsgateWebhookResponse } from './webhook/whatsgate-webhook-response.js';
export {
  createWhatsgateWebhookUrl,
  defaultWebhookSecretParameter,
  splitWhatsgateWebhookUrl,
} from './webhook/whatsgate-webhook-url.js';
