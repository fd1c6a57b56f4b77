import { describe, expect, it } from 'vitest';
import { isIdempotentMethod, RetryPolicy } from '../../src/transport/retry-policy.js';

const refused = new TypeError('fetch failed', {
  cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
});
const reset = new TypeError('fetch failed', {
  cause: Object.assign(new Error('socket'), { code: 'ECONNRESET' }),
});
const status = (code: number, retryAfter: string | null = null) => ({
  kind: 'status' as const,
  status: code,
  retryAfter,
});

describe('RetryPolicy', () => {
  const policy = new RetryPolicy(
    { limit: 3, baseDelayMilliseconds: 100, backoffLimitMilliseconds: 300 },
    () => 1,
  );
  const read = { idempotent: true, retryNumber: 1 };
  const send = { idempotent: false, retryNumber: 1 };

  it('retries idempotent requests after 429, 500, 502, 503, 504, timeouts and network errors', () => {
    for (const code of [429, 500, 502, 503, 504])
      expect(policy.decide(status(code), read).retry, `${code}`).toBe(true);
    expect(policy.decide({ kind: 'timeout' }, read).retry).toBe(true);
    expect(policy.decide({ kind: 'network', error: reset }, read).retry).toBe(true);
  });

  it('never retries client errors, 466 or 501', () => {
    for (const code of [400, 401, 403, 404, 408, 413, 466, 501]) {
      expect(policy.decide(status(code), read).retry, `${code}`).toBe(false);
    }
  });

  it('retries a send only after 429 or a connection that was never established', () => {
    expect(policy.decide(status(429), send).retry).toBe(true);
    expect(policy.decide({ kind: 'network', error: refused }, send).retry).toBe(true);
    for (const code of ['ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']) {
      expect(policy.decide({ kind: 'network', error: { code } }, send).retry, code).toBe(true);
    }
    expect(policy.decide({ kind: 'network', error: reset }, send).retry).toBe(false);
    expect(policy.decide({ kind: 'network', error: new TypeError('fetch failed') }, send).retry).toBe(false);
    expect(policy.decide({ kind: 'timeout' }, send).retry).toBe(false);
    for (const code of [500, 502, 503, 504])
      expect(policy.decide(status(code), send).retry, `${code}`).toBe(false);
  });

  it('backs off exponentially up to the limit, with jitter between half and the whole delay', () => {
    const delays = [1, 2, 3].map(
      (retryNumber) => policy.decide(status(503), { ...read, retryNumber }).delayMilliseconds,
    );
    expect(delays).toEqual([100, 200, 300]);
    const low = new RetryPolicy({ baseDelayMilliseconds: 100 }, () => 0);
    expect(low.decide(status(503), read).delayMilliseconds).toBe(50);
  });

  it('waits for Retry-After instead of the backoff, and stops when it exceeds the cap', () => {
    expect(policy.decide(status(429, '2'), send)).toMatchObject({ retry: true, delayMilliseconds: 2000 });
    const capped = new RetryPolicy({ maxRetryAfterMilliseconds: 1000 });
    expect(capped.decide(status(429, '2'), send).retry).toBe(false);
    expect(capped.decide(status(429, '1'), send)).toMatchObject({ retry: true, delayMilliseconds: 1000 });
  });

  it('stops after the limit; false means a single attempt', () => {
    expect(policy.decide(status(503), { ...read, retryNumber: 4 }).retry).toBe(false);
    const none = new RetryPolicy(false);
    expect(none.limit).toBe(0);
    expect(none.decide(status(503), read).retry).toBe(false);
    expect(new RetryPolicy().limit).toBe(2);
  });
});

describe('isIdempotentMethod', () => {
  it('treats GET, DELETE and PUT as idempotent, POST and PATCH not', () => {
    expect(
      ['GET', 'DELETE', 'PUT', 'POST', 'PATCH'].map((method) => isIdempotentMethod(method as 'GET')),
    ).toEqual([true, true, true, false, false]);
  });
});
