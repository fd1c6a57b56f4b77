import { AttemptSignal } from './attempt-signal.js';
import { AttemptTimeoutError } from './attempt-timeout-error.js';
import type { HttpExchange, HttpExchangeRequest, HttpExchangeResponse } from './http-exchange.js';

/**
 * Runs one attempt through an exchange under its own {@link AttemptSignal}. It rejects with an
 * {@link AttemptTimeoutError} when `timeoutMilliseconds` elapse (body included) and with the
 * caller's `signal.reason` when the caller aborts, at once in both cases (even when the exchange
 * ignores its signal), and aborts the exchange so the connection is released.
 *
 * @example
 * ```ts
 * const response = await runAttempt(exchange, { url, method: 'GET', headers: {}, body: undefined }, 30_000, signal);
 * ```
 */
export function runAttempt(
  exchange: HttpExchange,
  request: HttpExchangeRequest,
  timeoutMilliseconds: number,
  callerSignal: AbortSignal | undefined,
): Promise<HttpExchangeResponse> {
  const signal = new AttemptSignal();
  return new Promise<HttpExchangeResponse>((resolve, reject) => {
    const onCallerAbort = (): void => {
      signal.abort(callerSignal?.reason);
      reject(callerSignal?.reason);
    };
    const timer = setTimeout(() => {
      const error = new AttemptTimeoutError(timeoutMilliseconds);
      signal.abort(error);
      reject(error);
    }, timeoutMilliseconds);
    callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
    const settle = (): void => {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    };
    let pending: Promise<HttpExchangeResponse>;
    try {
      pending = exchange(request, signal);
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending.then(
      (response) => {
        settle();
        resolve(response);
      },
      (error: unknown) => {
        settle();
        reject(error);
      },
    );
  });
}
