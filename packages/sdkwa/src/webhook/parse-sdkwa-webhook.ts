import { MessengerError, type MessengerEvent } from '@switchboard/core';
import type { SdkwaNotificationContext } from '../mappers/map-sdkwa-notification.js';
import { parseSdkwaNotification } from './parse-sdkwa-notification.js';
import { type SdkwaWebhookVerification, verifySdkwaWebhook } from './verify-sdkwa-webhook.js';

/**
 * Options of {@link parseSdkwaWebhook}: the instance context and, for `Request`s, how to verify them.
 *
 * @example
 * ```ts
 * const options: SdkwaWebhookOptions = { idInstance: '1101000001', network: 'whatsapp', webhookUrlToken };
 * ```
 */
export interface SdkwaWebhookOptions extends SdkwaNotificationContext, SdkwaWebhookVerification {}

/**
 * Parses an SDKWA webhook into core events. Given a `Request`, it first verifies the bearer token (see
 * {@link verifySdkwaWebhook}; `auth` error on failure) and reads the JSON body (`invalid-request` when
 * it is not JSON). Given a body (an object, JSON text or bytes), it only parses: verify the request
 * yourself. SDKWA pushes one notification per request; an array body gives one event per item.
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
export async function parseSdkwaWebhook(
  input: Request | unknown,
  options: SdkwaWebhookOptions = {},
): Promise<MessengerEvent[]> {
  let body: unknown = input;
  if (isRequestLike(input)) {
    verifySdkwaWebhook(input, options);
    body = parseJson(await input.text());
  } else if (typeof input === 'string') {
    body = parseJson(input);
  } else if (input instanceof Uint8Array) {
    body = parseJson(new TextDecoder().decode(input));
  }
  const context = { idInstance: options.idInstance, network: options.network };
  const bodies = Array.isArray(body) ? body : [body];
  return bodies.map((item) => parseSdkwaNotification(item, context));
}

function isRequestLike(value: unknown): value is Request {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Request>;
  return typeof candidate.text === 'function' && typeof candidate.headers?.get === 'function';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new MessengerError('SDKWA webhook body is not JSON', {
      code: 'invalid-request',
      provider: 'sdkwa',
    });
  }
}
