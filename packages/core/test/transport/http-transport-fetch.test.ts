import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHttpTransport } from '../../src/transport/create-http-transport.js';
import type { HttpTransportOptions } from '../../src/transport/http-transport.js';
import { type LoopbackServer, startLoopbackServer } from './loopback-server.js';
import { captureMessengerError, captureRejection } from './transport-test-helpers.js';

/** A transport whose injected fetch is `fetchFunction`. */
function transportWith(fetchFunction: typeof fetch, options: Partial<HttpTransportOptions> = {}) {
  return createHttpTransport({
    provider: 'green-api',
    baseUrl: 'https://api.example.test/v3/',
    retry: { limit: 2, baseDelayMilliseconds: 1 },
    fetch: fetchFunction,
    ...options,
  });
}

/** An injected fetch that records each Request (with its body read) and answers from a list. */
function recordingFetch(answers: Array<() => Response>) {
  const seen: Array<{ url: string; method: string; headers: Record<string, string>; body: string }> = [];
  const fetchFunction = vi.fn(async (input: RequestInfo | URL) => {
    const request = input as Request;
    seen.push({
      url: request.url,
      method: request.method,
      headers: Object.fromEntries(request.headers),
      body: await request.text(),
    });
    return (answers.shift() ?? (() => new Response('{}', { status: 500 })))();
  });
  return { seen, fetchFunction };
}

