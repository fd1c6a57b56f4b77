import type { MessengerEvent } from '@switchboard/core';
import { readWebhookBody, webhookBodyItems } from '@switchboard/core/adapter';
import type { GreenApiNetwork } from '../green-api-network.js';
import { mapGreenApiNotificationSafely } from '../mappers/map-green-api-notification-safely.js';
import type { ProviderLabel } from '../messenger/provider-label.js';
import type { BearerWebhookLimits } from './bearer-webhook-limits.js';
import { type BearerWebhookVerification, verifyBearerWebhook } from './verify-bearer-webhook.js';

/**
 * Options of {@link parseBearerWebhook}: the instance the webhook belongs to (the one whose token
 * authenticates it), how a `Request` is verified, and the size limits.
 *
 * @example
 * ```ts
 * const options: BearerWebhookOptions = { idInstance: '1101000001', network: 'whatsapp', webhookUrlToken };
 * ```
 */
export interface BearerWebhookOptions extends BearerWebhookVerification, BearerWebhookLimits {
  /** The authenticating instance: every event carries it, whatever instance the body names. */
  idInstance?: string | number | undefined;
  /** The instance's network, stamped on every event. */
  network?: GreenApiNetwork | undefined;
}

/**
 * Parses a GREEN-API-family webhook into core events carrying `provider.provider`. Given a `Request`
 * it first checks the bearer token ({@link verifyBearerWebhook}: `auth` error on failure) and reads
 * the JSON body while counting its bytes (`invalid-request` when it is too large or not JSON); given a
 * body (an object, JSON text or bytes) it only parses. One event per notification; an array body gives
 * one event per item, up to `maximumEvents`. Notifications that cannot be mapped become `unknown` events.
 *
 * The authenticated instance decides: when `idInstance` is set, every event carries it (in
 * `instanceId` and in its deduplication id), whatever instance the body's `instanceData` names, so a
 * holder of one instance's webhook token can never create events, or mark deduplication keys, of
 * another (the claimed instance stays visible in `raw`).
 *
 * @example
 * ```ts
 * const events = await parseBearerWebhook(request, { webhookUrlToken }, { provider: 'sdkwa', label: 'SDKWA' });
 * ```
 */
export async function parseBearerWebhook(
  input: unknown,
  options: BearerWebhookOptions,
  provider: ProviderLabel,
): Promise<MessengerEvent[]> {
  const body = await readWebhookBody(input, {
    ...provider,
    maximumBodyBytes: options.maximumBodyBytes,
    verify: (request) => verifyBearerWebhook(request, options, provider),
  });
  const bodies = webhookBodyItems(body, { ...provider, maximumEvents: options.maximumEvents });
  const context = { provider: provider.provider, idInstance: options.idInstance, network: options.network };
  return bodies.map((item) => mapGreenApiNotificationSafely(item, context));
}
