/**
 * `@switchboard/green-api/webhook`: verify and parse GREEN-API webhooks without a client and without
 * any Node-only module (Workers, Deno, Bun, edge functions).
 *
 * @example
 * ```ts
 * import { parseGreenApiWebhook } from '@switchboard/green-api/webhook';
 *
 * const events = await parseGreenApiWebhook(request, { webhookUrlToken: env.GREEN_API_WEBHOOK_TOKEN });
 * ```
 * @packageDocumentation
 */
export type { GreenApiNetwork, GreenApiNotificationContext } from '@switchboard/green-api-protocol';
export { parseGreenApiNotification } from './webhook/parse-green-api-notification.js';
export { type GreenApiWebhookOptions, parseGreenApiWebhook } from './webhook/parse-green-api-webhook.js';
export {
  type GreenApiWebhookVerification,
  verifyGreenApiWebhook,
} from './webhook/verify-green-api-webhook.js';
