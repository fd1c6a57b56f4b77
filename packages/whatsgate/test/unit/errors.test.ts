import { type HttpLogEntry, isMessengerError, type MessengerError } from '@switchboard/core';
import { whatsgateFixtures as fixtures } from '@switchboard/testing';
import { describe, expect, it } from 'vitest';
import { createWhatsgateAccount, createWhatsgateMessenger } from '../../src/index.js';
import { apiKey, expectCommand, host, testAccount, useNock, whatsappId } from './nock-setup.js';

useNock();

const checkBody = { WhatsappID: whatsappId, number: '79999999999' };
const yii = (message: string, status = 500) => ({ name: 'Internal Server Error', message, code: 0, status });

async function failure(promise: Promise<unknown>): Promise<MessengerError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!isMessengerError(error)) throw new Error(`expected a MessengerError, got ${String(error)}`);
  return error;
}

describe('errors: Yii2 bodies and statuses mapped to the core tree, secrets redacted', () => {
  const messenger = testAccount().messenger(whatsappId);

  it('401 is auth, with the Yii2 name in details and no API key anywhere', async () => {
    expectCommand('check', checkBody, fixtures.unauthorizedError, { status: 401 });
    const error = await failure(messenger.contacts.check('79999999999'));
    expect(error).toMatchObject({ code: 'auth', provider: 'whatsgate', status: 401, isRetryable: false });
    expect(error.message).toContain('Your request was made with invalid credentials.');
    expect(
      JSON.stringify({ message: error.message, details: error.details, stack: error.stack }),
    ).not.toContain(apiKey);
  });

  it.each([
    ['WhatsApp session not found', 'not-found'],
    ['WhatsApp session is not ready', 'session-not-ready'],
    ["Evaluation failed: TypeError: Cannot read properties of undefined (reading 'serialize')", 'not-found'],
    ['The session limit of your plan is reached', 'quota-exceeded'],
    ['Missing required parameter: number', 'invalid-request'],
    ['Message not found', 'not-found'],
    ['Message has no media', 'not-found'],
    ['Something broke', 'provider'],
  ])('500 "%s" is %s', async (text, code) => {
    expectCommand('check', checkBody, yii(text), { status: 500 });
    const error = await failure(messenger.contacts.check('79999999999'));
    expect(error.code).toBe(code);
    expect(error.status).toBe(500);
    expect(error.message).toContain(text);
  });

  it('an unknown message or a message without media is a not-found that is not retried', async () => {
    for (const text of ['Message not found', 'Message has no media']) {
      expectCommand('get-messagemedia', { WhatsappID: whatsappId, MessageID: 'false_1@c.us_A' }, yii(text), {
        status: 500,
      });
      const error = await failure(messenger.messages.downloadMedia({ messageId: 'false_1@c.us_A' }));
      expect(error).toMatchObject({ code: 'not-found', isRetryable: false });
    }
  });

  it('a re-classified error names the full request path, like the transport’s own errors', async () => {
    expectCommand('check', checkBody, yii('WhatsApp session not found'), { status: 500 });
    const error = await failure(messenger.contacts.check('79999999999'));
    expect(error.message).toBe('POST /api/v1/check failed with 500: WhatsApp session not found');
    expectCommand('check', checkBody, { result: 'ERROR', error: 'WhatsApp session is not ready' });
    const ok = await failure(messenger.contacts.check('79999999999'));
    expect(ok.message).toBe('POST /api/v1/check failed with 200: WhatsApp session is not ready');
    expectCommand('check', checkBody, 'upstream exploded', { status: 502 });
    const transportError = await failure(messenger.contacts.check('79999999999'));
    expect(transportError.message).toBe('POST /api/v1/check failed with 502: upstream exploded');
  });

  it('a Yii2 error body with HTTP 200 is still an error', async () => {
    expectCommand('check', checkBody, yii('WhatsApp session not found', 404));
    await expect(messenger.contacts.check('79999999999')).rejects.toMatchObject({
      code: 'not-found',
      status: 200,
      details: expect.objectContaining({ providerStatus: 404, providerName: 'Internal Server Error' }),
    });
  });

  it('{"result":"ERROR"} with HTTP 200 is an error too, classified by its text', async () => {
    expectCommand('check', checkBody, { result: 'ERROR', error: 'WhatsApp session is not ready' });
    const error = await failure(messenger.contacts.check('79999999999'));
    expect(error).toMatchObject({ code: 'session-not-ready', status: 200 });
    expect(error.message).toContain('WhatsApp session is not ready');
  });

  it('a plain-text error body is kept in the message', async () => {
    expectCommand('check', checkBody, 'upstream exploded', { status: 502 });
    const error = await failure(messenger.contacts.check('79999999999'));
    expect(error).toMatchObject({ code: 'provider', status: 502, isRetryable: true });
  });

  it('reads are retried after a 5xx; a send is not (it could be sent twice)', async () => {
    const retrying = testAccount({
      retry: { limit: 1, baseDelayMilliseconds: 1, backoffLimitMilliseconds: 1 },
    });
    expectCommand('check', checkBody, 'busy', { status: 503 });
    expectCommand('check', checkBody, fixtures.checkResponse);
    await expect(retrying.messenger(whatsappId).contacts.check('79999999999')).resolves.toMatchObject({
      exists: true,
    });
    expectCommand(
      'send',
      {
        WhatsappID: whatsappId,
        async: false,
        recipient: { id: '1@c.us' },
        message: { type: 'text', body: 'x' },
      },
      'busy',
      { status: 503 },
    );
    await expect(retrying.messenger(whatsappId).sendText('1@c.us', 'x')).rejects.toMatchObject({
      code: 'provider',
    });
  });

  it('log entries never contain the API key', async () => {
    const entries: HttpLogEntry[] = [];
    const logged = testAccount({ onLog: (entry) => entries.push(entry) }).messenger(whatsappId);
    expectCommand('check', checkBody, fixtures.unauthorizedError, { status: 401 });
    await logged.contacts.check('79999999999').catch(() => undefined);
    expect(entries.length).toBeGreaterThan(0);
    expect(JSON.stringify(entries)).not.toContain(apiKey);
  });
});

describe('options are validated strictly, naming the option and never its value', () => {
  it.each([
    [{ apiKey: '' }, 'apiKey must not be empty'],
    [{ apiKey, baseUrl: 'not a url' }, 'baseUrl'],
    [{ apiKey, timeoutMilliseconds: -1 }, 'timeoutMilliseconds'],
    [{ apiKey, apiToken: 'x' }, 'apiToken is not a known option'],
    [{ apiKey, cursorStore: {} }, 'cursorStore must have get and set methods'],
  ])('account %j', (options, text) => {
    let error: unknown;
    try {
      createWhatsgateAccount(options as never);
    } catch (caught) {
      error = caught;
    }
    expect(isMessengerError(error, 'invalid-request')).toBe(true);
    expect((error as Error).message).toContain(text);
  });

  it('the messenger needs a whatsappId and never echoes the key', () => {
    const secretKey = 'very-secret-api-key';
    expect(() => createWhatsgateMessenger({ apiKey: secretKey } as never)).toThrow(/whatsappId/);
    expect(() => createWhatsgateMessenger({ apiKey: secretKey, whatsappId: 7 } as never)).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining(secretKey) }),
    );
    expect(
      createWhatsgateMessenger({ apiKey: secretKey, whatsappId: 'abc', network: 'whatsapp', baseUrl: host })
        .instanceId,
    ).toBe('abc');
  });
});
