import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { isMessengerError } from '@switchboard/core';
import { Redactor } from '@switchboard/core/adapter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGreenApiErrorDetector, createGreenApiMessenger } from '../../src/index.js';

// Issue 15, items 4 and 6 as a GREEN-API messenger meets them. Both fail on the code before them.

const token = 'd75b3a66374942c5b3c019c698abc2067e151558acbd412345';
let server: Server;
let serverUrl = '';
let requests = 0;

beforeAll(async () => {
  server = createServer((_request, response) => {
    requests += 1;
    response.end('internal');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function messenger(options: { allowPrivateMediaAddresses?: boolean } = {}) {
  return createGreenApiMessenger({
    network: 'whatsapp',
    idInstance: '1101000001',
    apiTokenInstance: token,
    retry: false,
    ...options,
  });
}

describe('item 4: media downloads stay on public addresses', () => {
  it('refuses a downloadUrl on a loopback address, and data: and file: URLs', async () => {
    const whatsapp = messenger();
    for (const url of [`${serverUrl}/internal.jpg`, 'data:image/png;base64,aGk=', 'file:///etc/passwd']) {
      await expect(whatsapp.messages.downloadMedia({ url })).rejects.toMatchObject({
        code: 'invalid-request',
      });
    }
    expect(requests).toBe(0);
  });

  it('downloads from the loopback server once private addresses are allowed explicitly', async () => {
    const file = await messenger({ allowPrivateMediaAddresses: true }).messages.downloadMedia({
      url: `${serverUrl}/internal.jpg`,
    });
    expect(new TextDecoder().decode(file.data)).toBe('internal');
    expect(file.fileName).toBe('internal.jpg');
  });
});

describe('item 6: error details pass the Redactor', () => {
  const detect = createGreenApiErrorDetector(new Redactor([token]));

  it.each([
    [
      '466 invokeStatus and correspondentsStatus',
      {
        status: 466,
        path: `waInstance1101000001/sendMessage/${token}`,
        body: {
          invokeStatus: { method: 'sendMessage', status: 'QUOTE_EXCEEDED', description: `quota of ${token}` },
          correspondentsStatus: { status: 'QUOTE_ALLOWED', description: `token ${token}` },
        },
      },
    ],
    [
      'the authorization refusal reason',
      {
        status: 200,
        path: `waInstance1101000001/startAuthorization/${token}`,
        body: { status: false, data: { status: 'fail', reason: `bad token ${token}` } },
      },
    ],
  ])('%s', (_label, response) => {
    const error = detect(response as never);
    expect(isMessengerError(error)).toBe(true);
    for (const shown of [JSON.stringify(error), inspect(error, { depth: 10 }), error?.message ?? '']) {
      expect(shown).not.toContain(token.slice(0, 16));
    }
  });
});
