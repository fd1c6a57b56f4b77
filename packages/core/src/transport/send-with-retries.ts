import { AttemptTimeoutError } from './attempt-timeout-error.js';
import type { HttpExchangeRequest, HttpExchangeResponse } from './http-exchange.js';
import { type AttemptFailure, isIdempotentMethod } from './retry-policy.js';
import { runAttempt } from './run-attempt.js';
import type { TransportCall } from './transport-call.js';
import { waitForRetryDelay } from './wait-for-retry-delay.js';

/**
 * Sends a request attempt after attempt until one succeeds (2xx) or {@link RetryPolicy} says stop.
 * Each attempt is timed out on its own and logged (`request`, `response`, `retry`). Resolves with the
 * last response, successful or not; rejects with the last attempt's error (an
 * {@link AttemptTimeoutError} or what the exchange threw), or with the caller's `signal.reason` once
 * the caller aborts (also while waiting between attempts).
 *
 * @example
 * ```ts
 * const response = await sendWithRetries(call, { url: call.url.href, method: 'GET', headers, body: undefined });
 * if (response.status >= 400) throw mapStatus(response);
 * ```
 */
export async function sendWithRetries(
  call: TransportCall,
  exchangeRequest: HttpExchangeRequest,
): Promise<HttpExchangeResponse> {
  const { context, request } = call;
  const { signal } = request;
  const idempotent = request.idempotent ?? isIdempotentMethod(request.method);
  const timeoutMilliseconds = request.timeoutMilliseconds ?? context.timeoutMilliseconds;
  for (let retryNumber = 1; ; retryNumber += 1) {
    call.attempt = retryNumber;
    call.attemptStartedAt = performance.now();
    call.log(() => ({
      event: 'request',
      method: request.method,
      url: call.redactedUrl,
      attempt: call.attempt,
    }));
    let failure: AttemptFailure;
    let response: HttpExchangeResponse | undefined;
    let thrown: unknown;
    try {
      response = await runAttempt(context.exchange, exchangeRequest, timeoutMilliseconds, signal);
      call.log(() => ({
        event: 'response',
        method: request.method,
        url: call.redactedUrl,
        attempt: call.attempt,
        status: response?.status,
        durationMilliseconds: Math.round(performance.now() - call.attemptStartedAt),
      }));
      if (response.status >= 200 && response.status < 300) return response;
      failure = { kind: 'status', status: response.status, retryAfter: response.headers.get('retry-after') };
    } catch (error) {
      thrown = error;
      failure = error instanceof AttemptTimeoutError ? { kind: 'timeout' } : { kind: 'network', error };
    }
    if (signal?.aborted) throw signal.reason;
    const decision = context.policy.decide(failure, { idempotent, retryNumber });
    if (!decision.retry) {
      if (response !== undefined) return response;
      throw thrown;
    }
    call.log(() => ({
      event: 'retry',
      method: request.method,
      url: call.redactedUrl,
      attempt: call.attempt,
      retryDelayMilliseconds: decision.delayMilliseconds,
      message: context.redactor.redact(decision.reason),
    }));
    await waitForRetryDelay(decision.delayMilliseconds, signal);
  }
}
