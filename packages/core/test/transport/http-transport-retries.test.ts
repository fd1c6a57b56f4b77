import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/redaction/redactor.js';
import { createHttpTransport } from '../../src/transport/create-http-transport.js';
import type { HttpLogEntry } from '../../src/transport/http-log-entry.js';
import type { HttpTransportOptions } from '../../src/transport/http-transport.js';
import {
  api,
  captureMessengerError,
  nockTransport as transport,
  useNockNetwork,
} from './transport-test-helpers.js';

useNockNetwork();
const fast = { limit: 2, baseDelayMilliseconds: 1 };

describe('retries', () => {
  it('retries an idempotent GET after 5xx and succeeds', async () => {
    nock(api)
      .get('/state')
      .reply(503)
      .get('/state')
      .reply(502)
      .get('/state')
      .reply(200, { stateInstance: 'authorized' });
    await expect(transport().request({ method: 'GET', path: 'state' })).resolves.toEqual({
      stateInstance: 'authorized',
    });
  });

  it('gives up after the limit with a provider error', async () => {
    nock(api).get('/state').times(3).reply(500, { message: 'internal' });
    const error = await captureMessengerError(transport().request({ method: 'GET', path: 'state' }));
    expect(error).toMatchObject({ code: 'provider', status: 500, isRetryable: true });
    expect(error.message).toBe('GET /state failed with 500: internal');
  });

  it('never retries a POST after a 5xx, but does when it is marked idempotent', async () => {
    nock(api).post('/send').reply(500);
    await expect(transport().request({ method: 'POST', path: 'send', json: {} })).rejects.toMatchObject({
      status: 500,
    });
    nock(api).post('/history').reply(500).post('/history').reply(200, []);
    await expect(
      transport().request({ method: 'POST', path: 'history', json: {}, idempotent: true }),
    ).resolves.toEqual([]);
  });

  it('retries a POST after 429, honouring Retry-After, and reports retryAfterMilliseconds when it gives up', async () => {
    nock(api)
      .post('/send')
      .reply(429, 'Too Many Requests', { 'Retry-After': '0' })
      .post('/send')
      .reply(200, { idMessage: 'B' });
    await expect(transport().request({ method: 'POST', path: 'send', json: {} })).resolves.toEqual({
      idMessage: 'B',
    });

    const date = new Date(Date.now() - 1000).toUTCString();
    nock(api).post('/send').times(3).reply(429, '', { 'Retry-After': date });
    const error = await captureMessengerError(
      transport().request({ method: 'POST', path: 'send', json: {} }),
    );
    expect(error).toMatchObject({
      code: 'rate-limited',
      status: 429,
      retryAfterMilliseconds: 0,
      isRetryable: true,
    });
  });

  it('does not wait for a Retry-After above the cap', async () => {
    nock(api).get('/state').reply(429, '', { 'Retry-After': '120' });
    const client = transport({ retry: { ...fast, maxRetryAfterMilliseconds: 1000 } });
    const error = await captureMessengerError(client.request({ method: 'GET', path: 'state' }));
    expect(error).toMatchObject({ code: 'rate-limited', retryAfterMilliseconds: 120_000 });
  });

  it('retries a POST whose connection was refused, but not one reset after sending', async () => {
    nock(api).post('/send').replyWithError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' });
    nock(api).post('/send').reply(200, { idMessage: 'C' });
    await expect(transport().request({ method: 'POST', path: 'send', json: {} })).resolves.toEqual({
      idMessage: 'C',
    });

    nock(api).post('/send').replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });
    const error = await captureMessengerError(
      transport().request({ method: 'POST', path: 'send', json: {} }),
    );
    expect(error).toMatchObject({
      code: 'network',
      isRetryable: true,
      details: { networkErrorCode: 'ECONNRESET' },
    });
    expect(error.message).toBe('POST /send failed with a network error (ECONNRESET): socket hang up');

    nock(api)
      .get('/state')
      .replyWithError({ code: 'ECONNRESET', message: 'socket hang up' })
      .get('/state')
      .reply(200, {});
    await expect(transport().request({ method: 'GET', path: 'state' })).resolves.toEqual({});
  });

  it('makes a single attempt when retry is false', async () => {
    nock(api).get('/state').reply(503);
    await expect(transport({ retry: false }).request({ method: 'GET', path: 'state' })).rejects.toMatchObject(
      {
        code: 'provider',
      },
    );
  });
});

