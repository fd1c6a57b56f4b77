import { inspect } from 'node:util';
import nock from 'nock';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/redaction/redactor.js';
import { createHttpTransport } from '../../src/transport/create-http-transport.js';
import type { HttpLogEntry } from '../../src/transport/http-log-entry.js';
import type { HttpRequest } from '../../src/transport/http-request.js';
import { captureMessengerError, useNockNetwork } from './transport-test-helpers.js';

const token = 'd75b3a66374942c5b3c0f00d';
const bearer = 'bearer-secret-8f3e2a91';
const host = 'https://api.example.test';
const basePath = `/instance1101/${token}`;

/** Every string a leak could hide in: message, stack, each cause, JSON and a full inspection. */
function everyRendering(error: unknown): string[] {
  const renderings = [
    JSON.stringify(error),
    inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
  ];
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 10; depth += 1) {
    renderings.push(current.message, current.stack ?? '', JSON.stringify(current), String(current));
    current = current.cause;
  }
  return renderings;
}

useNockNetwork();

describe('secrets never leak', () => {
  const echo = { message: `token ${token} and ${bearer} rejected`, path: `${basePath}/sendMessage/${token}` };
  const cases: Array<[string, () => void, HttpRequest<unknown>]> = [
    [
      'a 400 echoing the secrets',
      () => nock(host).post(`${basePath}/sendMessage/${token}`).reply(400, echo),
      { method: 'POST', path: `sendMessage/${token}`, json: {} },
    ],
    [
      'a retried 500',
      () => nock(host).get(`${basePath}/getSettings/${token}`).times(2).reply(500, echo),
      { method: 'GET', path: `getSettings/${token}` },
    ],
    [
      'a network error naming the URL',
      () =>
        nock(host)
          .post(`${basePath}/sendMessage/${token}`)
          .replyWithError(
            Object.assign(new TypeError(`fetch failed: ${host}${basePath}`), {
              cause: Object.assign(new Error(`connect ${token}`), { code: 'ECONNRESET' }),
            }),
          ),
      { method: 'POST', path: `sendMessage/${token}`, json: {} },
    ],
    [
      'a timeout',
      () => nock(host).post(`${basePath}/sendMessage/${token}`).delay(300).reply(200, {}),
      { method: 'POST', path: `sendMessage/${token}`, json: {}, timeoutMilliseconds: 20 },
    ],
    [
      'malformed JSON containing the token',
      () => nock(host).get(`${basePath}/state`).reply(200, `{"token": ${token}`),
      { method: 'GET', path: 'state' },
    ],
    [
      'a schema failure on the token',
      () => nock(host).get(`${basePath}/state`).reply(200, { stateInstance: token }),
      { method: 'GET', path: 'state', schema: v.looseObject({ stateInstance: v.picklist(['authorized']) }) },
    ],
    [
      'a 466 with a body',
      () =>
        nock(host)
          .post(`${basePath}/sendMessage/${token}`)
          .reply(466, { invokeStatus: { description: token } }),
      { method: 'POST', path: `sendMessage/${token}`, json: {} },
    ],
  ];

  it.each(cases)('in %s', async (_name, arrange, request) => {
    arrange();
    const entries: HttpLogEntry[] = [];
    const transport = createHttpTransport({
      provider: 'green-api',
      baseUrl: `${host}${basePath}`,
      headers: { Authorization: `Bearer ${bearer}` },
      redactor: new Redactor([token]),
      retry: { limit: 1, baseDelayMilliseconds: 1 },
      onLog: (entry) => entries.push(entry),
    });
    const error = await captureMessengerError(transport.request(request));
    expect(error.message).toContain('***');
    expect(error.cause).toBeInstanceOf(Error);
    const renderings = [...everyRendering(error), JSON.stringify(entries)];
    for (const rendering of renderings) {
      expect(rendering).not.toContain(token);
      expect(rendering).not.toContain(bearer);
    }
    expect(entries.length).toBeGreaterThan(1);
    expect(entries.every((entry) => entry.url.includes('/instance1101/***'))).toBe(true);
  });
});

describe('a secret at the cut of a long provider error text', () => {
  it('leaks no prefix of the token when it straddles the 500-character limit', async () => {
    const path = `${basePath}/sendMessage/${token}`;
    const beforeToken = '<pre>Cannot POST /sendMessage/';
    const page = `${'x'.repeat(480 - beforeToken.length)}${beforeToken}${token}</pre>`;
    expect(page.indexOf(token)).toBe(480);
    nock(host).post(path).reply(404, page, { 'content-type': 'text/html' });
    const entries: HttpLogEntry[] = [];
    const transport = createHttpTransport({
      provider: 'green-api',
      baseUrl: `${host}${basePath}`,
      redactor: new Redactor([token]),
      retry: false,
      onLog: (entry) => entries.push(entry),
    });
    const error = await captureMessengerError(
      transport.request({ method: 'POST', path: `sendMessage/${token}`, json: {} }),
    );
    expect(error.code).toBe('not-found');
    expect(error.details?.providerMessage).toEqual(expect.stringContaining('Cannot POST'));
    const errorEntry = entries.find((entry) => entry.event === 'error');
    expect(errorEntry?.message).toBe(error.message);
    const tokenStart = token.slice(0, 8);
    for (const rendering of [error.message, JSON.stringify(error.details), JSON.stringify(entries)]) {
      expect(rendering).not.toContain(tokenStart);
    }
  });
});
