import { describe, expect, it } from 'vitest';
import { isMessengerError } from '../../src/errors/messenger-error.js';
import { Redactor } from '../../src/redaction/redactor.js';
import { mapHttpError } from '../../src/transport/map-http-error.js';

const token = 'd75b3a66374942c5b3c0';
const redactor = new Redactor([token]);
const base = {
  provider: 'green-api',
  method: 'POST' as const,
  path: `/waInstance1101/sendMessage/${token}`,
  redactor,
};

describe('mapHttpError', () => {
  it.each([
    [400, 'invalid-request', false],
    [401, 'auth', false],
    [403, 'auth', false],
    [404, 'not-found', false],
    [405, 'invalid-request', false],
    [408, 'timeout', true],
    [413, 'invalid-request', false],
    [422, 'invalid-request', false],
    [429, 'rate-limited', true],
    [466, 'quota-exceeded', false],
    [500, 'provider', true],
    [502, 'provider', true],
    [503, 'provider', true],
  ])('maps HTTP %i to %s (retryable: %s)', (status, code, retryable) => {
    const error = mapHttpError({ ...base, kind: 'status', status });
    expect(isMessengerError(error)).toBe(true);
    expect(error).toMatchObject({ code, status, provider: 'green-api', isRetryable: retryable });
    expect(error.message).toBe(`POST /waInstance1101/sendMessage/*** failed with ${status}`);
  });

  it("includes the provider's redacted error text and a redacted copy of the body", () => {
    const body = {
      statusCode: 400,
      path: `/waInstance1101/sendMessage/${token}`,
      message: `bad request data for ${token}`,
    };
    const error = mapHttpError({ ...base, kind: 'status', status: 400, body });
    expect(error.message).toBe(
      'POST /waInstance1101/sendMessage/*** failed with 400: bad request data for ***',
    );
    expect(error.details).toMatchObject({
      method: 'POST',
      path: '/waInstance1101/sendMessage/***',
      providerMessage: 'bad request data for ***',
      body: { statusCode: 400, path: '/waInstance1101/sendMessage/***' },
    });
  });

  it('carries retryAfterMilliseconds for 429 and keeps the quota body of 466', () => {
    expect(
      mapHttpError({ ...base, kind: 'status', status: 429, retryAfterMilliseconds: 2000 })
        .retryAfterMilliseconds,
    ).toBe(2000);
    const quota = { invokeStatus: { method: 'sendMessage', status: 'QUOTE_ALLOWED' } };
    const error = mapHttpError({ ...base, kind: 'status', status: 466, body: quota });
    expect(error.details?.body).toEqual(quota);
  });

  it('maps timeouts, network failures and invalid responses', () => {
    const timeout = mapHttpError({ ...base, kind: 'timeout', timeoutMilliseconds: 50 });
    expect(timeout).toMatchObject({ code: 'timeout', isRetryable: true });
    expect(timeout.message).toBe('POST /waInstance1101/sendMessage/*** timed out after 50 ms');
    const cause = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
    });
    const network = mapHttpError({ ...base, kind: 'network', cause });
    expect(network).toMatchObject({ code: 'network', details: { networkErrorCode: 'ECONNREFUSED' } });
    expect(network.message).toBe(
      'POST /waInstance1101/sendMessage/*** failed with a network error (ECONNREFUSED): fetch failed',
    );
    const invalid = mapHttpError({
      ...base,
      kind: 'invalid-response',
      status: 200,
      reason: 'idMessage: missing',
    });
    expect(invalid).toMatchObject({ code: 'invalid-response', status: 200, isRetryable: false });
    expect(invalid.message).toContain('returned an invalid response (200): idMessage: missing');
  });

  it('attaches a sanitised copy of the cause, never the original', () => {
    const original = Object.assign(new Error(`GET https://host/waInstance1/getSettings/${token}`), {
      name: 'HTTPError',
      request: { url: `https://host/${token}` },
    });
    const error = mapHttpError({ ...base, kind: 'status', status: 500, cause: original });
    expect(error.cause).not.toBe(original);
    expect(error.cause).toBeInstanceOf(Error);
    expect((error.cause as Error).name).toBe('HTTPError');
    expect((error.cause as Error).message).toBe('GET https://host/waInstance1/getSettings/***');
    expect(error.cause).not.toHaveProperty('request');
  });
});
