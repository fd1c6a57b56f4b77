import { brotliCompressSync, gzipSync } from 'node:zlib';
import { Agent } from 'undici';
import { describe, expect, it } from 'vitest';
import { createHttpTransport } from '../../../src/transport/create-http-transport.js';
import { findHttpExchange } from '../../../src/transport/http-exchange.js';
import type { HttpTransportOptions } from '../../../src/transport/http-transport.js';
import { createKeepAliveFetch } from '../../../src/transport/node/create-keep-alive-fetch.js';
import { captureMessengerError, captureRejection } from '../transport-test-helpers.js';
import { useKeepAliveLoopback } from './keep-alive-loopback.js';

const loopback = useKeepAliveLoopback();
const { keepAliveFetch } = loopback;

/** Bun's `undici` module is a stub: there the keep-alive fetch carries no exchange. */
const runsOnBun = 'Bun' in globalThis;

function transport(options: Partial<HttpTransportOptions> = {}) {
  return createHttpTransport({
    provider: 'green-api',
    baseUrl: loopback.server.url,
    retry: { limit: 2, baseDelayMilliseconds: 1 },
    fetch: keepAliveFetch,
    ...options,
  });
}

describe.skipIf(runsOnBun)("the keep-alive fetch's undici exchange, through the transport", () => {
  it('is carried by the keep-alive fetch and sends the headers fetch would send', async () => {
    expect(findHttpExchange(keepAliveFetch)).toBeTypeOf('function');
    loopback.server.reset((recorded, response) => response.end(`"${recorded.method} ${recorded.url}"`));
    await expect(transport().request({ method: 'PATCH', path: 'note', body: 'plain words' })).resolves.toBe(
      'PATCH /note',
    );
    expect(loopback.server.requests[0]?.headers).toMatchObject({
      accept: 'application/json',
      'accept-encoding': 'gzip, br',
      'user-agent': 'node',
      'content-type': 'text/plain;charset=UTF-8',
      'content-length': '11',
    });
    expect(Buffer.from(loopback.server.requests[0]?.body ?? []).toString()).toBe('plain words');
  });

  it('encodes URLSearchParams bodies as fetch does', async () => {
    loopback.server.reset((_recorded, response) => response.end('{}'));
    await transport().request({
      method: 'POST',
      path: 'form',
      body: new URLSearchParams({ a: '1', b: 'x y' }),
    });
    expect(loopback.server.requests[0]?.headers['content-type']).toBe(
      'application/x-www-form-urlencoded;charset=UTF-8',
    );
    expect(Buffer.from(loopback.server.requests[0]?.body ?? []).toString()).toBe('a=1&b=x+y');
  });

  it('decodes gzip and brotli answers', async () => {
    const body = JSON.stringify({ messages: Array.from({ length: 50 }, (_, index) => `message ${index}`) });
    loopback.server.reset((recorded, response) => {
      const brotli = recorded.url === '/br';
      response.setHeader('content-encoding', brotli ? 'br' : 'gzip');
      response.end(brotli ? brotliCompressSync(body) : gzipSync(body));
    });
    await expect(transport().request({ method: 'GET', path: 'gzip' })).resolves.toEqual(JSON.parse(body));
    await expect(transport().request({ method: 'GET', path: 'br', responseType: 'text' })).resolves.toBe(
      body,
    );
  });

  it('reads 204 as null, and honours Retry-After of a 429 before sending a POST again', async () => {
    loopback.server.reset((_recorded, response) => {
      response.statusCode = 204;
      response.end();
    });
    await expect(transport().request({ method: 'DELETE', path: 'item' })).resolves.toBeNull();
    let calls = 0;
    loopback.server.reset((_recorded, response) => {
      calls += 1;
      if (calls === 1) {
        response.writeHead(429, { 'retry-after': '0' });
        response.end('Too Many Requests');
        return;
      }
      response.end('{"idMessage":"R"}');
    });
    await expect(transport().request({ method: 'POST', path: 'send', json: {} })).resolves.toEqual({
      idMessage: 'R',
    });
    expect(loopback.server.requests).toHaveLength(2);
    loopback.server.reset((_recorded, response) => {
      response.writeHead(429, { 'retry-after': '120' });
      response.end();
    });
    const error = await captureMessengerError(
      transport().request({ method: 'POST', path: 'send', json: {} }),
    );
    expect(error).toMatchObject({ code: 'rate-limited', retryAfterMilliseconds: 120_000 });
  });

  it('follows a 303 to a GET, as fetch does', async () => {
    loopback.server.reset((recorded, response) => {
      if (recorded.url === '/moved') {
        response.writeHead(303, { location: '/target' });
        response.end();
        return;
      }
      response.end(`"${recorded.method} ${recorded.url} ${recorded.body.byteLength}"`);
    });
    await expect(transport().request({ method: 'POST', path: 'moved', json: { a: 1 } })).resolves.toBe(
      'GET /target 0',
    );
  });

  it("fails as a network error once the keep-alive fetch is closed, and works through a caller's dispatcher", async () => {
    const closed = createKeepAliveFetch();
    await closed.close();
    const error = await captureMessengerError(
      transport({ fetch: closed }).request({ method: 'GET', path: 'x' }),
    );
    expect(error).toMatchObject({ code: 'network' });
    expect(error.message).toContain('fetch failed');

    const dispatcher = new Agent();
    const shared = createKeepAliveFetch({ dispatcher });
    const controller = new AbortController();
    loopback.server.reset((_recorded, response) => response.end('{"shared":true}'));
    await expect(transport({ fetch: shared }).request({ method: 'GET', path: 'ok' })).resolves.toEqual({
      shared: true,
    });
    loopback.server.reset(() => controller.abort(new Error('caller gave up')));
    const aborted = await captureRejection(
      transport({ fetch: shared }).request({ method: 'GET', path: 'slow', signal: controller.signal }),
    );
    expect(aborted).toBe(controller.signal.reason);
    await shared.close();
    await dispatcher.close();
  });
});