describe('an injected fetch', () => {
  it('gets one Request per attempt with the URL, method, merged headers and serialised JSON', async () => {
    const { seen, fetchFunction } = recordingFetch([() => Response.json({ idMessage: 'A' })]);
    const transport = transportWith(fetchFunction, {
      headers: { Authorization: 'Bearer t', 'X-Trace': 'transport' },
    });
    await expect(
      transport.request({
        method: 'POST',
        path: '/waInstance1/sendMessage/tok',
        searchParams: { x: 1, skip: undefined },
        json: { chatId: '1@c.us' },
        headers: { 'x-trace': 'request' },
      }),
    ).resolves.toEqual({ idMessage: 'A' });
    expect(seen).toEqual([
      {
        url: 'https://api.example.test/v3/waInstance1/sendMessage/tok?x=1',
        method: 'POST',
        headers: {
          accept: 'application/json',
          authorization: 'Bearer t',
          'content-type': 'application/json',
          'x-trace': 'request',
        },
        body: '{"chatId":"1@c.us"}',
      },
    ]);
  });

  it('leaves the query out when every search parameter is undefined', async () => {
    const { seen, fetchFunction } = recordingFetch([() => Response.json({})]);
    await transportWith(fetchFunction).request({
      method: 'GET',
      path: 'state',
      searchParams: { skip: undefined },
    });
    expect(seen[0]?.url).toBe('https://api.example.test/v3/state');
  });

  it('asks for JSON only when it reads JSON; transport and request headers override the defaults', async () => {
    const { seen, fetchFunction } = recordingFetch([
      () => new Response('bytes'),
      () => new Response('{}'),
      () => new Response('text'),
    ]);
    await transportWith(fetchFunction).request({ method: 'GET', path: 'file', responseType: 'bytes' });
    const custom = transportWith(fetchFunction, { headers: { Accept: 'text/plain' } });
    await custom.request({
      method: 'POST',
      path: 'x',
      json: {},
      headers: { 'Content-Type': 'application/x-ndjson' },
    });
    await custom.request({ method: 'GET', path: 'x', responseType: 'text' });
    expect(seen.map((request) => request.headers)).toEqual([
      {},
      { accept: 'text/plain', 'content-type': 'application/x-ndjson' },
      { accept: 'text/plain' },
    ]);
  });

  it('retries with the same body after a 429 with Retry-After, and maps a final status with an HTTPError cause', async () => {
    const { seen, fetchFunction } = recordingFetch([
      () => new Response('slow down', { status: 429, headers: { 'Retry-After': '0' } }),
      () => Response.json({ ok: true }),
    ]);
    await expect(
      transportWith(fetchFunction).request({ method: 'POST', path: 'send', json: { a: 1 } }),
    ).resolves.toEqual({ ok: true });
    expect(seen.map((request) => request.body)).toEqual(['{"a":1}', '{"a":1}']);

    const notFound = recordingFetch([() => Response.json({ message: 'no such chat' }, { status: 404 })]);
    const error = await captureMessengerError(
      transportWith(notFound.fetchFunction).request({ method: 'GET', path: 'chat' }),
    );
    expect(error).toMatchObject({
      code: 'not-found',
      status: 404,
      message: 'GET /v3/chat failed with 404: no such chat',
    });
    expect(error.cause).toMatchObject({ name: 'HTTPError' });
  });

  it('times out a fetch that never answers and aborts its signal', async () => {
    let signal: AbortSignal | undefined;
    const hanging = vi.fn((input: RequestInfo | URL) => {
      signal = (input as Request).signal;
      return new Promise<Response>(() => undefined);
    });
    const error = await captureMessengerError(
      transportWith(hanging).request({ method: 'POST', path: 'send', json: {}, timeoutMilliseconds: 10 }),
    );
    expect(error).toMatchObject({ code: 'timeout', message: 'POST /v3/send timed out after 10 ms' });
    expect(hanging).toHaveBeenCalledTimes(1);
    expect(signal?.aborted).toBe(true);
  });

  it("rejects with the caller's reason when the caller aborts", async () => {
    const controller = new AbortController();
    const listening = vi.fn(
      (input: RequestInfo | URL) =>
        new Promise<Response>((_resolve, reject) => {
          const { signal } = input as Request;
          signal.addEventListener('abort', () => reject(signal.reason));
          controller.abort(new Error('caller gave up'));
        }),
    );
    const error = await captureRejection(
      transportWith(listening).request({ method: 'GET', path: 'state', signal: controller.signal }),
    );
    expect(error).toBe(controller.signal.reason);
    expect(listening).toHaveBeenCalledTimes(1);
  });

  it('rejects unsendable headers, bodies and too long timeouts before sending anything', async () => {
    const { fetchFunction } = recordingFetch([]);
    const transport = transportWith(fetchFunction);
    const badValue = await captureMessengerError(
      transport.request({ method: 'GET', path: 'x', headers: { 'X-Trace': 'a\r\nInjected: 1' } }),
    );
    expect(badValue).toMatchObject({ code: 'invalid-request' });
    expect(badValue.message).toMatch(/^Invalid HTTP request: .*invalid/is);
    await expect(
      transport.request({ method: 'GET', path: 'x', timeoutMilliseconds: 2_147_483_648 }),
    ).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(transport.request({ method: 'POST', path: 'x', json: { big: 1n } })).rejects.toMatchObject({
      code: 'invalid-request',
    });
    const badTransport = transportWith(fetchFunction, { headers: { 'bad name': 'x' } });
    await expect(badTransport.request({ method: 'GET', path: 'x' })).rejects.toMatchObject({
      code: 'invalid-request',
    });
    expect(fetchFunction).not.toHaveBeenCalled();
  });
});

describe('the global fetch', () => {
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startLoopbackServer((_recorded, response) => response.end('{"ok":true}'));
  });
  afterAll(() => server.close());
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is looked up on every request and called with one Request carrying an AbortSignal', async () => {
    const transport = createHttpTransport({ provider: 'x', baseUrl: server.url });
    const calls: unknown[][] = [];
    const original = globalThis.fetch;
    vi.stubGlobal('fetch', (...parameters: Parameters<typeof fetch>) => {
      calls.push(parameters);
      return original(...parameters);
    });
    await expect(transport.request({ method: 'GET', path: 'state' })).resolves.toEqual({ ok: true });
    expect(calls).toHaveLength(1);
    const [request] = calls[0] as [Request];
    expect(request).toBeInstanceOf(Request);
    expect(request.url).toBe(`${server.url}/state`);
    expect(request.signal).toBeInstanceOf(AbortSignal);
  });
});
