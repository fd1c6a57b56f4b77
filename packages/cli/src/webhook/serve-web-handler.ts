import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createNodeWebhookListener } from '@switchboard/core/node';

/**
 * A running local HTTP server.
 *
 * @example
 * ```ts
 * const server = await serveWebHandler(handler, { port: 0 });
 * console.log(server.url); // http://127.0.0.1:41234
 * await server.close();
 * ```
 */
export interface WebHandlerServer {
  /** `http://host:port`, no trailing slash. */
  url: string;
  /** The port it listens on. */
  port: number;
  /** Stops accepting requests and closes open connections. */
  close(): Promise<void>;
}

/**
 * Serves a web-standard handler, `(request: Request) => Promise<Response>`, on a `node:http`
 * server (127.0.0.1 and a free port by default) through core's `createNodeWebhookListener`.
 *
 * @example
 * ```ts
 * const server = await serveWebHandler(createWebhookHandler({ messengers: [messenger], onEvent }));
 * await messenger.session.updateSettings({ webhookUrl: `${server.url}/webhook` });
 * ```
 */
export function serveWebHandler(
  handler: (request: Request) => Promise<Response>,
  options: { host?: string; port?: number } = {},
): Promise<WebHandlerServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer(createNodeWebhookListener(handler));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
