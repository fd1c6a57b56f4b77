import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createNodeWebhookListener } from '@switchboard/core/node';

/**
 * A running Node HTTP server that serves a web-standard webhook handler on 127.0.0.1.
 *
 * @example
 * ```ts
 * const listener = await startWebhookListener(handler);
 * await fetch(`${listener.url}/webhook/1101000001`, { method: 'POST', body });
 * await listener.close();
 * ```
 */
export interface WebhookListener {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `handler` (from `createWebhookHandler`) through core's Node listener adapter on a free port.
 *
 * @example
 * ```ts
 * const listener = await startWebhookListener(createWebhookHandler({ messengers, onEvent }));
 * ```
 */
export async function startWebhookListener(
  handler: (request: Request) => Promise<Response>,
): Promise<WebhookListener> {
  const server = createServer(createNodeWebhookListener(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Wraps a webhook handler so every answer is seen (status counted, body scanned) before it is sent.
 *
 * @example
 * ```ts
 * const observed = observeResponses(handler, (status, body) => scanner.recordText(`answer ${status}`, body));
 * ```
 */
export function observeResponses(
  handler: (request: Request) => Promise<Response>,
  observe: (status: number, body: string) => void,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const response = await handler(request);
    observe(response.status, await response.clone().text());
    return response;
  };
}
