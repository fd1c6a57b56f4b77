import { isDeepStrictEqual } from 'node:util';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { createWhatsgateAccount, type WhatsgateAccountOptions } from '../../src/index.js';

/** The fake Whatsgate host every unit test talks to. */
export const host = 'https://whatsgate.test';
/** The account API key of the unit tests. */
export const apiKey = 'wg-api-key-0123456789abcdef';
/** The session id of the unit tests. */
export const whatsappId = '6345454545454';

const mismatches: Array<{ command: string; expected: unknown; received: unknown }> = [];

/** Disables real connections for the file and checks, after each test, that every interceptor matched. */
export function useNock(): void {
  beforeAll(() => {
    nock.disableNetConnect();
  });
  afterEach(() => {
    const pending = nock.pendingMocks();
    const wrongBodies = mismatches.splice(0);
    nock.cleanAll();
    expect(wrongBodies).toEqual([]);
    expect(pending).toEqual([]);
  });
  afterAll(() => {
    nock.enableNetConnect();
    nock.restore();
  });
}

/** An account on the fake host, without retries unless asked. */
export function testAccount(options: Partial<WhatsgateAccountOptions> = {}) {
  return createWhatsgateAccount({ apiKey, baseUrl: host, retry: false, ...options });
}

/**
 * Expects one `POST /api/v1/<command>` carrying exactly this JSON body, the API key and a JSON content
 * type, `times` times (default once), and replies with `reply` (HTTP 200 unless `status` is given).
 */
export function expectCommand(
  command: string,
  body: object,
  reply: object | string,
  options: { status?: number; times?: number } = {},
) {
  return nock(host, {
    reqheaders: {
      'x-api-key': apiKey,
      'content-type': (value) => value.startsWith('application/json'),
    },
  })
    .post(`/api/v1/${command}`, (received) => {
      if (isDeepStrictEqual(received, body)) return true;
      mismatches.push({ command, expected: body, received });
      return false;
    })
    .times(options.times ?? 1)
    .reply(options.status ?? 200, reply);
}
