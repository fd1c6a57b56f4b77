import { isMessengerError } from '@switchboard/core';
import { describe, expect, it } from 'vitest';
import { verifySdkwaWebhook } from '../../src/webhook.js';
import { createTestMessenger, webhookToken } from '../support/nock-helpers.js';

function request(headers: Record<string, string> = {}, body = '{}'): Request {
  return new Request('https://hooks.example.test/sdkwa', { method: 'POST', headers, body });
}

function failure(run: () => void): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('verifySdkwaWebhook', () => {
  it('accepts the right bearer token (any case of "Bearer")', () => {
    expect(() =>
      verifySdkwaWebhook(request({ authorization: `Bearer ${webhookToken}` }), {
        webhookUrlToken: webhookToken,
      }),
    ).not.toThrow();
    expect(() =>
      verifySdkwaWebhook(request({ authorization: `bearer ${webhookToken}` }), {
        webhookUrlToken: webhookToken,
      }),
    ).not.toThrow();
  });

  it.each([
    ['a missing header', {}],
    ['a wrong token', { authorization: 'Bearer nope' }],
    ['a token prefix', { authorization: `Bearer ${webhookToken.slice(0, -1)}` }],
    ['another scheme', { authorization: `Basic ${webhookToken}` }],
  ])('refuses %s with auth (401)', (_name, headers) => {
    const error = failure(() => verifySdkwaWebhook(request(headers), { webhookUrlToken: webhookToken }));
    expect(isMessengerError(error, 'auth')).toBe(true);
    expect((error as { status?: number }).status).toBe(401);
    expect((error as Error).message).not.toContain(webhookToken);
  });

  it('fails closed without a configured token unless explicitly allowed', () => {
    expect(
      isMessengerError(
        failure(() => verifySdkwaWebhook(request(), {})),
        'auth',
      ),
    ).toBe(true);
    expect(() => verifySdkwaWebhook(request(), { allowUnauthenticatedWebhooks: true })).not.toThrow();
  });

  it('messenger.inbox.parseWebhook verifies before reading the body', async () => {
    const { inbox } = createTestMessenger();
    await expect(
      inbox.parseWebhook(request({ authorization: 'Bearer wrong' }, 'not json')),
    ).rejects.toMatchObject({
      code: 'auth',
    });
    await expect(
      inbox.parseWebhook(request({ authorization: `Bearer ${webhookToken}` }, 'not json')),
    ).rejects.toMatchObject({ code: 'invalid-request' });
    const closed = createTestMessenger({ webhookUrlToken: undefined });
    await expect(closed.inbox.parseWebhook(request())).rejects.toMatchObject({ code: 'auth' });
  });

  it('messenger.inbox.parseWebhook applies the messenger options maximumBodyBytes and maximumEvents', async () => {
    const headers = { authorization: `Bearer ${webhookToken}` };
    const body = JSON.stringify({
      typeWebhook: 'stateInstanceChanged',
      instanceData: { idInstance: 1101000001, wid: '', typeInstance: 'whatsapp' },
      timestamp: 1586700690,
      stateInstance: 'notAuthorized',
    });
    const limited = createTestMessenger({ maximumBodyBytes: 64 });
    await expect(limited.inbox.parseWebhook(request(headers, body))).rejects.toMatchObject({
      code: 'invalid-request',
    });
    const pair = `[${body},${body}]`;
    const counted = createTestMessenger({ maximumEvents: 1 });
    await expect(counted.inbox.parseWebhook(request(headers, pair))).rejects.toMatchObject({
      code: 'invalid-request',
    });
    await expect(createTestMessenger().inbox.parseWebhook(request(headers, pair))).resolves.toMatchObject({
      events: [{}, {}],
    });
    expect(() => createTestMessenger({ maximumEvents: 0 })).toThrow(/maximumEvents/);
  });
});
