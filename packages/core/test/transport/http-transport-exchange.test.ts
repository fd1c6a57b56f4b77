import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AttemptSignal } from '../../src/transport/attempt-signal.js';
import { createHttpTransport } from '../../src/transport/create-http-transport.js';
import {
  type HttpExchange,
  type HttpExchangeRequest,
  type HttpExchangeResponse,
  httpExchangeKey,
} from '../../src/transport/http-exchange.js';
import type { HttpTransportOptions } from '../../src/transport/http-transport.js';
import { type LoopbackServer, startLoopbackServer } from './loopback-server.js';
import { captureMessengerError, captureRejection } from './transport-test-helpers.js';

const encoder = new TextEncoder();

function answer(status: number, body: string, headers: Record<string, string> = {}): HttpExchangeResponse {
  return { status, headers: new Headers(headers), body: encoder.encode(body) };
}

/** A transport whose fetch (which must never be called) carries the exchange, as the keep-alive fetch does. */
function transportWith(exchange: HttpExchange, options: Partial<HttpTransportOptions> = {}) {
  const fetchFunction = vi.fn(async () => new Response('{"via":"fetch"}'));
  Object.assign(fetchFunction, { [httpExchangeKey]: exchange });
  const transport = createHttpTransport({
    provider: 'green-api',
    baseUrl: 'https://api.example.test/v3/',
    retry: { limit: 2, baseDelayMilliseconds: 1 },
    fetch: fetchFunction,
    ...options,
  });
  return { transport, fetchFunction };
}

describe('a fetch carrying an exchange', () => {
  it('is sent through the exchange with the URL, method, merged headers and serialised JSON', async () => {
    const seen: HttpExchangeRequest[] = [];
    const { transport, fetchFunction } = transportWith(async (request) => {
      seen.push(request);
      return answer(200, '{"idMessage":"A"}');
    });
    await expect(
      transport.request({
        method: 'POST',
        path: '/waInstance1/sendMessage/tok',
        searchParams: { x: 1 },
        json: { chatId: '1@c.us' },
        headers: { 'X-Trace': 'abc' },
      }),
    ).resolves.toEqual({ idMessage: 'A' });
    expect(fetchFunction).not.toHaveBeenCalled();
    expect(seen).toEqual([
      {
        url: 'https://api.example.test/v3/waInstance1/sendMessage/tok?x=1',
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/json', 'x-trace': 'abc' },
        body: '{"chatId":"1@c.us"}',
      },
    ]);
  });

  it('retries with the same body after a 429 with Retry-After, and maps a final status', async () => {
    const bodies: unknown[] = [];
    const statuses = [429, 200];
    const { transport } = transportWith(async (request) => {
      bodies.push(request.body);
      const status = statuses.shift() ?? 500;
      return answer(status, status === 200 ? '{"ok":true}' : 'slow down', { 'Retry-After': '0' });
    });
    await expect(transport.request({ method: 'POST', path: 'send', json: { a: 1 } })).resolves.toEqual({
      ok: true,
    });
    expect(bodies).toEqual(['{"a":1}', '{"a":1}']);

    const error = await captureMessengerError(
      transportWith(async () => answer(404, '{"message":"no such chat"}')).transport.request({
        method: 'GET',
        path: 'chat',
      }),
    );
    expect(error).toMatchObject({
      code: 'not-found',
      status: 404,
      message: 'GET /v3/chat failed with 404: no such chat',
    });
    expect(error.cause).toMatchObject({ name: 'HTTPError' });
  });

  it('times out an exchange that never answers and aborts its signal', async () => {
    let signal: AttemptSignal | undefined;
    const { transport } = transportWith((_request, attemptSignal) => {
      signal = attemptSignal;
      return new Promise(() => undefined);
    });
    const error = await captureMessengerError(
      transport.request({ method: 'POST', path: 'send', json: {}, timeoutMilliseconds: 10 }),
    );
    expect(error).toMatchObject({ code: 'timeout', message: 'POST /v3/send timed out after 10 ms' });
    expect(signal?.aborted).toBe(true);
  });

  it("rejects with the caller's reason when aborted while the exchange ignores its signal", async () => {
    const controller = new AbortController();
    const { transport } = transportWith(() => {
      controller.abort(new Error('caller gave up'));
      return new Promise(() => undefined);
    });
    const error = await captureRejection(
      transport.request({ method: 'GET', path: 'state', signal: controller.signal }),
    );
    expect(error).toBe(controller.signal.reason);
  });

  it('rejects unsendable headers and too long timeouts before sending anything', async () => {
    const exchange = vi.fn<HttpExchange>(async () => answer(200, '{}'));
    const { transport } = transportWith(exchange);
    const badValue = await captureMessengerError(
      transport.request({ method: 'GET', path: 'x', headers: { 'X-Trace': 'a\r\nInjected: 1' } }),
    );
    expect(badValue).toMatchObject({ code: 'invalid-request' });
    expect(badValue.message).toMatch(/^Invalid HTTP request: .*invalid/is);
    await expect(
      transport.request({ method: 'GET', path: 'x', timeoutMilliseconds: 2_147_483_648 }),
    ).rejects.toMatchObject({ code: 'invalid-request' });
    const badTransport = transportWith(exchange, { headers: { 'bad name': 'x' } }).transport;
    await expect(badTransport.request({ method: 'GET', path: 'x' })).rejects.toMatchObject({
      code: 'invalid-request',
    });
    expect(exchange).not.toHaveBeenCalled();
  });

  it('reads a stream body once, so that a retry sends it again', async () => {
    const bodies: string[] = [];
    const statuses = [503, 200];
    const { transport } = transportWith(async (request) => {
      bodies.push(new TextDecoder().decode(request.body as Uint8Array));
      return answer(statuses.shift() ?? 500, '{}');
    });
    const stream = new Blob(['streamed bytes']).stream();
    await transport.request({ method: 'PUT', path: 'upload', body: stream });
    expect(bodies).toEqual(['streamed bytes', 'streamed bytes']);
  });
});

describe('the global fetch', () => {
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startLoopbackServer((_recorded, response) => response.end('{"ok":true}'));
  });
  afterAll(() => server.close());

  it('is called with the URL and a RequestInit carrying an AbortSignal', async () => {
    const calls: unknown[][] = [];
    const original = globalThis.fetch;
    vi.stubGlobal('fetch', (...parameters: Parameters<typeof fetch>) => {
      calls.push(parameters);
      return original(...parameters);
    });
    try {
      const transport = createHttpTransport({ provider: 'x', baseUrl: server.url });
      await expect(transport.request({ method: 'GET', path: 'state' })).resolves.toEqual({ ok: true });
    } finally {
      vi.unstubAllGlobals();
    }
    expect(calls).toHaveLength(1);
    const [url, init] = calls[0] as [string, RequestInit];
    expect(url).toBe(`${server.url}/state`);
    expect(init).toMatchObject({ method: 'GET', headers: { accept: 'application/json' } });
    expect(init.signal).toBeInstanceOf(AbortSignal);
  });
});
