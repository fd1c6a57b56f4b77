import { type Hooks, HTTPError, TimeoutError } from 'ky';
import type { Redactor } from '../redaction/redactor.js';
import { findNetworkErrorCode } from './find-network-error-code.js';
import type { TransportCall } from './transport-call.js';

/**
 * ky hooks that log each attempt of a request (`request` before it is sent, `retry` when a failed one
 * is repeated), plus the `observe` callback of the reading fetch (`response` once an answer is read).
 * A request takes part when its ky `context` carries its {@link TransportCall}.
 *
 * @example
 * ```ts
 * const { hooks, observe } = createLogHooks(redactor);
 * const client = ky.create({ hooks, fetch: createReadingFetch({ fetch: undefined, maxResponseBytes, observe }) });
 * ```
 */
export function createLogHooks(redactor: Redactor): {
  hooks: Hooks;
  observe: (request: Request, status: number | undefined) => void;
} {
  const calls = new WeakMap<Request, TransportCall>();
  return {
    hooks: {
      beforeRequest: [
        (request, options, { retryCount }) => {
          const call = callOf(options.context);
          if (call === undefined) return;
          call.attempt = retryCount + 1;
          call.attemptStartedAt = performance.now();
          calls.set(request, call);
          call.log(() => ({
            event: 'request',
            method: call.request.method,
            url: call.redactedUrl,
            attempt: call.attempt,
          }));
        },
      ],
      beforeRetry: [
        ({ options, error, retryCount }) => {
          const call = callOf(options.context);
          call?.log(() => ({
            event: 'retry',
            method: call.request.method,
            url: call.redactedUrl,
            attempt: retryCount,
            retryDelayMilliseconds: Math.max(0, Math.round(performance.now() - call.attemptEndedAt)),
            message: redactor.redact(describeFailure(error)),
          }));
        },
      ],
    },
    observe: (request, status) => {
      const call = calls.get(request);
      if (call === undefined) return;
      call.attemptEndedAt = performance.now();
      if (status === undefined) return;
      call.log(() => ({
        event: 'response',
        method: call.request.method,
        url: call.redactedUrl,
        attempt: call.attempt,
        status,
        durationMilliseconds: Math.round(call.attemptEndedAt - call.attemptStartedAt),
      }));
    },
  };
}

function callOf(context: Record<string, unknown>): TransportCall | undefined {
  return context.call as TransportCall | undefined;
}

function describeFailure(error: Error): string {
  if (error instanceof HTTPError) return `HTTP ${error.response.status}`;
  if (error instanceof TimeoutError) return 'timeout';
  const code = findNetworkErrorCode(error);
  return code === undefined ? 'network error' : `network error (${code})`;
}
