import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

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

const maximumBodyBytes = 1_000_000;

async function readBody(request: IncomingMessage): Promise<Uint8Array<ArrayBuffer> | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maximumBodyBytes) return 'too-large';
    chunks.push(buffer);
  }
  const joined = Buffer.concat(chunks);
  return new Uint8Array(joined.buffer.slice(joined.byteOffset, joined.byteOffset + joined.byteLength));
}

async function respond(
  handler: (request: Request) => Promise<Response>,
  request: IncomingMessage,
  response: ServerResponse,
  origin: string,
): Promise<void> {
  try {
    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await readBody(request);
    if (body === 'too-large') {
      response.writeHead(413, { connection: 'close' }).end();
      return;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const answer = await handler(
      new Request(new URL(request.url ?? '/', origin), {
        method: request.method ?? 'GET',
        headers,
        body: body ?? null,
      }),
    );
    response.writeHead(answer.status, Object.fromEntries(answer.headers));
    response.end(new Uint8Array(await answer.arrayBuffer()));
  } catch {
    if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
    response.end('The webhook could not be processed');
  }
}

/**
 * Serves a web-standard handler, `(request: Request) => Promise<Response>`, on a `node:http`
 * server (127.0.0.1 and a free port by default). Bodies over 1 MB are refused with 413; a handler
 * that throws is answered 500.
 *
 * @example
 * ```ts
 * const server = await serveWebHandler(async (request) => (await messenger.inbox.parseWebhook(request)).respond());
 * await messenger.session.updateSettings({ webhookUrl: `${server.url}/webhook` });
 * ```
 */
export function serveWebHandler(
  handler: (request: Request) => Promise<Response>,
  options: { host?: string; port?: number } = {},
): Promise<WebHandlerServer> {
  const host = options.host ?? '127.0.0.1';
  let origin = `http://${host}`;
  const server = createServer((request, response) => {
    void respond(handler, request, response, origin);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
      resolve({
        url: origin,
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
