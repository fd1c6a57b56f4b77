import type { MessengerEvent } from '@switchboard/core';
import { createSdkwaMessenger } from '@switchboard/sdkwa';
import type { Hono } from 'hono';
import { createApp } from './create-app.js';

/**
 * The recipe's app for one SDKWA WhatsApp instance, configured from environment variables
 * (`SDKWA_ID_INSTANCE`, `SDKWA_API_TOKEN_INSTANCE`, `SDKWA_WEBHOOK_URL_TOKEN`).
 *
 * @example
 * ```ts
 * const app = createSdkwaApp(process.env, (event) => orders.ingest(event));
 * ```
 */
export function createSdkwaApp(
  environment: Readonly<Record<string, string | undefined>>,
  onEvent: (event: MessengerEvent) => unknown,
): Hono {
  const messenger = createSdkwaMessenger({
    network: 'whatsapp',
    idInstance: environment.SDKWA_ID_INSTANCE ?? '',
    apiTokenInstance: environment.SDKWA_API_TOKEN_INSTANCE ?? '',
    webhookUrlToken: environment.SDKWA_WEBHOOK_URL_TOKEN,
  });
  return createApp({ messengers: [messenger], onEvent });
}
