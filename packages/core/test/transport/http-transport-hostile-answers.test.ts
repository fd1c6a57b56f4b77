import { inspect } from 'node:util';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redactor } from '../../src/redaction/redactor.js';
import { createHttpTransport } from '../../src/transport/create-http-transport.js';
import type { HttpTransportOptions } from '../../src/transport/http-transport.js';
import { type LoopbackServer, startLoopbackServer } from './loopback-server.js';
import { api, captureMessengerError, loopbackTransport, useNockNetwork } from './transport-test-helpers.js';

useNockNetwork();

let server: LoopbackServer;
let elsewhere: LoopbackServer;

beforeAll(async () => {
  server = await startLoopbackServer((_recorded, response) => response.end('{}'));
  elsewhere = await startLoopbackServer((_recorded, response) => response.end('{"stolen":true}'));
});
afterAll(async () => {
  await server.close();
  await elsewhere.close();
});

const transport = (options: Partial<HttpTransportOptions> = {}) => loopbackTransport(server.url, options);

/** Every string an error shows: message, stack, causes, JSON and a full inspection. */
function everyRendering(error: unknown): string {
  const renderings = [
    JSON.stringify(error),
    inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
  ];
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    renderings.push(current.message, current.stack ?? '');
  }
  return renderings.join('\n');
}

describe('the answer size cap', () => {
  it('refuses an endless chunked answer while it streams, once past maxResponseBytes, and does not retry it', async () => {
    let closed = 0;
    server.reset((_recorded, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = `[${'"x",'.repeat(4095)}`;
      const pump = (): void => {
        while (response.write(chunk)) {
          if (response.destroyed) return;
        }
        response.once('drain', pump);
      };
      response.on('close', () => {
        closed += 1;
      });
      pump();
    });
    const error = await captureMessengerError(
      transport({ maxResponseBytes: 65_536 }).request({ method: 'GET', path: 'chats' }),
    );
    expect(error).toMatchObject({ code: 'invalid-response', status: 200 });
    expect(error.message).toBe(
      'GET /chats returned an invalid response (200): the answer is longer than the 65536-byte cap',
    );
    expect(server.requests).toHaveLength(1);
    await expect.poll(() => closed).toBe(1);
  });

  it('refuses a Content-Length above the cap before reading, and applies a per-request cap', async () => {
    server.reset((_recorded, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '4096' });
      response.end(`"${'y'.repeat(4094)}"`);
    });
    await expect(
      transport({ maxResponseBytes: 1024 }).request({ method: 'POST', path: 'send', json: {} }),
    ).rejects.toMatchObject({ code: 'invalid-response' });
    await expect(
      transport().request({ method: 'GET', path: 'x', maxResponseBytes: 4095 }),
    ).rejects.toMatchObject({
      code: 'invalid-response',
    });
    await expect(
      transport().request({ method: 'GET', path: 'x', maxResponseBytes: 4096 }),
    ).resolves.toHaveLength(4094);
  });

  it('validates the option', () => {
    expect(() => transport({ maxResponseBytes: -1 })).toThrow(/maxResponseBytes/);
  });
});

describe('malformed JSON', () => {
  it('never quotes the answer: no part of an unregistered secret in any rendering of the error', async () => {
    const echoed = 'unregistered-9f8e7d6c5b4a';
    nock(api).get('/state').reply(200, `{"token": ${echoed}}`);
    const error = await captureMessengerError(
      createHttpTransport({ provider: 'green-api', baseUrl: api, redactor: new Redactor() }).request({
        method: 'GET',
        path: 'state',
      }),
    );
    expect(error).toMatchObject({ code: 'invalid-response', status: 200 });
    expect(error.message).toBe('GET /state returned an invalid response (200): malformed JSON');
    const rendered = everyRendering(error);
    for (const piece of [echoed.slice(0, 6), 'token']) expect(rendered).not.toContain(piece);
  });

  it('says where the JSON broke when the engine tells', async () => {
    nock(api).get('/state').reply(200, '{"a": 1,}');
    const error = await captureMessengerError(
      createHttpTransport({ provider: 'green-api', baseUrl: api }).request({ method: 'GET', path: 'state' }),
    );
    expect(error.message).toMatch(/malformed JSON( at position \d+)?$/);
  });
});

describe('redirects', () => {
  it('refuses a cross-origin redirect: the API key never reaches the other origin', async () => {
    const apiKey = 'whatsgate-key-31415926';
    elsewhere.reset((_recorded, response) => response.end('{"stolen":true}'));
    server.reset((_recorded, response) => {
      response.writeHead(307, { location: `${elsewhere.url}/collect` });
      response.end();
    });
    const error = await captureMessengerError(
      transport({ headers: { 'X-Api-Key': apiKey } }).request({
        method: 'POST',
        path: 'send',
        json: { a: 1 },
      }),
    );
    expect(error).toMatchObject({ code: 'invalid-response', status: 307 });
    expect(error.message).toContain(`redirect (307) to another origin (${elsewhere.url}) refused`);
    expect(elsewhere.requests).toHaveLength(0);
    expect(server.requests).toHaveLength(1);
    expect(everyRendering(error)).not.toContain(apiKey);
  });

  it('refuses a same-origin redirect too, for reads and sends alike (nothing is followed)', async () => {
    server.reset((recorded, response) => {
      if (recorded.url === '/moved') {
        response.end('{"moved":true}');
        return;
      }
      response.writeHead(302, { location: '/moved' });
      response.end();
    });
    await expect(transport().request({ method: 'GET', path: 'state' })).rejects.toMatchObject({
      code: 'invalid-response',
      status: 302,
      message:
        'GET /state returned an invalid response (302): redirect (302) to the same origin refused: the transport does not follow redirects',
    });
    expect(server.requests.map((request) => request.url)).toEqual(['/state']);
  });

  it('refuses a redirect answered through nock as well', async () => {
    nock(api).get('/state').reply(301, '', { location: 'https://elsewhere.example.test/state' });
    await expect(
      createHttpTransport({ provider: 'green-api', baseUrl: api }).request({ method: 'GET', path: 'state' }),
    ).rejects.toMatchObject({ code: 'invalid-response', status: 301 });
  });
});
