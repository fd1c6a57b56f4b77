import nock from 'nock';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { MessengerError } from '../../src/errors/messenger-error.js';
import {
  api,
  captureMessengerError,
  media,
  nockTransport as transport,
  useNockNetwork,
} from './transport-test-helpers.js';

useNockNetwork();

describe('request shape', () => {
  it('joins paths to the base URL (leading slash or not, /v3 bases kept) and sends search params', async () => {
    nock('https://api.example.test')
      .get('/v3/waInstance1/lastIncomingMessages/tok')
      .query({ minutes: '5' })
      .reply(200, []);
    nock('https://api.example.test').get('/v3/waInstance1/getSettings/tok').reply(200, { a: 1 });
    const client = transport({ baseUrl: 'https://api.example.test/v3/' });
    await expect(
      client.request({
        method: 'GET',
        path: '/waInstance1/lastIncomingMessages/tok',
        searchParams: { minutes: 5, skip: undefined },
      }),
    ).resolves.toEqual([]);
    await expect(client.request({ method: 'GET', path: 'waInstance1/getSettings/tok' })).resolves.toEqual({
      a: 1,
    });
  });

  it('sends json with content-type and accept, merging transport and request headers', async () => {
    nock(api, {
      reqheaders: {
        'content-type': 'application/json',
        accept: 'application/json',
        authorization: 'Bearer sekret-token',
        'x-trace': 'request-level',
      },
    })
      .post('/waInstance1/sendMessage/tok', { chatId: '79001234567@c.us', message: 'hi' })
      .reply(200, { idMessage: 'ABC' });
    const client = transport({
      headers: { Authorization: 'Bearer sekret-token', 'X-Trace': 'transport-level' },
    });
    const result = await client.request({
      method: 'POST',
      path: 'waInstance1/sendMessage/tok',
      json: { chatId: '79001234567@c.us', message: 'hi' },
      headers: { 'X-Trace': 'request-level' },
    });
    expect(result).toEqual({ idMessage: 'ABC' });
    expect(client.redactor.redact('sekret-token')).toBe('***');
  });

  it('sends FormData untouched as multipart to the media host', async () => {
    let contentType = '';
    let received = '';
    nock(media)
      .post('/waInstance1/sendFileByUpload/tok')
      .reply(200, function (_uri, body) {
        contentType = String(this.req.headers['content-type']);
        received = typeof body === 'string' ? body : JSON.stringify(body);
        return { idMessage: 'F1' };
      });
    const form = new FormData();
    form.append('chatId', '79001234567@c.us');
    form.append('file', new Blob(['hello file'], { type: 'text/plain' }), 'hello.txt');
    await transport().request({
      method: 'POST',
      host: 'media',
      path: 'waInstance1/sendFileByUpload/tok',
      body: form,
    });
    expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(received).toContain('name="chatId"');
    expect(received).toContain('79001234567@c.us');
    expect(received).toContain('filename="hello.txt"');
    expect(received).toContain('hello file');
  });

  it('reads text and bytes, and turns empty and null JSON bodies into null', async () => {
    nock(api)
      .get('/text')
      .reply(200, 'plain words')
      .get('/bytes')
      .reply(200, Buffer.from([0, 1, 2, 255]));
    nock(api).get('/empty').reply(200, '').get('/null').reply(200, 'null').delete('/no-content').reply(204);
    const client = transport();
    await expect(client.request({ method: 'GET', path: 'text', responseType: 'text' })).resolves.toBe(
      'plain words',
    );
    const bytes = await client.request({ method: 'GET', path: 'bytes', responseType: 'bytes' });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.isBuffer(bytes)).toBe(false);
    expect([...(bytes as Uint8Array)]).toEqual([0, 1, 2, 255]);
    await expect(client.request({ method: 'GET', path: 'empty' })).resolves.toBeNull();
    await expect(client.request({ method: 'GET', path: 'null' })).resolves.toBeNull();
    await expect(client.request({ method: 'DELETE', path: 'no-content' })).resolves.toBeNull();
  });

  it('uses an injected fetch, and otherwise reads globalThis.fetch on every request', async () => {
    const injected = vi.fn(async () => new Response('{"from":"injected"}', { status: 200 }));
    await expect(transport({ fetch: injected }).request({ method: 'GET', path: 'x' })).resolves.toEqual({
      from: 'injected',
    });
    expect(injected).toHaveBeenCalledTimes(1);
    expect((injected.mock.calls[0] as unknown[])[0]).toBeInstanceOf(Request);

    const client = transport();
    const patched = vi.fn(async () => new Response('{"from":"patched later"}', { status: 200 }));
    vi.stubGlobal('fetch', patched);
    await expect(client.request({ method: 'GET', path: 'x' })).resolves.toEqual({ from: 'patched later' });
    expect(patched).toHaveBeenCalledTimes(1);
  });
});

