/**
 * `@switchboard/sdkwa/webhook`: verify and parse SDKWA webhooks without a client and without any
 * Node-only module (Workers, Deno, Bun, edge functions).
 *
 * @example
 * ```ts
 * import { parseSdkwaWebhook } from '@switchboard/sdkwa/webhook';
 *
 * const events = await parseSdkwaWebhook(request, { webhookUrlToken: env.SDKWA_WEBHOOK_URL_TOKEN });
 * ```
 * @packageDocumentation
 */
export type { SdkwaNotificationContext } from './mappers/map-sdkwa-notification.js';
export type { SdkwaNetwork } from './sdkwa-network.js';
export { parseSdkwaNotification } from './webhook/parse-sdkwa-notification.js';
export { parseSdkwaWebhook, type SdkwaWebhookOptions } from './webhook/parse-sdkwa-webhook.js';
export { type SdkwaWebhookVerification, verifySdkwaWebhook } from './webhook/verify-sdkwa-webhook.js';
