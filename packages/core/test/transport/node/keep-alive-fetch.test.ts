import { brotliCompressSync, gzipSync } from 'node:zlib';
import { Agent } from 'undici';
import { describe, expect, it } from 'vitest';
import { findNetworkErrorCode } from '../../../src/transport/find-network-error-code.js';
import { createKeepAliveFetch } from '../../../src/transport/node/create-keep-alive-fetch.js';
import { findClosedPort } from '../loopback-server.js';
import { captureRejection } from '../transport-test-helpers.js';
import { countConnections } from './count-connections.js';
import { useKeepAliveLoopback } from './keep-alive-loopback.js';

const loopback = useKeepAliveLoopback();
const { keepAliveFetch } = loopback;

/** Bun's `undici` module is a stub, so there the factory returns Bun's own fetch (tested below). */
const runsOnBun = 'Bun' in globalThis;

describe('createKeepAliveFetch on any runtime', () => {
  it('returns a working fetch that refuses calls after close()', async () => {
    loopback.server.reset((recorded, response) =>
      response.end(`${recorded.method} ${Buffer.from(recorded.body).toString()}`),
    );
    const own = createKeepAliveFetch();
    const response = await own(`${loopback.server.url}/echo`, { method: 'POST', body: 'ping' });
    expect(response).toBeInstanceOf(Response);
    expect(await response.text()).toBe('POST ping');
    await own.close();
    await expect(own(`${loopback.server.url}/echo`)).rejects.toMatchObject({
      name: 'TypeError',
      message: 'fetch failed',
    });
  });
});