describe('logging, timeouts and options', () => {
  it('logs request, response, retry and error entries with attempts, statuses and durations', async () => {
    nock(api).get('/state').reply(503).get('/state').reply(404, 'nope');
    const entries: HttpLogEntry[] = [];
    const client = transport({
      onLog: (entry) => entries.push(entry),
      retry: { limit: 1, baseDelayMilliseconds: 1 },
    });
    await expect(client.request({ method: 'GET', path: 'state' })).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(entries.map((entry) => [entry.event, entry.attempt, entry.status])).toEqual([
      ['request', 1, undefined],
      ['response', 1, 503],
      ['retry', 1, undefined],
      ['request', 2, undefined],
      ['response', 2, 404],
      ['error', 2, 404],
    ]);
    expect(entries.every((entry) => entry.provider === 'green-api' && entry.url === `${api}/state`)).toBe(
      true,
    );
    expect(entries[1]?.durationMilliseconds).toBeGreaterThanOrEqual(0);
    expect(entries[2]?.retryDelayMilliseconds).toBeGreaterThanOrEqual(0);
    expect(entries[5]).toMatchObject({ errorCode: 'not-found', message: 'GET /state failed with 404: nope' });
  });

  it('survives a throwing logger', async () => {
    nock(api).get('/state').reply(200, {});
    const client = transport({
      onLog: () => {
        throw new Error('logger down');
      },
    });
    await expect(client.request({ method: 'GET', path: 'state' })).resolves.toEqual({});
  });

  it('times out an attempt with code timeout (a POST is not retried)', async () => {
    nock(api).post('/send').delay(300).reply(200, {});
    const error = await captureMessengerError(
      transport().request({ method: 'POST', path: 'send', json: {}, timeoutMilliseconds: 20 }),
    );
    expect(error).toMatchObject({ code: 'timeout', provider: 'green-api' });
    expect(error.message).toBe('POST /send timed out after 20 ms');
  });

  it('rejects invalid requests before sending anything', async () => {
    const client = transport();
    await expect(client.request({ method: 'GET', path: 'x', json: {} })).rejects.toMatchObject({
      code: 'invalid-request',
    });
    await expect(client.request({ method: 'POST', path: 'x', json: {}, body: 'raw' })).rejects.toMatchObject({
      code: 'invalid-request',
    });
    await expect(client.request({ method: 'HEAD' as 'GET', path: 'x' })).rejects.toMatchObject({
      code: 'invalid-request',
    });
  });

  it('validates options strictly and names the option', () => {
    const attempt = (options: unknown) => () => createHttpTransport(options as HttpTransportOptions);
    expect(attempt({ provider: 'green-api', baseUrl: 'not a url' })).toThrow(/baseUrl/);
    expect(attempt({ provider: 'green-api', baseUrl: api, timeout: 5 })).toThrow(/timeout/);
    expect(attempt({ provider: 'green-api', baseUrl: api, retry: { limit: -1 } })).toThrow(/retry\.limit/);
    expect(attempt({ provider: '', baseUrl: api })).toThrow(/provider/);
    expect(attempt({ provider: 'x', baseUrl: 'ftp://host' })).toThrow(/baseUrl/);
    try {
      attempt({ provider: 'x', baseUrl: api, mediaUrl: 42 })();
    } catch (error) {
      expect(error).toMatchObject({ code: 'invalid-request', details: { fields: ['mediaUrl'] } });
    }
    expect(
      createHttpTransport({ provider: 'x', baseUrl: api, redactor: new Redactor(['abcd']) }).redactor.redact(
        'abcd',
      ),
    ).toBe('***');
  });
});
