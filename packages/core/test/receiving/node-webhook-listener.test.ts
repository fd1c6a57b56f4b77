import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebhookHandler } from '../../src/receiving/create-webhook-handler.js';
import { createNodeWebhookListener } from '../../src/receiving/node/create-node-webhook-listener.js';
import { createFakeMessenger, webhookSecret } from './fake-messenger.js';

const handled: string[] = [];
const handler = createWebhookHandler({
  messengers: [createFakeMessenger('instance-1')],
  maxBodyBytes: 2000,
  onEvent: (event) => {
    handled.push(event.id);
  },
});
let handlerCalls = 0;
const listener = createNodeWebhookListener((request) => {
  handlerCalls += 1;
  return handler(request);
});
let server: Server;
let baseUrl: string;
let port: number;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url?.startsWith('/express/') === true) {
      // What express.json() leaves behind: a consumed stream and a parsed body.
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        (request as IncomingMessage & { body?: unknown }).body = JSON.parse(
          Buffer.concat(chunks).toString('utf8'),
        );
        listener(request, response);
      });
      return;
    }
    listener(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  baseUrl = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const body = JSON.stringify({ events: [{ id: 'node-1', text: 'hi' }] });
const authorized = { authorization: `Bearer ${webhookSecret}`, 'content-type': 'application/json' };

/** Sends a chunked body (no Content-Length) with node:http, returning the status. */
function sendChunked(path: string, chunks: number, chunkSize: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${baseUrl}${path}`, { method: 'POST', headers: authorized }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    for (let index = 0; index < chunks; index += 1) request.write('x'.repeat(chunkSize));
    request.end();
  });
}

/** Writes a raw HTTP/1.1 request with node:net and returns the status line and the body of the answer. */
function sendRaw(raw: string): Promise<{ statusLine: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      answer += chunk;
    });
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', body = ''] = answer.split('\r\n\r\n');
      resolve({ statusLine: head.split('\r\n')[0] ?? '', body });
    });
    socket.write(raw);
  });
}

describe('createNodeWebhookListener', () => {
  it('serves the web handler on node:http with the respond() body', async () => {
    const response = await fetch(`${baseUrl}/webhook/instance-1`, {
      method: 'POST',
      headers: authorized,
      body,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ result: 'OK', id: 'node-1' });
    expect(handled).toContain('node-1');
  });

  it('passes the handler answers through: 401 forged, 413 by Content-Length and by streamed size', async () => {
    const forged = await fetch(`${baseUrl}/webhook/instance-1`, {
      method: 'POST',
      headers: { authorization: 'Bearer forged' },
      body,
    });
    expect(forged.status).toBe(401);
    const declared = await fetch(`${baseUrl}/webhook/instance-1`, {
      method: 'POST',
      headers: authorized,
      body: 'x'.repeat(2001),
    });
    expect(declared.status).toBe(413);
    expect(await sendChunked('/webhook/instance-1', 10, 500)).toBe(413);
  });

  it('uses a body an Express parser already consumed', async () => {
    const response = await fetch(`${baseUrl}/express/instance-1`, {
      method: 'POST',
      headers: authorized,
      body: JSON.stringify({ events: [{ id: 'express-1', text: 'hi' }] }),
    });
    expect(response.status).toBe(200);
    expect(handled).toContain('express-1');
  });

  it('answers 400 to a malformed Host header and 405 to a method fetch refuses, without calling the handler', async () => {
    const callsBefore = handlerCalls;
    const badHost = await sendRaw(
      `POST /webhook/instance-1 HTTP/1.1\r\nHost: bad host\r\nAuthorization: Bearer ${webhookSecret}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
    );
    expect(badHost.statusLine).toBe('HTTP/1.1 400 Bad Request');
    expect(JSON.parse(badHost.body)).toMatchObject({ error: { code: 'invalid-request' } });
    const trace = await sendRaw(
      'TRACE /webhook/instance-1 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
    );
    expect(trace.statusLine).toBe('HTTP/1.1 405 Method Not Allowed');
    expect(JSON.parse(trace.body)).toMatchObject({ error: { code: 'method-not-allowed' } });
    expect(handlerCalls).toBe(callsBefore);
  });
});
