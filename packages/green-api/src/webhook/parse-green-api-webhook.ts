import type { MessengerEvent } from '@switchboard/core';
import {
  type BearerWebhookLimits,
  type GreenApiNotificationContext,
  parseBearerWebhook,
} from '@switchboard/green-api-protocol';
import { greenApiProviderLabel } from '../green-api-provider-label.js';
import type { GreenApiWebhookVerification } from './verify-green-api-webhook.js';

/**
 * Options of {@link parseGreenApiWebhook}: the instance context and, for `Request`s, how to verify
 * and limit them.
 *
 * @example
 * ```ts
 * const options: GreenApiWebhookOptions = { idInstance: '7103000000', network: 'whatsapp', webhookUrlToken };
 * ```
 */
export interface GreenApiWebhookOptions
  extends GreenApiNotificationContext,
    GreenApiWebhookVerification,
    BearerWebhookLimits {}

/**
 * Parses a GREEN-API webhook into core events. Given a `Request`, it first verifies the bearer token
 * (see `verifyGreenApiWebhook`; `auth` error on failure) and reads the JSON body (`invalid-request`
 * when it is over `maximumBodyBytes` or not JSON). Given a body (an object or JSON text), it only
 * parses: verify the request yourself. GREEN-API pushes one notification per request; the array form keeps every provider alike.
 *
 * @example
 * ```ts
 * import { parseGreenApiWebhook } from '@switchboard/green-api/webhook';
 *
 * export default {
 *   async fetch(request: Request) {
 *     const events = await parseGreenApiWebhook(request, { webhookUrlToken: env.GREEN_API_WEBHOOK_TOKEN });
 *     for (const event of events) await handle(event);
 *     return new Response(null, { status: 200 });
 *   },
 * };
 * ```
 */
export function parseGreenApiWebhook(
  input: Request | unknown,
  options: GreenApiWebhookOptions = {},
): Promise<MessengerEvent[]> {
  return parseBearerWebhook(input, options, greenApiProviderLabel);
}
