import type { MessengerEvent } from '@switchboard/core';
import { type BearerWebhookLimits, parseBearerWebhook } from '@switchboard/green-api-protocol';
import type { SdkwaNotificationContext } from '../mappers/map-sdkwa-notification.js';
import { sdkwaProviderLabel } from '../sdkwa-provider-label.js';
import type { SdkwaWebhookVerification } from './verify-sdkwa-webhook.js';

/**
 * Options of {@link parseSdkwaWebhook}: the instance context and, for `Request`s, how to verify and
 * limit them.
 *
 * @example
 * ```ts
 * const options: SdkwaWebhookOptions = { idInstance: '1101000001', network: 'whatsapp', webhookUrlToken };
 * ```
 */
export interface SdkwaWebhookOptions
  extends SdkwaNotificationContext,
    SdkwaWebhookVerification,
    BearerWebhookLimits {}

/**
 * Parses an SDKWA webhook into core events. Given a `Request`, it first verifies the bearer token (see
 * `verifySdkwaWebhook`; `auth` error on failure) and reads the JSON body (`invalid-request` when it
 * is over `maximumBodyBytes` or not JSON). Given a body (an object, JSON text or bytes), it only
 * parses: verify the request yourself. SDKWA pushes one notification per request; an array body
 * gives one event per item.
 *
 * @example
 * ```ts
 * import { parseSdkwaWebhook } from '@switchboard/sdkwa/webhook';
 *
 * export default {
 *   async fetch(request: Request) {
 *     const events = await parseSdkwaWebhook(request, { webhookUrlToken: env.SDKWA_WEBHOOK_URL_TOKEN });
 *     for (const event of events) await handle(event);
 *     return new Response(null, { status: 200 });
 *   },
 * };
 * ```
 */
export function parseSdkwaWebhook(
  input: Request | unknown,
  options: SdkwaWebhookOptions = {},
): Promise<MessengerEvent[]> {
  return parseBearerWebhook(input, options, sdkwaProviderLabel);
}
