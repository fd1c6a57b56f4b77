import type { MessengerEvent } from '@switchboard/core';
import { readWebhookBody } from '@switchboard/core/adapter';
import type { GreenApiNetwork } from '../green-api-network.js';
import { mapGreenApiNotificationSafely } from '../mappers/map-green-api-notification-safely.js';
import { type BearerWebhookVerification, verifyBearerWebhook } from './verify-bearer-webhook.js';

/**
 * Options of {@link parseBearerWebhook}: the instance the webhook belongs to (the body's
 * `instanceData` wins when present) and how a `Request` is verified.
 *
 * @example
 * ```ts
 * const options: BearerWebhookOptions = { idInstance: '1101000001', network: 'whatsapp', webhookUrlToken };
 * ```
 */
export interface BearerWebhookOptions extends BearerWebhookVerification {
  idInstance?: string | number | undefined;
  network?: GreenApiNetwork | undefined;
}

/**
 * Parses a GREEN-API-family webhook into core events carrying `provider.provider`. Given a `Request`
 * it first checks the bearer token ({@link verifyBearerWebhook}: `auth` error on failure) and reads
 * the JSON body (`invalid-request` when it is not JSON); given a body (an object, JSON text or bytes)
 * it only parses. One event per notification; an array body gives one event per item. Notifications
 * that cannot be mapped become `unknown` events.
 *
 * @example
 * ```ts
 * const events = await parseBearerWebhook(request, { webhookUrlToken }, { provider: 'sdkwa', label: 'SDKWA' });
 * ```
 */
export async function parseBearerWebhook(
  input: unknown,
  options: BearerWebhookOptions,
  provider: { provider: string; label: string },
): Promise<MessengerEvent[]> {
  const body = await readWebhookBody(input, {
    ...provider,
    verify: (request) => verifyBearerWebhook(request, options, provider),
  });
  const context = { provider: provider.provider, idInstance: options.idInstance, network: options.network };
  const bodies = Array.isArray(body) ? body : [body];
  return bodies.map((item) => mapGreenApiNotificationSafely(item, context));
}
