import { createWebhookHandler, type WebhookHandlerOptions } from '@switchboard/core';
import { Hono } from 'hono';

/**
 * A Hono app that receives provider webhooks on `POST /webhooks/:instance`; the same app runs on Node
 * (`node-server.ts`), Bun (`bun-server.ts`), Deno and Workers, because the handler is web-standard.
 *
 * @example
 * ```ts
 * const app = createApp({ messengers: [messenger], onEvent: (event) => orders.ingest(event) });
 * ```
 */
export function createApp(options: WebhookHandlerOptions): Hono {
  const handler = createWebhookHandler(options);
  const app = new Hono();
  app.post('/webhooks/:instance', (context) => handler(context.req.raw));
  return app;
}
