import { isMessengerError } from '@switchboard/core';
import { whatsgateFixtures as fixtures } from '@switchboard/testing';
import { describe, expect, it } from 'vitest';
import {
  createWhatsgateWebhookUrl,
  readWhatsgateWebhook,
  verifyWhatsgateWebhook,
} from '../../src/webhook.js';

const secret = 'a-long-shared-secret';
const request = (url: string, body: unknown = fixtures.incomingTextWebhook) =>
  new Request(url, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) });

function rejection(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('verifying the shared secret in the callback URL', () => {
  it('accepts the secret as the query parameter or as the last path segment', () => {
    expect(() =>
      verifyWhatsgateWebhook(request(`https://app.test/hook?secret=${secret}`), { webhookSecret: secret }),
    ).not.toThrow();
    expect(() =>
      verifyWhatsgateWebhook(request(`https://app.test/hook/${secret}`), { webhookSecret: secret }),
    ).not.toThrow();
    expect(() =>
      verifyWhatsgateWebhook(request(`https://app.test/hook?token=${secret}`), {
        webhookSecret: secret,
        webhookSecretParameter: 'token',
      }),
    ).not.toThrow();
  });

  it.each([
    ['a wrong secret', 'https://app.test/hook?secret=wrong'],
    ['a prefix of the secret', `https://app.test/hook?secret=${secret.slice(0, -1)}`],
    ['no secret', 'https://app.test/hook'],
    ['the secret in another parameter', `https://app.test/hook?token=${secret}`],
  ])('rejects %s with auth', (_name, url) => {
    const error = rejection(() => verifyWhatsgateWebhook(request(url), { webhookSecret: secret }));
    expect(isMessengerError(error, 'auth')).toBe(true);
    expect((error as Error).message).not.toContain(secret);
  });

  it('fails closed when no secret is configured, unless explicitly allowed', () => {
    expect(
      isMessengerError(
        rejection(() => verifyWhatsgateWebhook(request('https://app.test/hook'), {})),
        'auth',
      ),
    ).toBe(true);
    expect(() =>
      verifyWhatsgateWebhook(request('https://app.test/hook'), { allowUnauthenticatedWebhooks: true }),
    ).not.toThrow();
  });

  it('createWhatsgateWebhookUrl builds a URL that verifies', () => {
    const url = createWhatsgateWebhookUrl('https://app.test/hook?x=1', secret);
    expect(url).toBe(`https://app.test/hook?x=1&secret=${secret}`);
    expect(() => verifyWhatsgateWebhook(url, { webhookSecret: secret })).not.toThrow();
    expect(createWhatsgateWebhookUrl('', secret)).toBe('');
  });
});

describe('readWhatsgateWebhook: verify + parse without a client', () => {
  it('parses a verified request and answers with the event id', async () => {
    const parsed = await readWhatsgateWebhook(request(`https://app.test/hook?secret=${secret}`), {
      webhookSecret: secret,
    });
    expect(parsed.events[0]?.type).toBe('message-received');
    await expect(parsed.respond().json()).resolves.toEqual({ result: 'OK', id: 18 });
  });

  it('rejects before reading the body when the secret is wrong', async () => {
    const bad = request('https://app.test/hook?secret=nope', 'not json');
    await expect(readWhatsgateWebhook(bad, { webhookSecret: secret })).rejects.toMatchObject({
      code: 'auth',
    });
    expect(bad.bodyUsed).toBe(false);
  });

  it('rejects bodies over the size limit and bodies that are not JSON', async () => {
    const options = { webhookSecret: secret, maximumBodyBytes: 64 };
    await expect(
      readWhatsgateWebhook(request(`https://app.test/hook/${secret}`), options),
    ).rejects.toMatchObject({
      code: 'invalid-request',
    });
    await expect(
      readWhatsgateWebhook(request(`https://app.test/hook/${secret}`, 'not json'), { webhookSecret: secret }),
    ).rejects.toMatchObject({ code: 'invalid-request' });
  });
});
