import { MessengerError } from '../errors/messenger-error.js';
import type { ParsedWebhook } from '../messenger/inbox-operations.js';
import type { Messenger } from '../messenger/messenger.js';
import { createKeyedQueue } from './create-keyed-queue.js';
import { createMemoryIdempotencyStore } from './create-memory-idempotency-store.js';
import { createWebhookRouter } from './create-webhook-router.js';
import { handleWebhookEvents, type WebhookEventsSettings } from './handle-webhook-events.js';
import { readLimitedBody } from './read-limited-body.js';
import { requirePositiveNumber } from './require-positive-number.js';
import { resolveClaimDurations } from './resolve-claim-durations.js';
import { webhookErrorResponse } from './webhook-error-response.js';
import type { WebhookErrorContext, WebhookHandlerOptions } from './webhook-handler-options.js';
import { webhookParseFailureResponse } from './webhook-parse-failure-response.js';

/**
 * Creates a web-standard webhook endpoint, `(request: Request) => Promise<Response>`, for Node (through
 * `createNodeWebhookListener` from `@switchboard/core/node`), Workers, Deno and Bun. For each request it:
 *
 * 1. routes to a messenger (see {@link WebhookHandlerOptions}; unknown instance → 404);
 * 2. refuses bodies over `maxBodyBytes` by `Content-Length` and while streaming (413);
 * 3. lets the messenger's `parseWebhook` verify the provider's secret (401; adapters fail closed when no
 *    secret is configured) and parse the events (malformed body → 400 with a JSON message);
 * 4. deduplicates each event by `id` in the `store` and calls `onEvent` once per event (a copy that
 *    arrives while the first is being handled waits for it here, or gets 503 from another process);
 * 5. answers with the provider's expected success shape (`respond()`), or 503 with `Retry-After` when a
 *    handler failed, so the provider redelivers (the failed event's claim is released, so the redelivery
 *    is processed).
 *
 * It never throws: unexpected failures are reported to `onError` and answered 500. Throws at creation
 * for invalid options.
 *
 * @example
 * ```ts
 * import { createWebhookHandler } from '@switchboard/core';
 *
 * const handler = createWebhookHandler({
 *   messengers: [whatsapp],
 *   onEvent: async (event) => { if (event.type === 'message-received') await orders.ingest(event); },
 * });
 * export default { fetch: handler }; // Cloudflare Workers, Bun, Deno
 * ```
 */
export function createWebhookHandler(
  options: WebhookHandlerOptions,
): (request: Request) => Promise<Response> {
  if (typeof options.onEvent !== 'function') {
    throw new MessengerError('createWebhookHandler needs an onEvent function', { code: 'invalid-request' });
  }
  if (options.messengers === undefined && options.route === undefined) {
    throw new MessengerError('createWebhookHandler needs messengers or a route function', {
      code: 'invalid-request',
    });
  }
  const router = createWebhookRouter(options);
  const maximumBytes = requirePositiveNumber('maxBodyBytes', options.maxBodyBytes ?? 1_000_000, {
    integer: true,
  });
  const settings: WebhookEventsSettings = {
    store: options.store ?? createMemoryIdempotencyStore(),
    onEvent: options.onEvent,
    ttls: resolveClaimDurations(options),
    retryAfterMilliseconds: requirePositiveNumber(
      'retryAfterMilliseconds',
      options.retryAfterMilliseconds ?? 5000,
      { integer: true },
    ),
    eventQueue: createKeyedQueue(),
    report: (error: unknown, context: WebhookErrorContext) => {
      try {
        options.onError?.(error, context);
      } catch {
        // A failing error reporter must not change the answer.
      }
    },
  };

  return async (request) => {
    let messenger: Messenger | undefined;
    try {
      messenger = await router(request);
      if (messenger === undefined) {
        return webhookErrorResponse(404, 'not-found', 'No messenger is configured for this webhook URL');
      }
      let body: Awaited<ReturnType<typeof readLimitedBody>>;
      try {
        body = await readLimitedBody(request, maximumBytes);
      } catch (error) {
        settings.report(error, { phase: 'parse', messenger });
        return webhookErrorResponse(400, 'invalid-request', 'The request body could not be read');
      }
      if (body.status === 'too-large') {
        return webhookErrorResponse(
          413,
          'payload-too-large',
          `The body is larger than ${maximumBytes} bytes`,
        );
      }
      const buffered = withBody(request, body.bytes);
      let parsed: ParsedWebhook;
      try {
        parsed = await messenger.inbox.parseWebhook(buffered);
      } catch (error) {
        settings.report(error, { phase: 'parse', messenger });
        return webhookParseFailureResponse(error, settings.retryAfterMilliseconds);
      }
      const failure = await handleWebhookEvents(parsed.events ?? [], messenger, buffered, settings);
      return failure ?? parsed.respond();
    } catch (error) {
      settings.report(error, { phase: 'internal', messenger });
      return webhookErrorResponse(500, 'internal', 'The webhook could not be processed');
    }
  };
}

/** A copy of the request carrying the already read body, so the parser can read it once more. */
function withBody(request: Request, bytes: Uint8Array<ArrayBuffer>): Request {
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: hasBody ? bytes : null,
    signal: request.signal,
  });
}
