import { HTTPError, TimeoutError } from 'ky';
import { describe, expect, it, vi } from 'vitest';
import { createRetryOptions } from '../../src/transport/create-retry-options.js';
import { isIdempotentMethod } from '../../src/transport/is-idempotent-method.js';
import { ResponseTooLargeError } from '../../src/transport/response-too-large-error.js';

const request = new Request('https://api.example.test/x');
const statusError = (status: number, headers: Record<string, string> = {}) =>
  new HTTPError(new Response(null, { status, headers }), request, {} as never);
const networkError = (code: string) =>
  new TypeError('fetch failed', { cause: Object.assign(new Error('connect'), { code }) });
const shouldRetry = (idempotent: boolean, error: Error) =>
  createRetryOptions({}, idempotent).shouldRetry?.({ error, retryCount: 1 });

describe('createRetryOptions', () => {
  it('lets ky retry reads after 429, 500, 502, 503, 504, timeouts and network errors, and never other statuses', () => {
    const read = createRetryOptions(undefined, true);
    expect(read).toMatchObject({ limit: 2, statusCodes: [429, 500, 502, 503, 504], retryOnTimeout: true });
    for (const status of [400, 401, 403, 404, 408, 413, 466, 501])
      expect(read.statusCodes).not.toContain(status);
    expect(read.methods).toEqual(['get', 'post', 'put', 'patch', 'delete']);
    expect(shouldRetry(true, new TimeoutError(request))).toBeUndefined();
    expect(shouldRetry(true, networkError('ECONNRESET'))).toBeUndefined();
  });

  it('retries a send only after 429 or a connection that was never established', () => {
    const send = createRetryOptions(undefined, false);
    expect(send).toMatchObject({ statusCodes: [429], retryOnTimeout: false });
    for (const code of ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']) {
      expect(shouldRetry(false, networkError(code)), code).toBe(true);
    }
    expect(shouldRetry(false, networkError('ECONNRESET'))).toBe(false);
    expect(shouldRetry(false, new TypeError('fetch failed'))).toBe(false);
    expect(shouldRetry(false, new TimeoutError(request))).toBeUndefined();
    expect(shouldRetry(false, statusError(429))).toBeUndefined();
  });

  it('backs off exponentially up to the limit, with jitter between half and the whole delay', () => {
    const options = createRetryOptions({ baseDelayMilliseconds: 100, backoffLimitMilliseconds: 300 }, true);
    expect([1, 2, 3].map((attempt) => options.delay?.(attempt))).toEqual([100, 200, 400]);
    expect(options.backoffLimit).toBe(300);
    const random = vi.spyOn(Math, 'random');
    random.mockReturnValue(0);
    expect(options.jitter).toBeTypeOf('function');
    expect((options.jitter as (delay: number) => number)(200)).toBe(100);
    random.mockReturnValue(1);
    expect((options.jitter as (delay: number) => number)(200)).toBe(200);
    random.mockRestore();
  });

  it('waits for Retry-After on retryable statuses, and stops when it exceeds the cap', () => {
    const options = createRetryOptions({ maxRetryAfterMilliseconds: 1000 }, false);
    expect(options).toMatchObject({ afterStatusCodes: [429, 500, 502, 503, 504], maxRetryAfter: 1000 });
    const check = (error: Error) => options.shouldRetry?.({ error, retryCount: 1 });
    expect(check(statusError(429, { 'retry-after': '2' }))).toBe(false);
    expect(check(statusError(429, { 'retry-after': '1' }))).toBeUndefined();
  });

  it('never retries an answer over the size cap; false means a single attempt', () => {
    expect(shouldRetry(true, new ResponseTooLargeError(10, 200))).toBe(false);
    expect(createRetryOptions(false, true).limit).toBe(0);
    expect(createRetryOptions({ limit: 5 }, false).limit).toBe(5);
  });
});

describe('isIdempotentMethod', () => {
  it('treats GET, DELETE and PUT as idempotent, POST and PATCH not', () => {
    expect(
      ['GET', 'DELETE', 'PUT', 'POST', 'PATCH'].map((method) => isIdempotentMethod(method as 'GET')),
    ).toEqual([true, true, true, false, false]);
  });
});
