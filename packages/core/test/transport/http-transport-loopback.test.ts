import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MessengerError } from '../../src/errors/messenger-error.js';
import type { HttpLogEntry } from '../../src/transport/http-log-entry.js';
import type { HttpTransportOptions } from '../../src/transport/http-transport.js';
import { findClosedPort, type LoopbackServer, startLoopbackServer } from './loopback-server.js';
import { captureRejection, loopbackTransport } from './transport-test-helpers.js';

const isDeno = 'Deno' in globalThis;

let server: LoopbackServer;

beforeAll(async () => {
  server = await startLoopbackServer((_recorded, response) => response.end('{}'));
});
afterAll(() => server.close());

const transport = (options: Partial<HttpTransportOptions> = {}) => loopbackTransport(server.url, options);

describe('against a real server', () => {
  it('sends a POST answered with 500 exactly once, and retries a GET', async () => {
    server.reset((_recorded, response) => {
      response.statusCode = 500;
      response.end('{"name":"Internal Server Error","message":"send failed","code":0}');
    });
    const error = await captureRejection(
      transport().request({ method: 'POST', path: 'send', json: { number: '7900' } }),
    );
    expect(error).toMatchObject({
      code: 'provider',
      status: 500,
      message: 'POST /send failed with 500: send failed',
    });
    expect(server.requests).toHaveLength(1);

    server.reset((_recorded, response) => {
      response.statusCode = 503;
      response.end();
    });
    await expect(transport().request({ method: 'GET', path: 'state' })).rejects.toMatchObject({
      status: 503,
    });
    expect(server.requests).toHaveLength(3);
  });

  it('retries a POST to a closed port (never reached the server), then reports a network error', async () => {
    const port = await findClosedPort();
    const fetchSpy = vi.fn((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
    const client = transport({ baseUrl: `http://127.0.0.1:${port}`, fetch: fetchSpy });
    const error = await captureRejection(client.request({ method: 'POST', path: 'send', json: {} }));
    expect(error).toBeInstanceOf(MessengerError);
    expect(error).toMatchObject({ code: 'network', details: { networkErrorCode: 'ECONNREFUSED' } });
    expect(fetchSpy).toHaveBeenCalledTimes(3);
  });

  it('does not retry a POST whose connection dropped after it was sent; retries a GET', async () => {
    server.reset((_recorded, _response, request) => request.socket.destroy());
    await expect(transport().request({ method: 'POST', path: 'send', json: {} })).rejects.toMatchObject({
      code: 'network',
    });
    expect(server.requests).toHaveLength(1);
    await expect(transport().request({ method: 'GET', path: 'state' })).rejects.toMatchObject({
      code: 'network',
    });
    const gets = server.requests.filter((request) => request.method === 'GET').length;
    // Three attempts (limit 2). Deno's fetch also re-sends a GET by itself when a reused connection
    // drops; harmless for a GET, and the reason a POST there goes out on a fresh connection.
    if (isDeno) expect(gets).toBeGreaterThanOrEqual(3);
    else expect(gets).toBe(3);
  });

  it('times out each attempt of a slow server: a GET is retried, a POST is not', async () => {
    server.reset(() => undefined);
    const client = transport({ timeoutMilliseconds: 50, retry: { limit: 1, baseDelayMilliseconds: 1 } });
    await expect(client.request({ method: 'GET', path: 'slow' })).rejects.toMatchObject({
      code: 'timeout',
      message: 'GET /slow timed out after 50 ms',
    });
    expect(server.requests).toHaveLength(2);
    server.reset(() => undefined);
    await expect(client.request({ method: 'POST', path: 'slow', json: {} })).rejects.toMatchObject({
      code: 'timeout',
    });
    expect(server.requests).toHaveLength(1);
  });

  it('times out a body that never finishes, not only the headers', async () => {
    server.reset((_recorded, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"partial":');
    });
    await expect(
      transport({ retry: false }).request({ method: 'GET', path: 'stalled', timeoutMilliseconds: 50 }),
    ).rejects.toMatchObject({ code: 'timeout' });
  });

  it("aborts an in-flight request with the caller's signal and rejects with its reason as-is", async () => {
    const controller = new AbortController();
    const closed = new Promise<void>((resolve) => {
      server.reset((_recorded, response) => {
        response.on('close', () => resolve());
        controller.abort(new DOMException('caller gave up', 'AbortError'));
      });
    });
    const entries: HttpLogEntry[] = [];
    const error = await captureRejection(
      transport({ onLog: (entry) => entries.push(entry) }).request({
        method: 'GET',
        path: 'slow',
        signal: controller.signal,
      }),
    );
    expect(error).toBe(controller.signal.reason);
    expect(error).toMatchObject({ name: 'AbortError', message: 'caller gave up' });
    await closed;
    // Only this test's path counts: a request left over from an earlier test may still arrive late.
    expect(server.requests.filter((request) => request.url.endsWith('/slow'))).toHaveLength(1);
    expect(entries.at(-1)).toMatchObject({ event: 'error', message: 'aborted by the caller' });
  });

  it('stops waiting between retries when the signal aborts, and never sends with an aborted signal', async () => {
    const controller = new AbortController();
    server.reset((_recorded, response) => {
      response.statusCode = 503;
      response.setHeader('retry-after', '30');
      response.end();
      controller.abort();
    });
    const error = await captureRejection(
      transport().request({ method: 'GET', path: 'state', signal: controller.signal }),
    );
    expect(error).toBe(controller.signal.reason);
    expect(server.requests).toHaveLength(1);
    server.reset((_recorded, response) => response.end('{}'));
    await expect(
      transport().request({ method: 'GET', path: 'state', signal: controller.signal }),
    ).rejects.toBe(controller.signal.reason);
    expect(server.requests).toHaveLength(0);
  });

  it('passes a binary body through byte for byte and FormData as multipart', async () => {
    server.reset((_recorded, response) => response.end('{"ok":true}'));
    const bytes = new Uint8Array([0, 255, 1, 128, 10, 13]);
    await transport().request({
      method: 'POST',
      path: 'uploadFile',
      body: bytes,
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect([...(server.requests[0]?.body ?? [])]).toEqual([...bytes]);
    expect(server.requests[0]?.headers['content-type']).toBe('application/octet-stream');

    const form = new FormData();
    form.append('file', new Blob([bytes]), 'data.bin');
    await transport().request({ method: 'POST', path: 'sendFileByUpload', body: form });
    const received = Buffer.from(server.requests[1]?.body ?? []);
    expect(server.requests[1]?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(received.includes(Buffer.from(bytes))).toBe(true);
    expect(received.toString('latin1')).toContain('filename="data.bin"');
  });

  it('re-sends the full body on each retry, a JSON or a stream body', async () => {
    let calls = 0;
    server.reset((_recorded, response) => {
      calls += 1;
      response.statusCode = calls % 2 === 1 ? 503 : 200;
      response.end('{}');
    });
    await transport().request({
      method: 'PUT',
      path: 'settings',
      json: { delaySendMessagesMilliseconds: 1000 },
    });
    await transport().request({ method: 'PUT', path: 'upload', body: new Blob(['streamed bytes']).stream() });
    expect(server.requests.map((request) => Buffer.from(request.body).toString())).toEqual([
      '{"delaySendMessagesMilliseconds":1000}',
      '{"delaySendMessagesMilliseconds":1000}',
      'streamed bytes',
      'streamed bytes',
    ]);
  });
});
