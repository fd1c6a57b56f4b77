import { isMessengerError } from '@switchboard/core';
import { describe, expect, it } from 'vitest';
import { methodOfPath } from '../../src/errors.js';
import { createGreenApiErrorDetector, createGreenApiMessenger } from '../../src/index.js';
import { apiHost, messengerFor, methodPath, token, useNock } from '../support/nock-helpers.js';

useNock();

/** Every text reachable from an error: message, stack, details and the whole cause chain. */
function textsOf(value: unknown, seen = new Set<unknown>()): string[] {
  if (value === null || value === undefined || seen.has(value)) return [];
  seen.add(value);
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object') return [String(value)];
  const record = value as Record<string, unknown>;
  const own = [record.message, record.stack, record.name].filter(
    (item): item is string => typeof item === 'string',
  );
  const nested = [...Object.values(record), record.cause].flatMap((item) => textsOf(item, seen));
  let json = '';
  try {
    json = JSON.stringify(record.details ?? {});
  } catch {
    json = '';
  }
  return [...own, json, ...nested];
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('the API token never leaks', () => {
  it.each([
    ['404', 404, 'Not Found'],
    ['500', 500, { message: `internal error at /waInstance7103000000/getSettings/${token}` }],
    [
      '400 with a path in the body',
      400,
      { statusCode: 400, path: `/waInstance7103000000/sendMessage/${token}`, message: 'bad request data' },
    ],
    ['401', 401, 'Unauthorized'],
  ])('on a %s', async (_name, status, body) => {
    apiHost('whatsapp')
      .get(methodPath('whatsapp', 'getSettings'))
      .reply(status, body as never);
    const error = await failure(messengerFor('whatsapp').raw.getSettings());
    expect(isMessengerError(error)).toBe(true);
    const texts = textsOf(error);
    expect(texts.length).toBeGreaterThan(2);
    for (const text of texts) expect(text).not.toContain(token);
  });

  it('on a network failure whose message contains the URL', async () => {
    apiHost('whatsapp')
      .get(methodPath('whatsapp', 'getSettings'))
      .replyWithError(
        `connect ECONNRESET https://7103.api.green-api.com/waInstance7103000000/getSettings/${token}`,
      );
    const error = await failure(messengerFor('whatsapp').raw.getSettings());
    expect(error).toMatchObject({ code: 'network' });
    for (const text of textsOf(error)) expect(text).not.toContain(token);
  });

  it('in option errors', async () => {
    let error: unknown;
    try {
      createGreenApiMessenger({ network: 'whatsapp', idInstance: token, apiTokenInstance: token });
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: 'invalid-request', message: /idInstance/ });
    for (const text of textsOf(error)) expect(text).not.toContain(token);
  });

  it('in the transport log', async () => {
    const lines: string[] = [];
    apiHost('whatsapp').get(methodPath('whatsapp', 'getSettings')).reply(500, 'boom');
    const messenger = messengerFor('whatsapp', { onLog: (entry) => lines.push(JSON.stringify(entry)) });
    await failure(messenger.raw.getSettings());
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toContain(token);
  });
});

