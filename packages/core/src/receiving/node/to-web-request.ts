import type { IncomingMessage } from 'node:http';

type NodeRequestWithBody = IncomingMessage & { body?: unknown };

/**
 * Converts a Node `IncomingMessage` to a web `Request`: absolute URL from the `Host` header, every header,
 * and the body as a stream read on demand (or the body an Express parser already produced).
 *
 * @example
 * ```ts
 * const webRequest = toWebRequest(request, AbortSignal.timeout(30_000));
 * ```
 */
export function toWebRequest(request: IncomingMessage, signal: AbortSignal): Request {
  const method = request.method ?? 'GET';
  const isEncrypted = (request.socket as { encrypted?: boolean } | undefined)?.encrypted === true;
  const url = new URL(
    request.url ?? '/',
    `${isEncrypted ? 'https' : 'http'}://${request.headers.host ?? 'localhost'}`,
  );
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
