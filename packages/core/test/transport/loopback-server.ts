import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the loopback server saw it (body fully read). */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Uint8Array;
}

/** Answers one recorded request; may hold the response open, destroy the socket, etc. */
export type LoopbackHandler = (
  recorded: RecordedRequest,
  response: ServerResponse,
  request: IncomingMessage,
) => unknown;

/** A real HTTP server on 127.0.0.1 with a swappable handler and a request log. */
export interface LoopbackServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  /** Every request received so far, in order. */
  readonly requests: RecordedRequest[];
  /** Replaces the handler and clears the request log. */
  reset(handler: LoopbackHandler): void;
  close(): Promise<void>;
}

/**
 * Starts a loopback HTTP server for transport tests.
 *
 * @example
 * ```ts
 * const server = await startLoopbackServer((recorded, response) => response.end('{}'));
 * afterAll(() => server.close());
 * ```
 */
export async function startLoopbackServer(initialHandler: LoopbackHandler): Promise<LoopbackServer> {
  let handler = initialHandler;
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Uint8Array[] = [];
    request.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    request.on('end', () => {
      const recorded: RecordedRequest = {
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: new Uint8Array(Buffer.concat(chunks)),
      };
      requests.push(recorded);
      void Promise.resolve(handler(recorded, response, request)).catch(() => response.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    reset(next) {
      handler = next;
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A port on 127.0.0.1 that nothing listens on (a server is bound, then closed).
 *
 * @example
 * ```ts
 * const port = await findClosedPort();
 * ```
 */
export async function findClosedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