describe('GREEN-API error bodies', () => {
  it('keeps the 400 message text and classifies not-ready instances', async () => {
    apiHost('whatsapp')
      .post(methodPath('whatsapp', 'sendMessage'))
      .reply(400, { statusCode: 400, message: "Validation failed. Details: 'message' is required" })
      .post(methodPath('whatsapp', 'sendMessage'))
      .reply(400, 'instance in starting process try later');
    const { raw } = messengerFor('whatsapp');
    await expect(raw.sendMessage({ chatId: '1@c.us', message: '' })).rejects.toMatchObject({
      code: 'invalid-request',
      status: 400,
      message: /Validation failed\. Details: 'message' is required/,
    });
    await expect(raw.sendMessage({ chatId: '1@c.us', message: 'x' })).rejects.toMatchObject({
      code: 'session-not-ready',
      message: /starting process/,
    });
  });

  it('maps 466 to quota-exceeded with the quota details', async () => {
    apiHost('whatsapp')
      .post(methodPath('whatsapp', 'sendMessage'))
      .reply(466, {
        invokeStatus: {
          method: 'sendMessage',
          used: 1,
          total: 1000,
          status: 'QUOTE_ALLOWED',
          description: 'ok',
        },
        correspondentsStatus: {
          method: 'correspondents',
          used: 3,
          total: 3,
          status: 'CORRESPONDENTS_QUOTE_EXCEEDED',
          description: 'Only 3 correspondents on the Developer plan',
        },
      });
    const error = await failure(messengerFor('whatsapp').sendText('79001234567@c.us', 'Hi'));
    expect(error).toMatchObject({
      code: 'quota-exceeded',
      status: 466,
      isRetryable: false,
      message: /Only 3 correspondents/,
      details: { quotaMethod: 'correspondents' },
    });
  });

  it('maps 429 to rate-limited with Retry-After', async () => {
    apiHost('whatsapp')
      .get(methodPath('whatsapp', 'getSettings'))
      .reply(429, 'Too Many Requests', { 'retry-after': '3' });
    await expect(messengerFor('whatsapp').raw.getSettings()).rejects.toMatchObject({
      code: 'rate-limited',
      retryAfterMilliseconds: 3000,
    });
  });

  it('maps 403 (wrong instance) to auth', async () => {
    apiHost('whatsapp').get(methodPath('whatsapp', 'getSettings')).reply(403, 'Forbidden');
    await expect(messengerFor('whatsapp').raw.getSettings()).rejects.toMatchObject({
      code: 'auth',
      status: 403,
    });
  });

  it('maps "Error: forbidden" to invalid-request', async () => {
    apiHost('whatsapp')
      .post(methodPath('whatsapp', 'getGroupData'))
      .reply(200, '"Error: forbidden"', { 'content-type': 'application/json' });
    await expect(messengerFor('whatsapp').group('1@g.us').info()).rejects.toMatchObject({
      code: 'invalid-request',
    });
  });

  it('leaves successful bodies alone', () => {
    const detect = createGreenApiErrorDetector(
      new (class {
        redact = (text: string) => text;
        add = () => this;
        contains = () => false;
      })() as never,
    );
    expect(
      detect({ status: 200, body: { idMessage: 'x' }, path: 'waInstance1/sendMessage/***' }),
    ).toBeUndefined();
    expect(
      detect({ status: 200, body: { isCleared: true }, path: 'waInstance1/clearWebhooksQueue/***' }),
    ).toBeUndefined();
    expect(detect({ status: 200, body: { code: 401 }, path: 'waInstance1/getSettings/***' })).toBeUndefined();
    expect(detect({ status: 502, body: 'Bad Gateway', path: 'waInstance1/getSettings/***' })).toBeUndefined();
  });
});

describe('retries', () => {
  it('retries a read after a 502 and succeeds', async () => {
    const scope = apiHost('whatsapp')
      .get(methodPath('whatsapp', 'getStateInstance'))
      .reply(502, 'Bad Gateway')
      .get(methodPath('whatsapp', 'getStateInstance'))
      .reply(200, { stateInstance: 'authorized' });
    const messenger = messengerFor('whatsapp', { retry: { limit: 2, baseDelayMilliseconds: 1 } });
    await expect(messenger.session.getState()).resolves.toBe('authorized');
    expect(scope.isDone()).toBe(true);
  });
});

describe('methodOfPath', () => {
  it('reads the method from instance, partner and slash-led paths, and names anything else "request"', () => {
    expect(methodOfPath('waInstance1101000001/getSettings/token')).toBe('getSettings');
    expect(methodOfPath('/waInstance1101000001/sendMessage/token')).toBe('sendMessage');
    expect(methodOfPath('waInstance1101000001/deleteNotification/token/17')).toBe('deleteNotification');
    expect(methodOfPath('partner/getInstances/partnerToken')).toBe('getInstances');
    expect(methodOfPath('waInstance1101000001/lastSegment')).toBe('lastSegment');
    expect(methodOfPath('health')).toBe('request');
  });
});