describe('response validation and provider errors', () => {
  const sent = v.looseObject({ idMessage: v.string() });

  it('returns the schema output and rejects bodies that fail it, naming the path', async () => {
    nock(api)
      .post('/ok')
      .reply(200, { idMessage: 'A', extra: true })
      .post('/bad')
      .reply(200, { idMessage: 42 });
    const client = transport();
    await expect(client.request({ method: 'POST', path: 'ok', json: {}, schema: sent })).resolves.toEqual({
      idMessage: 'A',
      extra: true,
    });
    const error = await captureMessengerError(
      client.request({ method: 'POST', path: 'bad', json: {}, schema: sent }),
    );
    expect(error).toMatchObject({ code: 'invalid-response', status: 200, provider: 'green-api' });
    expect(error.message).toMatch(/^POST \/bad returned an invalid response \(200\): idMessage: /);
  });

  it('rejects malformed JSON in a 2xx body with invalid-response', async () => {
    nock(api).get('/garbage').reply(200, '{"unterminated":');
    const error = await captureMessengerError(transport().request({ method: 'GET', path: 'garbage' }));
    expect(error).toMatchObject({ code: 'invalid-response', status: 200 });
    expect(error.message).toContain('malformed JSON');
  });

  it('throws what detectError returns, for HTTP 200 errors and error statuses alike', async () => {
    nock(api).post('/getGroupData').reply(200, '"Error: item-not-found"').post('/starting').reply(400, {
      message: 'instance is starting or not authorized',
    });
    const seen: unknown[] = [];
    const client = transport({
      detectError: (response) => {
        seen.push(response);
        if (response.body === 'Error: item-not-found')
          return new MessengerError('group not found', { code: 'not-found' });
        if (JSON.stringify(response.body).includes('not authorized')) {
          return new MessengerError('not ready', { code: 'session-not-ready', status: response.status });
        }
        return undefined;
      },
    });
    await expect(client.request({ method: 'POST', path: 'getGroupData', json: {} })).rejects.toMatchObject({
      code: 'not-found',
      message: 'group not found',
    });
    await expect(client.request({ method: 'POST', path: '/starting', json: {} })).rejects.toMatchObject({
      code: 'session-not-ready',
      status: 400,
    });
    expect(seen[0]).toEqual({
      status: 200,
      body: 'Error: item-not-found',
      path: 'getGroupData',
      method: 'POST',
    });
  });

  it.each([
    [400, { message: 'bad request data' }, 'invalid-request', ': bad request data'],
    [401, 'Unauthorized', 'auth', ': Unauthorized'],
    [403, '', 'auth', ''],
    [404, { error: 'chatId not found' }, 'not-found', ': chatId not found'],
    [413, 'Payload Too Large', 'invalid-request', ': Payload Too Large'],
    [
      466,
      { invokeStatus: { status: 'QUOTE_ALLOWED' } },
      'quota-exceeded',
      ': {"invokeStatus":{"status":"QUOTE_ALLOWED"}}',
    ],
  ])('maps a POST answered with %i to %s', async (status, body, code, suffix) => {
    nock(api).post('/waInstance1/sendMessage/tok').reply(status, body);
    const error = await captureMessengerError(
      transport().request({ method: 'POST', path: 'waInstance1/sendMessage/tok', json: {} }),
    );
    expect(error).toMatchObject({ code, status, provider: 'green-api' });
    expect(error.message).toBe(`POST /waInstance1/sendMessage/tok failed with ${status}${suffix}`);
    if (status === 466) expect(error.isRetryable).toBe(false);
  });
});
