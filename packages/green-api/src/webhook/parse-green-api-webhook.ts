import { MessengerError, type MessengerEvent } from '@switchboard/core';
import type { GreenApiNotificationContext } from '@switchboard/green-api-protocol';
import { greenApiProvider } from '../errors.js';
import { parseGreenApiNotification } from './parse-green-api-notification.js';
import { type GreenApiWebhookVerification, verifyGreenApiWebhook } from './verify-green-api-webhook.js';

/**
 * Options of {@link parseGreenApiWebhook}: the instance context and, for `Request`s, how to verify them.
 *
 * @example
 * ```ts
 * const options: GreenApiWebhookOptions = { idInstance: '7103000000', network: 'whatsapp', webhookUrlToken };
 * ```
 */
export interface GreenApiWebhookOptions extends GreenApiNotificationContext, GreenApiWebhookVerification {}

/**
 * Parses a GREEN-API webhook into core events. Given a `Request`, it first verifies the bearer token
 * (see {@link verifyGreenApiWebhook}; `auth` error on failure) and reads the JSON body (`invalid-request`
 * when it is not JSON). Given a body (an object or JSON text), it only parses: verify the request
 * yourself. GREEN-API pushes one notification per request; the array form keeps every provider alike.
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
export async function parseGreenApiWebhook(
  input: Request | unknown,
  options: GreenApiWebhookOptions = {},
): Promise<MessengerEvent[]> {
  let body: unknown = input;
  if (isRequestLike(input)) {
    verifyGreenApiWebhook(input, options);
    body = parseJson(await input.text());
  } else if (typeof input === 'string') {
    body = parseJson(input);
  } else if (input instanceof Uint8Array) {
    body = parseJson(new TextDecoder().decode(input));
  }
  const context = { idInstance: options.idInstance, network: options.network };
  const bodies = Array.isArray(body) ? body : [body];
  return bodies.map((item) => parseGreenApiNotification(item, context));
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
    throw new MessengerError('GREEN-API webhook body is not JSON', {
      code: 'invalid-request',
      provider: greenApiProvider,
    });
  }
}
