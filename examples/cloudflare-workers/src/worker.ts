import { createWebhookHandler } from '@switchboard/core';
import { createGreenApiMessenger } from '@switchboard/green-api';

/** The Worker's bindings: the instance's secrets and a KV namespace the handled events are written to. */
export interface Env {
  GREEN_API_ID_INSTANCE: string;
  GREEN_API_API_TOKEN_INSTANCE: string;
  GREEN_API_WEBHOOK_URL_TOKEN: string;
  EVENTS: { put(key: string, value: string): Promise<void> };
}

let handler: ((request: Request) => Promise<Response>) | undefined;

/**
 * A Cloudflare Worker that receives GREEN-API webhooks on `POST /webhooks/<idInstance>` and stores each
 * handled event in KV (do the slow work outside the request, from KV or a Queue).
 */
export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    handler ??= createWebhookHandler({
      messengers: [
        createGreenApiMessenger({
          network: 'whatsapp',
          idInstance: env.GREEN_API_ID_INSTANCE,
          apiTokenInstance: env.GREEN_API_API_TOKEN_INSTANCE,
          webhookUrlToken: env.GREEN_API_WEBHOOK_URL_TOKEN,
        }),
      ],
      onEvent: (event) => env.EVENTS.put(`${event.id}/${crypto.randomUUID()}`, JSON.stringify(event)),
    });
    return handler(request);
  },
};
