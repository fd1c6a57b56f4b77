import type { IncomingMessage, ServerResponse } from 'node:http';
import { webhookErrorResponse } from '../webhook-error-response.js';
import { toWebRequest } from './to-web-request.js';
import { UnusableRequestError } from './unusable-request-error.js';

/** What a 405 answer lists in `Allow`: the usual methods the listener hands to the handler. */
const allowedMethods = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';

/**
 * Adapts a web-standard webhook handler (from `createWebhookHandler`) to `node:http` and Express:
 * the returned listener converts each `IncomingMessage` to a `Request` (streaming the body, so the
 * handler's size limit still applies) and writes the `Response` back. When a body parser (Express
 * `express.json()`/`express.raw()`) already consumed the body, it uses `request.body` instead (an object is
 * re-serialised as JSON). A request that cannot become a web `Request` is answered without calling the
 * handler: 400 for a malformed `Host` header or URL, 405 for a method the Fetch API refuses (`TRACE`). It
 * never throws; any other failure is answered 500.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * import { createWebhookHandler } from '@switchboard/core';
 * import { createNodeWebhookListener } from '@switchboard/core/node';
 *
 * const handler = createWebhookHandler({ messengers: [messenger], onEvent });
 * createServer(createNodeWebhookListener(handler)).listen(3000);
 * // Express: app.post('/webhook/:instance', createNodeWebhookListener(handler));
 * ```
 */
export function createNodeWebhookListener(
  handler: (request: Request) => Promise<Response>,
): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    void respond(handler, request, response);
  };
}

/** The handler's answer, or a 400/405 when the request cannot become a web `Request`. */
async function answerRequest(
  handler: (request: Request) => Promise<Response>,
  request: IncomingMessage,
  signal: AbortSignal,
): Promise<Response> {
  let webRequest: Request;
  try {
    webRequest = toWebRequest(request, signal);
  } catch (error) {
    if (!(error instanceof UnusableRequestError)) throw error;
    const headers: Record<string, string> = error.status === 405 ? { allow: allowedMethods } : {};
    return webhookErrorResponse(error.status, error.code, error.message, headers);
  }
  return handler(webRequest);
}

async function respond(
  handler: (request: Request) => Promise<Response>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const disconnected = new AbortController();
  const onClose = () => {
    if (!response.writableFinished) disconnected.abort();
  };
  response.once('close', onClose);
  try {
    const answer = await answerRequest(handler, request, disconnected.signal);
    const body = new Uint8Array(await answer.arrayBuffer());
    if (response.headersSent || response.destroyed) return;
    response.statusCode = answer.status;
    answer.headers.forEach((value, name) => {
      if (name !== 'set-cookie') response.setHeader(name, value);
    });
    const cookies = answer.headers.getSetCookie();
    if (cookies.length > 0) response.setHeader('set-cookie', cookies);
    // The handler may answer before reading the whole body (413): close instead of draining it.
    if (!request.complete) response.setHeader('connection', 'close');
    response.end(body);
  } catch {
    if (response.headersSent || response.destroyed) return;
    response.statusCode = 500;
    response.setHeader('content-type', 'application/json; charset=utf-8');
    response.end(
      JSON.stringify({ error: { code: 'internal', message: 'The webhook could not be processed' } }),
    );
  } finally {
    response.off('close', onClose);
  }
}
