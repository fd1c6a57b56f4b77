import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { waitForDelay } from '@switchboard/core/adapter';
import { controlPrefix } from './control-prefix.js';
import { createEmulatorRequest, type EmulatorRequest } from './emulator-request.js';
import { type EmulatorResponse, emptyResponse, textResponse } from './emulator-response.js';
import type { EmulatorFault, FaultInjector } from './fault-injector.js';

/**
 * The request a served handler receives: an {@link EmulatorRequest} plus an abort signal that fires when the client
 * disconnects or the server closes (use it to end long-polls early).
 *
 * @example
 * const handle = (request: EmulatorServerRequest) => queue.waitForHead(5_000, request.signal);
 */
export type EmulatorServerRequest = EmulatorRequest & {
  /** Aborts when the client goes away or the server closes. */
  signal: AbortSignal;
};

/**
 * Options of {@link startEmulatorServer}.
 *
 * @example
 * const options: EmulatorServerOptions = { faults: new FaultInjector(), handle: () => emptyResponse(200) };
 */
export interface EmulatorServerOptions {
  /** Default `127.0.0.1`. */
  host?: string;
  /** Default 0 (an ephemeral port). */
  port?: number;
  /** Decides which requests fail instead of reaching `handle`. */
  faults: FaultInjector;
  /** Answers a request; `request.signal` aborts when the client goes away or the server closes. */
  handle: (request: EmulatorServerRequest) => Promise<EmulatorResponse> | EmulatorResponse;
  /** Maps an exception thrown by `handle` to an answer (default: 500 with the message). */
  onError?: (error: unknown, request: EmulatorRequest) => EmulatorResponse;
  /** Paths starting with one of these never get faults (default: the control prefix). */
  faultExemptPrefixes?: readonly string[];
}

/**
 * A running emulator server.
 *
 * @example
 * const server = await startEmulatorServer({ faults, handle });
 * await fetch(`${server.url}/ping`);
 * await server.close();
 */
export interface EmulatorServer {
  /** `http://host:port`, no trailing slash. */
  url: string;
  /** The port listened on (the one chosen when 0 was asked for). */
  port: number;
  /** Stops listening, aborts requests in flight and closes open connections. */
  close(): Promise<void>;
}

const corsHeaders: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'access-control-allow-headers': '*',
  'access-control-max-age': '86400',
};

function defaultOnError(error: unknown): EmulatorResponse {
  return textResponse(
    500,
    `Internal Server Error: ${error instanceof Error ? error.message : String(error)}`,
  );
}

function faultResponse(
  fault: Exclude<EmulatorFault, { kind: 'delay' } | { kind: 'drop' }>,
): EmulatorResponse {
  if (fault.kind === 'malformed-json') {
    return { status: 200, headers: { 'content-type': 'application/json' }, body: '{"idMessage":"BAE5' };
  }
  const body = fault.body ?? '';
  const trimmed = body.trimStart();
  const contentType =
    trimmed.startsWith('{') || trimmed.startsWith('[') ? 'application/json' : 'text/plain; charset=utf-8';
  const headers: Record<string, string> = { 'content-type': contentType };
  // Retry-After is whole seconds; rounding up never asks a client to retry earlier than the fault says.
  if (fault.retryAfterMilliseconds !== undefined) {
    headers['retry-after'] = String(Math.ceil(fault.retryAfterMilliseconds / 1000));
  }
  return { status: fault.status, headers, body };
}

function readBody(incoming: IncomingMessage): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    incoming.on('error', reject);
  });
}

function writeResponse(outgoing: ServerResponse, response: EmulatorResponse): void {
  if (outgoing.destroyed || outgoing.headersSent) return;
  const body = response.body ?? '';
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
  outgoing.writeHead(response.status, {
    'access-control-allow-origin': '*',
    ...response.headers,
    'content-length': String(bytes.length),
  });
  outgoing.end(bytes);
}

/**
 * Starts a node:http server that reads whole requests, applies injected faults (except under the control prefix),
 * answers OPTIONS with 204 + CORS headers, maps handler exceptions to 500 and closes immediately.
 *
 * @example
 * const server = await startEmulatorServer({ faults: new FaultInjector(), handle: () => jsonResponse(200, {}) });
 */
export async function startEmulatorServer(options: EmulatorServerOptions): Promise<EmulatorServer> {
  const sockets = new Set<Socket>();
  const inFlight = new Set<AbortController>();
  const exempt = options.faultExemptPrefixes ?? [controlPrefix];
  const onError = options.onError ?? defaultOnError;

  async function serve(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    const controller = new AbortController();
    inFlight.add(controller);
    outgoing.on('close', () => {
      inFlight.delete(controller);
      if (!outgoing.writableFinished) controller.abort();
    });
    const body = await readBody(incoming);
    const request: EmulatorServerRequest = Object.assign(
      createEmulatorRequest({
        method: incoming.method ?? 'GET',
        url: incoming.url ?? '/',
        headers: incoming.headers,
        body,
      }),
      { signal: controller.signal },
    );
    if (request.method === 'OPTIONS') {
      writeResponse(outgoing, { ...emptyResponse(204), headers: corsHeaders });
      return;
    }
    const fault = exempt.some((prefix) => request.path.startsWith(prefix))
      ? undefined
      : options.faults.take(request);
    if (fault?.kind === 'drop') {
      incoming.socket.destroy();
      return;
    }
    if (fault?.kind === 'delay') await waitForDelay(fault.milliseconds, controller.signal);
    if (controller.signal.aborted) return;
    if (fault !== undefined && fault.kind !== 'delay') {
      writeResponse(outgoing, faultResponse(fault));
      return;
    }
    let response: EmulatorResponse;
    try {
      response = await options.handle(request);
    } catch (error) {
      response = onError(error, request);
    }
    writeResponse(outgoing, response);
  }

  const server = createServer((incoming, outgoing) => {
    serve(incoming, outgoing).catch((error: unknown) => writeResponse(outgoing, defaultOnError(error)));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const host = options.host ?? '127.0.0.1';
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    close(): Promise<void> {
      closing ??= new Promise<void>((resolve) => {
        for (const controller of inFlight) controller.abort();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}
