import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createNodeWebhookListener } from '@switchboard/core/node';

/** How long `close()` lets requests in flight finish their answer by default. */
const defaultGraceMilliseconds = 2_000;

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
  /**
   * Stops accepting connections, closes idle ones, lets requests in flight write their answer (for up to
   * `graceMilliseconds`, default 2 s), then closes every connection left.
   */
  close(graceMilliseconds?: number): Promise<void>;
}

/** Resolves once every response in `active` has ended, or after `graceMilliseconds`. */
function responsesEnded(active: Set<ServerResponse>, graceMilliseconds: number): Promise<void> {
  if (active.size === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(finish, graceMilliseconds);
    const pending = new Set(active);
    for (const response of pending) {
      response.once('close', () => {
        pending.delete(response);
        if (pending.size === 0) finish();
      });
    }
  });
}

/**
 * Serves a web-standard handler, `(request: Request) => Promise<Response>`, on a `node:http`
 * server (127.0.0.1 and a free port by default) through core's `createNodeWebhookListener`.
 * Closing it lets the answers in flight reach the provider, which otherwise redelivers.
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
  const listener = createNodeWebhookListener(handler);
  const active = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    active.add(response);
    response.once('close', () => active.delete(response));
    listener(request, response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
        port,
        close: (graceMilliseconds = defaultGraceMilliseconds) =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeIdleConnections();
            void responsesEnded(active, graceMilliseconds).then(() => server.closeAllConnections());
          }),
      });
    });
  });
}
