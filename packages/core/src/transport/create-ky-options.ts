import { isHTTPError, isTimeoutError, type Options } from 'ky';
import type { HttpRequest } from './http-request.js';
import type { AttemptFailure } from './retry-policy.js';
import type { TransportContext } from './transport-context.js';

/**
 * Mutable bookkeeping of one request across its attempts, shared by the ky hooks and the caller.
 *
 * @example
 * ```ts
 * const state: AttemptState = { attempt: 0, attemptStartedAt: 0, nextDelayMilliseconds: 0 };
 * ```
 */
export interface AttemptState {
  /** The current attempt, starting at 1; 0 until the first one is sent. */
  attempt: number;
  attemptStartedAt: number;
  nextDelayMilliseconds: number;
}

/**
 * Builds the ky options of one request: per-attempt timeout, the caller's signal, the buffering
 * fetch, and a retry configuration in which {@link RetryPolicy} decides every retry and its delay
 * (ky only runs the attempts and waits). Hooks report `request`, `response` and `retry` log entries.
 *
 * @example
 * ```ts
 * const state: AttemptState = { attempt: 0, attemptStartedAt: 0, nextDelayMilliseconds: 0 };
 * const response = await ky(url, createKyOptions(context, request, { url: redactedUrl, idempotent: true, state }));
 * ```
 */
export function createKyOptions(
  context: TransportContext,
  request: HttpRequest<unknown>,
  call: { url: string; idempotent: boolean; state: AttemptState },
): Options {
  const { state } = call;
  const acceptJson = (request.responseType ?? 'json') === 'json' ? { accept: 'application/json' } : {};
  return {
    method: request.method,
    headers: { ...acceptJson, ...context.headers, ...request.headers },
    json: request.json,
    body: request.body,
    signal: request.signal,
    timeout: request.timeoutMilliseconds ?? context.timeoutMilliseconds,
    fetch: context.fetch,
    throwHttpErrors: true,
    retry: {
      limit: context.policy.limit,
      methods: ['get', 'post', 'put', 'patch', 'delete'],
      delay: () => state.nextDelayMilliseconds,
      shouldRetry: ({ error, retryCount }) => {
        if (request.signal?.aborted) return false;
        const decision = context.policy.decide(classifyAttemptFailure(error), {
          idempotent: call.idempotent,
          retryNumber: retryCount,
        });
        if (!decision.retry) return false;
        state.nextDelayMilliseconds = decision.delayMilliseconds;
        context.log({
          event: 'retry',
          method: request.method,
          url: call.url,
          attempt: retryCount,
          retryDelayMilliseconds: decision.delayMilliseconds,
          message: context.redactor.redact(decision.reason),
        });
        return true;
      },
    },
    hooks: {
      beforeRequest: [
        (_request, _options, { retryCount }) => {
          state.attempt = retryCount + 1;
          state.attemptStartedAt = performance.now();
          context.log({ event: 'request', method: request.method, url: call.url, attempt: state.attempt });
        },
      ],
      afterResponse: [
        (_request, _options, response) => {
          context.log({
            event: 'response',
            method: request.method,
            url: call.url,
            attempt: state.attempt,
            status: response.status,
            durationMilliseconds: Math.round(performance.now() - state.attemptStartedAt),
          });
        },
      ],
    },
  };
}

/**
 * Turns what ky threw for one attempt into an {@link AttemptFailure}.
 *
 * @example
 * ```ts
 * classifyAttemptFailure(new TypeError('fetch failed')); // { kind: 'network', error }
 * classifyAttemptFailure(httpError); // { kind: 'status', status: 503, retryAfter: '2' }
 * ```
 */
export function classifyAttemptFailure(error: unknown): AttemptFailure {
  if (isHTTPError(error)) {
    return {
      kind: 'status',
      status: error.response.status,
      retryAfter: error.response.headers.get('retry-after'),
    };
  }
  if (isTimeoutError(error)) return { kind: 'timeout' };
  return { kind: 'network', error: unwrapNonError(error) };
}

/** ky wraps thrown non-errors (some interceptors reject fetch with plain objects) in a `NonError`. */
function unwrapNonError(error: unknown): unknown {
  if (error instanceof Error && error.name === 'NonError' && 'value' in error) return error.value;
  return error;
}
