import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { MessengerError } from '../../../src/errors/messenger-error.js';
import { createHttpTransport } from '../../../src/transport/create-http-transport.js';
import type { HttpTransportOptions } from '../../../src/transport/http-transport.js';
import { findClosedPort } from '../loopback-server.js';
import { captureRejection } from '../transport-test-helpers.js';
import { countConnections } from './count-connections.js';
import { useKeepAliveLoopback } from './keep-alive-loopback.js';

const loopback = useKeepAliveLoopback();
const { keepAliveFetch } = loopback;

function transport(options: Partial<HttpTransportOptions> = {}) {
  return createHttpTransport({
    provider: 'green-api',
    baseUrl: loopback.server.url,
    retry: { limit: 2, baseDelayMilliseconds: 1 },
    fetch: keepAliveFetch,
    ...options,
  });
}

describe('createHttpTransport with createKeepAliveFetch', () => {
  it('sends JSON and validates the answer, over kept-alive connections', async () => {
    const connections = countConnections((recorded, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ idMessage: `id-${recorded.body.byteLength}` }));
    });
    loopback.server.reset(connections.handler);
    const client = transport();
    const schema = v.looseObject({ idMessage: v.string() });
    for (let index = 0; index < 4; index += 1) {
      const result = await client.request({
        method: 'POST',
        path: 'waInstance1/sendMessage/token',
        json: { chatId: '79001234567@c.us', message: 'Hello' },
        schema,
      });
      expect(result).toEqual({ idMessage: 'id-47' });
    }
    expect(JSON.parse(Buffer.from(loopback.server.requests[0]?.body ?? []).toString())).toEqual({
      chatId: '79001234567@c.us',
      message: 'Hello',
    });
    expect(loopback.server.requests[0]?.headers['content-type']).toBe('application/json');
    expect(connections.count()).toBeLessThanOrEqual(2);
  });

  it('uploads FormData as multipart that a server can parse', async () => {
    loopback.server.reset((_recorded, response) => response.end('{"urlFile":"https://files.example/1"}'));
    const file = new Uint8Array([0, 1, 2, 250, 251, 255]);
    const form = new FormData();
    form.append('chatId', '79001234567@c.us');
    form.append('file', new Blob([file], { type: 'image/png' }), 'photo.png');
    await expect(
      transport().request({ method: 'POST', path: 'sendFileByUpload', body: form }),
    ).resolves.toEqual({ urlFile: 'https://files.example/1' });

    const [recorded] = loopback.server.requests;
    const contentType = String(recorded?.headers['content-type']);
    expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(recorded?.headers['content-length']).toBe(String(recorded?.body.byteLength));
    const parsed = await new Response(Buffer.from(recorded?.body ?? []), {
      headers: { 'content-type': contentType },
    }).formData();
    expect(parsed.get('chatId')).toBe('79001234567@c.us');
    const uploaded = parsed.get('file') as File;
    expect(uploaded.name).toBe('photo.png');
    expect([...new Uint8Array(await uploaded.arrayBuffer())]).toEqual([...file]);
  });

  it('uploads and downloads binary bodies byte for byte', async () => {
    const bytes = new Uint8Array(256).map((_, index) => 255 - index);
    loopback.server.reset((recorded, response) => {
      response.setHeader('content-type', 'application/octet-stream');
      response.end(recorded.method === 'GET' ? bytes : '{}');
    });
    await transport().request({
      method: 'POST',
      path: 'uploadFile',
      body: bytes,
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect([...(loopback.server.requests[0]?.body ?? [])]).toEqual([...bytes]);
    const downloaded = await transport().request({ method: 'GET', path: 'file', responseType: 'bytes' });
    expect(downloaded).toBeInstanceOf(Uint8Array);
    expect([...(downloaded as Uint8Array)]).toEqual([...bytes]);
  });

  it('maps error statuses, sends a failing POST once and retries a GET', async () => {
    loopback.server.reset((_recorded, response) => {
      response.statusCode = 500;
      response.end('{"message":"send failed"}');
    });
    const error = await captureRejection(transport().request({ method: 'POST', path: 'send', json: {} }));
    expect(error).toBeInstanceOf(MessengerError);
    expect(error).toMatchObject({
      code: 'provider',
      status: 500,
      message: 'POST /send failed with 500: send failed',
    });
    expect(loopback.server.requests).toHaveLength(1);
    await expect(transport().request({ method: 'GET', path: 'state' })).rejects.toMatchObject({
      status: 500,
    });
    expect(loopback.server.requests).toHaveLength(4);
  });

  it('does not resend a POST whose kept-alive connection dropped after sending it', async () => {
    loopback.server.reset((_recorded, _response, request) => request.socket.destroy());
    await expect(transport().request({ method: 'POST', path: 'send', json: {} })).rejects.toMatchObject({
      code: 'network',
    });
    expect(loopback.server.requests).toHaveLength(1);
  });

  it('retries a POST to a closed port and reports the refused connection', async () => {
    const port = await findClosedPort();
    let calls = 0;
    const countingFetch = (input: RequestInfo | URL, init?: RequestInit) => {
      calls += 1;
      return keepAliveFetch(input, init);
    };
    const error = await captureRejection(
      transport({ baseUrl: `http://127.0.0.1:${port}`, fetch: countingFetch }).request({
        method: 'POST',
        path: 'send',
        json: {},
      }),
    );
    expect(error).toMatchObject({ code: 'network', details: { networkErrorCode: 'ECONNREFUSED' } });
    expect(calls).toBe(3);
  });

  it("aborts with the caller's signal and rejects with its reason as-is", async () => {
    const controller = new AbortController();
    const closed = new Promise<void>((resolve) => {
      loopback.server.reset((_recorded, response) => {
        response.on('close', () => resolve());
        controller.abort(new DOMException('caller gave up', 'AbortError'));
      });
    });
    const error = await captureRejection(
      transport().request({ method: 'GET', path: 'slow', signal: controller.signal }),
    );
    expect(error).toBe(controller.signal.reason);
    await closed;
    expect(loopback.server.requests).toHaveLength(1);
  });

  it('times out a silent server and a body that never ends', async () => {
    loopback.server.reset(() => undefined);
    await expect(
      transport({ retry: false }).request({ method: 'GET', path: 'silent', timeoutMilliseconds: 50 }),
    ).rejects.toMatchObject({ code: 'timeout', message: 'GET /silent timed out after 50 ms' });
    loopback.server.reset((_recorded, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"partial":');
    });
    await expect(
      transport({ retry: false }).request({ method: 'GET', path: 'stalled', timeoutMilliseconds: 50 }),
    ).rejects.toMatchObject({ code: 'timeout' });
  });
});
