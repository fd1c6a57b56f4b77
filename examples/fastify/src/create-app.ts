import { createWebhookHandler, type WebhookHandlerOptions } from '@switchboard/core';
import { createNodeWebhookListener } from '@switchboard/core/node';
import Fastify, { type FastifyInstance } from 'fastify';

/**
 * A Fastify 5 app that receives provider webhooks on `POST /webhooks/:instance`. The route hands the raw
 * request to the web-standard handler before Fastify parses the body, so the handler sees the bytes the
 * provider sent and enforces its own body limit.
 *
 * @example
 * ```ts
 * await createApp({ messengers: [messenger], onEvent: (event) => orders.ingest(event) }).listen({ port: 3000 });
 * ```
 */
export function createApp(options: WebhookHandlerOptions): FastifyInstance {
  const listener = createNodeWebhookListener(createWebhookHandler(options));
  const app = Fastify();
  app.post('/webhooks/:instance', {
    onRequest: async (request, reply) => {
      reply.hijack();
      listener(request.raw, reply.raw);
    },
    handler: async () => undefined,
  });
  return app;
}
