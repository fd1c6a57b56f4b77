import type { IncomingMessage } from 'node:http';
import { UnusableRequestError } from './unusable-request-error.js';

type NodeRequestWithBody = IncomingMessage & { body?: unknown };

/** Methods Node's parser accepts but `new Request` refuses (the Fetch standard's forbidden methods). */
const forbiddenMethods: ReadonlySet<string> = new Set(['CONNECT', 'TRACE', 'TRACK']);

/**
 * Converts a Node request to a web `Request`; throws {@link UnusableRequestError} for a bad `Host` or URL
 * (400) or a method fetch refuses (405).
 */
export function toWebRequest(request: IncomingMessage, signal: AbortSignal): Request {
  const method = request.method ?? 'GET';
  if (forbiddenMethods.has(method.toUpperCase())) {
    throw new UnusableRequestError(405, 'method-not-allowed', `The ${method} method is not supported`);
  }
  const url = requestUrl(request);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      try {
        headers.append(name, item);
      } catch {
        // A header value the Fetch API rejects is dropped.
      }
    }
  }
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const init: RequestInit & { duplex?: 'half' } = { method, headers, signal };
  if (hasBody) {
    const parsed = (request as NodeRequestWithBody).body;
    if (parsed !== undefined && request.readableEnded) {
      init.body = parsedBody(parsed);
      headers.delete('content-length');
    } else {
      init.body = streamBody(request);
      init.duplex = 'half';
    }
  }
  return new Request(url, init);
}

/** The absolute URL of the request; a malformed `Host` header or request target is a 400. */
function requestUrl(request: IncomingMessage): URL {
  const isEncrypted = (request.socket as { encrypted?: boolean } | undefined)?.encrypted === true;
  const base = `${isEncrypted ? 'https' : 'http'}://${request.headers.host ?? 'localhost'}`;
  try {
    return new URL(request.url ?? '/', base);
  } catch {
    throw new UnusableRequestError(400, 'invalid-request', 'The Host header or the request URL is malformed');
  }
}

function parsedBody(body: unknown): Uint8Array<ArrayBuffer> | string {
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return new Uint8Array(body);
  return JSON.stringify(body) ?? '';
}

/** The request body as a pull-based stream: it reads only as fast as the handler consumes. */
function streamBody(request: IncomingMessage): ReadableStream<Uint8Array> {
  let isOpen = true;
  const onData = (controller: ReadableStreamDefaultController<Uint8Array>, chunk: Uint8Array) => {
    if (!isOpen) return;
    controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    if ((controller.desiredSize ?? 0) <= 0) request.pause();
  };
  const finish = (end: () => void) => {
    if (!isOpen) return;
    isOpen = false;
    end();
  };
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        request.on('data', (chunk: Uint8Array) => onData(controller, chunk));
        request.once('end', () => finish(() => controller.close()));
        request.once('error', (error) => finish(() => controller.error(error)));
        request.pause();
      },
      pull() {
        request.resume();
      },
      cancel() {
        // Stop buffering; the rest of the body is drained (or the connection closed by the listener).
        isOpen = false;
        request.resume();
      },
    },
    { highWaterMark: 1 },
  );
}
