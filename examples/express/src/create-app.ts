import { createWebhookHandler, type WebhookHandlerOptions } from '@switchboard/core';
import { createNodeWebhookListener } from '@switchboard/core/node';
import express, { type Express } from 'express';

/**
 * An Express 5 app that receives provider webhooks on `POST /webhooks/:instance`: the web-standard handler
 * verifies the secret, drops duplicates, calls `onEvent` once per event and answers the provider.
 *
 * @example
 * ```ts
 * createApp({ messengers: [messenger], onEvent: (event) => orders.ingest(event) }).listen(3000);
 * ```
 */
export function createApp(options: WebhookHandlerOptions): Express {
  const app = express();
  app.post('/webhooks/:instance', createNodeWebhookListener(createWebhookHandler(options)));
  return app;
}
