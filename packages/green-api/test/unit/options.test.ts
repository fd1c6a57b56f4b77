import { describe, expect, it } from 'vitest';
import {
  createGreenApiMessenger,
  type GreenApiMessengerOptions,
  greenApiCapabilities,
  greenApiDefaultUrls,
  mediaUrlForApiUrl,
} from '../../src/index.js';
import { apiHost, methodPath, token, useNock } from '../support/nock-helpers.js';

useNock();

describe('default hosts', () => {
  it('derives the cluster from the first four digits of the instance id', () => {
    expect(greenApiDefaultUrls('whatsapp', '7105123456')).toEqual({
      apiUrl: 'https://7105.api.green-api.com',
      mediaUrl: 'https://7105.media.green-api.com',
    });
    expect(greenApiDefaultUrls('telegram', '4100000000')).toEqual({
      apiUrl: 'https://4100.api.green-api.com',
      mediaUrl: 'https://4100.api.green-api.com',
    });
    expect(greenApiDefaultUrls('max', '3100000000')).toEqual({
      apiUrl: 'https://3100.api.green-api.com/v3',
      mediaUrl: 'https://3100.api.green-api.com/v3',
    });
    expect(greenApiDefaultUrls('telegram', '12').apiUrl).toBe('https://4100.api.green-api.com');
  });

  it('pairs a configured WhatsApp apiUrl with its media host', () => {
    expect(mediaUrlForApiUrl('whatsapp', 'https://7105.api.greenapi.com')).toBe(
      'https://7105.media.greenapi.com',
    );
    expect(mediaUrlForApiUrl('whatsapp', 'https://7103.api.green-api.com')).toBe(
      'https://7103.media.green-api.com',
    );
    expect(mediaUrlForApiUrl('whatsapp', 'https://api.green-api.com')).toBe('https://media.green-api.com');
    expect(mediaUrlForApiUrl('whatsapp', 'https://myapi.green-api.com')).toBe('https://myapi.green-api.com');
    expect(mediaUrlForApiUrl('whatsapp', 'http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
    expect(mediaUrlForApiUrl('telegram', 'https://4100.api.green-api.com')).toBe(
      'https://4100.api.green-api.com',
    );
    expect(mediaUrlForApiUrl('max', undefined)).toBeUndefined();
  });

  it('sends to a configured apiUrl, trailing slash removed', async () => {
    const scope = apiHost('whatsapp').get(`/custom/waInstance1101000001/getSettings/${token}`).reply(200, {});
    const messenger = createGreenApiMessenger({
      network: 'whatsapp',
      idInstance: 1101000001,
      apiTokenInstance: token,
      apiUrl: 'https://7103.api.green-api.com/custom/',
    });
    await messenger.raw.getSettings();
    expect(scope.isDone()).toBe(true);
    expect(messenger.instanceId).toBe('1101000001');
  });
});

describe('strict options', () => {
  const valid: GreenApiMessengerOptions = {
    network: 'whatsapp',
    idInstance: '7103000000',
    apiTokenInstance: token,
  };

  it.each([
    ['network', { network: 'viber' }],
    ['idInstance', { idInstance: 'abc' }],
    ['apiTokenInstance', { apiTokenInstance: '' }],
    ['apiUrl', { apiUrl: 'not a url' }],
    ['timeoutMilliseconds', { timeoutMilliseconds: -1 }],
    ['retry', { retry: { tries: 3 } }],
    ['unexpectedOption', { unexpectedOption: true }],
  ])('names %s when it is invalid', (name, patch) => {
    expect(() => createGreenApiMessenger({ ...valid, ...patch } as GreenApiMessengerOptions)).toThrow(
      expect.objectContaining({ code: 'invalid-request', message: expect.stringContaining(name) }),
    );
  });

  it.each([
    ['a space', `${token.slice(0, 10)} ${token.slice(10)}`],
    ['a slash', `${token}/x`],
    ['a question mark', `${token}?x=1`],
    ['a hash', `${token}#x`],
    ['a control character', `${token.slice(0, 10)}\u0007${token.slice(10)}`],
    // Issue 15, item 8: characters the URL parser rewrites or treats as a path separator.
    ['a double quote', `${token.slice(0, 10)}"${token.slice(10)}`],
    ['a bracket', `${token.slice(0, 10)}[${token.slice(10)}`],
    ['a brace', `${token.slice(0, 10)}{${token.slice(10)}`],
    ['a backtick', `${token.slice(0, 10)}\`${token.slice(10)}`],
    ['a backslash path', `x\\..\\..\\..\\partner\\deleteInstanceAccount\\${token.slice(0, 14)}`],
    ['only dots', '..'],
  ])('refuses an apiTokenInstance with %s, without quoting it', (_label, apiTokenInstance) => {
    const error = (() => {
      try {
        createGreenApiMessenger({ ...valid, apiTokenInstance });
      } catch (caught) {
        return caught as Error;
      }
    })();
    expect(error).toMatchObject({ code: 'invalid-request' });
    expect(error?.message).toMatch(
      /apiTokenInstance (may contain only letters, digits|must contain a letter or a digit)/,
    );
    expect(error?.message).not.toContain(token.slice(0, 12));
  });

  it('trims a token read from a file, and never shows it in errors', async () => {
    const scope = apiHost('whatsapp').get(methodPath('whatsapp', 'getStateInstance')).reply(403, 'Forbidden');
    const messenger = createGreenApiMessenger({ ...valid, apiTokenInstance: `${token}\r\n`, retry: false });
    const error = (await messenger.session.getState().catch((caught: unknown) => caught)) as Error & {
      details?: unknown;
    };
    expect(scope.isDone()).toBe(true);
    expect(error).toMatchObject({ code: 'auth' });
    expect(JSON.stringify([error.message, error.details, error.stack])).not.toContain(token.slice(0, 12));
  });

  it('accepts the session manager options of a shared config', () => {
    expect(() =>
      createGreenApiMessenger({
        ...valid,
        partnerToken: 'p'.repeat(40),
        partnerUrl: 'https://api.green-api.com',
      } as GreenApiMessengerOptions),
    ).not.toThrow();
  });

  it('builds a messenger with the network capabilities', () => {
    const messenger = createGreenApiMessenger({ ...valid, network: 'max', idInstance: '3100000000' });
    expect(messenger.network).toBe('max');
    expect(messenger.supports('send.text')).toBe(true);
    expect(messenger.supports('send.poll')).toBe(false);
    expect(messenger.supports('messages.edit')).toBe(false);
    expect(greenApiCapabilities.telegram.session?.confirmPassword).toBe(true);
  });
});

it('accepts every documented option', () => {
  const messenger = createGreenApiMessenger({
    network: 'telegram',
    idInstance: '4100000000',
    apiTokenInstance: token,
    apiUrl: 'https://4100.api.green-api.com',
    mediaUrl: 'https://4100.api.green-api.com',
    webhookUrlToken: 'hook',
    allowUnauthenticatedWebhooks: false,
    timeoutMilliseconds: 1000,
    retry: {
      limit: 1,
      baseDelayMilliseconds: 10,
      backoffLimitMilliseconds: 100,
      maxRetryAfterMilliseconds: 1000,
    },
    fetch: (...args) => fetch(...args),
    onLog: () => undefined,
  });
  expect(messenger.provider).toBe('green-api');
  expect(methodPath('telegram', 'x')).toContain('waInstance4100000000');
});