describe.skipIf(runsOnBun)('createKeepAliveFetch on Node (undici)', () => {
  it('sends the method, headers and a sized body, and returns status, headers and body', async () => {
    loopback.server.reset((recorded, response) => {
      response.writeHead(201, 'Created', [
        ['content-type', 'application/json'],
        ['set-cookie', 'a=1'],
        ['set-cookie', 'b=2'],
      ]);
      response.end(JSON.stringify({ echo: Buffer.from(recorded.body).toString() }));
    });
    const response = await keepAliveFetch(`${loopback.server.url}/waInstance1/sendMessage/token?x=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-trace': 'abc' },
      body: '{"message":"Hello"}',
    });
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(201);
    expect(response.statusText).toBe('Created');
    expect(response.ok).toBe(true);
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(await response.json()).toEqual({ echo: '{"message":"Hello"}' });
    const [recorded] = loopback.server.requests;
    expect(recorded).toMatchObject({ method: 'POST', url: '/waInstance1/sendMessage/token?x=1' });
    expect(recorded?.headers).toMatchObject({
      'content-type': 'application/json',
      'content-length': '19',
      'x-trace': 'abc',
      accept: '*/*',
      'user-agent': 'node',
    });
    expect(recorded?.headers['transfer-encoding']).toBeUndefined();
  });

  it('reuses its connections across sequential requests', async () => {
    const connections = countConnections((_recorded, response) => response.end('{}'));
    loopback.server.reset(connections.handler);
    for (let index = 0; index < 6; index += 1) {
      const response = await keepAliveFetch(`${loopback.server.url}/state`);
      await response.arrayBuffer();
    }
    expect(loopback.server.requests).toHaveLength(6);
    // undici may see the first socket still busy when the next request starts and open a second one
    // (it then alternates between the two); without keep-alive there would be six.
    expect(connections.count()).toBeLessThanOrEqual(2);
  });

  it('uses a Request as it is when the second argument holds no request settings, as fetch wrappers such as ky call it', async () => {
    loopback.server.reset((recorded, response) => response.end(`${recorded.method} ${recorded.url}`));
    const request = new Request(`${loopback.server.url}/settings`, { method: 'PUT', body: 'x' });
    const response = await keepAliveFetch(request, { unknownKyOption: true } as RequestInit);
    expect(await response.text()).toBe('PUT /settings');
    const overridden = await keepAliveFetch(new Request(`${loopback.server.url}/settings`), {
      method: 'DELETE',
    });
    expect(await overridden.text()).toBe('DELETE /settings');
  });

  it('decodes gzip and brotli bodies and asks for them', async () => {
    const body = JSON.stringify({ messages: Array.from({ length: 50 }, (_, index) => `message ${index}`) });
    loopback.server.reset((recorded, response) => {
      const brotli = recorded.url === '/br';
      response.setHeader('content-encoding', brotli ? 'br' : 'gzip');
      response.end(brotli ? brotliCompressSync(body) : gzipSync(body));
    });
    expect(await (await keepAliveFetch(`${loopback.server.url}/gzip`)).text()).toBe(body);
    expect(await (await keepAliveFetch(`${loopback.server.url}/br`)).text()).toBe(body);
    expect(loopback.server.requests[0]?.headers['accept-encoding']).toBe('gzip, br');
  });

  it('returns no body for HEAD and 204', async () => {
    loopback.server.reset((_recorded, response) => {
      response.statusCode = 204;
      response.end();
    });
    const empty = await keepAliveFetch(`${loopback.server.url}/delete`, { method: 'DELETE' });
    expect(empty.status).toBe(204);
    expect(empty.body).toBeNull();
    loopback.server.reset((_recorded, response) => response.end('ignored'));
    const head = await keepAliveFetch(`${loopback.server.url}/file`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
  });

  it("follows redirects, turns a POST into a GET after 303, and honours 'manual' and 'error'", async () => {
    loopback.server.reset((recorded, response) => {
      if (recorded.url === '/moved') {
        response.writeHead(303, { location: '/target' });
        response.end();
        return;
      }
      response.end(`${recorded.method} ${recorded.url} ${recorded.body.byteLength}`);
    });
    const followed = await keepAliveFetch(`${loopback.server.url}/moved`, {
      method: 'POST',
      body: 'payload',
    });
    expect(await followed.text()).toBe('GET /target 0');
    const manual = await keepAliveFetch(`${loopback.server.url}/moved`, { redirect: 'manual' });
    expect(manual.status).toBe(303);
    expect(manual.headers.get('location')).toBe('/target');
    const error = await captureRejection(
      keepAliveFetch(`${loopback.server.url}/moved`, { redirect: 'error' }),
    );
    expect(error).toMatchObject({ name: 'TypeError', message: 'fetch failed' });
  });

  it('rejects with the signal reason when aborted before or during a request', async () => {
    loopback.server.reset((_recorded, response) => response.end('{}'));
    const before = new AbortController();
    before.abort(new Error('never started'));
    await expect(keepAliveFetch(`${loopback.server.url}/x`, { signal: before.signal })).rejects.toBe(
      before.signal.reason,
    );
    expect(loopback.server.requests).toHaveLength(0);

    const during = new AbortController();
    const closed = new Promise<void>((resolve) => {
      loopback.server.reset((_recorded, response) => {
        response.on('close', () => resolve());
        during.abort(new DOMException('caller gave up', 'AbortError'));
      });
    });
    const error = await captureRejection(
      keepAliveFetch(`${loopback.server.url}/slow`, { signal: during.signal }),
    );
    expect(error).toBe(during.signal.reason);
    await closed;
  });

  it("rejects a refused connection like fetch: TypeError('fetch failed') with the code in its cause", async () => {
    const port = await findClosedPort();
    const error = await captureRejection(keepAliveFetch(`http://127.0.0.1:${port}/send`, { method: 'POST' }));
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toMatchObject({ message: 'fetch failed' });
    expect(findNetworkErrorCode(error)).toBe('ECONNREFUSED');
  });

  it('streams a large body and fails the read when the connection drops mid-body', async () => {
    const size = 4 * 1024 * 1024;
    loopback.server.reset((_recorded, response) => response.end(Buffer.alloc(size, 7)));
    const response = await keepAliveFetch(`${loopback.server.url}/large`);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    let received = 0;
    let chunks = 0;
    for (let next = await reader.read(); next.done !== true; next = await reader.read()) {
      received += next.value.byteLength;
      chunks += 1;
    }
    expect(received).toBe(size);
    expect(chunks).toBeGreaterThan(1);

    loopback.server.reset((_recorded, response, request) => {
      response.writeHead(200, { 'content-length': '100' });
      response.write('only ten b', () => request.socket.destroy());
    });
    const cut = await keepAliveFetch(`${loopback.server.url}/cut`);
    await expect(cut.arrayBuffer()).rejects.toThrow();
  });

  it("close() refuses later calls and leaves a caller's dispatcher open", async () => {
    loopback.server.reset((_recorded, response) => response.end('ok'));
    const dispatcher = new Agent();
    const shared = createKeepAliveFetch({ dispatcher });
    expect(await (await shared(`${loopback.server.url}/a`)).text()).toBe('ok');
    await shared.close();
    await expect(shared(`${loopback.server.url}/b`)).rejects.toMatchObject({ message: 'fetch failed' });
    expect(dispatcher.closed).toBe(false);
    await dispatcher.close();

    const own = createKeepAliveFetch({ connections: 2, keepAliveTimeoutMilliseconds: 1_000 });
    expect(await (await own(`${loopback.server.url}/c`)).text()).toBe('ok');
    await own.close();
    await expect(own(`${loopback.server.url}/d`)).rejects.toBeInstanceOf(TypeError);
  });
});
